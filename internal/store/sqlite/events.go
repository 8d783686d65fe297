package sqlite

import (
	"context"
	"fmt"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/store"
)

// eventColumns are store.EventColumns and the bytes of the event's sentence.
const eventColumns = store.EventColumns + `,
	substr(CAST(a.text AS BLOB), e.sent_start + 1, e.sent_end - e.sent_start)`

// Events returns a page of the events q selects, ordered by day and then
// by the order they were stored in.
func (s *Store) Events(ctx context.Context, q herald.Query) ([]herald.EventHit, string, error) {
	hits, next, err := s.events(ctx, q)
	if err != nil {
		return nil, "", fmt.Errorf("query events in %q: %w", s.path, ctxErr(ctx, err))
	}
	return hits, next, nil
}

func (s *Store) events(ctx context.Context, q herald.Query) ([]herald.EventHit, string, error) {
	f, err := store.Check(q, store.EventCursor)
	if err != nil {
		return nil, "", err
	}
	// The page is chosen first and joined to its articles after, so that
	// only its rows pay for the join and the cutting of sentences.
	w := eventWhere(f, true)
	rows, err := s.r.QueryContext(ctx, `SELECT `+eventColumns+` FROM (SELECT e.id FROM events e`+w.String()+
		` ORDER BY e.day, e.id LIMIT ?) p JOIN events e ON e.id = p.id`+store.EventJoins+` ORDER BY e.day, e.id`, append(w.args, f.Limit+1)...)
	if err != nil {
		return nil, "", err
	}
	defer rows.Close()
	return store.EventPage(rows, f.Limit)
}
