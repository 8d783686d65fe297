package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/store"
	"github.com/jackc/pgx/v5"
)

// articleColumns are the columns an ArticleHit is scanned from, in
// scanArticle's order, less the snippet.
const articleColumns = `a.id, a.day, a.hash, a.article_id, a.published, a.source, a.title, a.url, a.author,
	a.origin_path, a.origin_format, a.origin_line, a.origin_item, a.events, a.coder, a.stored`

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
	rows, err := s.pool.Query(ctx, `SELECT `+articleColumns+`, `+snippet+` FROM (SELECT a.id FROM articles a`+q.whereSQL()+
		` ORDER BY a.day, a.id LIMIT `+q.arg(f.Limit+1)+`) p JOIN articles a ON a.id = p.id ORDER BY a.day, a.id`, q.args...)
	if err != nil {
		return nil, "", err
	}
	defer rows.Close()
	var (
		hits    []herald.ArticleHit
		lastDay string
		lastID  int64
	)
	for rows.Next() {
		if len(hits) == f.Limit {
			return hits, store.Cursor(store.ArticleCursor, lastDay, lastID), nil
		}
		h, id, day, err := scanArticle(rows)
		if err != nil {
			return nil, "", err
		}
		hits = append(hits, h)
		lastDay, lastID = day, id
	}
	return hits, "", rows.Err()
}

// scanArticle scans one row of articleColumns and a snippet, and returns
// the hit, its row id and its day.
func scanArticle(rows pgx.Rows) (herald.ArticleHit, int64, string, error) {
	var (
		h                 herald.ArticleHit
		a                 = &h.Article
		id                int64
		day               string
		published, stored string
	)
	err := rows.Scan(&id, &day, &h.Hash, &a.ID, &published, &a.Source, &a.Title, &a.URL, &a.Author,
		&a.Origin.Path, &a.Origin.Format, &a.Origin.Line, &a.Origin.Item, &h.Events, &h.Coder, &stored, &h.Snippet)
	if err != nil {
		return h, 0, "", err
	}
	h.Snippet = strings.TrimSpace(h.Snippet)
	if a.Published, err = parseTime(published); err != nil {
		return h, 0, "", err
	}
	if h.Stored, err = parseTime(stored); err != nil {
		return h, 0, "", err
	}
	return h, id, day, nil
}
