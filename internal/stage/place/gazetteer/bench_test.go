package gazetteer

import (
	"testing"
	"time"
)

// BenchmarkLoad measures Load and reports, besides wall time, the CPU
// milliseconds per load, which other load on a shared machine does not
// inflate.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	n := 0
	cpu0, ok := cpuTime()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
		n++
	}
	if cpu1, _ := cpuTime(); ok {
		b.ReportMetric(float64(cpu1-cpu0)/float64(time.Millisecond)/float64(n), "cpu-ms/load")
	}
}

// benchNames mixes common, ambiguous, accented, aliased and unknown names,
// as a resolver would meet them.
var benchNames = []string{
	"Moscow", "Kyiv", "Kiev", "Washington", "Paris", "Georgia", "Nice", "Gaza",
	"the West Bank", "U.S.", "Russian", "Zürich", "São Paulo", "St. Louis",
	"Springfield", "Beijing", "Donetsk", "Xqzzyville", "London", "Tehran",
}

// BenchmarkLookup measures Lookup over benchNames and reports lookups/s
// of wall time and of CPU time.
func BenchmarkLookup(b *testing.B) {
	g := mustLoad(b)
	b.ReportAllocs()
	n := 0
	start := time.Now()
	cpu0, ok := cpuTime()
	for b.Loop() {
		_ = g.Lookup(benchNames[n%len(benchNames)])
		n++
	}
	reportRate(b, n, start, cpu0, ok)
}

// reportRate reports n lookups per second of wall time since start and,
// when ok, per second of CPU time since cpu0.
func reportRate(b *testing.B, n int, start time.Time, cpu0 time.Duration, ok bool) {
	b.ReportMetric(float64(n)/time.Since(start).Seconds(), "lookups/s")
	if cpu1, _ := cpuTime(); ok && cpu1 > cpu0 {
		b.ReportMetric(float64(n)/(cpu1-cpu0).Seconds(), "lookups/cpu-s")
	}
}

// BenchmarkAppendLookup is BenchmarkLookup reusing one slice.
func BenchmarkAppendLookup(b *testing.B) {
	g := mustLoad(b)
	b.ReportAllocs()
	var buf []Candidate
	n := 0
	start := time.Now()
	cpu0, ok := cpuTime()
	for b.Loop() {
		buf = g.AppendLookup(buf[:0], benchNames[n%len(benchNames)])
		n++
	}
	reportRate(b, n, start, cpu0, ok)
}
