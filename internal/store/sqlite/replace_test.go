package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/dedup"
)

// TestReplaceKeepsOneSetOfBands checks that Replace, which finds a
// document's band keys through its old signature for want of an index by
// document, leaves exactly one set of keys per document.
func TestReplaceKeepsOneSetOfBands(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "h.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	docs := []*herald.Document{
		herald.NewDocument(herald.Article{ID: "a", Text: "The harbour reopened on Friday after a week of storms closed it to shipping."}),
		herald.NewDocument(herald.Article{ID: "b", Text: "Parliament passed the budget late on Tuesday by a margin of eleven votes."}),
	}
	for _, d := range docs {
		if _, err := s.Put(ctx, d, "v1"); err != nil {
			t.Fatal(err)
		}
	}
	// Coded again with a dateline that moves where the body starts, and
	// so the signature and its bands.
	again := *docs[0]
	again.Dateline = herald.Dateline{Span: herald.Span{Start: 0, End: 4}}
	for range 2 {
		if err := s.Replace(ctx, &again, "v2"); err != nil {
			t.Fatal(err)
		}
	}
	var n int
	if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM bands`).Scan(&n); err != nil || n != 2*dedup.DefaultBands {
		t.Errorf("%d band keys, %v; want %d", n, err, 2*dedup.DefaultBands)
	}
}
