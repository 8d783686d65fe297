package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"time"

	"github.com/heraldproject/herald"
)

// Limits of a pair's timeline, which is counted here from the events of
// the first actor rather than by the store.
const (
	pairPage  = herald.MaxLimit
	pairPages = 20
)

// weekAfter is the span, in days, past which a timeline counts weeks
// unless a period is asked for: past it, days make bars too thin to read.
const weekAfter = 120

// A timelineView is the timeline page.
type timelineView struct {
	Filter    filter
	Error     string
	Period    herald.Period
	Chart     timeChart
	Truncated bool // a pair's events were more than could be counted
}

// timeline shows events per period by quad class for an actor, a pair of
// actors (actor and with) or a country, with their mean Goldstein value.
func (s *server) timeline(w http.ResponseWriter, r *http.Request) {
	f, err := parseFilter(r.URL.Query())
	v := timelineView{Filter: f}
	if err != nil {
		v.Error = err.Error()
		s.render(w, r, http.StatusBadRequest, "timeline", view{Title: "Timeline", Active: "timeline", Body: v})
		return
	}
	q := f.Query
	q.After = ""
	var buckets []herald.TimelineBucket
	v.Period = herald.Period(f.Period)
	if f.With != "" {
		if q.Actor == "" {
			v.Error = "Give the first actor of the pair, or a country."
			s.render(w, r, http.StatusBadRequest, "timeline", view{Title: "Timeline", Active: "timeline", Body: v})
			return
		}
		if v.Period == "" {
			v.Period = herald.Day
		}
		buckets, v.Truncated, err = s.pairTimeline(r.Context(), q, f.With, v.Period)
		if err == nil && f.Period == "" && spanDays(buckets) > weekAfter {
			v.Period = herald.Week
			buckets, v.Truncated, err = s.pairTimeline(r.Context(), q, f.With, v.Period)
		}
	} else {
		buckets, v.Period, err = s.countTimeline(r.Context(), q, v.Period)
	}
	if err != nil {
		if errors.Is(err, herald.ErrBadQuery) {
			v.Error = err.Error()
			s.render(w, r, http.StatusBadRequest, "timeline", view{Title: "Timeline", Active: "timeline", Body: v})
			return
		}
		s.storeFailed(w, r, err)
		return
	}
	v.Chart = timelineChart(buckets, v.Period)
	s.render(w, r, http.StatusOK, "timeline", view{Title: "Timeline", Active: "timeline", Body: v})
}

// countTimeline asks the store for the timeline of q by quad class, by
// day unless period says otherwise or the events span more than weekAfter
// days.
func (s *server) countTimeline(ctx context.Context, q herald.Query, period herald.Period) ([]herald.TimelineBucket, herald.Period, error) {
	p := period
	if p == "" {
		p = herald.Day
	}
	buckets, err := s.Stats.Timeline(ctx, q, p, herald.ByQuadClass)
	if err != nil {
		return nil, p, fmt.Errorf("count timeline: %w", err)
	}
	if period == "" && spanDays(buckets) > weekAfter {
		p = herald.Week
		if buckets, err = s.Stats.Timeline(ctx, q, p, herald.ByQuadClass); err != nil {
			return nil, p, fmt.Errorf("count timeline: %w", err)
		}
	}
	return buckets, p, nil
}

// pairTimeline counts the events that q selects and whose other actor
// matches with, per period and quad class. It reads at most
// pairPages pages of events and reports whether there were more.
func (s *server) pairTimeline(ctx context.Context, q herald.Query, with string, period herald.Period) ([]herald.TimelineBucket, bool, error) {
	type key struct{ start, group string }
	counts := make(map[key]*herald.TimelineBucket)
	q.Limit = pairPage
	for page := 0; page < pairPages; page++ {
		hits, next, err := s.Store.Events(ctx, q)
		if err != nil {
			return nil, false, fmt.Errorf("read pair events: %w", err)
		}
		for _, h := range hits {
			src, tgt := h.Event.Source.Actor, h.Event.Target.Actor
			pair := (matchActor(q.Actor, src) && matchActor(with, tgt)) || (matchActor(q.Actor, tgt) && matchActor(with, src))
			start := periodStart(h.Date, period)
			if !pair || start == "" {
				continue
			}
			k := key{start, fmt.Sprint(h.Event.QuadClass)}
			b := counts[k]
			if b == nil {
				b = &herald.TimelineBucket{Start: k.start, Group: k.group}
				counts[k] = b
			}
			b.Goldstein = (b.Goldstein*float64(b.Events) + h.Event.Goldstein) / float64(b.Events+1)
			b.Events++
		}
		if next == "" {
			return sortBuckets(counts), false, nil
		}
		q.After = next
	}
	return sortBuckets(counts), true, nil
}

// sortBuckets returns the buckets by period, then group.
func sortBuckets[K comparable](m map[K]*herald.TimelineBucket) []herald.TimelineBucket {
	out := make([]herald.TimelineBucket, 0, len(m))
	for _, b := range m {
		out = append(out, *b)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].Group < out[j].Group
	})
	return out
}

// periodStart returns the first day of the period that holds date
// (YYYY-MM-DD), weeks starting on Monday, or "" when date is not a day.
func periodStart(date string, period herald.Period) string {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return ""
	}
	if period == herald.Week {
		t = t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
	}
	return t.Format(time.DateOnly)
}
