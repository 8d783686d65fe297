package entity

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/heraldproject/herald/internal/devdata"
	"github.com/heraldproject/herald/internal/stage/entity/conll"
)

// TestCachedScores checks that the cached static scores equal the sums of
// every static feature, and the tags those of a beam search that sums every
// feature of every entry, word for word, over the seed article, generated
// text and, when the development data is present, the CoNLL-2003
// development set; a small cache is used too, so that it fills and starts
// afresh.
func TestCachedScores(t *testing.T) {
	docs := [][][]string{seedSentences(t), generated(400)}
	if root, ok := devdata.Root(); ok {
		docs = append(docs, conllDocs(t, filepath.Join(root, "conll2003/eng.testa"))...)
	}
	r := loadEmbedded(t)
	ws := new(workspace)
	tokens := 0
	for _, sents := range docs {
		ws.mem.reset()
		for _, words := range sents {
			ws.mem.scan(words)
		}
		for _, words := range sents {
			if len(words) == 0 {
				continue
			}
			ws.sent.prepare(r.gaz, &ws.mem, words)
			r.tg.staticScores(ws)
			want := slices.Clone(ws.scores)
			r.cachedScores(ws, words)
			if !slices.Equal(ws.scores, want) {
				t.Fatalf("cached scores differ in %q", strings.Join(words, " "))
			}
			want8 := referenceSearch(&r.tg, ws)
			r.tg.tag(ws)
			if !slices.Equal(ws.tags, want8) {
				t.Fatalf("tags differ in %q: got %v, want %v", strings.Join(words, " "), ws.tags, want8)
			}
			ws.mem.record(r.tg.scheme, ws.sent.lower, ws.sent.caps, ws.tags)
			tokens += len(words)
		}
	}
	if len(ws.cache.at) == 0 {
		t.Error("nothing was cached")
	}
	t.Logf("%d tokens, %d words cached", tokens, len(ws.cache.at))
}

// referenceSearch tags ws.sent as the beam search does, summing every
// dynamic feature of every entry of the beam.
func referenceSearch(tg *tagger[int16], w *workspace) []uint8 {
	n, nt := len(w.sent.toks), tg.tbl.nTags
	steps := make([][]beamEntry, n)
	start := uint8(nt)
	prev := []beamEntry{{tag: start, prev: start, parent: -1}}
	var keys [5]uint64
	for i := range n {
		var top []beamEntry
		for pi, e := range prev {
			s := slices.Clone(w.scores[i*nt : (i+1)*nt])
			tg.tbl.add(s, w.sent.dynamic(&keys, i, e.tag, e.prev))
			for t, ok := range tg.trans[e.tag] {
				if ok && (i < n-1 || tg.scheme.closes(uint8(t))) {
					top = offer(top, tg.beam, beamEntry{score: e.score + int64(s[t]), tag: uint8(t), prev: e.tag, parent: int32(pi)})
				}
			}
		}
		steps[i], prev = top, top
	}
	tags := make([]uint8, n)
	(&beamState{steps: steps}).backtrack(tags, n-1)
	return tags
}

func TestWordCacheStartsAfresh(t *testing.T) {
	var c wordCache
	const nTags = 3
	for i := range cachedWords + 10 {
		c.begin()
		w := fmt.Sprint(i)
		off, ok := c.find(w, numRoles*nTags)
		if ok {
			t.Fatalf("word %d found before it was cached", i)
		}
		c.role(off, asNext2, nTags)[nTags-1] = int32(i)
		again, ok := c.find(w, numRoles*nTags)
		if !ok || again != off || c.role(off, asNext2, nTags)[nTags-1] != int32(i) || c.role(off, asSelf, nTags)[0] != 0 {
			t.Fatalf("word %d: offset %d, then %d, %v", i, off, again, ok)
		}
	}
	if len(c.at) != 10 {
		t.Errorf("%d words cached after starting afresh, want 10", len(c.at))
	}
}

