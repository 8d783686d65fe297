package entity

import "slices"

// A beamEntry is one partial tagging kept in the beam: its last tag, the
// tag before it and the entry it extends.
type beamEntry struct {
	score  int64
	tag    uint8
	prev   uint8
	parent int32 // index into the previous step; -1 at the start
	gold   bool  // the partial tagging equals the gold tags (training only)
}

// beamState holds the entries of every step of a beam search.
type beamState struct {
	steps [][]beamEntry
	byTag []int32 // per last tag, the scores of the token but for the tag before it
	have  []bool  // which last tags byTag holds for the token
}

// offer adds candidate c to top, the best entries so far in decreasing
// order of score, keeping at most k. Two entries that end in the same two
// tags have the same future, since features see two tags back, so only the
// better of them is kept. Among equal scores the earlier entry stays first.
func offer(top []beamEntry, k int, c beamEntry) []beamEntry {
	for i := range top {
		if top[i].tag == c.tag && top[i].prev == c.prev {
			if c.score <= top[i].score {
				return top
			}
			top = append(top[:i], top[i+1:]...)
			break
		}
	}
	if len(top) == k && c.score <= top[k-1].score {
		return top
	}
	pos := len(top)
	for pos > 0 && top[pos-1].score < c.score {
		pos--
	}
	if len(top) < k {
		top = append(top, beamEntry{})
	}
	copy(top[pos+1:], top[pos:len(top)-1])
	top[pos] = c
	return top
}

// beamSearch tags w.sent keeping the best tg.beam partial taggings at each
// token. Given gold tags (training), it stops at the first token where the
// gold tagging falls out of the beam and returns that token's index, having
// written the best partial tagging up to it into w.tags; otherwise it
// returns len(tokens).
func (tg *tagger[W]) beamSearch(w *workspace) { tg.search(w, nil) }

func (tg *tagger[W]) search(w *workspace, gold []uint8) int {
	n, nt := len(w.sent.toks), tg.tbl.nTags
	bs := &w.beam
	bs.steps = resize(bs.steps, n)
	start := uint8(nt)
	prev := []beamEntry{{tag: start, prev: start, parent: -1, gold: true}}
	var keys [5]uint64
	var sc [32]int32
	bs.byTag, bs.have = resize(bs.byTag, (nt+1)*nt), resize(bs.have, nt+1)
	for i := range n {
		top := bs.steps[i][:0]
		// Entries that end in the same tag share the features of that
		// tag alone: they are summed once per tag.
		clear(bs.have)
		for pi, e := range prev {
			dyn := w.sent.dynamic(&keys, i, e.tag, e.prev)
			byTag := bs.byTag[int(e.tag)*nt : (int(e.tag)+1)*nt]
			if !bs.have[e.tag] {
				copy(byTag, w.scores[i*nt:(i+1)*nt])
				tg.tbl.add(byTag, dyn[:prev1Keys])
				bs.have[e.tag] = true
			}
			s := sc[:nt]
			copy(s, byTag)
			tg.tbl.add(s, dyn[prev1Keys:])
			for t, ok := range tg.trans[e.tag] {
				if !ok || i == n-1 && !tg.scheme.closes(uint8(t)) {
					continue
				}
				onGold := gold != nil && e.gold && gold[i] == uint8(t)
				top = offer(top, tg.beam, beamEntry{score: e.score + int64(s[t]), tag: uint8(t), prev: e.tag, parent: int32(pi), gold: onGold})
			}
		}
		bs.steps[i] = top
		prev = top
		if gold != nil && !slices.ContainsFunc(prev, func(e beamEntry) bool { return e.gold }) {
			bs.backtrack(w.tags, i)
			return i
		}
	}
	if n > 0 {
		bs.backtrack(w.tags, n-1)
	}
	return n
}

// backtrack writes the tags of the best entry at step last into tags.
func (bs *beamState) backtrack(tags []uint8, last int) {
	if len(bs.steps[last]) == 0 {
		clear(tags[:last+1])
		return
	}
	p := int32(0)
	for i := last; i >= 0; i-- {
		e := bs.steps[i][p]
		tags[i] = e.tag
		p = e.parent
	}
}
