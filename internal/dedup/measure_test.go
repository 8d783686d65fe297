package dedup

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
	"time"
)

// A query is a text looked up in an index of originals: an edited copy of
// an indexed story (a positive) or a story on the same topic that was not
// indexed (a negative).
type query struct {
	src   int // index of the story it was made from
	edits int
	pos   bool
	sig   Signature
}

// A result is the best match an index returned for a query, found at the
// loosest threshold so that every threshold can be scored from it.
type result struct {
	pos   int     // index of the matched story; -1 when none
	score float64 // Jaccard estimate or SimHash distance
}

// TestDedupMeasure compares MinHash+LSH and SimHash on edited copies of
// Reuters-21578 and BBC News stories mixed with distinct stories on the
// same topics, and logs precision, recall and throughput. Run it with
//
//	go test ./internal/dedup -run TestDedupMeasure -v
func TestDedupMeasure(t *testing.T) {
	if testing.Short() {
		t.Skip("measurement")
	}
	stories := append(loadReuters(t, 4000), loadBBC(t)...)
	r := rand.New(rand.NewPCG(1, 2578))
	var originals []int
	var origSigs []Signature
	var queries []query
	for i, s := range stories {
		if r.Float64() < 0.7 {
			// Some publishers stamp their boilerplate on every story.
			o := s
			if r.Float64() < 0.3 {
				o = edit(s, editBoilerplate, r)
			}
			originals = append(originals, i)
			origSigs = append(origSigs, Sign(o.text()))
			m := randomEdits(r)
			queries = append(queries, query{src: i, edits: m, pos: true, sig: Sign(edit(s, m, r).text())})
		} else {
			m := randomEdits(r)
			queries = append(queries, query{src: i, edits: m, sig: Sign(edit(s, m, r).text())})
		}
	}

	// Throughput of signing: re-sign every query text.
	texts := make([]struct {
		s     string
		start int
		words int
	}, len(queries))
	words := 0
	for i, q := range queries {
		texts[i].s, texts[i].start = edit(stories[q.src], q.edits, rand.New(rand.NewPCG(uint64(i), 1))).text()
		words += len(strings.Fields(texts[i].s))
	}
	begin := time.Now()
	for _, x := range texts {
		Sign(x.s, x.start)
	}
	signDur := time.Since(begin)
	t.Logf("corpus: %d stories (%d indexed originals, %d positive queries, %d negative queries)",
		len(stories), len(originals), len(originals), len(queries)-len(originals))
	t.Logf("signing: %.0f signatures/s, %.2f Mwords/s (one core)",
		float64(len(texts))/signDur.Seconds(), float64(words)/signDur.Seconds()/1e6)

	ev := newEvaluator(stories, originals, queries)
	t.Logf("%-22s %9s %6s %6s %6s %5s %5s %10s", "method", "threshold", "P", "R", "F1", "FP", "dupN", "lookups/s")
	for _, bands := range []int{32, 42, 64} {
		res, rate := run(t, Options{Method: MinHash, Bands: bands, MinSimilarity: 1e-9}, originals, origSigs, queries)
		for _, th := range []float64{0.2, 0.3, 0.4, 0.5, 0.6, 0.7} {
			c := ev.score(res, func(s float64) bool { return s >= th })
			t.Logf("%-22s %9s %s %10.0f", fmt.Sprintf("minhash+lsh %dx%d", bands, Hashes/bands), fmt.Sprintf("J≥%.1f", th), c, rate)
		}
	}
	// How similar distinct stories look: the best estimated Jaccard
	// similarity among all originals, found by brute force.
	var negSims []float64
	for _, q := range queries {
		if q.pos {
			continue
		}
		best := 0.0
		for k, o := range origSigs {
			if j := Jaccard(q.sig, o); j > best && !ev.same(q.src, originals[k]) {
				best = j
			}
		}
		negSims = append(negSims, best)
	}
	sort.Float64s(negSims)
	q := func(p float64) float64 { return negSims[int(p*float64(len(negSims)-1))] }
	t.Logf("held-out stories, best Jaccard estimate to any other original: median %.2f, p90 %.2f, p99 %.2f, max %.2f",
		q(0.5), q(0.9), q(0.99), q(1))

	res, rate := run(t, Options{Method: SimHash, MaxDistance: 64}, originals, origSigs, queries)
	for _, th := range []int{3, 6, 8, 10, 12, 14, 16, 20} {
		c := ev.score(res, func(s float64) bool { return 64-64*s <= float64(th)+1e-9 })
		t.Logf("%-22s %9s %s %10.0f", "simhash 64", fmt.Sprintf("d≤%d", th), c, rate)
	}

	// Recall by edit at the defaults.
	def, _ := run(t, Options{}, originals, origSigs, queries)
	sim, _ := run(t, Options{Method: SimHash}, originals, origSigs, queries)
	t.Logf("recall by edit (queries with that edit among others): default minhash %dx%d J≥%.1f | simhash d≤%d",
		DefaultBands, Hashes/DefaultBands,
		DefaultMinSimilarity, DefaultMaxDistance)
	for e := range editCount {
		t.Logf("  %-12s %.3f | %.3f", editNames[e], ev.recallWith(def, 1<<e), ev.recallWith(sim, 1<<e))
	}
}

// run indexes the originals with opt and looks every query up, returning
// the results and the lookup rate.
func run(t *testing.T, opt Options, originals []int, sigs []Signature, queries []query) ([]result, float64) {
	x, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	for i, sig := range sigs {
		if err := x.Add(fmt.Sprint(i), sig); err != nil {
			t.Fatal(err)
		}
	}
	out := make([]result, len(queries))
	begin := time.Now()
	for i, q := range queries {
		out[i] = result{pos: -1}
		if m, ok := x.Best(q.sig); ok {
			var k int
			fmt.Sscan(m.ID, &k)
			out[i] = result{pos: originals[k], score: m.Similarity}
		}
	}
	return out, float64(len(queries)) / time.Since(begin).Seconds()
}
