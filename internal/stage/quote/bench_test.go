package quote

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/heraldproject/herald/internal/devdata"

	"github.com/heraldproject/herald"
)

// A meter reports throughput per second of wall time and per second of
// processor time; on a shared machine the second is the steadier measure
// of what one core does.
type meter struct {
	b     *testing.B
	words int
	cpu0  time.Duration
}

// startMeter sets up the benchmark b over the tokens of doc and resets
// its timer.
func startMeter(b *testing.B, doc *herald.Document) *meter {
	m := &meter{b: b}
	for _, t := range doc.Tokens {
		if t.Kind == herald.Word || t.Kind == herald.Number {
			m.words++
		}
	}
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	m.cpu0 = cpuTime()
	return m
}

// stop reports words/s of wall time and of processor time.
func (m *meter) stop() {
	cpu := (cpuTime() - m.cpu0).Seconds()
	n := float64(m.b.N)
	m.b.ReportMetric(float64(m.words)*n/m.b.Elapsed().Seconds(), "words/s")
	if cpu > 0 {
		m.b.ReportMetric(float64(m.words)*n/cpu, "cpu-words/s")
	}
}

// benchStage measures the stage alone over a segmented document with
// entities, as the pipeline runs it: the quotes are reset each time.
func benchStage(b *testing.B, doc *herald.Document) {
	st := New()
	ctx := context.Background()
	m := startMeter(b, doc)
	for b.Loop() {
		doc.Quotes = doc.Quotes[:0]
		if err := st.Process(ctx, doc); err != nil {
			b.Fatal(err)
		}
	}
	m.stop()
}

// BenchmarkSeed measures the stage on the seed article with its entities.
func BenchmarkSeed(b *testing.B) {
	text := readSeed(b)
	benchStage(b, newDoc(b, text, seedEntities(b, text, true, true)))
}

// BenchmarkPolNeAR measures the stage on the PolNeAR dev articles, joined
// into one document without entities; it skips when they are absent.
func BenchmarkPolNeAR(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(devdata.Path(b, "polnear/data/dev/text"), "*.txt"))
	if len(files) == 0 {
		b.Skip("PolNeAR not found")
	}
	var sb strings.Builder
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(raw)
		sb.WriteString("\n\n")
	}
	benchStage(b, newDoc(b, sb.String(), nil))
}
