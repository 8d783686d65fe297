package web

import (
	"errors"
	"fmt"
	"math"
	"net/http"

	"github.com/heraldproject/herald"
)

// The projection of static/world.svg, as internal/web/gen draws it:
// equirectangular, mapWidth/360 units a degree, cut at mapSouth.
const (
	mapWidth  = 720.0
	mapSouth  = -60.0
	mapHeight = (90 - mapSouth) * mapWidth / 360
)

// maxPlaces is the most places a map shows, and tablePlaces the most its
// table lists.
const (
	maxPlaces   = 500
	tablePlaces = 50
)

// A mapView is the map page.
type mapView struct {
	Filter        filter
	Error         string
	Width, Height float64
	Circles       []circle
	Places        []herald.PlaceCount // the busiest, for the table
	More          int                 // places on the map but not in the table
}

// A circle is one place on the map.
type circle struct {
	X, Y, R float64
	Title   string
}

// worldMap shows where events took place.
func (s *server) worldMap(w http.ResponseWriter, r *http.Request) {
	f, err := parseFilter(r.URL.Query())
	v := mapView{Filter: f, Width: mapWidth, Height: mapHeight}
	if err != nil {
		v.Error = err.Error()
		s.render(w, r, http.StatusBadRequest, "map", view{Title: "Map", Active: "map", Body: v})
		return
	}
	q := f.Query
	q.After = ""
	places, err := s.Stats.Places(r.Context(), q, maxPlaces)
	if err != nil {
		if errors.Is(err, herald.ErrBadQuery) {
			v.Error = err.Error()
			s.render(w, r, http.StatusBadRequest, "map", view{Title: "Map", Active: "map", Body: v})
			return
		}
		s.storeFailed(w, r, err)
		return
	}
	v.Circles = placeCircles(places)
	v.Places = places[:min(len(places), tablePlaces)]
	v.More = len(places) - len(v.Places)
	s.render(w, r, http.StatusOK, "map", view{Title: "Map", Active: "map", Body: v})
}

// placeCircles places each place on the map, with an area that grows with
// its events; the largest are drawn first so that small ones stay on top.
func placeCircles(places []herald.PlaceCount) []circle {
	most := 1
	for _, p := range places {
		most = max(most, p.Events)
	}
	out := make([]circle, 0, len(places))
	for _, p := range places {
		x, y := project(p.Lat, p.Lon)
		out = append(out, circle{X: x, Y: y, R: 2 + 14*math.Sqrt(float64(p.Events)/float64(most)),
			Title: fmt.Sprintf("%s, %s: %d events", p.Name, p.Country, p.Events)})
	}
	return out
}

// project returns the map position of a latitude and longitude.
func project(lat, lon float64) (x, y float64) {
	lat = max(min(lat, 90), mapSouth)
	lon = max(min(lon, 180), -180)
	return (lon + 180) * mapWidth / 360, (90 - lat) * mapWidth / 360
}
