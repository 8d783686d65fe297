package actor

import (
	"context"
	"testing"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/stage/entity"
)

// report reports words/s, and words per CPU second when the CPU time is
// known: run with -cpu 1 on a shared machine.
func report(b *testing.B, words int, cpu0 int64) {
	n := float64(words) * float64(b.N)
	b.ReportMetric(n/b.Elapsed().Seconds(), "words/s")
	if cpu := cpuTime().Nanoseconds() - cpu0; cpu > 0 && cpu0 > 0 {
		b.ReportMetric(n/(float64(cpu)/1e9), "words/cpu-s")
	}
}

// BenchmarkProcess measures the actor stage alone on the seed article, as
// the entity stage leaves it:
//
//	go test -run XXX -bench Process -cpu 1 ./internal/stage/actor/
func BenchmarkProcess(b *testing.B) {
	doc := prepare(b, herald.Seed())
	names := append([]herald.Entity(nil), doc.Entities...)
	s := stage(b)
	ctx := context.Background()
	b.ReportAllocs()
	cpu := cpuTime().Nanoseconds()
	for b.Loop() {
		doc.Entities = append(doc.Entities[:0], names...)
		if err := s.Process(ctx, doc); err != nil {
			b.Fatal(err)
		}
	}
	report(b, len(doc.Tokens), cpu)
}

// BenchmarkEntityActor measures the entity and actor stages together on
// the seed article, already tokenised; the target is 100,000 words/s per
// core:
//
//	go test -run XXX -bench EntityActor -cpu 1 ./internal/stage/actor/
func BenchmarkEntityActor(b *testing.B) {
	doc := prepare(b, herald.Seed())
	ent := entity.New()
	if err := ent.Load(context.Background()); err != nil {
		b.Fatal(err)
	}
	s := stage(b)
	ctx := context.Background()
	b.ReportAllocs()
	cpu := cpuTime().Nanoseconds()
	for b.Loop() {
		doc.Entities = doc.Entities[:0]
		if err := ent.Process(ctx, doc); err != nil {
			b.Fatal(err)
		}
		if err := s.Process(ctx, doc); err != nil {
			b.Fatal(err)
		}
	}
	report(b, len(doc.Tokens), cpu)
}

// BenchmarkLoad measures reading herald's actor knowledge.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadKnowledge(context.Background(), nil); err != nil {
			b.Fatal(err)
		}
	}
}
