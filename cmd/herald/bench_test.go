package main

import (
	"context"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
)

// BenchmarkPipeline runs the whole pipeline over the seed article.
func BenchmarkPipeline(b *testing.B) {
	ctx := context.Background()
	p := newPipeline(pipelineConfig{})
	if err := p.Load(ctx); err != nil {
		b.Fatal(err)
	}
	seed := herald.Seed()
	words := len(strings.Fields(seed.Text))
	b.SetBytes(int64(len(seed.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.Run(ctx, herald.NewDocument(seed)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

func TestBenchCommand(t *testing.T) {
	var out, errs strings.Builder
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errs}
	if code := run(context.Background(), e, []string{"bench", "-repeat", "20", "-j", "2"}); code != exitOK {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	for _, want := range []string{"articles/s", "words/s", "stage segment", "scaling", "peak RSS", "allocations"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("bench output lacks %q:\n%s", want, out.String())
		}
	}
}
