package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/store"
)

var _ herald.Aggregator = (*Store)(nil)

// Timeline counts the events q selects per period and group.
func (s *Store) Timeline(ctx context.Context, q herald.Query, period herald.Period, by herald.Grouping) ([]herald.TimelineBucket, error) {
	var out []herald.TimelineBucket
	err := s.aggregate(ctx, "timeline", q, 0, func(f store.Filter) (string, []any, error) {
		if err := store.CheckTimeline(period, by); err != nil {
			return "", nil, err
		}
		// Events are counted by day first and the days summed into
		// periods after, so that an index in day order, where there is
		// one, spares SQLite sorting every event. A week starts on
		// Monday: six days back, then on to the next Monday, which is the
		// day itself when it is one.
		start := `day`
		if period == herald.Week {
			start = `date(day, '-6 days', 'weekday 1')`
		}
		group := `e.quad`
		w := eventWhere(f, false)
		w.add(`e.day <> ''`)
		if by == herald.ByRoot {
			group = `substr(e.cameo, 1, 2)`
			w.add(`e.cameo <> ''`)
		} else {
			w.add(`e.quad > 0`)
		}
		return `SELECT ` + start + `, CAST(grp AS TEXT), sum(n), sum(g) / sum(n) FROM (SELECT e.day AS day, ` + group +
			` AS grp, count(*) AS n, sum(e.goldstein) AS g FROM events e` + w.String() + ` GROUP BY 1, 2)
			GROUP BY 1, 2 ORDER BY 1, 2`, w.args, nil
	}, func(rows *sql.Rows) error {
		var b herald.TimelineBucket
		if err := rows.Scan(&b.Start, &b.Group, &b.Events, &b.Goldstein); err != nil {
			return err
		}
		out = append(out, b)
		return nil
	})
	return out, err
}

// Network counts the events q selects per pair of source and target
// actor codes.
func (s *Store) Network(ctx context.Context, q herald.Query, limit int) ([]herald.ActorPair, error) {
	var out []herald.ActorPair
	err := s.aggregate(ctx, "actor network", q, limit, func(f store.Filter) (string, []any, error) {
		w := eventWhere(f, false)
		w.add(`e.source_actor <> '' AND e.target_actor <> ''`)
		return `SELECT e.source_actor, e.target_actor, count(*), sum(e.quad IN (3, 4)), avg(e.goldstein) FROM events e` + w.String() +
			` GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?`, append(w.args, f.Limit), nil
	}, func(rows *sql.Rows) error {
		var p herald.ActorPair
		if err := rows.Scan(&p.Source, &p.Target, &p.Events, &p.Conflict, &p.Goldstein); err != nil {
			return err
		}
		out = append(out, p)
		return nil
	})
	return out, err
}

// Actors counts the events q selects per actor code.
func (s *Store) Actors(ctx context.Context, q herald.Query, limit int) ([]herald.ActorCount, error) {
	var out []herald.ActorCount
	err := s.aggregate(ctx, "actors", q, limit, func(f store.Filter) (string, []any, error) {
		// Each event counts once for its source and once for a target
		// with another code; an event of one code with itself, once.
		w := eventWhere(f, false)
		return `WITH sel AS (SELECT e.source_actor AS src, e.target_actor AS tgt FROM events e` + w.String() + `)
			SELECT code, count(*), sum(src), sum(tgt) FROM (
				SELECT src AS code, 1 AS src, src = tgt AS tgt FROM sel WHERE src <> ''
				UNION ALL
				SELECT tgt, 0, 1 FROM sel WHERE tgt <> '' AND tgt <> src)
			GROUP BY code ORDER BY 2 DESC, 1 LIMIT ?`, append(w.args, f.Limit), nil
	}, func(rows *sql.Rows) error {
		var a herald.ActorCount
		if err := rows.Scan(&a.Code, &a.Events, &a.AsSource, &a.AsTarget); err != nil {
			return err
		}
		out = append(out, a)
		return nil
	})
	return out, err
}

// Places counts the events q selects per place, joining each event to the
// place of its document that it names.
func (s *Store) Places(ctx context.Context, q herald.Query, limit int) ([]herald.PlaceCount, error) {
	var out []herald.PlaceCount
	err := s.aggregate(ctx, "places", q, limit, func(f store.Filter) (string, []any, error) {
		w := eventWhere(f, false)
		return `SELECT p.name, p.country, p.geonames, min(p.lat), min(p.lon), count(*)
			FROM events e JOIN places p ON p.doc = e.doc AND p.place_id = e.place` + w.String() +
			` GROUP BY p.country, p.name, p.geonames ORDER BY 6 DESC, 2, 1, 3 LIMIT ?`, append(w.args, f.Limit), nil
	}, func(rows *sql.Rows) error {
		var p herald.PlaceCount
		if err := rows.Scan(&p.Name, &p.Country, &p.GeoNames, &p.Lat, &p.Lon, &p.Events); err != nil {
			return err
		}
		out = append(out, p)
		return nil
	})
	return out, err
}

// aggregate checks q for at most limit rows, builds the statement with
// build and passes each row of its result to scan. Its errors say what was
// counted and in which store.
func (s *Store) aggregate(ctx context.Context, what string, q herald.Query, limit int,
	build func(store.Filter) (string, []any, error), scan func(*sql.Rows) error) error {
	err := func() error {
		f, err := store.CheckCounts(q, limit)
		if err != nil {
			return err
		}
		stmt, args, err := build(f)
		if err != nil {
			return err
		}
		rows, err := s.r.QueryContext(ctx, stmt, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			if err := scan(rows); err != nil {
				return err
			}
		}
		return rows.Err()
	}()
	if err != nil {
		return fmt.Errorf("count %s in %q: %w", what, s.path, ctxErr(ctx, err))
	}
	return nil
}
