package api

import (
	"fmt"
	"net/http"
	"time"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/render"
)

// Limits of the ranked counts.
const (
	defaultTop = 50
	maxTop     = herald.MaxLimit
)

// bucket is one group in one period of a timeline.
type bucket struct {
	Start     string  `json:"start"`
	Group     string  `json:"group"`
	Events    int     `json:"events"`
	Goldstein float64 `json:"goldstein"`
}

type timelineBody struct {
	Period  herald.Period   `json:"period"`
	By      herald.Grouping `json:"by"`
	Buckets []bucket        `json:"buckets"`
}

func (s *server) timeline(w http.ResponseWriter, r *http.Request) error {
	v, err := params(r.URL, filterParams, []string{"period", "by"})
	if err != nil {
		return err
	}
	q, err := query(v)
	if err != nil {
		return err
	}
	body := timelineBody{Period: herald.Period(or(v.Get("period"), "day")), By: herald.Grouping(or(v.Get("by"), "quad"))}
	if body.Period != herald.Day && body.Period != herald.Week {
		return badRequest("bad_query", fmt.Sprintf("period %q is not day or week", body.Period))
	}
	if body.By != herald.ByQuadClass && body.By != herald.ByRoot {
		return badRequest("bad_query", fmt.Sprintf("by %q is not quad or root", body.By))
	}
	bs, err := s.opts.Stats.Timeline(r.Context(), q, body.Period, body.By)
	if err != nil {
		return err
	}
	body.Buckets = make([]bucket, len(bs))
	for i, b := range bs {
		body.Buckets[i] = bucket{Start: b.Start, Group: b.Group, Events: b.Events, Goldstein: b.Goldstein}
	}
	return writeJSON(w, http.StatusOK, body)
}

// actorPair is the events from one actor code to another.
type actorPair struct {
	Source    string  `json:"source"`
	Target    string  `json:"target"`
	Events    int     `json:"events"`
	Conflict  int     `json:"conflict"`
	Goldstein float64 `json:"goldstein"`
}

func actorPairs(ps []herald.ActorPair) []actorPair {
	out := make([]actorPair, len(ps))
	for i, p := range ps {
		out[i] = actorPair{Source: p.Source, Target: p.Target, Events: p.Events, Conflict: p.Conflict, Goldstein: p.Goldstein}
	}
	return out
}

func (s *server) network(w http.ResponseWriter, r *http.Request) error {
	q, limit, err := ranked(r)
	if err != nil {
		return err
	}
	ps, err := s.opts.Stats.Network(r.Context(), q, limit)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, struct {
		Pairs []actorPair `json:"pairs"`
	}{actorPairs(ps)})
}

func (s *server) actors(w http.ResponseWriter, r *http.Request) error {
	q, limit, err := ranked(r)
	if err != nil {
		return err
	}
	cs, err := s.opts.Stats.Actors(r.Context(), q, limit)
	if err != nil {
		return err
	}
	out := make([]render.ActorRecord, len(cs))
	for i, c := range cs {
		out[i] = render.NewActorRecord(c)
	}
	return writeJSON(w, http.StatusOK, struct {
		Actors []render.ActorRecord `json:"actors"`
	}{out})
}

// placeCount is the events located at one place.
type placeCount struct {
	Name     string  `json:"name"`
	Country  string  `json:"country"`
	GeoNames int     `json:"geonames"`
	Lat      float64 `json:"lat"`
	Lon      float64 `json:"lon"`
	Events   int     `json:"events"`
}

func (s *server) places(w http.ResponseWriter, r *http.Request) error {
	q, limit, err := ranked(r)
	if err != nil {
		return err
	}
	ps, err := s.opts.Stats.Places(r.Context(), q, limit)
	if err != nil {
		return err
	}
	out := make([]placeCount, len(ps))
	for i, p := range ps {
		out[i] = placeCount{Name: p.Name, Country: p.Country, GeoNames: p.GeoNames, Lat: p.Lat, Lon: p.Lon, Events: p.Events}
	}
	return writeJSON(w, http.StatusOK, struct {
		Places []placeCount `json:"places"`
	}{out})
}

// ranked returns the filters and the limit of a ranked count.
func ranked(r *http.Request) (herald.Query, int, error) {
	v, err := params(r.URL, filterParams, []string{"limit"})
	if err != nil {
		return herald.Query{}, 0, err
	}
	q, err := query(v)
	if err != nil {
		return q, 0, err
	}
	limit := q.Limit
	if limit == 0 {
		limit = defaultTop
	}
	q.Limit = 0
	return q, min(limit, maxTop), nil
}

func or(s, orElse string) string {
	if s == "" {
		return orElse
	}
	return s
}

// dayOf parses a YYYY-MM-DD day that a store wrote.
func dayOf(s string) time.Time {
	t, _ := time.Parse(time.DateOnly, s)
	return t
}
