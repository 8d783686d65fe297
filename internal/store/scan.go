package store

import (
	"strings"
	"time"

	"github.com/heraldproject/herald"
)

// A Row is one result row of a database driver: *sql.Rows, pgx.Rows.
type Row interface {
	Scan(dest ...any) error
}

// ArticleColumns are the columns, on the articles table aliased a, that
// ScanArticle reads, in its order; a snippet column follows them.
const ArticleColumns = `a.id, a.day, a.hash, a.article_id, a.published, a.source, a.title, a.url, a.author,
	a.origin_path, a.origin_format, a.origin_line, a.origin_item, a.events, a.coder, a.stored,
	coalesce((SELECT x.hash FROM articles x WHERE x.id = a.canonical), ''), a.similarity`

// ScanArticle scans one row of ArticleColumns and a snippet, and returns
// the hit, its row id and its day.
func ScanArticle(row Row) (herald.ArticleHit, int64, string, error) {
	var (
		h                 herald.ArticleHit
		a                 = &h.Article
		id                int64
		day               string
		published, stored string
	)
	err := row.Scan(&id, &day, &h.Hash, &a.ID, &published, &a.Source, &a.Title, &a.URL, &a.Author,
		&a.Origin.Path, &a.Origin.Format, &a.Origin.Line, &a.Origin.Item, &h.Events, &h.Coder, &stored,
		&h.Canonical, &h.Similarity, &h.Snippet)
	if err != nil {
		return h, 0, "", err
	}
	h.Snippet = strings.TrimSpace(h.Snippet)
	if a.Published, err = ParseTime(published); err != nil {
		return h, 0, "", err
	}
	if h.Stored, err = ParseTime(stored); err != nil {
		return h, 0, "", err
	}
	return h, id, day, nil
}

// EventColumns are the columns, on the events table aliased e joined to
// articles aliased a and left-joined to its canonical article aliased ca
// and its cluster aliased c (EventJoins), that ScanEvent reads, in its
// order; the bytes of the event's sentence follow them, cut from a.text by
// each store's own SQL.
const EventColumns = `e.id, e.day, e.source_actor, e.target_actor, e.cameo, e.quad, e.plover, e.modality,
	e.sent_start, e.coder, e.event_id, e.sentence, e.goldstein, e.confidence, e.date, e.place,
	e.source_entity, e.source_start, e.source_end, e.target_entity, e.target_start, e.target_end,
	e.trigger_start, e.trigger_end, a.hash, a.article_id, a.published, a.stored,
	coalesce(ca.hash, ''), a.similarity, coalesce(c.id, 0), coalesce(c.mentions, 0), coalesce(c.sources, 0),
	coalesce(c.articles, 0), coalesce(c.first_seen, ''), coalesce(c.last_seen, '')`

// EventJoins joins an event aliased e to the tables EventColumns read.
const EventJoins = ` JOIN articles a ON a.id = e.doc LEFT JOIN articles ca ON ca.id = a.canonical
	LEFT JOIN clusters c ON c.id = e.cluster`

// ScanEvent scans one row of EventColumns and the sentence, and returns the
// hit and its row id.
func ScanEvent(row Row) (herald.EventHit, int64, error) {
	var (
		h                 herald.EventHit
		e                 = &h.Event
		id                int64
		sentStart         int
		modality          string
		published, stored string
		first, last       string
		sentence          []byte
		c                 = &h.Cluster
	)
	err := row.Scan(&id, &h.Date, &e.Source.Actor, &e.Target.Actor, &e.CAMEO, &e.QuadClass, &e.PLOVER, &modality,
		&sentStart, &h.Coder, &e.ID, &e.Sentence, &e.Goldstein, &e.Confidence, &e.Date, &e.Place,
		&e.Source.Entity, &e.Source.Span.Start, &e.Source.Span.End,
		&e.Target.Entity, &e.Target.Span.Start, &e.Target.Span.End,
		&e.Trigger.Start, &e.Trigger.End, &h.Hash, &h.Article, &published, &stored,
		&h.Canonical, &h.Similarity, &c.ID, &c.Mentions, &c.Sources, &c.Articles, &first, &last, &sentence)
	if err != nil {
		return h, 0, err
	}
	e.Modality = herald.Modality(modality)
	if h.Published, err = ParseTime(published); err != nil {
		return h, 0, err
	}
	if h.Stored, err = ParseTime(stored); err != nil {
		return h, 0, err
	}
	if c.FirstSeen, err = ParseTime(first); err != nil {
		return h, 0, err
	}
	if c.LastSeen, err = ParseTime(last); err != nil {
		return h, 0, err
	}
	h.Sentence = string(sentence)
	h.Trigger = Within(h.Sentence, sentStart, e.Trigger)
	h.Source = Within(h.Sentence, sentStart, e.Source.Span)
	h.Target = Within(h.Sentence, sentStart, e.Target.Span)
	return h, id, nil
}

// ParseTime reads a time stored as RFC 3339; "" is the zero time.
func ParseTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(time.RFC3339Nano, s)
}

// Rows are the result rows of a query, as database drivers give them.
type Rows interface {
	Row
	Next() bool
	Err() error
}

// EventPage reads up to limit events from rows, which hold one more row
// than a page when there is a next page, and returns them with the cursor
// of the next page, or "" after the last.
func EventPage(rows Rows, limit int) ([]herald.EventHit, string, error) {
	return page(rows, limit, EventCursor, func(r Row) (herald.EventHit, string, int64, error) {
		h, id, err := ScanEvent(r)
		return h, h.Date, id, err
	})
}

// ArticlePage is EventPage for rows of ArticleColumns and a snippet.
func ArticlePage(rows Rows, limit int) ([]herald.ArticleHit, string, error) {
	return page(rows, limit, ArticleCursor, func(r Row) (herald.ArticleHit, string, int64, error) {
		h, id, day, err := ScanArticle(r)
		return h, day, id, err
	})
}

// page scans rows with scan, which returns a hit with its day and row id.
func page[T any](rows Rows, limit int, kind byte, scan func(Row) (T, string, int64, error)) ([]T, string, error) {
	var (
		hits    []T
		lastDay string
		lastID  int64
	)
	for rows.Next() {
		if len(hits) == limit {
			return hits, Cursor(kind, lastDay, lastID), nil
		}
		h, day, id, err := scan(rows)
		if err != nil {
			return nil, "", err
		}
		hits = append(hits, h)
		lastDay, lastID = day, id
	}
	return hits, "", rows.Err()
}
