package quote

import (
	"strings"

	"github.com/heraldproject/herald"
)

// A cand is an attribution: a reporting verb or "according to" with its
// speaker, before its content is known.
type cand struct {
	cue0, cue1 int    // the cue, tokens [cue0, cue1)
	subj       phrase // the speaker phrase; none when not found
	how        how
	src0, src1 int  // the speaker as written, which "according to" takes wider
	att0, att1 int  // the attribution: speaker, cue, object and adjuncts
	noun       bool // the cue is a noun: "his claim that"
	passive    bool // a passive with its agent: "the story was first reported by X"
	from       int  // for a passive or a verb of seeming, the first token of the subject it reports
	stance     bool // a noun cue with an object: its content is that object
	raised     bool // a verb of seeming, "X appears to …": its content runs from the subject at from
}

// cueEnd returns one past the last token of the cue that starts with the
// reporting verb at token c, or -1 when the word is not used as one here:
// a noun or adjective after a determiner ("his claim", "a noted
// economist"), a passive ("was told"), a weak form away from a subject,
// or a verb without its particle ("point" without "out").
func (a *analysis) cueEnd(c, lo int) int {
	ti := a.info[c]
	if !ti.isCue || a.claimed[c] || a.inDirect[c] {
		return -1
	}
	if ti.upper && !a.opensSentence(c) && !a.headline(c) && !(a.titleCase(c) && !ti.cue.weak && (ti.cue.form == fThird || ti.cue.form == fPast)) {
		return -1 // a name: "Islamic State", "Washington Post"
	}
	w := ti.cue
	e := c + 1
	if w.particles != "" {
		switch {
		case a.isParticle(e, w.particles):
			e++
		case a.low(e) == "it" && a.isParticle(e+1, w.particles):
			e += 2 // "made it clear that …"
		case w.particles == ":" && (a.punct(e, ',') || a.endPunct(e)) && a.quoteBefore(c):
			// "“…,” he continued."
		default:
			return -1
		}
	}
	if w.class == vDescribe && (a.low(e) == "for" || a.low(e) == "on") {
		e++ // "called for reform", "called on Congress to act": a stance
	}
	p := c - 1
	if p >= lo && a.is(p, wDet|wPoss) && !a.is(p, wRel|wObj) {
		return -1
	}
	if p >= lo && a.possessive(p) && (w.form == fBase || w.form == fThird) {
		return -1 // "Trump’s remarks"
	}
	if w.form == fPast || w.form == fPart {
		q := p
		for q >= lo && (a.is(q, wAdv|wNeg) || a.info[q].ly) {
			q--
		}
		if q >= lo && a.is(q, wBe) {
			return -1
		}
	}
	if w.weak && !a.subjectBefore(c, lo) && !a.nounSubjectBefore(c, e, lo) {
		return -1
	}
	if declining[a.low(c)] && a.low(e) != "to" || a.low(c) == "pledged" && strings.HasPrefix(a.low(e), "delegate") {
		return -1 // "declined 3 percent", "pledged delegates"
	}
	if seeing[a.low(c)] && !a.asAhead(e) {
		return -1 // "sees Cruz as a uniter", not "sees the crowd"
	}
	if w.class == vThink && !a.clauseAt(e) && a.low(e) != "to" {
		return -1 // "hopes to win" reports a stance, "hopes voters" nothing
	}
	return e
}

// isParticle reports whether token i is one of the particles, separated
// by "|".
func (a *analysis) isParticle(i int, particles string) bool {
	w := a.low(i)
	if w == "" {
		return false
	}
	for p := range strings.SplitSeq(particles, "|") {
		if p == w {
			return true
		}
	}
	return false
}

// quoteBefore reports whether a closing quotation mark stands a few
// tokens before token c, as in "“…,” he continued".
func (a *analysis) quoteBefore(c int) bool {
	for k := c - 1; k >= 0 && c-k <= 4; k-- {
		if a.info[k].mark != mNone {
			return true
		}
	}
	return false
}

// headline reports whether token i lies in a headline, where every word
// may be capitalised.
func (a *analysis) headline(i int) bool {
	si := a.sent[i]
	return si >= 0 && a.doc.Sentences[si].Headline
}

