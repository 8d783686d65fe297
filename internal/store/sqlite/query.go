package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/store"
)

// where is a WHERE clause under construction: conditions joined by AND,
// with their arguments in order.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// eventConds adds the conditions of f on the events aliased e, less dates,
// text and cursor.
func eventConds(w *where, f store.Filter) {
	if r := f.Actor; r != nil {
		if r.Hi == "" {
			w.add(`(e.source_actor = ? OR e.target_actor = ?)`, r.Lo, r.Lo)
		} else {
			w.add(`((e.source_actor >= ? AND e.source_actor < ?) OR (e.target_actor >= ? AND e.target_actor < ?))`,
				r.Lo, r.Hi, r.Lo, r.Hi)
		}
	}
	if r := f.CAMEO; r != nil {
		w.add(`e.cameo >= ? AND e.cameo < ?`, r.Lo, r.Hi)
	}
	if f.PLOVER != "" {
		w.add(`e.plover = ?`, f.PLOVER)
	}
	if f.QuadClass != 0 {
		w.add(`e.quad = ?`, f.QuadClass)
	}
	if f.Modality != "" {
		w.add(`e.modality = ?`, f.Modality)
	}
	if f.Country != "" {
		w.add(`(e.doc, e.place) IN (SELECT doc, place_id FROM places WHERE country = ?)`, f.Country)
	}
}

// dayConds adds the date range of f on the column day. A result without a
// day never matches a bounded range.
func dayConds(w *where, f store.Filter, day string) {
	if f.From != "" {
		w.add(day+` >= ?`, f.From)
	}
	if f.To != "" {
		w.add(day+` <> '' AND `+day+` <= ?`, f.To)
	}
}

// match returns the FTS5 query for the words of a full-text filter: each a
// quoted string, so that no word is read as an operator, all required.
func match(terms []store.Term) string {
	parts := make([]string, len(terms))
	for i, t := range terms {
		parts[i] = `"` + t.Word + `"`
		if t.Prefix {
			parts[i] += "*"
		}
	}
	return strings.Join(parts, " ")
}

// eventWhere returns the WHERE clause of a query over events: those of
// canonical articles, since the events of near-duplicate copies are
// mentions of theirs.
func eventWhere(f store.Filter, cursor bool) *where {
	w := &where{}
	w.add(`e.copy = 0`)
	eventConds(w, f)
	dayConds(w, f, "e.day")
	if len(f.Terms) > 0 {
		w.add(`e.doc IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)`, match(f.Terms))
	}
	if cursor && f.After {
		w.add(`(e.day, e.id) > (?, ?)`, f.AfterDay, f.AfterID)
	}
	return w
}

// Count returns how many events q selects.
func (s *Store) Count(ctx context.Context, q herald.Query) (int, error) {
	f, err := store.Check(q, store.EventCursor)
	if err != nil {
		return 0, fmt.Errorf("count events in %q: %w", s.path, err)
	}
	w := eventWhere(f, false)
	var n int
	if err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM events e`+w.String(), w.args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count events in %q: %w", s.path, ctxErr(ctx, err))
	}
	return n, nil
}
