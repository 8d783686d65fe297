package postgres

import (
	"context"
	"fmt"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/store"
)

// eventColumns are store.EventColumns and the bytes of the event's sentence.
const eventColumns = store.EventColumns + `,
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
		` ORDER BY e.day, e.id LIMIT `+q.arg(f.Limit+1)+`) p JOIN events e ON e.id = p.id`+store.EventJoins+` ORDER BY e.day, e.id`, q.args...)
	if err != nil {
		return nil, "", err
	}
	defer rows.Close()
	return store.EventPage(rows, f.Limit)
}
