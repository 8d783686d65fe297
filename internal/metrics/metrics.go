// Package metrics keeps counters and gauges and writes them in the
// Prometheus text exposition format (version 0.0.4), for a /metrics
// endpoint that Prometheus or a person with curl can read.
//
// It is the small part of a metrics library herald needs: no histograms,
// no summaries, label values fixed when a series is made.
package metrics

import (
	"fmt"
	"io"
	"math"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// A Registry holds metric families and writes them out. Its zero value is
// empty and ready to use; it is safe for concurrent use.
type Registry struct {
	mu       sync.Mutex
	families []*family // in the order first registered
}

// A family is the series of one metric name.
type family struct {
	name, help, kind string
	series           []*series
}

// A series is one set of label values and its value, a float64's bits.
type series struct {
	labels string // {k="v",…}, or "" without labels
	bits   atomic.Uint64
}

// A Counter only goes up.
type Counter struct{ s *series }

// Add adds n, which must not be negative.
func (c Counter) Add(n float64) { add(&c.s.bits, n) }

// Inc adds one.
func (c Counter) Inc() { c.Add(1) }

// Value returns the count so far.
func (c Counter) Value() float64 { return math.Float64frombits(c.s.bits.Load()) }

// A Gauge goes up and down.
type Gauge struct{ s *series }

// Set sets the gauge to v.
func (g Gauge) Set(v float64) { g.s.bits.Store(math.Float64bits(v)) }

func add(bits *atomic.Uint64, n float64) {
	for {
		old := bits.Load()
		if bits.CompareAndSwap(old, math.Float64bits(math.Float64frombits(old)+n)) {
			return
		}
	}
}

// Counter returns the counter called name with the given label pairs
// (name, value, name, value…), making it at zero on first use.
func (r *Registry) Counter(name, help string, labels ...string) Counter {
	return Counter{r.series(name, help, "counter", labels)}
}

// Gauge returns the gauge called name with the given label pairs, making
// it at zero on first use.
func (r *Registry) Gauge(name, help string, labels ...string) Gauge {
	return Gauge{r.series(name, help, "gauge", labels)}
}

func (r *Registry) series(name, help, kind string, labels []string) *series {
	if len(labels)%2 != 0 {
		panic("metrics: label names and values come in pairs")
	}
	key := labelString(labels)
	r.mu.Lock()
	defer r.mu.Unlock()
	var f *family
	for _, g := range r.families {
		if g.name == name {
			f = g
		}
	}
	if f == nil {
		f = &family{name: name, help: help, kind: kind}
		r.families = append(r.families, f)
	}
	if f.kind != kind {
		panic(fmt.Sprintf("metrics: %s registered as a %s and a %s", name, f.kind, kind))
	}
	for _, s := range f.series {
		if s.labels == key {
			return s
		}
	}
	s := &series{labels: key}
	f.series = append(f.series, s)
	return s
}

// labelString writes label pairs as {k="v",…}, values escaped.
func labelString(pairs []string) string {
	if len(pairs) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteByte('{')
	for i := 0; i < len(pairs); i += 2 {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(pairs[i])
		b.WriteString(`="`)
		b.WriteString(labelEscaper.Replace(pairs[i+1]))
		b.WriteByte('"')
	}
	b.WriteByte('}')
	return b.String()
}

var (
	labelEscaper = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	helpEscaper  = strings.NewReplacer(`\`, `\\`, "\n", `\n`)
)

// WriteTo writes every metric in the text exposition format.
func (r *Registry) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	r.mu.Lock()
	for _, f := range r.families {
		fmt.Fprintf(&b, "# HELP %s %s\n# TYPE %s %s\n", f.name, helpEscaper.Replace(f.help), f.name, f.kind)
		for _, s := range f.series {
			fmt.Fprintf(&b, "%s%s %s\n", f.name, s.labels, formatValue(math.Float64frombits(s.bits.Load())))
		}
	}
	r.mu.Unlock()
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}

func formatValue(v float64) string {
	switch {
	case math.IsInf(v, 1):
		return "+Inf"
	case math.IsInf(v, -1):
		return "-Inf"
	case math.IsNaN(v):
		return "NaN"
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// ServeHTTP writes the metrics, for GET /metrics.
func (r *Registry) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	r.WriteTo(w)
}
