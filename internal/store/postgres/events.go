package postgres

import (
	"context"
	"fmt"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/store"
	"github.com/jackc/pgx/v5"
)

// eventColumns are the columns an EventHit is scanned from, in scanEvent's
// order. The sentence's text is cut from the article's as bytes, since
// spans are byte offsets.
const eventColumns = `e.id, e.day, e.source_actor, e.target_actor, e.cameo, e.quad, e.plover, e.modality,
	e.sent_start, e.coder, e.event_id, e.sentence, e.goldstein, e.confidence, e.date, e.place,
	e.source_entity, e.source_start, e.source_end, e.target_entity, e.target_start, e.target_end,
	e.trigger_start, e.trigger_end, a.hash, a.article_id, a.published, a.stored,
	substring(convert_to(a.text, 'UTF8') FROM e.sent_start + 1 FOR greatest(e.sent_end - e.sent_start, 0))`

// Events returns a page of the events q selects, ordered by day and then
// by the order they were stored in.
func (s *Store) Events(ctx context.Context, q herald.Query) ([]herald.EventHit, string, error) {
	hits, next, err := s.events(ctx, q)
	if err != nil {
		return nil, "", fmt.Errorf("query events in %q: %w", s.name, ctxErr(ctx, err))
	}
	return hits, next, nil
}

func (s *Store) events(ctx context.Context, hq herald.Query) ([]herald.EventHit, string, error) {
	f, err := store.Check(hq, store.EventCursor)
	if err != nil {
		return nil, "", err
	}
	// The page is chosen first and joined to its articles after, so that
	// only its rows pay for the join and the cutting of sentences.
	q := eventQuery(f, true)
	rows, err := s.pool.Query(ctx, `SELECT `+eventColumns+` FROM (SELECT e.id FROM events e`+q.whereSQL()+
		` ORDER BY e.day, e.id LIMIT `+q.arg(f.Limit+1)+`) p JOIN events e ON e.id = p.id JOIN articles a ON a.id = e.doc ORDER BY e.day, e.id`, q.args...)
	if err != nil {
		return nil, "", err
	}
	defer rows.Close()
	var (
		hits    []herald.EventHit
		lastDay string
		lastID  int64
	)
	for rows.Next() {
		if len(hits) == f.Limit {
			return hits, store.Cursor(store.EventCursor, lastDay, lastID), nil
		}
		h, id, err := scanEvent(rows)
		if err != nil {
			return nil, "", err
		}
		hits = append(hits, h)
		lastDay, lastID = h.Date, id
	}
	return hits, "", rows.Err()
}

// scanEvent scans one row of eventColumns and returns the hit and its row
// id.
func scanEvent(rows pgx.Rows) (herald.EventHit, int64, error) {
	var (
		h                 herald.EventHit
		e                 = &h.Event
		id                int64
		sentStart         int
		modality          string
		published, stored string
		sentence          []byte
	)
	err := rows.Scan(&id, &h.Date, &e.Source.Actor, &e.Target.Actor, &e.CAMEO, &e.QuadClass, &e.PLOVER, &modality,
		&sentStart, &h.Coder, &e.ID, &e.Sentence, &e.Goldstein, &e.Confidence, &e.Date, &e.Place,
		&e.Source.Entity, &e.Source.Span.Start, &e.Source.Span.End,
		&e.Target.Entity, &e.Target.Span.Start, &e.Target.Span.End,
		&e.Trigger.Start, &e.Trigger.End, &h.Hash, &h.Article, &published, &stored, &sentence)
	if err != nil {
		return h, 0, err
	}
	e.Modality = herald.Modality(modality)
	if h.Published, err = parseTime(published); err != nil {
		return h, 0, err
	}
	if h.Stored, err = parseTime(stored); err != nil {
		return h, 0, err
	}
	h.Sentence = string(sentence)
	h.Trigger = store.Within(h.Sentence, sentStart, e.Trigger)
	h.Source = store.Within(h.Sentence, sentStart, e.Source.Span)
	h.Target = store.Within(h.Sentence, sentStart, e.Target.Span)
	return h, id, nil
}