// titleCase reports whether token i lies in a sentence in title case, as
// headlines the segmenter does not know of are ("Trump Says He Would
// Issue A Quarantine"), where a verb in the third person or the past is
// capitalised like the rest.
func (a *analysis) titleCase(i int) bool {
	lo, hi := a.sentBounds(i)
	words, lower := 0, 0
	for k := lo; k < hi; k++ {
		if a.toks[k].Kind == herald.Word && a.isWord(k) {
			words++
			if !a.info[k].upper && len(a.low(k)) > 3 {
				lower++
			}
		}
	}
	return words >= minTitle && lower == 0
}

// minTitle is the fewest words of a sentence in title case that reads as
// a headline.
const minTitle = 5

// subjectBefore reports whether what stands before token c shows it to
// be a verb: a pronoun, relative, auxiliary or name, or a comma or quote
// mark before a participle.
func (a *analysis) subjectBefore(c, lo int) bool {
	p := c - 1
	if p < lo {
		return false
	}
	if a.info[c].cue.form == fIng {
		return a.punct(p, ',') || a.is(p, wAux) || a.info[p].upper && a.nominal(p) && a.low(p-1) != "the"
	}
	switch {
	case a.is(p, wSubj|wRel|wAux|wNeg|wAdv) || a.info[p].ly:
		return true
	case a.isWord(p) && a.info[p].upper && a.nominal(p):
		return true
	case a.punct(p, ',') || a.info[p].mark != mNone:
		return a.info[c].cue.form != fBase
	}
	return false
}

// nounSubjectBefore reports whether a weak form at token c is a verb
// after a common noun that heads its subject ("a new poll shows that",
// "experts worry", "the campaign called it"): the noun is plural or
// opens with a determiner or a name a few words back, and what follows
// the verb at token e can open its content. Nouns run together ("cable
// news shows") rarely have both.
func (a *analysis) nounSubjectBefore(c, e, lo int) bool {
	p := c - 1
	if p < lo || a.info[c].cue.form == fIng || !a.nominal(p) || a.info[p].upper || a.info[p].isCue || !a.clauseAt(e) {
		return false
	}
	if strings.HasSuffix(a.low(p), "s") && !strings.HasSuffix(a.low(p), "ss") {
		return true
	}
	for k := p - 1; k >= lo && p-k <= 3; k-- {
		switch {
		case a.is(k, wPoss):
			return false // "his campaign claim": a compound noun
		case a.is(k, wDet) && !a.is(k, wRel):
			return true
		case !a.isWord(k) || a.is(k, function):
			return false
		}
	}
	return false
}

// clauseAt reports whether a clause can start at token i: "that", a
// pronoun, a determiner, a name or a question word.
func (a *analysis) clauseAt(i int) bool {
	if i >= len(a.toks) || !a.isWord(i) {
		return false
	}
	return a.is(i, wThat|wSubj|wDet|wWh) || a.info[i].upper
}

// verbCand returns the attribution of the reporting verb at token c in the
// sentence [lo, hi), or false when the word reports nothing here or no
// speaker is found.
func (a *analysis) verbCand(c, lo, hi int) (cand, bool) {
	e := a.cueEnd(c, lo)
	if e < 0 {
		return cand{}, false
	}
	p, h := a.subject(c, e, lo, hi)
	if h == hNone || !p.ok() {
		return cand{}, false
	}
	cd := cand{cue0: c, cue1: e, subj: p, how: h, src0: p.from, src1: p.to, att0: c, att1: e}
	switch h {
	case hLeft:
		cd.att0 = p.from
	case hRight:
		cd.att1 = p.to
	}
	return cd, true
}

// accordingCand returns the attribution "according to X" whose first word
// is token c, or false when the words are not there. The source runs to
// the next comma or the end of the sentence.
func (a *analysis) accordingCand(c, lo, hi int) (cand, bool) {
	if a.low(c) != "according" || a.low(c+1) != "to" || c+2 >= hi || a.claimed[c] || a.inDirect[c] {
		return cand{}, false
	}
	e := c + 2
	s1 := e
	for s1 < hi && s1-e < 30 && !a.punct(s1, ',') && !a.endPunct(s1) && a.info[s1].mark == mNone {
		s1++
	}
	p := a.rightPhrase(e, s1)
	if !p.ok() {
		return cand{}, false
	}
	return cand{cue0: c, cue1: e, subj: p, how: hRight, src0: e, src1: s1, att0: c, att1: s1}, true
}

