package sqlite

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/heraldproject/herald"
)

// BenchmarkAggregate measures the Aggregator over BenchmarkQuery's
// synthetic store, whose documents have no places:
//
//	HERALD_BENCH_EVENTS=1000000 go test -run XXX -bench Aggregate -benchtime 20x -timeout 30m ./internal/store/sqlite/
func BenchmarkAggregate(b *testing.B) {
	s := fill(b, filepath.Join(b.TempDir(), "aggregate.db"), benchEvents(b))
	defer s.Close()
	ctx := context.Background()
	day := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	month := herald.Query{From: day("2025-03-01"), To: day("2025-03-31")}
	ukrMonth := month
	ukrMonth.Actor = "UKR*"
	calls := []struct {
		name string
		call func() (int, error)
	}{
		{"timeline-week-quad-actor", func() (int, error) {
			r, err := s.Timeline(ctx, herald.Query{Actor: "RUS*"}, herald.Week, herald.ByQuadClass)
			return len(r), err
		}},
		{"timeline-week-quad-all", func() (int, error) {
			r, err := s.Timeline(ctx, herald.Query{}, herald.Week, herald.ByQuadClass)
			return len(r), err
		}},
		{"timeline-day-root-month", func() (int, error) {
			r, err := s.Timeline(ctx, month, herald.Day, herald.ByRoot)
			return len(r), err
		}},
		{"network-all", func() (int, error) {
			r, err := s.Network(ctx, herald.Query{}, 100)
			return len(r), err
		}},
		{"network-actor-month", func() (int, error) {
			r, err := s.Network(ctx, ukrMonth, 100)
			return len(r), err
		}},
		{"actors-month", func() (int, error) {
			r, err := s.Actors(ctx, month, 100)
			return len(r), err
		}},
	}
	for _, c := range calls {
		b.Run(c.name, func(b *testing.B) {
			times := make([]time.Duration, 0, b.N)
			rows := 0
			for range b.N {
				start := time.Now()
				n, err := c.call()
				if err != nil {
					b.Fatal(err)
				}
				times = append(times, time.Since(start))
				rows = n
			}
			slices.Sort(times)
			b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "ms-median")
			b.ReportMetric(float64(rows), "rows")
		})
	}
}
