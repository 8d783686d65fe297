package dedup

import "fmt"

// dupJaccard is the exact shingle Jaccard similarity above which two corpus
// stories count as the same story: Reuters-21578 reruns some items with a
// new headline or a corrected figure (exact Jaccard 0.55–0.75 when looked
// at), while template stories such as daily Treasury balances stay below
// 0.35.
const dupJaccard = 0.5

// An evaluator scores results, treating a match to a story that is itself a
// near-copy of the query's source as correct.
type evaluator struct {
	stories []story
	queries []query
	sets    map[int]map[uint64]struct{}
	dup     map[[2]int]bool
}

func newEvaluator(stories []story, originals []int, queries []query) *evaluator {
	return &evaluator{stories: stories, queries: queries, sets: map[int]map[uint64]struct{}{}, dup: map[[2]int]bool{}}
}

// A counts holds the outcome of one method at one threshold.
type counts struct {
	tp, fp, fn, dupNeg int
}

func (c counts) String() string {
	p, r := float64(c.tp)/float64(max(1, c.tp+c.fp)), float64(c.tp)/float64(max(1, c.tp+c.fn))
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return fmt.Sprintf("%6.3f %6.3f %6.3f %5d %5d", p, r, f, c.fp, c.dupNeg)
}

// score counts the results whose score passes accept.
func (e *evaluator) score(res []result, accept func(float64) bool) counts {
	var c counts
	for i, q := range e.queries {
		hit := res[i].pos >= 0 && accept(res[i].score)
		ok := hit && e.same(q.src, res[i].pos)
		switch {
		case ok && q.pos:
			c.tp++
		case ok:
			c.dupNeg++ // a held-out story whose twin was indexed
		case hit:
			c.fp++
		}
		if q.pos && !ok {
			c.fn++
		}
	}
	return c
}

// recallWith returns the recall over positive queries that include edit.
func (e *evaluator) recallWith(res []result, edit int) float64 {
	n, tp := 0, 0
	for i, q := range e.queries {
		if !q.pos || q.edits&edit == 0 {
			continue
		}
		n++
		if res[i].pos >= 0 && e.same(q.src, res[i].pos) {
			tp++
		}
	}
	return float64(tp) / float64(max(1, n))
}

// same reports whether stories a and b are the same story.
func (e *evaluator) same(a, b int) bool {
	if a == b {
		return true
	}
	k := [2]int{min(a, b), max(a, b)}
	if v, ok := e.dup[k]; ok {
		return v
	}
	sa, sb := e.set(a), e.set(b)
	inter := 0
	for h := range sa {
		if _, ok := sb[h]; ok {
			inter++
		}
	}
	union := len(sa) + len(sb) - inter
	v := union > 0 && float64(inter)/float64(union) >= dupJaccard
	e.dup[k] = v
	return v
}

func (e *evaluator) set(i int) map[uint64]struct{} {
	if s, ok := e.sets[i]; ok {
		return s
	}
	s := map[uint64]struct{}{}
	text, start := e.stories[i].text()
	shingles(text, start, func(h uint64) { s[h] = struct{}{} })
	e.sets[i] = s
	return s
}