// claim marks the cue of cd as used.
func (a *analysis) claim(cd cand) {
	for i := cd.cue0; i < cd.cue1 && i < len(a.claimed); i++ {
		a.claimed[i] = true
	}
	if cd.cue0 >= 0 && cd.cue0 < len(a.claimedBy) {
		a.claimedBy[cd.cue0] = int32(len(a.claims))
	}
	a.claims = append(a.claims, cd)
}

// earlierSpeaker returns the speaker of the last attribution before
// token c in the sentence that starts at token lo — among those already
// claimed by quotes and those pending — or false when there is none.
func (a *analysis) earlierSpeaker(lo, c int) (phrase, bool) {
	best, at := none, -1
	for k := len(a.pending) - 1; k >= 0; k-- {
		if cd := a.pending[k]; cd.cue0 >= lo && cd.cue0 < c && cd.subj.ok() {
			best, at = cd.subj, cd.cue0
			break
		}
	}
	if by := a.claimedBefore(max(lo, at+1), c); by >= 0 {
		return a.claims[by].subj, true
	}
	return best, at >= 0
}

// claimedBefore returns the index in claims of the attribution with a
// speaker whose cue is the last to start in [lo, c), or -1.
func (a *analysis) claimedBefore(lo, c int) int {
	for t := min(c, len(a.claimedBy)) - 1; t >= max(lo, 0); t-- {
		if by := a.claimedBy[t]; by >= 0 && a.claims[by].subj.ok() {
			return int(by)
		}
	}
	return -1
}

// tail returns the first token after the words that may follow a
// reporting verb before its content, starting at token i: the object of
// a verb of telling or asking ("told reporters"), times ("on Thursday",
// "last week") and short adjuncts ("in a statement", "on X").
func (a *analysis) tail(i, hi int, class verbClass) int {
	if (class == vTell || class == vAsk) && i < hi && !a.is(i, wThat|wWh) {
		if a.is(i, wObj) && !a.is(i, wPoss) {
			i++
		} else if p := a.rightPhrase(i, hi); p.ok() && !a.is(i, wSubj) {
			i = p.to
		}
	}
	for n := 0; n < 4 && i < hi; n++ {
		switch {
		case a.is(i, wTime) && !a.is(i, wDet|wThat):
			i++
		case a.is(i, wTime) && a.is(i+1, wTime):
			i += 2
		case a.adjunct(i):
			p := a.rightPhrase(i+1, hi)
			if !p.ok() || p.to-p.from > 5 || !a.afterAdjunct(p.to, hi) {
				return i
			}
			i = p.to
		default:
			return i
		}
	}
	return i
}

// adjunct reports whether token i is a preposition that opens an adjunct
// of a reporting verb rather than its content.
func (a *analysis) adjunct(i int) bool {
	if !a.is(i, wPrep) {
		return false
	}
	switch a.low(i) {
	case "as", "like", "than", "of", "about", "that", "to", "for", "against":
		return false
	}
	return true
}

// afterAdjunct reports whether the content of a reporting verb can start
// at token i, after an adjunct.
func (a *analysis) afterAdjunct(i, hi int) bool {
	if i >= hi {
		return true
	}
	return a.punct(i, ',') || a.punct(i, ':') || a.info[i].mark != mNone || a.endPunct(i) ||
		a.clauseAt(i) || a.is(i, wPrep|wTime)
}

// declining lists the forms of "decline", which report a refusal only
// before "to" ("declined to comment", not "declined 3 percent").
var declining = map[string]bool{"decline": true, "declines": true, "declined": true, "declining": true}

// seeing lists the verbs of perception and regard that describe only
// with "as": "sees Cruz as a uniter", "viewed the deal as a mistake".
var seeing = map[string]bool{
	"see": true, "sees": true, "saw": true, "seeing": true,
	"view": true, "views": true, "viewed": true, "viewing": true,
	"regard": true, "regards": true, "regarded": true, "regarding": true,
}

// maxAs is the most tokens between a verb of regard and its "as".
const maxAs = 8

// asAhead reports whether "as" follows token e within a few words, with
// no punctuation between.
func (a *analysis) asAhead(e int) bool {
	for i := e; i < len(a.toks) && i-e < maxAs && a.isWord(i); i++ {
		if a.low(i) == "as" {
			return i > e
		}
	}
	return false
}
