package actor

import (
	"slices"
	"strconv"

	"github.com/heraldproject/herald"
)

// entities returns the analysis's entities in order of first mention,
// numbered E1, E2, …, each with its mentions in text order.
func (a *analysis) entities() []herald.Entity {
	order := make([]int32, 0, len(a.clus))
	for ci := range a.clus {
		c := &a.clus[ci]
		if len(c.ments) == 0 {
			continue
		}
		slices.SortFunc(c.ments, func(x, y int32) int { return a.ments[x].span.Start - a.ments[y].span.Start })
		order = append(order, int32(ci))
	}
	slices.SortFunc(order, func(x, y int32) int {
		return a.ments[a.clus[x].ments[0]].span.Start - a.ments[a.clus[y].ments[0]].span.Start
	})
	out := make([]herald.Entity, 0, len(order))
	for _, ci := range order {
		c := &a.clus[ci]
		e := herald.Entity{
			ID:       "E" + strconv.Itoa(len(out)+1),
			Name:     a.canonicalName(c),
			Type:     c.typ,
			Actor:    c.code,
			Mentions: make([]herald.Mention, len(c.ments)),
		}
		if c.role >= 0 {
			e.Role = a.ments[c.role].role.text.In(a.text)
		}
		for i, x := range c.ments {
			e.Mentions[i] = herald.Mention{Span: a.ments[x].span, Kind: a.mentionKind(c, x)}
		}
		out = append(out, e)
	}
	return out
}

// mentionKind returns the kind of mention x of entity c: a nationality or
// regional adjective of a country or region is a demonym mention, so that
// "Russian" is not taken for a second name of Russia.
func (a *analysis) mentionKind(c *cluster, x int32) herald.MentionKind {
	m := &a.ments[x]
	if m.kind == herald.NameMention && c.typ != herald.NORP && (m.place.kind == placeAdj || m.place.kind == placeRegionAdj) {
		return herald.DemonymMention
	}
	return m.kind
}

// canonicalName returns the name of entity c: its longest name mention
// that names it as such, leaving out nationality adjectives and capitals
// standing for their state; else the name of its country or region; else
// its longest name mention; else its first nominal.
func (a *analysis) canonicalName(c *cluster) string {
	best, any := -1, -1
	for _, x := range c.ments {
		m := &a.ments[x]
		if m.kind != herald.NameMention {
			continue
		}
		if any < 0 || m.span.Len() > a.ments[any].span.Len() {
			any = int(x)
		}
		if m.metonym || m.place.kind == placeAdj || m.place.kind == placeRegionAdj {
			continue
		}
		if best < 0 || m.span.Len() > a.ments[best].span.Len() {
			best = int(x)
		}
	}
	switch {
	case best >= 0:
		return a.ments[best].span.In(a.text)
	case c.place.kind == placeCountry || c.place.kind == placeRegion:
		if n := a.kn.names[c.place.code]; n != "" && !c.plural {
			return n
		}
	}
	if any >= 0 {
		return a.ments[any].span.In(a.text)
	}
	return a.ments[c.ments[0]].span.In(a.text)
}