// TestStaticFeatureSet checks that static, which writes the features of
// the roles the cache sums first, gives the keys of the feature templates as
// the model was trained with them, written out here one by one.
func TestStaticFeatureSet(t *testing.T) {
	r := loadEmbedded(t)
	var s sentence
	var mem memory
	for _, words := range slices.Concat(seedSentences(t), generated(50)) {
		if len(words) == 0 {
			continue
		}
		mem.reset()
		mem.scan(words)
		s.prepare(r.gaz, &mem, words)
		for i := range words {
			for _, caps := range []uint64{0, 1} {
				got := slices.Clone(s.keys[i*maxStatic : i*maxStatic+s.static(i, caps)])
				want := trainedStatic(&s, i, caps)
				slices.Sort(got)
				slices.Sort(want)
				if !slices.Equal(got, want) {
					t.Fatalf("token %d of %q: keys differ", i, strings.Join(words, " "))
				}
			}
		}
	}
}

func trainedStatic(s *sentence, i int, caps uint64) []uint64 {
	var k []uint64
	t, p1, p2, n1, n2 := s.at(i), s.at(i-1), s.at(i-2), s.at(i+1), s.at(i+2)
	add := func(tmpl uint64, v uint64) { k = append(k, mix(tmpl, v)) }
	add(tBias, 0)
	add(tForm, t.form)
	add(tLower, t.lower)
	for j := range int(t.affixes) {
		add(tPrefix1+uint64(j), t.prefix[j])
		add(tSuffix1+uint64(j), t.suffix[j])
	}
	add(tShape, t.shape)
	add(tShort, t.short)
	add(tFlags, uint64(t.flags))
	if i == 0 {
		add(tFirst, mix(t.short, uint64(t.flags)))
	}
	if i == len(s.toks)-1 {
		add(tLast, t.short)
	}
	add(tPrev1, p1.lower)
	add(tPrev2, p2.lower)
	add(tNext1, n1.lower)
	add(tNext2, n2.lower)
	add(tPrevShort, p1.short)
	add(tNextShort, n1.short)
	add(tPrev2Short, p2.short)
	add(tNext2Short, n2.short)
	add(tShapeTri, mix(mix(p1.short, t.short), n1.short))
	add(tPrevLower, mix(p1.lower, t.lower))
	add(tLowerNext, mix(t.lower, n1.lower))
	add(tPrevShape, mix(p1.short, t.short))
	add(tShapeNext, mix(t.short, n1.short))
	add(tPrevWordShape, mix(p1.lower, t.short))
	add(tShapeNextWord, mix(t.short, n1.lower))
	add(tCaps, mix(caps, t.short))
	add(tPrevSuffix, p1.suffix[2])
	add(tNextSuffix, n1.suffix[2])
	gaz := make([]uint64, maxStatic)
	return append(k, gaz[:s.gazFeatures(i, gaz, 0)]...)
}

// seedSentences returns the seed article as sentences of whitespace-split
// words, one per line.
func seedSentences(t *testing.T) [][]string {
	var sents [][]string
	for line := range strings.Lines(seedText(t)) {
		sents = append(sents, strings.Fields(line))
	}
	return sents
}

// generated returns n sentences of words drawn at random from a small
// vocabulary of names, places, capitalised and lower-case words, numbers
// and punctuation.
func generated(n int) [][]string {
	vocab := strings.Fields(`Putin Trump Moscow Kremlin Washington the of said
		in on Monday NATO U.S. Ukraine's 1996 3.5 % , . " ' - -- ( ) talks
		Vladimir Steve Witkoff European Union BERLIN Reuters minister
		«Paris» “Quoted” — résumé Zürich Ελλάδα 東京 x XX 12-year-old`)
	rng := rand.New(rand.NewPCG(1, 2))
	sents := make([][]string, n)
	for i := range sents {
		words := make([]string, 1+rng.IntN(30))
		for j := range words {
			words[j] = vocab[rng.IntN(len(vocab))]
		}
		sents[i] = words
	}
	return sents
}

// conllDocs returns the sentences of each document of a CoNLL file.
func conllDocs(t *testing.T, path string) [][][]string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := conll.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	var docs [][][]string
	for i, s := range sents {
		if i == 0 || s.Doc != sents[i-1].Doc {
			docs = append(docs, nil)
		}
		docs[len(docs)-1] = append(docs[len(docs)-1], s.Words)
	}
	return docs
}
