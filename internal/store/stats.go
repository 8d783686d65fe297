package store

import (
	"fmt"

	"github.com/heraldproject/herald"
)

// CheckCounts checks q for an aggregation that returns at most limit rows
// and returns its filter. q.After is ignored and limit stands for q.Limit:
// 0 means herald.DefaultLimit, more than herald.MaxLimit means MaxLimit.
// Its errors wrap herald.ErrBadQuery.
func CheckCounts(q herald.Query, limit int) (Filter, error) {
	q.After, q.Limit = "", limit
	return Check(q, EventCursor)
}

// CheckTimeline checks the period and grouping of a timeline. Its errors
// wrap herald.ErrBadQuery.
func CheckTimeline(period herald.Period, by herald.Grouping) error {
	if period != herald.Day && period != herald.Week {
		return fmt.Errorf("%w: period %q is not day or week", herald.ErrBadQuery, period)
	}
	if by != herald.ByQuadClass && by != herald.ByRoot {
		return fmt.Errorf("%w: grouping %q is not quad or root", herald.ErrBadQuery, by)
	}
	return nil
}
