package sqlite

import (
	"context"
	"fmt"

	"github.com/heraldproject/herald/internal/store"
)

// A Report is what Check found: the store's size and every problem, each a
// line of text. A store with no problems is sound.
type Report struct {
	Articles, Events int
	Problems         []string
}

// Check verifies the store without changing it: SQLite's own integrity
// check of every table and index, the foreign keys, that every stored
// document decodes, and that every event cluster counts its events. It returns an error only when the check itself cannot
// run; what it finds wrong is in the report.
func (s *Store) Check(ctx context.Context) (Report, error) {
	var rep Report
	if err := s.pragmaProblems(ctx, `PRAGMA integrity_check`, &rep); err != nil {
		return rep, fmt.Errorf("check store %q: %w", s.path, ctxErr(ctx, err))
	}
	if err := s.pragmaProblems(ctx, `PRAGMA foreign_key_check`, &rep); err != nil {
		return rep, fmt.Errorf("check store %q: %w", s.path, ctxErr(ctx, err))
	}
	if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM events`).Scan(&rep.Events); err != nil {
		return rep, fmt.Errorf("check store %q: count events: %w", s.path, ctxErr(ctx, err))
	}
	if err := s.decodeAll(ctx, &rep); err != nil {
		return rep, fmt.Errorf("check store %q: %w", s.path, ctxErr(ctx, err))
	}
	if err := s.checkClusters(ctx, &rep); err != nil {
		return rep, fmt.Errorf("check store %q: %w", s.path, ctxErr(ctx, err))
	}
	return rep, nil
}

// checkClusters reports clusters whose count of mentions is not the
// number of their events, and events in clusters that do not exist.
func (s *Store) checkClusters(ctx context.Context, rep *Report) error {
	rows, err := s.r.QueryContext(ctx, `SELECT c.id, c.mentions, count(e.id) FROM clusters c
		LEFT JOIN events e ON e.cluster = c.id GROUP BY c.id HAVING c.mentions <> count(e.id)
		UNION ALL SELECT e.cluster, 0, count(*) FROM events e
		WHERE e.cluster <> 0 AND e.cluster NOT IN (SELECT id FROM clusters) GROUP BY e.cluster`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id, counted, events int64
		if err := rows.Scan(&id, &counted, &events); err != nil {
			return err
		}
		rep.Problems = append(rep.Problems, fmt.Sprintf("cluster %d: counts %d mentions, has %d events", id, counted, events))
	}
	return rows.Err()
}

// pragmaProblems runs a checking pragma and adds each row it returns,
// other than integrity_check's single "ok", to the report.
func (s *Store) pragmaProblems(ctx context.Context, pragma string, rep *Report) error {
	rows, err := s.r.QueryContext(ctx, pragma)
	if err != nil {
		return err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
		line := fmt.Sprint(vals...)
		if len(vals) == 1 && line == "ok" {
			continue
		}
		rep.Problems = append(rep.Problems, pragma[len("PRAGMA "):]+": "+line)
	}
	return rows.Err()
}

// decodeAll reads every stored document back, as a query would.
func (s *Store) decodeAll(ctx context.Context, rep *Report) error {
	rows, err := s.r.QueryContext(ctx, `SELECT hash, text, document FROM articles ORDER BY id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			hash, text string
			blob       []byte
		)
		if err := rows.Scan(&hash, &text, &blob); err != nil {
			return err
		}
		rep.Articles++
		if _, err := store.Decode(blob, text); err != nil {
			rep.Problems = append(rep.Problems, fmt.Sprintf("document %s: %v", hash, err))
		}
	}
	return rows.Err()
}
