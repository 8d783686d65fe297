package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBadStoreInput gives each store command a file that is not a store
// and a path where no store can be made: each must fail with an error
// naming the path, and leave what is there as it was.
func TestBadStoreInput(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	article := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(article, []byte("Russia met Ukraine in Geneva on Monday."), 0o644); err != nil {
		t.Fatal(err)
	}
	corrupt := filepath.Join(dir, "corrupt.db")
	junk := bytes.Repeat([]byte("not a database, just junk. "), 200)
	if err := os.WriteFile(corrupt, junk, 0o644); err != nil {
		t.Fatal(err)
	}
	// /proc takes no new files, even from root, whom permissions do not stop.
	nowhere := "/proc/herald-test.db"
	for _, tt := range []struct {
		db   string
		args []string
	}{
		{corrupt, []string{"ingest", article}},
		{corrupt, []string{"query", "events"}},
		{corrupt, []string{"export", "--format", "csv"}},
		{corrupt, []string{"reprocess"}},
		{corrupt, []string{"check"}},
		{nowhere, []string{"ingest", article}},
		{nowhere, []string{"reprocess"}},
	} {
		args := append(append([]string{}, tt.args...), "--db", tt.db)
		if tt.args[0] == "ingest" { // flags before the paths
			args = []string{"ingest", "--db", tt.db, article}
		}
		code, _, errOut := runHerald(ctx, nil, args...)
		if code != exitError || !strings.Contains(errOut, tt.db) {
			t.Errorf("herald %s = %d, %q; want 1 and an error naming %s", strings.Join(args, " "), code, errOut, tt.db)
		}
	}
	if got, err := os.ReadFile(corrupt); err != nil || !bytes.Equal(got, junk) {
		t.Errorf("the commands changed the corrupt file (%v)", err)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 2 {
		t.Errorf("the commands left %d files in %s; want the 2 that were there", len(ents), dir)
	}
}

// TestExportUnknownFormatChangesNothing checks that a bad export format is
// refused before the store is opened.
func TestExportUnknownFormatChangesNothing(t *testing.T) {
	db := exportStore(t)
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out.xml")
	code, _, errOut := runExportCmd(context.Background(), "--db", db, "--format", "xml", "--out", out)
	if code != exitUsage || !strings.Contains(errOut, `--format "xml" is not one of`) {
		t.Errorf("export --format xml = %d, %q; want 2 and the formats", code, errOut)
	}
	if after, err := os.ReadFile(db); err != nil || !bytes.Equal(after, before) {
		t.Errorf("a refused export changed the store (%v)", err)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a refused export made %s", out)
	}
}
