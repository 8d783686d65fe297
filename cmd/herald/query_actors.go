package main

import (
	"context"
	"strconv"

	"github.com/heraldproject/herald"
)

// actors prints the actor codes of the events q selects, up to limit of
// them (0: as many as a store counts at once, herald.MaxLimit), and
// reports whether more were left.
func actors(ctx context.Context, s herald.Aggregator, q herald.Query, limit int, out *printer) (bool, error) {
	if limit == 0 || limit > herald.MaxLimit {
		limit = herald.MaxLimit
	}
	// One more than is printed, where a store counts that many, tells
	// whether there were more.
	counts, err := s.Actors(ctx, q, min(limit+1, herald.MaxLimit))
	if err != nil {
		return false, err
	}
	more := len(counts) > limit
	for _, c := range counts[:min(len(counts), limit)] {
		out.actor(c)
	}
	return more, nil
}

// actorRecord is how query prints an actor code's count in JSON and CSV.
type actorRecord struct {
	Code     string `json:"code"`
	Events   int    `json:"events"`
	AsSource int    `json:"as_source"`
	AsTarget int    `json:"as_target"`
}

var actorHeader = []string{"code", "events", "as_source", "as_target"}

func (r actorRecord) values() []string {
	return []string{r.Code, strconv.Itoa(r.Events), strconv.Itoa(r.AsSource), strconv.Itoa(r.AsTarget)}
}

func (p *printer) actor(c herald.ActorCount) {
	r := actorRecord{Code: c.Code, Events: c.Events, AsSource: c.AsSource, AsTarget: c.AsTarget}
	p.print(r, actorHeader, r.values, func() ([]string, []string) {
		return []string{"CODE", "EVENTS", "AS SOURCE", "AS TARGET"}, r.values()
	})
}
