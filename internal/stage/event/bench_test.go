package event

import (
	"context"
	"testing"

	"github.com/heraldproject/herald"
)

// BenchmarkSeed codes the seed article, entities given, and reports words
// per second.
func BenchmarkSeed(b *testing.B) {
	doc := seedDoc(b)
	words := 0
	for _, tok := range doc.Tokens {
		if tok.Kind == herald.Word {
			words++
		}
	}
	st := New()
	if err := st.Load(context.Background()); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		doc.Events = doc.Events[:0]
		if err := st.Process(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
