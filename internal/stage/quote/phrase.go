package quote

import "github.com/heraldproject/herald"

// A phrase is a noun phrase that names a speaker: tokens [from, to) and
// the head word that speaker resolution reads first.
type phrase struct {
	from, to int
	head     int // -1 when there is no phrase
}

// none is the empty phrase.
var none = phrase{head: -1}

// ok reports whether p holds a phrase.
func (p phrase) ok() bool { return p.head >= 0 && p.to > p.from }

// function is the set of word classes that never belong to a name or a
// noun phrase's body.
const function = wPrep | wConj | wAux | wRel | wSubj | wObj | wReflex | wNeg | wWh | wDet

// nominal reports whether token i can be part of a noun phrase: a
// capitalised word inside a sentence, or a content word that is neither a
// function word, an adverb in -ly nor a reporting verb.
func (a *analysis) nominal(i int) bool {
	if !a.isWord(i) {
		return false
	}
	ti := a.info[i]
	if a.toks[i].Kind == herald.Word && ti.upper {
		if ti.cls&wSubj != 0 {
			return false // "I"
		}
		if !a.opensSentence(i) || ti.cls&function == 0 && (!ti.isCue || ti.cue.weak) {
			return true
		}
		return false
	}
	if ti.isCue && ti.cue.weak && a.isWord(i-1) && (a.info[i-1].upper || a.is(i-1, wSubj)) {
		return false // "Viguerie notes": a verb after its subject
	}
	return ti.cls&function == 0 && (!ti.isCue || ti.cue.weak) && !ti.ly
}

// opensSentence reports whether token i starts its sentence, or follows
// an opening quotation mark or bracket that does.
func (a *analysis) opensSentence(i int) bool {
	lo, _ := a.sentBounds(i)
	for k := i - 1; k >= lo; k-- {
		if a.info[k].mark == mNone && !a.punct(k, '(') {
			return false
		}
	}
	return true
}

// possessive reports whether token i is the clitic "'s" or "’s".
func (a *analysis) possessive(i int) bool {
	s := a.low(i)
	return s == "'s" || s == "’s" || (s == "'" || s == "’") && i > 0 && a.toks[i-1].End == a.toks[i].Start
}

// maxPhrase is the most tokens a speaker phrase takes, so that a run of
// content words in a sentence without punctuation is not taken whole.
const maxPhrase = 8

// leftPhrase returns the noun phrase that ends with token j, not reaching
// before token lo: a pronoun alone, or a run of names and content words
// with possessives, inner "of" between names, and a determiner at its
// start.
func (a *analysis) leftPhrase(j, lo int) phrase {
	if j < lo || j >= len(a.toks) {
		return none
	}
	if a.is(j, wSubj) {
		return phrase{from: j, to: j + 1, head: j}
	}
	if !a.nominal(j) {
		return none
	}
	if a.info[j].isCue && !a.info[j].upper && !a.nominal(j-1) && !a.is(j-1, wDet|wPoss) {
		return none // a verb, as "continue" in "continue supporting"
	}
	k := j
	for k-1 >= lo && j-k < maxPhrase {
		next, more := a.extendLeft(k)
		k = max(next, lo)
		if !more {
			break
		}
	}
	return phrase{from: k, to: j + 1, head: j}
}

// extendLeft takes one step left from token k, the current start of a
// phrase: it returns the new start and whether the phrase may go on.
func (a *analysis) extendLeft(k int) (int, bool) {
	p := k - 1
	switch {
	case a.possessive(p) && a.nominal(p-1):
		return p - 1, true
	case a.low(p) == "of" && p > 0 && a.info[p-1].upper && a.info[k].upper && a.nominal(p-1):
		return p - 1, true
	case a.nominal(p):
		return p, true
	case a.hyphen(p) && a.nominal(p-1) && a.info[p-1].upper && a.info[k].upper:
		return p - 1, true
	case a.is(p, wPoss), a.is(p, wDet) && !a.is(p, wObj|wRel):
		return p, false
	}
	return k, false
}

// rightPhrase returns the noun phrase that starts at token i, not
// reaching token hi: a pronoun alone, or an optional determiner and a run
// of names and content words. A lower-case word in -ed or -ing after the
// first word starts a modifier ("an official involved in …") and ends the
// phrase. The head is the last word.
func (a *analysis) rightPhrase(i, hi int) phrase {
	if i < 0 || i >= hi || i >= len(a.toks) {
		return none
	}
	if a.is(i, wSubj) {
		return phrase{from: i, to: i + 1, head: i}
	}
	k := i
	if a.is(k, wDet|wPoss) && !a.is(k, wRel) {
		k++
	}
	start := k
	for k < hi && k-i < maxPhrase && a.extendsRight(k, start, hi) {
		k++
	}
	for k > start+1 && (a.is(k-1, wAdv) || pastVerbs[a.low(k-1)]) && !a.info[k-1].upper {
		k-- // "The Republican nominee also", "Trump went": no part of it
	}
	if k == start {
		return none
	}
	return phrase{from: i, to: k, head: k - 1}
}

// extendsRight reports whether token k continues a phrase whose body
// starts at token start.
func (a *analysis) extendsRight(k, start, hi int) bool {
	switch {
	case k > start && a.possessive(k):
		return true
	case k > start && a.hyphen(k):
		return a.info[k-1].upper && k+1 < hi && a.info[k+1].upper
	case k > start && a.low(k) == "of":
		return a.info[k-1].upper && k+1 < hi && a.info[k+1].upper
	case a.nominal(k):
		return k == start || a.info[k].upper || !participle(a.low(k))
	}
	return false
}

// hyphen reports whether token i is a hyphen that joins the words either
// side of it, as the segmenter splits "Shanklin-Hawkins".
func (a *analysis) hyphen(i int) bool {
	return i > 0 && i+1 < len(a.toks) && a.punct(i, '-') &&
		a.toks[i-1].End == a.toks[i].Start && a.toks[i].End == a.toks[i+1].Start
}

// pastVerbs holds common verbs in the past tense that end a subject's
// run of content words ("Trump went on to say", "Clinton's campaign took
// aim") and are no part of it.
var pastVerbs = map[string]bool{
	"went": true, "took": true, "came": true, "made": true, "gave": true,
	"got": true, "began": true, "kept": true, "sent": true, "brought": true,
	"released": true, "highlighted": true, "issued": true, "published": true,
}

// participle reports whether a lower-case word looks like a participle.
func participle(w string) bool {
	n := len(w)
	return n > 4 && (w[n-2:] == "ed" || w[n-3:] == "ing")
}
