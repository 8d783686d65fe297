package entity

import "math"

// A table is a hashed weight table: one row of per-tag weights for each
// hash bucket. The model stores int16 weights; training keeps int32 ones.
type table[W int16 | int32] struct {
	w     []W
	nTags int
	shift uint // 64 minus the number of hash bits
}

// row returns the weights of the bucket of feature key k.
func (t *table[W]) row(k uint64) []W {
	b := int(k>>t.shift) * t.nTags
	return t.w[b : b+t.nTags]
}

// add adds the weights of the features keys to dst.
func (t *table[W]) add(dst []int32, keys []uint64) {
	for _, k := range keys {
		r := t.row(k)
		r = r[:len(dst)]
		for j, v := range r {
			dst[j] += int32(v)
		}
	}
}

// A transitions table says which tag may follow which; row numTags is the
// start of a sentence.
type transitions [][]bool

// newTransitions returns the transitions of scheme s.
func newTransitions(s scheme) transitions {
	n := s.numTags()
	tr := make(transitions, n+1)
	for p := range tr {
		tr[p] = make([]bool, n)
		for t := range n {
			tr[p][t] = s.allowed(uint8(p), uint8(t))
		}
	}
	return tr
}

// A tagger decodes sentences with one weight table.
type tagger[W int16 | int32] struct {
	tbl    *table[W]
	scheme scheme
	trans  transitions
	beam   int // 1 for greedy decoding
}

// A workspace holds the buffers of one tagging call.
type workspace struct {
	sent   sentence
	mem    memory
	words  []string
	scores []int32 // static scores, nTags per token
	cache  wordCache
	offs   []int // offset of each word's sums in cache
	tags   []uint8
	chunks []chunk
	beam   beamState
}

// staticScores sums the static features of every token of s into w.scores.
func (tg *tagger[W]) staticScores(w *workspace) {
	n, nt := len(w.sent.toks), tg.tbl.nTags
	w.scores = resize(w.scores, n*nt)
	clear(w.scores)
	for i := range n {
		keys := w.sent.keys[i*maxStatic : i*maxStatic+w.sent.counts[i]]
		tg.tbl.add(w.scores[i*nt:(i+1)*nt], keys)
	}
}

// tag predicts a tag for every token of w.sent into w.tags. The sentence
// must have been prepared and its static scores summed.
func (tg *tagger[W]) tag(w *workspace) {
	w.tags = resize(w.tags, len(w.sent.toks))
	if tg.beam <= 1 {
		tg.greedy(w)
		return
	}
	tg.beamSearch(w)
}

// greedy tags left to right, each token given the tags chosen before it.
func (tg *tagger[W]) greedy(w *workspace) {
	nt := tg.tbl.nTags
	start := uint8(nt)
	prev1, prev2 := start, start
	var keys [5]uint64
	var sc [32]int32
	for i := range w.sent.toks {
		s := sc[:nt]
		copy(s, w.scores[i*nt:(i+1)*nt])
		tg.tbl.add(s, w.sent.dynamic(&keys, i, prev1, prev2))
		best, bestScore := uint8(0), int32(math.MinInt32)
		for t, ok := range tg.trans[prev1] {
			if ok && s[t] > bestScore {
				best, bestScore = uint8(t), s[t]
			}
		}
		w.tags[i] = best
		prev1, prev2 = best, prev1
	}
}
