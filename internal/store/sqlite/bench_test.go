package sqlite

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/heraldproject/herald"
)

// Benchmarks over a synthetic store. HERALD_BENCH_EVENTS sets the number of
// events of BenchmarkQuery's store (default 100,000; the target is
// stated for 1,000,000):
//
//	go test -run XXX -bench . -benchtime 200x ./internal/store/sqlite/
//	HERALD_BENCH_EVENTS=1000000 go test -run XXX -bench Query -benchtime 100x -timeout 30m ./internal/store/sqlite/

// eventsPerDoc is how many events each synthetic document codes: about what
// a wire story of 400 words yields.
const eventsPerDoc = 10

var (
	countries = []string{"USA", "RUS", "UKR", "CHN", "GBR", "FRA", "DEU", "ISR", "PSE", "IRN", "IND", "PAK", "TUR", "SYR",
		"IRQ", "JPN", "KOR", "PRK", "BRA", "MEX", "ZAF", "NGA", "EGY", "SAU", "ARE", "QAT", "POL", "ITA", "ESP", "CAN"}
	sectors = []string{"", "GOV", "MIL", "OPP", "BUS", "MED", "REB", "CVL"}
	cameos  = []string{"010", "020", "036", "040", "042", "043", "051", "057", "061", "111", "112", "120", "130", "141", "173", "190", "193", "195"}
	words   = strings.Fields("talks ministers summit ceasefire sanctions troops border election protest oil gas grain " +
		"shelling drones refugees aid treaty embassy parliament court strike port bank markets inflation harvest")
)

// synthetic returns the i-th synthetic document: a short text of about 80
// words and eventsPerDoc events between actors drawn with a skew, as in
// news, towards a few countries, on days spread over two years.
func synthetic(i int) *herald.Document {
	r := rand.New(rand.NewPCG(uint64(i), 7))
	var b strings.Builder
	fmt.Fprintf(&b, "Story %d on topic%d. ", i, i%500) // each topic in 0.2% of stories
	for range 80 {
		b.WriteString(words[r.IntN(len(words))])
		b.WriteByte(' ')
	}
	text := strings.TrimSpace(b.String()) + "."
	pub := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(730))
	doc := herald.NewDocument(herald.Article{ID: "s" + strconv.Itoa(i), Title: "Story " + strconv.Itoa(i),
		Source: "Synthetic", Published: pub, Text: text})
	doc.Sentences = []herald.Sentence{{Span: herald.Span{Start: 0, End: len(text)}}}
	for j := range eventsPerDoc {
		cameo := cameos[r.IntN(len(cameos))]
		doc.Events = append(doc.Events, herald.Event{
			ID: "V" + strconv.Itoa(j+1), CAMEO: cameo, QuadClass: 1 + r.IntN(4), Goldstein: 3.4, PLOVER: "CONSULT",
			Source:   herald.Participant{Actor: actor(r), Span: herald.Span{Start: 10, End: 14}},
			Target:   herald.Participant{Actor: actor(r), Span: herald.Span{Start: 20, End: 25}},
			Trigger:  herald.Span{Start: 15, End: 19},
			Modality: herald.Asserted, Confidence: 0.8,
		})
	}
	return doc
}

// actor draws a CAMEO actor code: half the time one of the first four
// countries, as news mostly concerns a few.
func actor(r *rand.Rand) string {
	c := countries[r.IntN(len(countries))]
	if r.IntN(2) == 0 {
		c = countries[r.IntN(4)]
	}
	return c + sectors[r.IntN(len(sectors))]
}

func BenchmarkPut(b *testing.B) {
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "put.db")
	s, err := Open(ctx, path, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	docs := make([]*herald.Document, b.N)
	var bytes int
	for i := range docs {
		docs[i] = synthetic(i)
		bytes += len(docs[i].Text)
	}
	b.ResetTimer()
	for _, d := range docs {
		if _, err := s.Put(ctx, d, "bench"); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	if _, err := s.w.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		b.Fatal(err)
	}
	if fi, err := os.Stat(path); err == nil {
		b.ReportMetric(float64(fi.Size())/float64(b.N), "bytes/doc")
		b.ReportMetric(float64(bytes)/float64(b.N), "text-bytes/doc")
	}
}

// BenchmarkPutBatch puts in batches of 64 documents, as herald ingest does.
func BenchmarkPutBatch(b *testing.B) {
	const size = 64
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "put.db"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	docs := make([]*herald.Document, b.N)
	for i := range docs {
		docs[i] = synthetic(i)
	}
	b.ResetTimer()
	for batch := range slices.Chunk(docs, size) {
		if _, err := s.PutBatch(ctx, batch, "bench"); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkPutParallel puts from several goroutines, as herald ingest -j
// does.
func BenchmarkPutParallel(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(b.TempDir(), "put.db"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var next atomic.Int64
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := s.Put(ctx, synthetic(int(next.Add(1))), "bench"); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
