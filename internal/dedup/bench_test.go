package dedup

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// synthetic returns n texts of words drawn from a 5,000-word vocabulary,
// each of about 400 words.
func synthetic(n int) []string {
	r := rand.New(rand.NewPCG(7, 7))
	vocab := make([]string, 5000)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("w%x", r.Uint32())
	}
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for range 400 {
			b.WriteString(vocab[r.IntN(len(vocab))])
			b.WriteByte(' ')
		}
		out[i] = b.String()
	}
	return out
}

func BenchmarkSign(b *testing.B) {
	texts := synthetic(64)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		Sign(texts[i%len(texts)], 0)
		i++
	}
	b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "signatures/s")
	b.ReportMetric(float64(400*i)/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkBest(b *testing.B) {
	texts := synthetic(10000)
	sigs := make([]Signature, len(texts))
	for i, t := range texts {
		sigs[i] = Sign(t, 0)
	}
	for _, m := range []Method{MinHash, SimHash} {
		b.Run(m.String(), func(b *testing.B) {
			x, err := New(Options{Method: m})
			if err != nil {
				b.Fatal(err)
			}
			for i, s := range sigs {
				x.Add(fmt.Sprint(i), s)
			}
			i := 0
			for b.Loop() {
				x.Best(sigs[i%len(sigs)])
				i++
			}
			b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "lookups/s")
		})
	}
}

func BenchmarkMarshal(b *testing.B) {
	s := Sign(sample, 0)
	n := 0
	for b.Loop() {
		p, _ := s.MarshalBinary()
		var t Signature
		t.UnmarshalBinary(p)
		n = len(p)
	}
	b.ReportMetric(float64(n), "bytes/sig")
}
