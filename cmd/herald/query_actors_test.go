package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

func TestQueryActors(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "h.db")
	putEvents(t, db)      // RUSGOV→USAGOV on 2025-08-15, RUSMIL→(none) on 2025-08-08
	putPlacedEvent(t, db) // UKRMIL→(none) in Kharkiv, UKR, on 2025-08-10
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--format", "table"}, "CODE    EVENTS  AS SOURCE  AS TARGET\n" +
			"RUSGOV  1       1          0\n" +
			"RUSMIL  1       1          0\n" +
			"UKRMIL  1       1          0\n" +
			"USAGOV  1       0          1\n"},
		// The codes of every event an actor filter selects, its partners' too.
		{[]string{"--format", "csv", "--actor", "rus*"}, "code,events,as_source,as_target\nRUSGOV,1,1,0\nRUSMIL,1,1,0\nUSAGOV,1,0,1\n"},
		{[]string{"--format", "json", "--limit", "1"}, `{"code":"RUSGOV","events":1,"as_source":1,"as_target":0}` + "\n"},
		{[]string{"--country", "ukr"}, `{"code":"UKRMIL","events":1,"as_source":1,"as_target":0}` + "\n"},
		{[]string{"--quad", "1", "--from", "2025-08-09", "--format", "csv"}, "code,events,as_source,as_target\nRUSGOV,1,1,0\nUKRMIL,1,1,0\nUSAGOV,1,0,1\n"},
		{[]string{"--country", "FRA"}, ""},
	}
	for _, tt := range tests {
		args := append([]string{"query", "actors", "--db", db}, tt.args...)
		code, out, errOut := runHerald(ctx, nil, args...)
		if code != exitOK || out != tt.want || errOut != "" {
			t.Errorf("herald %s = %d,\n%s%s\nwant 0,\n%s", strings.Join(args, " "), code, out, errOut, tt.want)
		}
	}
	for _, args := range [][]string{{"--country", "Ukraine"}, {"--limit", "-1"}, {"--format", "xml"}} {
		args = append([]string{"query", "actors", "--db", db}, args...)
		if code, _, errOut := runHerald(ctx, nil, args...); code != exitUsage || !strings.HasPrefix(errOut, "herald: query: ") {
			t.Errorf("herald %s = %d, %q; want %d and a usage error", strings.Join(args, " "), code, errOut, exitUsage)
		}
	}
}

func TestCountryFilter(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "h.db")
	putEvents(t, db)
	putPlacedEvent(t, db)
	for _, args := range [][]string{
		{"query", "events", "--db", db, "--country", "UKR", "--format", "csv"},
		{"query", "articles", "--db", db, "--country", "ukr", "--format", "csv"},
		{"export", "--db", db, "--country", "UKR", "--format", "csv"},
	} {
		code, out, errOut := runHerald(ctx, nil, args...)
		if args[0] == "export" {
			code, out, errOut = runExportCmd(ctx, args[1:]...)
		}
		if lines := strings.Split(strings.TrimSpace(out), "\n"); code != exitOK || len(lines) != 2 || !strings.Contains(lines[1], "y1") {
			t.Errorf("herald %s = %d,\n%s%s\nwant a header and y1 only", strings.Join(args, " "), code, out, errOut)
		}
	}
}
