package syntax

import (
	"context"
	"os"
	"testing"
)

// BenchmarkProcess measures the stage on the seed article, already
// segmented: go test -bench Process -cpu 1 ./internal/stage/syntax/
func BenchmarkProcess(b *testing.B) {
	text, err := os.ReadFile("../../../testdata/seed/menafn-2025-08-08-putin-trump.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc := analyse(b, string(text))
	s := New()
	ctx := context.Background()
	if err := s.Load(ctx); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
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

// BenchmarkRoles measures finding the grammatical roles of the seed
// article's sentences once they are tagged.
func BenchmarkRoles(b *testing.B) {
	text, err := os.ReadFile("../../../testdata/seed/menafn-2025-08-08-putin-trump.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc := analyse(b, string(text))
	lower := make([]string, len(doc.Tokens))
	for i, t := range doc.Tokens {
		lower[i] = t.In(doc.Text)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, st := range doc.Sentences {
			Roles(doc.Tokens[st.FirstToken:st.EndToken], lower[st.FirstToken:st.EndToken])
		}
	}
	b.ReportMetric(float64(len(doc.Tokens))*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
