package sqlite

import (
	"context"
	"fmt"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/store"
)

// Articles returns a page of the articles q selects, ordered by
// publication day and then by the order they were stored in.
func (s *Store) Articles(ctx context.Context, q herald.Query) ([]herald.ArticleHit, string, error) {
	hits, next, err := s.articles(ctx, q)
	if err != nil {
		return nil, "", fmt.Errorf("query articles in %q: %w", s.path, ctxErr(ctx, err))
	}
	return hits, next, nil
}

func (s *Store) articles(ctx context.Context, q herald.Query) ([]herald.ArticleHit, string, error) {
	f, err := store.Check(q, store.ArticleCursor)
	if err != nil {
		return nil, "", err
	}
	w := &where{}
	from, snippet := ` FROM articles a`, `''`
	if len(f.Terms) > 0 {
		from = ` FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid`
		snippet = `snippet(articles_fts, -1, '[', ']', '…', 12)`
		w.add(`articles_fts MATCH ?`, match(f.Terms))
	}
	dayConds(w, f, "a.day")
	if q.EventFilter() {
		ew := &where{}
		eventConds(ew, f)
		w.add(`a.id IN (SELECT e.doc FROM events e`+ew.String()+`)`, ew.args...)
	}
	if f.After {
		w.add(`(a.day, a.id) > (?, ?)`, f.AfterDay, f.AfterID)
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+store.ArticleColumns+`, `+snippet+from+w.String()+
		` ORDER BY a.day, a.id LIMIT ?`, append(w.args, f.Limit+1)...)
	if err != nil {
		return nil, "", err
	}
	defer rows.Close()
	return store.ArticlePage(rows, f.Limit)
}
