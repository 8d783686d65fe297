package main

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/store/sqlite"
)

// putSeed stores the seed article, analysed by this herald, as coder.
func putSeed(t *testing.T, db, coder string) *herald.Document {
	t.Helper()
	ctx := context.Background()
	doc, err := newPipeline(pipelineConfig{}).Analyze(ctx, herald.Seed())
	if err != nil {
		t.Fatal(err)
	}
	s, err := sqlite.Open(ctx, db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Put(ctx, doc, coder); err != nil {
		t.Fatal(err)
	}
	return doc
}

// cameos returns the CAMEO codes of doc's events, in order.
func cameos(doc *herald.Document) []string {
	var out []string
	for _, e := range doc.Events {
		out = append(out, e.CAMEO)
	}
	return out
}

func TestReprocess(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "h.db")
	want := putSeed(t, db, "herald v0.0.1 (patterns 0000000)")
	events := func() int {
		t.Helper()
		code, out, errOut := runHerald(ctx, nil, "query", "events", "--db", db, "--format", "csv", "--limit", "1000")
		if code != exitOK {
			t.Fatalf("query events = %d, %s", code, errOut)
		}
		return strings.Count(out, "\n") - 1
	}
	before := events()
	for _, tt := range []struct {
		args []string
		want string
	}{
		{nil, "1 article reprocessed, 0 failed, 0 already coded by "},
		{nil, "0 articles reprocessed, 0 failed, 1 already coded by "},
		{[]string{"--coder", "herald v0.0.1 (patterns 0000000)"}, "0 articles reprocessed, 0 failed, 1 already coded by "},
		{[]string{"--all"}, "1 article reprocessed, 0 failed, 0 already coded by "},
	} {
		args := append([]string{"reprocess", "--db", db, "-j", "2"}, tt.args...)
		code, out, errOut := runHerald(ctx, nil, args...)
		if code != exitOK || !strings.HasPrefix(out, tt.want) {
			t.Errorf("%v = %d, %q, %s; want 0 and %q", args, code, out, errOut, tt.want)
		}
	}
	s, err := sqlite.Open(ctx, db, sqlite.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, rec, err := s.Get(ctx, want.ID)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Coder != coderVersion() || !slices.Equal(cameos(got), cameos(want)) {
		t.Errorf("after reprocess: coder %q, events %v; want %q and %v", rec.Coder, cameos(got), coderVersion(), cameos(want))
	}
	if after := events(); after != before {
		t.Errorf("reprocess changed the events listed from %d to %d", before, after)
	}
	if code, _, errOut := runHerald(ctx, nil, "reprocess", "--db", db, "--all", "--coder", "x"); code != exitUsage {
		t.Errorf("reprocess --all --coder = %d, %s; want a usage error", code, errOut)
	}
}

func TestCoderVersion(t *testing.T) {
	v := coderVersion()
	if !strings.HasPrefix(v, "herald ") || !strings.Contains(v, " (patterns ") || len(v) < len("herald  (patterns 0000000)") {
		t.Errorf("coderVersion() = %q; want herald, the module version and the patterns' hash", v)
	}
}
