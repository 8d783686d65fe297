package web

import (
	"net/http"
	"net/url"

	"github.com/heraldproject/herald"
)

// Limits of the home page.
const (
	homeActors = 20
	homePlaces = 10
)

// A homeView is the overview of the store.
type homeView struct {
	Events int
	Actors []herald.ActorCount
	Places []herald.PlaceCount
}

// home shows what the store holds: how many events, the busiest actors
// and places.
func (s *server) home(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	var v homeView
	var err error
	if v.Events, err = s.Store.Count(ctx, herald.Query{}); err != nil {
		s.storeFailed(w, r, err)
		return
	}
	if v.Actors, err = s.Stats.Actors(ctx, herald.Query{}, homeActors); err != nil {
		s.storeFailed(w, r, err)
		return
	}
	if v.Places, err = s.Stats.Places(ctx, herald.Query{}, homePlaces); err != nil {
		s.storeFailed(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "home", view{Title: "Overview", Active: "home", Body: v})
}

// urlPath escapes s as one segment of a URL path.
func urlPath(s string) string { return url.PathEscape(s) }

// urlQuery escapes s as a URL query value.
func urlQuery(s string) string { return url.QueryEscape(s) }
