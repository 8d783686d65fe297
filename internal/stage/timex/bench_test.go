package timex

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/heraldproject/herald"
)

// BenchmarkStage measures the stage over the seed article and reports
// words per second of one core.
func BenchmarkStage(b *testing.B) {
	text, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := New()
	words := len(strings.Fields(string(text)))
	a := herald.Article{Text: string(text), Published: time.Date(2025, 8, 8, 0, 0, 0, 0, time.UTC)}
	ctx := context.Background()
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		doc := herald.NewDocument(a)
		if err := s.Process(ctx, doc); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
