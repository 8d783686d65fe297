package syntax

import (
	"math"
	"slices"
	"sync"
)

// A table is a hashed weight table: a feature key picks a row (its top
// bits) and the row holds one weight per tag.
type table[W int16 | int32] struct {
	w     []W
	nTags int
	shift uint // 64 minus the hash bits
}

func newTable[W int16 | int32](bits, nTags int) table[W] {
	return table[W]{w: make([]W, (1<<bits)*nTags), nTags: nTags, shift: uint(64 - bits)}
}

// add adds the rows of keys to scores.
func (t *table[W]) add(scores []int32, keys []uint64) {
	for _, k := range keys {
		r := int(k>>t.shift) * t.nTags
		row := t.w[r : r+t.nTags]
		for j, v := range row {
			scores[j] += int32(v)
		}
	}
}

// A workspace holds what tagging one sentence needs, reused between
// sentences.
type workspace struct {
	words  []word
	buf    []byte
	keys   []uint64
	scores []int32
	offs   []int // offset of each word's sums in cache
	cache  wordCache
}

// zeroScores returns ws.scores as n zeros.
func (ws *workspace) zeroScores(n int) []int32 {
	if cap(ws.scores) < n {
		ws.scores = make([]int32, n)
	}
	ws.scores = ws.scores[:n]
	clear(ws.scores)
	return ws.scores
}

// tagger tags sentences greedily, left to right, with two weight tables.
type tagger[W int16 | int32] struct {
	pos, chunk table[W]
}

// tagChunks writes the chunk tags of ws's words into out, given their POS
// tags.
func (t *tagger[W]) tagChunks(ws *workspace, pos, out []uint8) {
	c1, c2 := uint8(0), uint8(numChunks)
	for i := range ws.words {
		ws.keys = ws.chunkFeatures(ws.keys[:0], i, pos, c1, c2)
		out[i] = t.best(&t.chunk, ws, allowed, c1)
		c1, c2 = out[i], c1
	}
}

// best returns the tag that scores highest over ws.keys in tbl among
// those that ok allows after prev (all when ok is nil).
func (t *tagger[W]) best(tbl *table[W], ws *workspace, ok func(prev, c uint8) bool, prev uint8) uint8 {
	scores := ws.zeroScores(tbl.nTags)
	tbl.add(scores, ws.keys)
	return choose(scores, ok, prev)
}

// choose returns the tag with the highest score among those that ok allows
// after prev (all when ok is nil); the first of equal ones.
func choose(scores []int32, ok func(prev, c uint8) bool, prev uint8) uint8 {
	best, score := uint8(0), int32(math.MinInt32)
	for j, s := range scores {
		if s > score && (ok == nil || ok(prev, uint8(j))) {
			best, score = uint8(j), s
		}
	}
	return best
}

// A Tagger gives words their part-of-speech tags and phrase chunks. It is
// safe for concurrent use.
type Tagger struct {
	tg   tagger[int16]
	edge [numRoles][numPOS]int32 // the sums of the markers beyond a sentence in each neighbour's role
	pool sync.Pool
}

func newTagger(tg tagger[int16]) *Tagger {
	t := &Tagger{tg: tg, pool: sync.Pool{New: func() any { return new(workspace) }}}
	for r := asPrev; r < numRoles; r++ {
		w := &endWord
		if roleOffset[r] < 0 {
			w = &startWord
		}
		t.tg.pos.add(t.edge[r][:], roleFeatures(nil, w, r))
	}
	return t
}

// tagPOS writes the POS tags of ws's words, the words given to prepare,
// into out. It sums the features of each word in each role once, in
// ws.cache, and the features of the tags before each word at each word.
func (t *Tagger) tagPOS(ws *workspace, words []string, out []uint8) {
	n, c := len(ws.words), &ws.cache
	c.begin()
	ws.offs = slices.Grow(ws.offs[:0], n)[:n]
	for i, w := range words {
		off, ok := c.find(w)
		if !ok {
			x := ws.words[i]
			x.flags &^= flagFirst // cached as a word that is not first
			for r := range numRoles {
				ws.keys = roleFeatures(ws.keys[:0], &x, r)
				t.tg.pos.add(c.role(off, r), ws.keys)
			}
		}
		ws.offs[i] = off
	}
	t1, t2 := uint8(numPOS), uint8(numPOS)
	for i := range n {
		scores := ws.zeroScores(numPOS)
		if i == 0 {
			ws.keys = roleFeatures(ws.keys[:0], &ws.words[0], asSelf)
			t.tg.pos.add(scores, ws.keys)
		} else {
			addSums(scores, c.role(ws.offs[i], asSelf))
		}
		for r := asPrev; r < numRoles; r++ {
			if j := i + roleOffset[r]; j >= 0 && j < n {
				addSums(scores, c.role(ws.offs[j], r))
			} else {
				addSums(scores, t.edge[r][:])
			}
		}
		ws.keys = ws.tagFeatures(ws.keys[:0], i, t1, t2)
		t.tg.pos.add(scores, ws.keys)
		out[i] = choose(scores, nil, 0)
		t1, t2 = out[i], t1
	}
}

// Tag writes the POS tag and the BIO chunk tag of each word into pos and
// chunk, which must be as long as words. The tags are numbers; POS and
// ChunkTag name them.
func (t *Tagger) Tag(words []string, pos, chunk []uint8) {
	ws := t.pool.Get().(*workspace)
	ws.prepare(words)
	t.tagPOS(ws, words, pos)
	t.tg.tagChunks(ws, pos, chunk)
	t.pool.Put(ws)
}

// POS returns the Penn Treebank name of POS tag number n.
func POS(n uint8) string { return posTags[n] }

// ChunkTag returns the BIO name of chunk tag number n ("B-NP", "O").
func ChunkTag(n uint8) string { return chunkTags[n] }
