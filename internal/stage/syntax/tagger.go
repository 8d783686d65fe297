package syntax

import (
	"math"
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
}

// tagger tags sentences greedily, left to right, with two weight tables.
type tagger[W int16 | int32] struct {
	pos, chunk table[W]
}

// tagPOS writes the POS tags of ws's words into out.
func (t *tagger[W]) tagPOS(ws *workspace, out []uint8) {
	t1, t2 := uint8(numPOS), uint8(numPOS)
	for i := range ws.words {
		ws.keys = ws.posFeatures(ws.keys[:0], i, t1, t2)
		out[i] = t.best(&t.pos, ws, nil, 0)
		t1, t2 = out[i], t1
	}
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
	if cap(ws.scores) < tbl.nTags {
		ws.scores = make([]int32, tbl.nTags)
	}
	ws.scores = ws.scores[:tbl.nTags]
	clear(ws.scores)
	tbl.add(ws.scores, ws.keys)
	best, score := uint8(0), int32(math.MinInt32)
	for j, s := range ws.scores {
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
	pool sync.Pool
}

func newTagger(tg tagger[int16]) *Tagger {
	return &Tagger{tg: tg, pool: sync.Pool{New: func() any { return new(workspace) }}}
}

// Tag writes the POS tag and the BIO chunk tag of each word into pos and
// chunk, which must be as long as words. The tags are numbers; POS and
// ChunkTag name them.
func (t *Tagger) Tag(words []string, pos, chunk []uint8) {
	ws := t.pool.Get().(*workspace)
	ws.prepare(words)
	t.tg.tagPOS(ws, pos)
	t.tg.tagChunks(ws, pos, chunk)
	t.pool.Put(ws)
}

// POS returns the Penn Treebank name of POS tag number n.
func POS(n uint8) string { return posTags[n] }

// ChunkTag returns the BIO name of chunk tag number n ("B-NP", "O").
func ChunkTag(n uint8) string { return chunkTags[n] }
