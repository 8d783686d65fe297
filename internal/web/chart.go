package web

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/heraldproject/herald"
)

// Sizes of a timeline chart, in SVG units.
const (
	chartWidth  = 900.0
	chartHeight = 300.0
	chartLeft   = 48.0 // room for the count axis
	chartRight  = 48.0 // room for the Goldstein axis
	chartTop    = 12.0
	chartBottom = 28.0 // room for the dates
)

// A timeChart is a stacked bar chart of events per period by quad class,
// with the mean Goldstein value of each period as a line, laid out for an
// SVG template.
type timeChart struct {
	Width, Height          float64
	Left, Right, Top, Base float64 // the plot area
	Bars                   []bar
	Line                   string // polyline points of the Goldstein line
	Zero                   float64
	XTicks, YTicks, GTicks []tick
	Periods, Events        int
}

// A bar is one quad class's events in one period.
type bar struct {
	X, Y, W, H float64
	Quad       int
	Title      string
}

// A tick is a labelled position on an axis.
type tick struct {
	At    float64
	Label string
}

// timelineChart lays out buckets grouped by quad class, one bar a period
// from the first period with events to the last, empty periods included.
func timelineChart(buckets []herald.TimelineBucket, period herald.Period) timeChart {
	c := timeChart{Width: chartWidth, Height: chartHeight, Left: chartLeft, Right: chartWidth - chartRight,
		Top: chartTop, Base: chartHeight - chartBottom}
	c.Zero = c.goldsteinY(0)
	step := 1
	if period == herald.Week {
		step = 7
	}
	type total struct {
		quad      [5]int
		events    int
		goldstein float64 // sum of Goldstein values
	}
	byDay := make(map[int]*total)
	first, last := math.MaxInt, math.MinInt
	for _, b := range buckets {
		t, err := time.Parse(time.DateOnly, b.Start)
		if err != nil {
			continue
		}
		d := int(t.Unix() / 86400)
		first, last = min(first, d), max(last, d)
		tt := byDay[d]
		if tt == nil {
			tt = &total{}
			byDay[d] = tt
		}
		var q int
		fmt.Sscan(b.Group, &q)
		if q >= 1 && q <= 4 {
			tt.quad[q] += b.Events
		}
		tt.events += b.Events
		tt.goldstein += b.Goldstein * float64(b.Events)
		c.Events += b.Events
	}
	if len(byDay) == 0 {
		return c
	}
	c.Periods = (last-first)/step + 1
	most := 0
	for _, t := range byDay {
		most = max(most, t.events)
	}
	top := niceCeil(most)
	slot := (c.Right - c.Left) / float64(c.Periods)
	y := func(n int) float64 { return c.Base - float64(n)/float64(top)*(c.Base-c.Top) }
	var line []string
	for i := 0; i < c.Periods; i++ {
		d := first + i*step
		t := byDay[d]
		if t == nil {
			continue
		}
		x := c.Left + float64(i)*slot
		label := time.Unix(int64(d)*86400, 0).UTC().Format(time.DateOnly)
		below := 0
		for q := 1; q <= 4; q++ {
			if t.quad[q] == 0 {
				continue
			}
			c.Bars = append(c.Bars, bar{X: x + slot*0.1, Y: y(below + t.quad[q]), W: slot * 0.8, H: y(below) - y(below+t.quad[q]),
				Quad: q, Title: fmt.Sprintf("%s: %d %s", label, t.quad[q], quadName(q))})
			below += t.quad[q]
		}
		line = append(line, fmt.Sprintf("%.1f,%.1f", x+slot/2, c.goldsteinY(t.goldstein/float64(t.events))))
	}
	c.Line = strings.Join(line, " ")
	for i := 0; i <= 4; i++ {
		n := top * i / 4
		c.YTicks = append(c.YTicks, tick{At: y(n), Label: fmt.Sprint(n)})
	}
	for _, g := range []float64{-10, -5, 0, 5, 10} {
		c.GTicks = append(c.GTicks, tick{At: c.goldsteinY(g), Label: fmt.Sprintf("%+.0f", g)})
	}
	labels := min(c.Periods, 6)
	for i := 0; i < labels; i++ {
		k := i * (c.Periods - 1) / max(labels-1, 1)
		d := first + k*step
		c.XTicks = append(c.XTicks, tick{At: c.Left + (float64(k)+0.5)*slot,
			Label: time.Unix(int64(d)*86400, 0).UTC().Format(time.DateOnly)})
	}
	return c
}

// goldsteinY returns the height of Goldstein value g on the right axis,
// which runs from −10 at the base to +10 at the top.
func (c timeChart) goldsteinY(g float64) float64 {
	return c.Base - (g+10)/20*(c.Base-c.Top)
}

// niceCeil returns the smallest 1, 2 or 5 times a power of ten, times
// four, that is at least n, so that an axis to it has four round ticks.
func niceCeil(n int) int {
	if n <= 4 {
		return 4
	}
	for p := 1; ; p *= 10 {
		for _, m := range []int{1, 2, 5} {
			if 4*m*p >= n {
				return 4 * m * p
			}
		}
	}
}

// spanDays returns how many days the buckets' periods span.
func spanDays(buckets []herald.TimelineBucket) int {
	var days []string
	for _, b := range buckets {
		days = append(days, b.Start)
	}
	if len(days) < 2 {
		return 0
	}
	sort.Strings(days)
	a, errA := time.Parse(time.DateOnly, days[0])
	b, errB := time.Parse(time.DateOnly, days[len(days)-1])
	if errA != nil || errB != nil {
		return 0
	}
	return int(b.Sub(a).Hours() / 24)
}
