package web

import (
	"os"
	"regexp"
	"strconv"
	"testing"

	"github.com/heraldproject/herald"
)

func TestTimelineChart(t *testing.T) {
	buckets := []herald.TimelineBucket{
		{Start: "2025-08-01", Group: "1", Events: 2, Goldstein: 4},
		{Start: "2025-08-01", Group: "4", Events: 2, Goldstein: -10},
		{Start: "2025-08-04", Group: "3", Events: 5, Goldstein: -2},
	}
	c := timelineChart(buckets, herald.Day)
	if c.Periods != 4 || c.Events != 9 || len(c.Bars) != 3 {
		t.Fatalf("chart has %d periods, %d events, %d bars; want 4, 9, 3", c.Periods, c.Events, len(c.Bars))
	}
	// The axis tops at 8 (four ticks of 2) for a largest period of 5.
	if got := c.YTicks[len(c.YTicks)-1].Label; got != "8" {
		t.Errorf("count axis tops at %s, want 8", got)
	}
	// Day one's mean Goldstein is (2×4 + 2×−10)/4 = −3.
	if want := strconv.FormatFloat(c.goldsteinY(-3), 'f', 1, 64); !regexp.MustCompile(`,` + regexp.QuoteMeta(want) + `( |$)`).MatchString(c.Line) {
		t.Errorf("Goldstein line %q lacks the height %s of −3", c.Line, want)
	}
	for _, b := range c.Bars {
		if b.H <= 0 || b.Y < c.Top || b.Y+b.H > c.Base+0.01 {
			t.Errorf("bar %+v leaves the plot", b)
		}
	}
	if week := timelineChart([]herald.TimelineBucket{{Start: "2025-08-04", Group: "1", Events: 1}, {Start: "2025-08-25", Group: "2", Events: 1}}, herald.Week); week.Periods != 4 {
		t.Errorf("three weeks apart make %d periods, want 4", week.Periods)
	}
	if empty := timelineChart(nil, herald.Day); len(empty.Bars) != 0 || empty.Periods != 0 {
		t.Errorf("no buckets make a chart with bars")
	}
}

func TestNiceCeil(t *testing.T) {
	for n, want := range map[int]int{0: 4, 3: 4, 5: 8, 8: 8, 9: 20, 21: 40, 41: 80, 399: 400, 401: 800} {
		if got := niceCeil(n); got != want {
			t.Errorf("niceCeil(%d) = %d, want %d", n, got, want)
		}
	}
}

func TestBlend(t *testing.T) {
	for share, want := range map[float64]string{0: "#2e8b57", 0.5: "#e6a028", 1: "#c83232"} {
		if got := blend(share); got != want {
			t.Errorf("blend(%g) = %s, want %s", share, got, want)
		}
	}
}

func TestNetworkChart(t *testing.T) {
	c := networkChart([]herald.ActorPair{
		{Source: "USAGOV", Target: "RUSGOV", Events: 4, Conflict: 1},
		{Source: "RUSGOV", Target: "UKR", Events: 2, Conflict: 2},
		{Source: "UKR", Target: "UKR", Events: 1},
	})
	if len(c.Nodes) != 3 || len(c.Edges) != 3 {
		t.Fatalf("%d nodes and %d edges, want 3 and 3", len(c.Nodes), len(c.Edges))
	}
	if c.Nodes[0].Code != "RUSGOV" || c.Nodes[0].X != netSize/2 || c.Nodes[0].Y != netSize/2-netRadius {
		t.Errorf("busiest node %+v is not RUSGOV at the top", c.Nodes[0])
	}
	if c.Edges[1].Colour != blend(1) {
		t.Errorf("an all-conflict edge is %s", c.Edges[1].Colour)
	}
}

// TestMapProjection checks that the map page and static/world.svg, which
// internal/web/gen draws, agree on the map's size.
func TestMapProjection(t *testing.T) {
	svg, err := os.ReadFile("static/world.svg")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`viewBox="0 0 ([0-9.]+) ([0-9.]+)"`).FindSubmatch(svg)
	if m == nil {
		t.Fatal("world.svg has no viewBox")
	}
	if w, h := string(m[1]), string(m[2]); w != strconv.FormatFloat(mapWidth, 'g', -1, 64) || h != strconv.FormatFloat(mapHeight, 'g', -1, 64) {
		t.Errorf("world.svg is %s×%s, the map page %g×%g", w, h, mapWidth, mapHeight)
	}
	for _, tc := range []struct{ lat, lon, x, y float64 }{
		{90, -180, 0, 0}, {0, 0, 360, 180}, {-60, 180, 720, 300}, {-89, 0, 360, 300},
	} {
		if x, y := project(tc.lat, tc.lon); x != tc.x || y != tc.y {
			t.Errorf("project(%g, %g) = %g, %g; want %g, %g", tc.lat, tc.lon, x, y, tc.x, tc.y)
		}
	}
}
