package segment

import (
	"context"
	"github.com/heraldproject/herald/internal/devdata"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/heraldproject/herald"
	"github.com/neurosnap/sentences/english"
)

// benchText returns about 200 KB of news text: the seed article's body,
// paragraph by paragraph, repeated.
func benchText(b *testing.B) string {
	b.Helper()
	raw, err := os.ReadFile("testdata/menafn-2025-08-08-putin-trump.txt")
	if err != nil {
		b.Fatal(err)
	}
	body := string(raw)
	var sb strings.Builder
	for sb.Len() < 200_000 {
		sb.WriteString(body)
		sb.WriteByte('\n')
	}
	return sb.String()
}

// bbcText returns the text of the BBC News articles, or skips when the data
// set is absent.
func bbcText(b *testing.B) string {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join(devdata.Path(b, "bbc-news/bbc"), "*", "*.txt"))
	if len(files) == 0 {
		b.Skip("BBC News data set not found")
	}
	var sb strings.Builder
	for _, f := range files[:min(len(files), 500)] {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(raw)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

// A meter reports throughput per second of wall time and per second of
// processor time. On a shared machine the second is the steadier measure
// of what one core does.
type meter struct {
	b     *testing.B
	bytes int
	words int
	cpu0  time.Duration
}

// startMeter sets up the benchmark b over text and resets its timer.
func startMeter(b *testing.B, text string) *meter {
	m := &meter{b: b, bytes: len(text), words: countWords(text)}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	m.cpu0 = cpuTime()
	return m
}

// stop reports words/s, and MB/s and words/s per processor second.
func (m *meter) stop() {
	cpu := (cpuTime() - m.cpu0).Seconds()
	n := float64(m.b.N)
	m.b.ReportMetric(float64(m.words)*n/m.b.Elapsed().Seconds(), "words/s")
	if cpu > 0 {
		m.b.ReportMetric(float64(m.bytes)*n/cpu/1e6, "cpu-MB/s")
		m.b.ReportMetric(float64(m.words)*n/cpu, "cpu-words/s")
	}
}

// countWords returns the number of word and number tokens of text.
func countWords(text string) int {
	n := 0
	for _, t := range Tokenize(text, 0, len(text), nil) {
		if t.Kind == herald.Word || t.Kind == herald.Number {
			n++
		}
	}
	return n
}

// benchSegment measures Segment over text, reusing its slices as a
// pipeline worker would.
func benchSegment(b *testing.B, text string) {
	var sents []herald.Sentence
	var toks []herald.Token
	m := startMeter(b, text)
	for b.Loop() {
		sents, toks = Segment(text, 0, sents[:0], toks[:0])
	}
	m.stop()
}

func BenchmarkSegment(b *testing.B) { benchSegment(b, benchText(b)) }

func BenchmarkSegmentBBC(b *testing.B) { benchSegment(b, bbcText(b)) }

// BenchmarkProcess measures the stage on the seed article as the pipeline
// runs it: a fresh document each time.
func BenchmarkProcess(b *testing.B) {
	doc := seedDocument(b)
	st := New(Options{})
	m := startMeter(b, doc.Text)
	for b.Loop() {
		d := *doc
		if err := st.Process(context.Background(), &d); err != nil {
			b.Fatal(err)
		}
	}
	m.stop()
}

// benchNeurosnap measures the sentence tokenizer of
// github.com/neurosnap/sentences (English, Punkt) on text, for comparison.
// It finds sentences only, not tokens.
func benchNeurosnap(b *testing.B, text string) {
	tk, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		b.Fatal(err)
	}
	m := startMeter(b, text)
	for b.Loop() {
		tk.Tokenize(text)
	}
	m.stop()
}

func BenchmarkNeurosnap(b *testing.B) { benchNeurosnap(b, benchText(b)) }

func BenchmarkNeurosnapBBC(b *testing.B) { benchNeurosnap(b, bbcText(b)) }
