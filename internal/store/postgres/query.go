package postgres

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/store"
)

// A query is SQL under construction: the arguments so far, each with its
// placeholder, and the conditions of a WHERE clause, joined by AND.
type query struct {
	args  []any
	conds []string
}

// arg adds an argument and returns its placeholder, $n. A placeholder may
// be used more than once, and anywhere in the statement.
func (q *query) arg(v any) string {
	q.args = append(q.args, v)
	return "$" + strconv.Itoa(len(q.args))
}

// where adds a condition.
func (q *query) where(cond string) {
	q.conds = append(q.conds, cond)
}

// whereSQL returns the WHERE clause of the conditions, "" when there are
// none.
func (q *query) whereSQL() string {
	if len(q.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(q.conds, " AND ")
}

// eventConds adds the conditions of f on the events aliased e, less dates,
// text and cursor.
func eventConds(q *query, f store.Filter) {
	if r := f.Actor; r != nil {
		if r.Hi == "" {
			lo := q.arg(r.Lo)
			q.where(`(e.source_actor = ` + lo + ` OR e.target_actor = ` + lo + `)`)
		} else {
			lo, hi := q.arg(r.Lo), q.arg(r.Hi)
			q.where(fmt.Sprintf(`((e.source_actor >= %[1]s AND e.source_actor < %[2]s) OR (e.target_actor >= %[1]s AND e.target_actor < %[2]s))`, lo, hi))
		}
	}
	if r := f.CAMEO; r != nil {
		q.where(`e.cameo >= ` + q.arg(r.Lo) + ` AND e.cameo < ` + q.arg(r.Hi))
	}
	if f.PLOVER != "" {
		q.where(`e.plover = ` + q.arg(f.PLOVER))
	}
	if f.QuadClass != 0 {
		q.where(`e.quad = ` + q.arg(f.QuadClass))
	}
	if f.Modality != "" {
		q.where(`e.modality = ` + q.arg(f.Modality))
	}
	if f.Country != "" {
		q.where(`(e.doc, e.place) IN (SELECT doc, place_id FROM places WHERE country = ` + q.arg(f.Country) + `)`)
	}
}

// dayConds adds the date range of f on the column day. A result without a
// day never matches a bounded range.
func dayConds(q *query, f store.Filter, day string) {
	if f.From != "" {
		q.where(day + ` >= ` + q.arg(f.From))
	}
	if f.To != "" {
		q.where(day + ` <> '' AND ` + day + ` <= ` + q.arg(f.To))
	}
}

// tsquery returns an expression for the text search query of the words of
// a full-text filter, all required. A word goes to plainto_tsquery, which
// reads no operators; a prefix word, to to_tsquery as a quoted operand
// with :*, the only way to ask for a prefix. Both stem the word in the
// store's configuration, as the articles' text was stemmed.
func tsquery(q *query, terms []store.Term) string {
	parts := make([]string, len(terms))
	quote := strings.NewReplacer(`\`, `\\`, `'`, `\'`)
	for i, t := range terms {
		if t.Prefix {
			parts[i] = `to_tsquery('herald', ` + q.arg(`'`+quote.Replace(t.Word)+`':*`) + `)`
		} else {
			parts[i] = `plainto_tsquery('herald', ` + q.arg(t.Word) + `)`
		}
	}
	return "(" + strings.Join(parts, " && ") + ")"
}

// eventQuery returns the query over events that f selects, with its
// cursor when cursor is true: events of canonical articles, since the
// events of near-duplicate copies are mentions of theirs.
func eventQuery(f store.Filter, cursor bool) *query {
	q := &query{}
	q.where(`NOT e.copy`)
	eventConds(q, f)
	dayConds(q, f, "e.day")
	if len(f.Terms) > 0 {
		q.where(`e.doc IN (SELECT id FROM articles WHERE tsv @@ ` + tsquery(q, f.Terms) + `)`)
	}
	if cursor && f.After {
		q.where(`(e.day, e.id) > (` + q.arg(f.AfterDay) + `, ` + q.arg(f.AfterID) + `)`)
	}
	return q
}

// Count returns how many events q selects.
func (s *Store) Count(ctx context.Context, hq herald.Query) (int, error) {
	f, err := store.Check(hq, store.EventCursor)
	if err != nil {
		return 0, fmt.Errorf("count events in %q: %w", s.name, err)
	}
	q := eventQuery(f, false)
	var n int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM events e`+q.whereSQL(), q.args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count events in %q: %w", s.name, ctxErr(ctx, err))
	}
	return n, nil
}
