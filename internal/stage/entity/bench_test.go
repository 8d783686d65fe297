package entity

import (
	"context"
	"os"
	"testing"
)

const seedPath = "testdata/menafn-2025-08-08-putin-trump.txt"

func seedText(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// BenchmarkProcess measures the stage on the seed article, already
// tokenised: go test -bench Process ./internal/stage/entity/
func BenchmarkProcess(b *testing.B) {
	s := NewWith(loadEmbedded(b))
	doc := tokenize(seedText(b))
	ctx := context.Background()
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		doc.Entities = doc.Entities[:0]
		if err := s.Process(ctx, doc); err != nil {
			b.Fatal(err)
		}
	}
	words := float64(len(doc.Tokens)) * float64(b.N)
	b.ReportMetric(words/b.Elapsed().Seconds(), "words/s")
	if cpu := cpuTime() - cpu; cpu > 0 {
		// On a shared machine wall time depends on the other load; run
		// with -cpu 1 so that CPU time is this benchmark's alone.
		b.ReportMetric(words/cpu.Seconds(), "words/cpu-s")
	}
}

// BenchmarkLoad measures decoding the embedded model, as Stage.Load does.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		if _, err := Embedded(); err != nil {
			b.Fatal(err)
		}
	}
	if cpu := cpuTime() - cpu; cpu > 0 {
		b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
	}
}
