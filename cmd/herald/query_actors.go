package main

import (
	"context"
	"strconv"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/render"
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

var actorHeader = []string{"code", "events", "as_source", "as_target"}

func (p *printer) actor(c herald.ActorCount) {
	r := render.NewActorRecord(c)
	values := func() []string {
		return []string{r.Code, strconv.Itoa(r.Events), strconv.Itoa(r.AsSource), strconv.Itoa(r.AsTarget)}
	}
	p.print(r, actorHeader, values, func() ([]string, []string) {
		return []string{"CODE", "EVENTS", "AS SOURCE", "AS TARGET"}, values()
	})
}
