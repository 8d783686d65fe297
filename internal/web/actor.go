package web

import (
	"context"
	"fmt"
	"net/http"
	"sort"
	"strings"

	"github.com/heraldproject/herald"
)

// Limits of the actor page.
const (
	counterpartPairs = 200 // pairs read to find the top counterparts
	topCounterparts  = 15
	recentQuotes     = 10
	quoteArticles    = 3 * herald.MaxLimit // articles searched for the latest quotes
)

// An actorView is the page of one actor code.
type actorView struct {
	Code         string
	Events       int
	Period       herald.Period
	Chart        timeChart
	Counterparts []counterpart
	Quotes       []actorQuote
	SearchLink   string
	TimelineLink string
}

// A counterpart is an actor that the page's actor has events with, in
// either direction.
type counterpart struct {
	Code             string
	Events, Conflict int
	Goldstein        float64 // mean
}

// An actorQuote is a quote whose speaker has the page's actor code.
type actorQuote struct {
	Text, Speaker, Date, Link, Title string
}

// actor shows one actor code: its events over time, the actors it deals
// with most, and what it was last quoted saying.
func (s *server) actor(w http.ResponseWriter, r *http.Request) {
	code := strings.ToUpper(strings.TrimSpace(r.PathValue("code")))
	v := actorView{Code: code,
		SearchLink:   "/search?actor=" + urlQuery(code),
		TimelineLink: "/timeline?actor=" + urlQuery(code)}
	ctx := r.Context()
	q := herald.Query{Actor: code}
	var err error
	if v.Events, err = s.Store.Count(ctx, q); err != nil {
		s.storeFailed(w, r, err)
		return
	}
	var buckets []herald.TimelineBucket
	if buckets, v.Period, err = s.countTimeline(ctx, q, ""); err != nil {
		s.storeFailed(w, r, err)
		return
	}
	v.Chart = timelineChart(buckets, v.Period)
	pairs, err := s.Stats.Network(ctx, q, counterpartPairs)
	if err != nil {
		s.storeFailed(w, r, err)
		return
	}
	v.Counterparts = counterparts(code, pairs)
	if v.Quotes, err = s.quotesBy(ctx, code); err != nil {
		s.storeFailed(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "actor", view{Title: code, Body: v})
}

// counterparts sums the pairs of code by the other actor, the most events
// first.
func counterparts(code string, pairs []herald.ActorPair) []counterpart {
	by := make(map[string]*counterpart)
	for _, p := range pairs {
		other := p.Target
		if !strings.EqualFold(p.Source, code) {
			other = p.Source
		}
		c := by[other]
		if c == nil {
			c = &counterpart{Code: other}
			by[other] = c
		}
		c.Goldstein = (c.Goldstein*float64(c.Events) + p.Goldstein*float64(p.Events)) / float64(c.Events+p.Events)
		c.Events += p.Events
		c.Conflict += p.Conflict
	}
	out := make([]counterpart, 0, len(by))
	for _, c := range by {
		out = append(out, *c)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Events != out[j].Events {
			return out[i].Events > out[j].Events
		}
		return out[i].Code < out[j].Code
	})
	return out[:min(len(out), topCounterparts)]
}

// quotesBy returns the latest quotes whose speaker has the actor code,
// from the latest of the first quoteArticles articles with its events.
func (s *server) quotesBy(ctx context.Context, code string) ([]actorQuote, error) {
	var latest []herald.ArticleHit
	q := herald.Query{Actor: code, Limit: herald.MaxLimit}
	for read := 0; read < quoteArticles; {
		hits, next, err := s.Store.Articles(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("find articles of %s: %w", code, err)
		}
		read += len(hits)
		latest = append(latest, hits...)
		latest = latest[max(0, len(latest)-recentQuotes):]
		if next == "" {
			break
		}
		q.After = next
	}
	var out []actorQuote
	for i := len(latest) - 1; i >= 0 && len(out) < recentQuotes; i-- {
		doc, rec, err := s.Store.Get(ctx, latest[i].Hash)
		if err != nil {
			return nil, fmt.Errorf("read article %s: %w", latest[i].Hash, err)
		}
		out = append(out, docQuotes(doc, rec, code)...)
	}
	return out[:min(len(out), recentQuotes)], nil
}

// docQuotes returns the quotes of doc whose speaker has the actor code.
func docQuotes(doc *herald.Document, rec herald.Record, code string) []actorQuote {
	speakers := make(map[string]string)
	for _, e := range doc.Entities {
		if strings.EqualFold(e.Actor, code) {
			speakers[e.ID] = e.Name
		}
	}
	var out []actorQuote
	for i, q := range doc.Quotes {
		name, ok := speakers[q.Speaker]
		if !ok {
			continue
		}
		out = append(out, actorQuote{Text: q.Span.In(doc.Text), Speaker: name, Date: day(doc.Published), Title: doc.Title,
			Link: "/articles/" + urlPath(rec.Hash) + "#" + quoteAnchor(i)})
	}
	return out
}
