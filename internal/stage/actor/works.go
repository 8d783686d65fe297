package actor

import "github.com/heraldproject/herald"

// works are the nouns of polls, reports and other works that news cites
// as the source of a statement ("the poll shows", "a new study found").
var works = keySet(`poll polls survey surveys report reports study studies analysis analyses
	ad ads video videos statement statements letter letters film book data figures records
	documents memo review audit complaint lawsuit ruling clip slide story article piece spot
	average averages`)

// maxWorkMods is the most modifiers between the determiner of a work and
// its noun ("the latest national poll").
const maxWorkMods = 3

// workAt reads a work that speaks whose noun is token i of the sentence
// [lo, hi) — "the poll shows", "a new study found" — as an entity of its
// own, and returns the token after it; i when there is none. A work
// whose phrase names its maker ("a Reuters poll") is left to that maker.
func (a *analysis) workAt(i, lo, hi int) int {
	if !works[string(a.key(i))] || a.toks[i].used || a.toks[i].cap && i > lo {
		return i
	}
	k := string(a.key(i))
	start := i
	for n := 0; n < maxWorkMods && start > lo; n++ {
		p := start - 1
		if a.isPossessive(p) || possessives[string(a.key(p))] {
			return i // "his statement", "Trump's letter": the owner speaks
		}
		if a.toks[p].ment != 0 || a.toks[p].used || a.toks[p].a == a.toks[p].b || preps[string(a.key(p))] || clauseWords[string(a.key(p))] {
			break
		}
		start = p
		if isDet(a.key(p)) {
			break
		}
	}
	if start > lo && a.toks[start-1].ment != 0 || !a.speaks(start, i+1, lo, hi) {
		return i
	}
	r := newRole()
	r.head, r.text = k, a.span(start, i+1)
	a.ments = append(a.ments, mention{
		span: a.span(start, i+1), first: int32(start), end: int32(i + 1),
		kind: herald.NominalMention, typ: herald.Misc,
		key: string(a.rangeKey(start, i+1)), cls: -1, role: r,
	})
	mi := len(a.ments) - 1
	a.markUsed(start, i+1)
	if ci, ok := a.index["w"+k]; ok && !isIndefinite(a.key(start)) {
		a.join(mi, ci) // "the poll" after "a new poll"
		return i + 1
	}
	a.index["w"+k] = a.newCluster(mi)
	return i + 1
}

// isIndefinite reports whether key k is an indefinite article.
func isIndefinite(k []byte) bool {
	s := string(k)
	return s == "a" || s == "an" || s == "another"
}
