package postgres

import (
	"context"
	"fmt"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/store"
	"github.com/jackc/pgx/v5"
)

var _ herald.Aggregator = (*Store)(nil)

// Timeline counts the events q selects per period and group.
func (s *Store) Timeline(ctx context.Context, hq herald.Query, period herald.Period, by herald.Grouping) ([]herald.TimelineBucket, error) {
	var out []herald.TimelineBucket
	err := s.aggregate(ctx, "timeline", hq, 0, func(f store.Filter) (string, []any, error) {
		if err := store.CheckTimeline(period, by); err != nil {
			return "", nil, err
		}
		start := `e.day`
		if period == herald.Week {
			// date_trunc's weeks start on Monday, as ISO 8601's do.
			start = `to_char(date_trunc('week', e.day::date), 'YYYY-MM-DD')`
		}
		group := `e.quad::text`
		q := eventQuery(f, false)
		q.where(`e.day <> ''`)
		if by == herald.ByRoot {
			group = `substr(e.cameo, 1, 2)`
			q.where(`e.cameo <> ''`)
		} else {
			q.where(`e.quad > 0`)
		}
		return `SELECT ` + start + `, ` + group + `, count(*), avg(e.goldstein) FROM events e` + q.whereSQL() +
			` GROUP BY 1, 2 ORDER BY 1, 2`, q.args, nil
	}, func(rows pgx.Rows) error {
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
func (s *Store) Network(ctx context.Context, hq herald.Query, limit int) ([]herald.ActorPair, error) {
	var out []herald.ActorPair
	err := s.aggregate(ctx, "actor network", hq, limit, func(f store.Filter) (string, []any, error) {
		q := eventQuery(f, false)
		q.where(`e.source_actor <> '' AND e.target_actor <> ''`)
		return `SELECT e.source_actor, e.target_actor, count(*), count(*) FILTER (WHERE e.quad IN (3, 4)), avg(e.goldstein)
			FROM events e` + q.whereSQL() + ` GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ` + q.arg(f.Limit), q.args, nil
	}, func(rows pgx.Rows) error {
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
func (s *Store) Actors(ctx context.Context, hq herald.Query, limit int) ([]herald.ActorCount, error) {
	var out []herald.ActorCount
	err := s.aggregate(ctx, "actors", hq, limit, func(f store.Filter) (string, []any, error) {
		// Each event counts once for its source and once for a target
		// with another code; an event of one code with itself, once.
		q := eventQuery(f, false)
		return `WITH sel AS (SELECT e.source_actor AS src, e.target_actor AS tgt FROM events e` + q.whereSQL() + `)
			SELECT code, count(*), sum(src), sum(tgt) FROM (
				SELECT src AS code, 1 AS src, (src = tgt)::int AS tgt FROM sel WHERE src <> ''
				UNION ALL
				SELECT tgt, 0, 1 FROM sel WHERE tgt <> '' AND tgt <> src) c
			GROUP BY code ORDER BY 2 DESC, 1 LIMIT ` + q.arg(f.Limit), q.args, nil
	}, func(rows pgx.Rows) error {
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
// place of its document that it names. Names sort byte by byte, as in the
// sqlite store, whatever the database's locale.
func (s *Store) Places(ctx context.Context, hq herald.Query, limit int) ([]herald.PlaceCount, error) {
	var out []herald.PlaceCount
	err := s.aggregate(ctx, "places", hq, limit, func(f store.Filter) (string, []any, error) {
		q := eventQuery(f, false)
		return `SELECT p.name, p.country, p.geonames, min(p.lat), min(p.lon), count(*)
			FROM events e JOIN places p ON p.doc = e.doc AND p.place_id = e.place` + q.whereSQL() +
			` GROUP BY p.country, p.name, p.geonames
			ORDER BY 6 DESC, p.country COLLATE "C", p.name COLLATE "C", 3 LIMIT ` + q.arg(f.Limit), q.args, nil
	}, func(rows pgx.Rows) error {
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
func (s *Store) aggregate(ctx context.Context, what string, hq herald.Query, limit int,
	build func(store.Filter) (string, []any, error), scan func(pgx.Rows) error) error {
	err := func() error {
		f, err := store.CheckCounts(hq, limit)
		if err != nil {
			return err
		}
		stmt, args, err := build(f)
		if err != nil {
			return err
		}
		rows, err := s.pool.Query(ctx, stmt, args...)
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
		return fmt.Errorf("count %s in %q: %w", what, s.name, ctxErr(ctx, err))
	}
	return nil
}
