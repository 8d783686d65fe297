package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/heraldproject/herald"
)

// benchEvents returns the number of events BenchmarkQuery's store holds.
func benchEvents(b *testing.B) int {
	n := 100_000
	if v := os.Getenv("HERALD_BENCH_EVENTS"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < eventsPerDoc {
			b.Fatalf("HERALD_BENCH_EVENTS=%q is not a number of events", v)
		}
	}
	return n
}

// fill puts the synthetic documents that hold n events, from several
// goroutines, and closes and reopens the store so that its statistics are
// fresh, as after herald ingest.
func fill(b *testing.B, path string, n int) *Store {
	ctx := context.Background()
	s, err := Open(ctx, path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	docs := n / eventsPerDoc
	const workers = 4
	errs := make(chan error, workers)
	for w := range workers {
		go func() {
			for i := w; i < docs; i += workers {
				if _, err := s.Put(ctx, synthetic(i), "bench"); err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for range workers {
		if err := <-errs; err != nil {
			b.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		b.Fatal(err)
	}
	fi, _ := os.Stat(path)
	b.Logf("stored %d documents, %d events in %v (%.0f docs/s); file %d MB, %.0f bytes/doc",
		docs, n, time.Since(start).Round(time.Second), float64(docs)/time.Since(start).Seconds(), fi.Size()>>20, float64(fi.Size())/float64(docs))
	if s, err = Open(ctx, path, Options{ReadOnly: true}); err != nil {
		b.Fatal(err)
	}
	return s
}

func BenchmarkQuery(b *testing.B) {
	n := benchEvents(b)
	s := fill(b, filepath.Join(b.TempDir(), "query.db"), n)
	defer s.Close()
	day := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	month := herald.Query{From: day("2025-03-01"), To: day("2025-03-31")}
	withActor := func(q herald.Query, a string) herald.Query { q.Actor = a; return q }
	queries := []struct {
		name  string
		q     herald.Query
		count bool
	}{
		{"first-page", herald.Query{}, false},
		{"actor-prefix-and-month", withActor(month, "RUS*"), false},
		{"actor-exact-and-month", withActor(month, "RUSGOV"), false},
		{"rare-actor-and-month", withActor(month, "CAN*"), false},
		{"actor-prefix-and-year", herald.Query{Actor: "UKR*", From: day("2024-06-01"), To: day("2025-05-31")}, false},
		{"cameo-root-and-month", herald.Query{CAMEO: "19", From: month.From, To: month.To}, false},
		{"text-and-actor", herald.Query{Actor: "CHN*", Text: "topic42"}, false},
		{"common-words-and-actor", herald.Query{Actor: "CHN*", Text: "ceasefire sanctions"}, false},
		{"count-actor-prefix-and-month", withActor(month, "RUS*"), true},
	}
	for _, qq := range queries {
		b.Run(qq.name, func(b *testing.B) {
			ctx := context.Background()
			times := make([]time.Duration, 0, b.N)
			hits := 0
			for range b.N {
				start := time.Now()
				if qq.count {
					c, err := s.Count(ctx, qq.q)
					if err != nil {
						b.Fatal(err)
					}
					hits = c
				} else {
					h, _, err := s.Events(ctx, qq.q)
					if err != nil {
						b.Fatal(err)
					}
					hits = len(h)
				}
				times = append(times, time.Since(start))
			}
			slices.Sort(times)
			b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "ms-median")
			b.ReportMetric(float64(hits), "hits")
		})
	}
}
