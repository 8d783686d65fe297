package entity

import (
	"slices"
	"strings"
)

// cachedWords bounds the words a wordCache remembers; it starts afresh
// when full.
const cachedWords = 1 << 12

// A wordCache remembers, for each word it has seen, the summed weights of
// the features that depend on the word alone in each role (as the token
// tagged and as each neighbour), so that the table rows of a frequent word
// are read once rather than at every occurrence and from every neighbour.
// It is only valid for a table that no longer changes.
type wordCache struct {
	at   map[string]int // word → offset of its sums in sums
	sums []int32        // numRoles×nTags per word
}

// begin starts a sentence, the cache starting afresh when full: the
// offsets find returns stay valid until the next begin.
func (c *wordCache) begin() {
	if c.at == nil {
		c.at = make(map[string]int, cachedWords)
	}
	if len(c.at) >= cachedWords {
		clear(c.at)
		c.sums = c.sums[:0]
	}
}

// find returns the offset in c.sums of the n sums of word w and true, or,
// when w is not cached, the offset of n zeroed sums, now cached for w,
// which the caller is to fill, and false.
func (c *wordCache) find(w string, n int) (int, bool) {
	if off, ok := c.at[w]; ok {
		return off, true
	}
	off := len(c.sums)
	c.sums = slices.Grow(c.sums, n)[:off+n]
	clear(c.sums[off:])
	c.at[strings.Clone(w)] = off
	return off, false
}

// role returns the nTags sums of role r of the word at offset off.
func (c *wordCache) role(off, r, nTags int) []int32 {
	off += r * nTags
	return c.sums[off : off+nTags]
}

// addSums adds src to dst, which is as long.
func addSums(dst, src []int32) {
	src = src[:len(dst)]
	for j, v := range src {
		dst[j] += v
	}
}

// edgeSums returns the sums of the padding beyond a sentence in each
// neighbour's role.
func edgeSums(tbl *table[int16]) [numRoles][]int32 {
	var edge [numRoles][]int32
	var keys [maxRoleFeatures]uint64
	for r := asPrev; r < numRoles; r++ {
		t := &endPad
		if roleOffset[r] < 0 {
			t = &startPad
		}
		edge[r] = make([]int32, tbl.nTags)
		tbl.add(edge[r], keys[:roleFeatures(keys[:], 0, t, r)])
	}
	return edge
}

// cachedScores sums the static features of every token of ws.sent into
// ws.scores as staticScores does, summing the features of each word in each
// role once, in ws.cache. words are the sentence's words, as given to
// prepare.
func (r *Recognizer) cachedScores(ws *workspace, words []string) {
	tbl, c := r.tg.tbl, &ws.cache
	n, nt := len(ws.sent.toks), tbl.nTags
	c.begin()
	ws.offs = slices.Grow(ws.offs[:0], n)[:n]
	var keys [maxRoleFeatures]uint64
	for i, w := range words {
		off, ok := c.find(w, numRoles*nt)
		if !ok {
			for role := range numRoles {
				tbl.add(c.role(off, role, nt), keys[:roleFeatures(keys[:], 0, &ws.sent.toks[i], role)])
			}
		}
		ws.offs[i] = off
	}
	ws.scores = resize(ws.scores, n*nt)
	for i := range n {
		s := ws.scores[i*nt : (i+1)*nt]
		copy(s, c.role(ws.offs[i], asSelf, nt))
		for role := asPrev; role < numRoles; role++ {
			if j := i + roleOffset[role]; j >= 0 && j < n {
				addSums(s, c.role(ws.offs[j], role, nt))
			} else {
				addSums(s, r.edge[role])
			}
		}
		keys := ws.sent.keys[i*maxStatic : i*maxStatic+ws.sent.counts[i]]
		tbl.add(s, keys[roleKeys(&ws.sent.toks[i]):])
	}
}
