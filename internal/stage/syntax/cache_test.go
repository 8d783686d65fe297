package syntax

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/heraldproject/herald/internal/devdata"
)

// TestCachedTags checks that Tag, which takes the sums of the features of
// each word alone from its cache, gives every word the tags that summing
// every feature gives, over the seed article, generated text and, when the
// development data is present, the CoNLL-2003 development set.
func TestCachedTags(t *testing.T) {
	sents := slices.Concat(seedSentences(t), generated(400))
	if root, ok := devdata.Root(); ok {
		sents = append(sents, conllSentences(t, filepath.Join(root, "conll2003/eng.testa"))...)
	}
	tg, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	ref := new(workspace)
	tokens := 0
	for _, words := range sents {
		n := len(words)
		pos, chunk := make([]uint8, n), make([]uint8, n)
		tg.Tag(words, pos, chunk)
		wantPOS, wantChunk := make([]uint8, n), make([]uint8, n)
		uncached(&tg.tg, ref, words, wantPOS, wantChunk)
		if !slices.Equal(pos, wantPOS) || !slices.Equal(chunk, wantChunk) {
			t.Fatalf("tags differ in %q: got %v %v, want %v %v", strings.Join(words, " "), pos, chunk, wantPOS, wantChunk)
		}
		tokens += n
	}
	t.Logf("%d sentences, %d tokens", len(sents), tokens)
}

// uncached tags words as Tag does, summing every feature of every word.
func uncached(tg *tagger[int16], ws *workspace, words []string, pos, chunk []uint8) {
	ws.prepare(words)
	t1, t2 := uint8(numPOS), uint8(numPOS)
	for i := range words {
		ws.keys = ws.posFeatures(ws.keys[:0], i, t1, t2)
		pos[i] = tg.best(&tg.pos, ws, nil, 0)
		t1, t2 = pos[i], t1
	}
	tg.tagChunks(ws, pos, chunk)
}

func TestWordCacheStartsAfresh(t *testing.T) {
	var c wordCache
	for i := range cachedWords + 10 {
		c.begin()
		w := fmt.Sprint(i)
		off, ok := c.find(w)
		if ok {
			t.Fatalf("word %d found before it was cached", i)
		}
		c.role(off, asNext2)[numPOS-1] = int32(i)
		again, ok := c.find(w)
		if !ok || again != off || c.role(off, asNext2)[numPOS-1] != int32(i) || c.role(off, asSelf)[0] != 0 {
			t.Fatalf("word %d: offset %d, then %d, %v", i, off, again, ok)
		}
	}
	if len(c.at) != 10 {
		t.Errorf("%d words cached after starting afresh, want 10", len(c.at))
	}
}

// seedSentences returns the seed article as sentences of whitespace-split
// words, one per non-empty line.
func seedSentences(t *testing.T) [][]string {
	text, err := os.ReadFile("../../../testdata/seed/menafn-2025-08-08-putin-trump.txt")
	if err != nil {
		t.Fatal(err)
	}
	var sents [][]string
	for line := range strings.Lines(string(text)) {
		if words := strings.Fields(line); len(words) > 0 {
			sents = append(sents, words)
		}
	}
	return sents
}

// generated returns n sentences of words drawn at random from a small
// vocabulary of names, capitalised and lower-case words, numbers and
// punctuation.
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

// conllSentences returns the words of the sentences of a CoNLL file.
func conllSentences(t *testing.T, path string) [][]string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	samples, err := ReadSamples(f)
	if err != nil {
		t.Fatal(err)
	}
	var sents [][]string
	for _, s := range samples {
		sents = append(sents, s.Words)
	}
	return sents
}

// TestPOSFeatureSet checks that posFeatures, composed of the roles the
// cache sums, gives the keys of the feature templates as the model was
// trained with them, written out here one by one.
func TestPOSFeatureSet(t *testing.T) {
	var ws workspace
	for _, words := range slices.Concat(seedSentences(t), generated(50)) {
		ws.prepare(words)
		for i := range words {
			for _, tags := range [][2]int{{numPOS, numPOS}, {3, numPOS}, {7, 2}} {
				got := ws.posFeatures(nil, i, uint8(tags[0]), uint8(tags[1]))
				want := trainedPOSFeatures(&ws, i, uint8(tags[0]), uint8(tags[1]))
				slices.Sort(got)
				slices.Sort(want)
				if !slices.Equal(got, want) {
					t.Fatalf("word %d of %q: keys differ", i, strings.Join(words, " "))
				}
			}
		}
	}
}

func trainedPOSFeatures(ws *workspace, i int, t1, t2 uint8) []uint64 {
	w, p, n := ws.at(i), ws.at(i-1), ws.at(i+1)
	return []uint64{
		mix(tBias, 0),
		mix(tWord, w.lower),
		mix(tOriginal, w.original),
		mix(tSuf1, w.suf[0]),
		mix(tSuf2, w.suf[1]),
		mix(tSuf3, w.suf[2]),
		mix(tPre1, w.pre),
		mix(tShape, w.shape),
		mix(tFlags, w.flags),
		mix(tPrevWord, p.lower),
		mix(tNextWord, n.lower),
		mix(tPrev2Word, ws.at(i-2).lower),
		mix(tNext2Word, ws.at(i+2).lower),
		mix(tPrevSuf, p.suf[2]),
		mix(tNextSuf, n.suf[2]),
		mix(tPrevTag, uint64(t1)),
		mix(mix(tPrevTags, uint64(t1)), uint64(t2)),
		mix(mix(tPrevTagWord, uint64(t1)), w.lower),
	}
}
