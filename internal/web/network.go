package web

import (
	"errors"
	"fmt"
	"math"
	"net/http"
	"sort"
	"strconv"

	"github.com/heraldproject/herald"
)

// Sizes of the network chart, in SVG units.
const (
	netSize   = 700.0
	netRadius = 220.0
	labelGap  = 58.0 // from a node to its label, past its loop
)

// defaultPairs and maxPairs bound the pairs a network shows.
const (
	defaultPairs = 40
	maxPairs     = 200
)

// A netChart is actors on a circle, linked by their events.
type netChart struct {
	Size  float64
	Nodes []node
	Edges []edge
}

// A node is one actor code.
type node struct {
	Code           string
	X, Y, R        float64
	LabelX, LabelY float64
	Anchor         string // text-anchor of the label: "start", "middle" or "end"
	Events         int
}

// An edge is the events from one actor to another: a curve bending to the
// left of its direction, so that the two directions of a pair stay apart,
// coloured from cooperation (green) to conflict (red).
type edge struct {
	D      string
	Width  float64
	Colour string
	Title  string
}

// A networkView is the network page.
type networkView struct {
	Filter filter
	Error  string
	Limit  int
	Chart  netChart
	Pairs  []herald.ActorPair
}

// network shows the actor pairs with the most events.
func (s *server) network(w http.ResponseWriter, r *http.Request) {
	f, err := parseFilter(r.URL.Query())
	v := networkView{Filter: f, Limit: defaultPairs}
	if n, convErr := strconv.Atoi(r.URL.Query().Get("limit")); convErr == nil && n > 0 {
		v.Limit = min(n, maxPairs)
	}
	if err != nil {
		v.Error = err.Error()
		s.render(w, r, http.StatusBadRequest, "network", view{Title: "Network", Active: "network", Body: v})
		return
	}
	q := f.Query
	q.After = ""
	if v.Pairs, err = s.Stats.Network(r.Context(), q, v.Limit); err != nil {
		if errors.Is(err, herald.ErrBadQuery) {
			v.Error = err.Error()
			s.render(w, r, http.StatusBadRequest, "network", view{Title: "Network", Active: "network", Body: v})
			return
		}
		s.storeFailed(w, r, err)
		return
	}
	v.Chart = networkChart(v.Pairs)
	s.render(w, r, http.StatusOK, "network", view{Title: "Network", Active: "network", Body: v})
}

// networkChart lays the pairs' actors out on a circle, the busiest first
// from the top, clockwise.
func networkChart(pairs []herald.ActorPair) netChart {
	c := netChart{Size: netSize}
	totals := make(map[string]int)
	most := 1
	for _, p := range pairs {
		totals[p.Source] += p.Events
		totals[p.Target] += p.Events
		most = max(most, p.Events)
	}
	codes := make([]string, 0, len(totals))
	for code := range totals {
		codes = append(codes, code)
	}
	sort.Slice(codes, func(i, j int) bool {
		if totals[codes[i]] != totals[codes[j]] {
			return totals[codes[i]] > totals[codes[j]]
		}
		return codes[i] < codes[j]
	})
	busiest := 1
	if len(codes) > 0 {
		busiest = totals[codes[0]]
	}
	at := make(map[string]node, len(codes))
	mid := netSize / 2
	for i, code := range codes {
		a := 2*math.Pi*float64(i)/float64(len(codes)) - math.Pi/2
		cos, sin := math.Cos(a), math.Sin(a)
		n := node{Code: code, Events: totals[code],
			X: mid + netRadius*cos, Y: mid + netRadius*sin,
			R:      4 + 12*math.Sqrt(float64(totals[code])/float64(busiest)),
			LabelX: mid + (netRadius+labelGap)*cos, LabelY: mid + (netRadius+labelGap)*sin + 4, Anchor: "start"}
		switch {
		case math.Abs(cos) < 0.3:
			n.Anchor = "middle"
		case cos < 0:
			n.Anchor = "end"
		}
		at[code] = n
		c.Nodes = append(c.Nodes, n)
	}
	for _, p := range pairs {
		a, b := at[p.Source], at[p.Target]
		share := float64(p.Conflict) / float64(max(p.Events, 1))
		c.Edges = append(c.Edges, edge{D: curve(a, b), Width: 1 + 7*math.Sqrt(float64(p.Events)/float64(most)),
			Colour: blend(share),
			Title:  fmt.Sprintf("%s → %s: %d events, %d conflict, mean Goldstein %.1f", p.Source, p.Target, p.Events, p.Conflict, p.Goldstein)})
	}
	return c
}

// curve returns the path of an edge from a to b, or a loop for an actor
// acting on itself.
func curve(a, b node) string {
	if a.Code == b.Code {
		// A loop pointing away from the circle's centre.
		ux, uy := (a.X-netSize/2)/netRadius, (a.Y-netSize/2)/netRadius
		const reach, spread = 45.0, 0.5
		return fmt.Sprintf("M%.1f %.1f C%.1f %.1f %.1f %.1f %.1f %.1f", a.X, a.Y,
			a.X+reach*(ux-spread*uy), a.Y+reach*(uy+spread*ux),
			a.X+reach*(ux+spread*uy), a.Y+reach*(uy-spread*ux), a.X, a.Y)
	}
	mx, my := (a.X+b.X)/2, (a.Y+b.Y)/2
	dx, dy := b.X-a.X, b.Y-a.Y
	return fmt.Sprintf("M%.1f %.1f Q%.1f %.1f %.1f %.1f", a.X, a.Y, mx+dy*0.12, my-dx*0.12, b.X, b.Y)
}

// blend returns the colour of an edge whose events are the given share
// conflict: green for none, amber for half, red for all.
func blend(share float64) string {
	stops := [3][3]float64{{46, 139, 87}, {230, 160, 40}, {200, 50, 50}}
	i, t := 0, share*2
	if t > 1 {
		i, t = 1, t-1
	}
	var rgb [3]int
	for k := range rgb {
		rgb[k] = int(stops[i][k] + (stops[i+1][k]-stops[i][k])*t + 0.5)
	}
	return fmt.Sprintf("#%02x%02x%02x", rgb[0], rgb[1], rgb[2])
}
