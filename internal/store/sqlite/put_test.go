package sqlite

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
)

// TestPutBatchEqualsPuts checks that documents stored in batches make the
// same store as the same documents put one at a time: exact copies are
// not new, and near-duplicates link to and count in the clusters of
// documents earlier in their own batch as in earlier batches.
func TestPutBatchEqualsPuts(t *testing.T) {
	ctx := context.Background()
	var docs []*herald.Document
	for i := range 10 {
		docs = append(docs, synthetic(i))
	}
	near := *synthetic(3)
	near.ID, near.Text = "near3", near.Text+" Officials confirmed it."
	exact := *synthetic(5)
	exact.ID = "exact5"
	late := *synthetic(8)
	late.ID = "late8"
	docs = slices.Insert(docs, 4, &near)
	docs = slices.Insert(docs, 7, &exact)
	docs = append(docs, &late)

	one, batched := openTemp(t), openTemp(t)
	var wantNew, gotNew []bool
	for _, d := range docs {
		isNew, err := one.Put(ctx, d, "test")
		if err != nil {
			t.Fatal(err)
		}
		wantNew = append(wantNew, isNew)
	}
	for batch := range slices.Chunk(docs, 4) {
		isNew, err := batched.PutBatch(ctx, batch, "test")
		if err != nil {
			t.Fatal(err)
		}
		gotNew = append(gotNew, isNew...)
	}
	if !slices.Equal(gotNew, wantNew) {
		t.Errorf("PutBatch reported new %v; Put %v", gotNew, wantNew)
	}
	for _, q := range []string{
		`SELECT hash, article_id, coalesce(canonical, 0), similarity, events FROM articles ORDER BY id`,
		`SELECT doc, seq, cluster, copy FROM events ORDER BY doc, seq`,
		`SELECT id, source_actor, target_actor, cameo, day, mentions, sources, articles FROM clusters ORDER BY id`,
	} {
		want, got := dump(t, one, q), dump(t, batched, q)
		if got != want {
			t.Errorf("%s\nafter PutBatch:\n%s\nafter Put:\n%s", q, got, want)
		}
	}
	if n := strings.Count(dump(t, batched, `SELECT id FROM articles WHERE canonical IS NOT NULL`), "\n"); n != 1 {
		t.Errorf("%d articles link to a canonical one; want 1, the near-duplicate", n)
	}
}

func TestPutBatchCancelledStoresNothing(t *testing.T) {
	s := openTemp(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.PutBatch(ctx, []*herald.Document{synthetic(1), synthetic(2)}, "test"); !errors.Is(err, context.Canceled) {
		t.Errorf("PutBatch with a cancelled context = %v; want context.Canceled", err)
	}
	if got := dump(t, s, `SELECT count(*) FROM articles`); got != "0\n" {
		t.Errorf("a cancelled batch left %s articles; want none", got)
	}
}

func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "h.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// dump returns the rows of query q, a line each.
func dump(t *testing.T, s *Store, q string) string {
	t.Helper()
	rows, err := s.w.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintln(&b, vals...)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
