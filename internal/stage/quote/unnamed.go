package quote

// raisingCand returns the attribution of a verb of seeming at token c in
// the sentence [lo, hi): "Trump seemed to be shrinking", "Enthusiasm
// appears to have plummeted", "Trump is expected to win", "The DNC is
// seen as aligned with Clinton". PolNeAR counts what seems, or is
// expected or held to be so, as attributed — to the writer or to
// unnamed observers — with the subject and the clause after the verb as
// its content, so the content runs from the subject to the end of the
// clause, and the quote has no speaker. A reporting verb after "to"
// ("seemed to blame") is a cue of its own and gives false, and so do
// "expected" and the participles of regard without a form of "be" before
// them ("he expected", "the crowd seen outside").
func (a *analysis) raisingCand(c, lo, hi int) (cand, bool) {
	if c+1 >= hi || a.claimed[c] || a.inDirect[c] || a.info[c].upper {
		return cand{}, false
	}
	w := a.low(c)
	toVerb := a.low(c+1) == "to" && !a.cueAt(c+2)
	switch {
	case seemVerbs[w]:
		if !toVerb {
			return cand{}, false
		}
	case w == "expected" || regarded[w]:
		b := c - 1
		for b > lo && (a.is(b, wAdv|wNeg) || a.info[b].ly) {
			b--
		}
		if !a.is(b, wBe) || w == "expected" && !toVerb || !a.isWord(c+1) {
			return cand{}, false
		}
	default:
		return cand{}, false
	}
	j := a.skipLeft(c-1, lo)
	if j < lo || !a.is(j, wSubj|wRel) && !a.nominal(j) {
		return cand{}, false
	}
	from := j
	if !a.is(j, wSubj|wRel) {
		from = a.clauseStart(j, lo)
	}
	return cand{cue0: c, cue1: c + 1, subj: none, att0: from, att1: c + 1, raised: true, from: from}, true
}

// seemVerbs are the verbs of seeming, which take "to".
var seemVerbs = map[string]bool{
	"seem": true, "seems": true, "seemed": true, "appear": true, "appears": true, "appeared": true,
}

// regarded lists the participles that, in the passive without an agent,
// report what is commonly held: "is seen as", "is widely regarded as",
// "is known for".
var regarded = map[string]bool{
	"seen": true, "viewed": true, "regarded": true, "considered": true, "known": true,
	"described": true, "characterized": true, "portrayed": true, "perceived": true,
}

// cueAt reports whether token i is a reporting verb.
func (a *analysis) cueAt(i int) bool {
	return i >= 0 && i < len(a.info) && a.info[i].isCue
}

// maxSubject is the most tokens of a subject that clauseStart takes.
const maxSubject = 15

// clauseStart returns the first token of the subject that ends with
// token j, going left no further than lo: to the start of the sentence or
// of the clause, after punctuation, a conjunction, "that" or a relative
// pronoun ("a broader swath of Republican voters appears to …").
func (a *analysis) clauseStart(j, lo int) int {
	k := j
	for k > lo && j-k < maxSubject {
		p := k - 1
		if !a.isWord(p) && !a.possessive(p) && !a.hyphen(p) || a.is(p, wConj|wRel|wWh|wAux) && a.low(p) != "and" || a.info[p].isCue && !a.info[p].cue.weak {
			break
		}
		k = p
	}
	if j-k >= maxSubject {
		return a.leftPhrase(j, lo).from
	}
	return k
}

// raisedEnd returns where the clause after a verb of seeming that starts
// at token r ends, no later than end: at a comma, a dash or a semicolon,
// or at a conjunction or preposition that opens an adjunct of time or
// cause ("seemed to be of two minds when he spoke").
func (a *analysis) raisedEnd(r, end int) int {
	for i := r + 2; i < end; i++ {
		if a.punct(i, ',') || a.punct(i, ';') || a.isDash(i) || adjunctPrep[a.low(i)] || turn[a.low(i)] {
			return i
		}
	}
	return end
}

// askedCand returns the attribution of a question put to the subject at
// token c, "asked", in the sentence [lo, hi): "when asked whether C", "she
// was asked (by a reporter) if C". The one who asked is not named, so the
// quote has no speaker; the content is the question.
func (a *analysis) askedCand(c, lo, hi int) (cand, bool) {
	if a.low(c) != "asked" || a.claimed[c] || a.inDirect[c] {
		return cand{}, false
	}
	b := c - 1
	for b > lo && (a.is(b, wAdv|wNeg) || a.info[b].ly) {
		b--
	}
	if b < lo || a.low(b) != "when" && !a.is(b, wBe) {
		return cand{}, false
	}
	e := c + 1
	if a.low(e) == "by" {
		p := a.rightPhrase(e+1, hi)
		if !p.ok() {
			return cand{}, false
		}
		e = p.to
	}
	if e >= hi || !a.is(e, wWh) && a.low(e) != "about" {
		return cand{}, false
	}
	return cand{cue0: c, cue1: c + 1, subj: none, att0: c, att1: e}, true
}
