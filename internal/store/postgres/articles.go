package postgres

import (
	"context"
	"fmt"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/store"
)

// snippetOptions are ts_headline's options for a snippet: about as long as
// the sqlite store's, with matches between [ and ].
const snippetOptions = `'StartSel=[, StopSel=], MaxWords=12, MinWords=5'`

// Articles returns a page of the articles q selects, ordered by
// publication day and then by the order they were stored in.
func (s *Store) Articles(ctx context.Context, q herald.Query) ([]herald.ArticleHit, string, error) {
	hits, next, err := s.articles(ctx, q)
	if err != nil {
		return nil, "", fmt.Errorf("query articles in %q: %w", s.name, ctxErr(ctx, err))
	}
	return hits, next, nil
}

func (s *Store) articles(ctx context.Context, hq herald.Query) ([]herald.ArticleHit, string, error) {
	f, err := store.Check(hq, store.ArticleCursor)
	if err != nil {
		return nil, "", err
	}
	q := &query{}
	snippet := `''`
	if len(f.Terms) > 0 {
		tsq := tsquery(q, f.Terms)
		q.where(`a.tsv @@ ` + tsq)
		snippet = `ts_headline('herald', a.title || ' ' || a.text, ` + tsq + `, ` + snippetOptions + `)`
	}
	dayConds(q, f, "a.day")
	if hq.EventFilter() {
		eq := &query{args: q.args}
		eventConds(eq, f)
		q.args = eq.args
		q.where(`a.id IN (SELECT e.doc FROM events e` + eq.whereSQL() + `)`)
	}
	if f.After {
		q.where(`(a.day, a.id) > (` + q.arg(f.AfterDay) + `, ` + q.arg(f.AfterID) + `)`)
	}
	// As for events, the page is chosen first, so that only its articles
	// pay for their snippets.
	rows, err := s.pool.Query(ctx, `SELECT `+store.ArticleColumns+`, `+snippet+` FROM (SELECT a.id FROM articles a`+q.whereSQL()+
		` ORDER BY a.day, a.id LIMIT `+q.arg(f.Limit+1)+`) p JOIN articles a ON a.id = p.id ORDER BY a.day, a.id`, q.args...)
	if err != nil {
		return nil, "", err
	}
	defer rows.Close()
	return store.ArticlePage(rows, f.Limit)
}
