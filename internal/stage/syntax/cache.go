package syntax

import (
	"slices"
	"strings"
)

// cachedWords bounds the words a wordCache remembers; it starts afresh
// when full.
const cachedWords = 1 << 12

// cacheEntry is the number of sums cached per word: one per POS tag for
// each role.
const cacheEntry = numRoles * numPOS

// A wordCache remembers, for each word it has seen, the summed POS weights
// of the features the word gives in each role (as the word tagged and as
// each neighbour), so that the table rows of a frequent word are read once
// rather than at every occurrence and from every neighbour. It is only
// valid for a table that no longer changes.
type wordCache struct {
	at   map[string]int // word → offset of its sums in sums
	sums []int32
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

// find returns the offset in c.sums of the sums of word w and true, or,
// when w is not cached, the offset of zeroed room for them, now cached for
// w, which the caller is to fill, and false.
func (c *wordCache) find(w string) (int, bool) {
	if off, ok := c.at[w]; ok {
		return off, true
	}
	off := len(c.sums)
	c.sums = slices.Grow(c.sums, cacheEntry)[:off+cacheEntry]
	clear(c.sums[off:])
	c.at[strings.Clone(w)] = off
	return off, false
}

// role returns the sums of role r of the word at offset off.
func (c *wordCache) role(off, r int) []int32 {
	off += r * numPOS
	return c.sums[off : off+numPOS]
}

// addSums adds src to dst, which is as long.
func addSums(dst, src []int32) {
	src = src[:len(dst)]
	for j, v := range src {
		dst[j] += v
	}
}
