package quote

import (
	"unicode"

	"github.com/heraldproject/herald"
)

// A how says where a reporting verb's speaker was found.
type how uint8

// Ways to the speaker.
const (
	hNone     how = iota
	hLeft         // the phrase before the verb: "Putin said"
	hRight        // after the verb, inverted: "… , said Putin"
	hRelative     // the antecedent of who/which/that: "Trump, who said"
	hMain         // the main clause's subject: ", saying", "and insists"
)

// subject finds the speaker of the reporting verb whose cue is tokens
// [c, e) in the sentence [lo, hi).
func (a *analysis) subject(c, e, lo, hi int) (phrase, how) {
	if a.info[c].cue.form == fIng && (a.punct(c-1, ',') || a.is(c-1, wPrep|wConj)) {
		return a.mainSpeaker(lo, c), hMain
	}
	j := a.skipLeft(c-1, lo)
	switch {
	case j < lo || a.info[j].mark != mNone || a.punct(j, ':'):
		return a.inverted(c, e, hi)
	case a.is(j, wRel) && !a.is(j, wDet):
		k := j - 1
		if a.punct(k, ',') || a.isDash(k) {
			k--
		}
		if p := a.leftPhrase(k, lo); p.ok() {
			return p, hRelative
		}
		return none, hNone
	case a.is(j, wConj):
		return a.mainSpeaker(lo, j), hMain
	case a.is(j, wSubj) || a.nominal(j):
		return a.leftPhrase(j, lo), hLeft
	case a.punct(j, ',') || a.punct(j, ')') || a.isDash(j):
		if k := a.appositives(j, lo); k > lo && a.nominal(k-1) {
			if p := a.leftPhrase(k-1, lo); p.ok() {
				return p, hLeft
			}
		}
		return a.inverted(c, e, hi)
	}
	return none, hNone
}

// skipLeft steps left from token j over what comes between a subject and
// its verb: adverbs, auxiliaries, negation, a time ("on Thursday"), and
// verbs with "to" ("went on to say", "declined to say").
func (a *analysis) skipLeft(j, lo int) int {
	for j >= lo {
		switch {
		case a.is(j, wAdv|wAux|wNeg) || a.info[j].ly:
			j--
		case a.is(j, wTime) && a.is(j-1, wPrep) && j-1 >= lo:
			j -= 2
		case a.is(j, wTime) && a.is(j-1, wTime) && j-1 >= lo && !a.info[j].upper && !a.info[j-1].upper:
			j -= 2 // "this month", "last week"
		case a.is(j, wTime) && j-1 >= lo && (a.nominal(j-1) || a.is(j-1, wSubj)) && a.info[j].upper:
			j--
		case a.low(j) == "to":
			k := j - 1
			if a.low(k) == "on" {
				k--
			}
			if k < lo || !a.isWord(k) || a.info[k].upper || a.info[k].cls&function != 0 {
				return j
			}
			j = k - 1
		default:
			return j
		}
	}
	return j
}

// inverted returns the speaker after a verb of saying that follows its
// content: "…, said Putin", "“…,” asked the senator". The phrase must end
// the sentence or be followed by a comma or an adjunct.
func (a *analysis) inverted(c, e, hi int) (phrase, how) {
	switch a.info[c].cue.class {
	case vSay, vAsk:
	default:
		return none, hNone
	}
	if a.info[c].cue.form == fIng {
		return none, hNone
	}
	p := a.rightPhrase(e, hi)
	if !p.ok() {
		return none, hNone
	}
	if n := p.to; n < hi && !a.endPunct(n) && !a.punct(n, ',') && !a.punct(n, '(') && !a.is(n, wPrep|wTime) && a.info[n].mark == mNone {
		return none, hNone
	}
	return p, hRight
}

// appositive returns the token that opens a parenthetical phrase closed
// by the separator at token j (", a close adviser to Putin,", "(D-N.Y.)",
// "— who … —"), or -1 when there is none.
func (a *analysis) appositive(j, lo int) int {
	for k := j - 1; k >= lo && j-k <= 40; k-- {
		switch {
		case a.punct(j, ')') && a.punct(k, '('),
			a.punct(j, ',') && a.punct(k, ','),
			a.isDash(j) && a.isDash(k):
			if k+1 < j && !a.is(k+1, wConj) {
				return k
			}
			return -1
		case a.endPunct(k) || a.punct(k, ';') || a.punct(k, ':') || a.info[k].mark != mNone:
			return -1
		}
	}
	return -1
}

// appositives returns the token that opens the first of a run of
// parenthetical phrases closed by the separator at token j: "Clinton, 35,
// the daughter of …, said" has two. It returns -1 when there is none.
func (a *analysis) appositives(j, lo int) int {
	k := a.appositive(j, lo)
	for n := 0; k > lo && n < 3; n++ {
		p := a.leftPhrase(k-1, lo)
		if !p.ok() || !a.punct(p.from-1, ',') || !(a.toks[p.head].Kind == herald.Number || a.is(p.from, wDet)) {
			break
		}
		k2 := a.appositive(k, lo)
		if k2 < 0 {
			break
		}
		k = k2
	}
	return k
}

// endPunct reports whether token i ends a sentence: . ! ? or an ellipsis.
func (a *analysis) endPunct(i int) bool {
	if i < 0 || i >= len(a.info) {
		return false
	}
	switch a.info[i].punct {
	case '.', '!', '?':
		return true
	}
	s := a.gap(a.toks[i].Start, a.toks[i].End)
	return s == "…" || s == "..."
}

// mainSpeaker returns the speaker of a participle or coordinated verb at
// token c (", saying …", "… and insists …"): that of the attribution
// before it in the sentence, else the sentence's subject.
func (a *analysis) mainSpeaker(lo, c int) phrase {
	if p, ok := a.earlierSpeaker(lo, c); ok {
		return p
	}
	return a.mainSubject(lo, c)
}

// mainSubject returns the subject of the sentence [lo, …) before token c:
// the first noun phrase after any opening quotation mark, dateline
// ("WASHINGTON —") and fronted adverbial ("On Wednesday,", "Hours
// later,", "Since taking office in January,").
func (a *analysis) mainSubject(lo, c int) phrase {
	i := lo
	for i < c && a.info[i].mark != mNone {
		i++
	}
	if a.isDash(i+1) && a.toks[i].Kind == herald.Word && allCaps(a.gap(a.toks[i].Start, a.toks[i].End)) {
		i += 2
	}
	if k := a.frontedEnd(i, c); k > i {
		i = k
	}
	return a.rightPhrase(i, c)
}

// maxFronted is the most tokens a fronted adverbial without a preposition
// or adverb ("Hours later,") takes.
const maxFronted = 5

// frontedEnd returns the token after the comma that closes an adverbial
// opening the clause at token i, before token c, or i when the clause
// opens with its subject. An adverbial starts with a preposition,
// conjunction, adverb or participle, or is a short phrase that opens
// with a time word, determiner or number and holds a time word ("Hours
// later,", "Two days ago,").
func (a *analysis) frontedEnd(i, c int) int {
	if !a.isWord(i) {
		return i
	}
	k := i
	for k < c && !a.punct(k, ',') {
		k++
	}
	if k >= c {
		return i
	}
	if a.is(i, wPrep|wConj|wAdv) || a.info[i].ly || participle(a.low(i)) && a.is(i+1, wDet|wPoss) {
		return k + 1
	}
	if k-i <= maxFronted && (a.is(i, wTime|wDet) || a.toks[i].Kind == herald.Number) {
		for t := i; t < k; t++ {
			if a.is(t, wTime) {
				return k + 1
			}
		}
	}
	return i
}

// allCaps reports whether s has two letters or more and no lower-case
// one.
func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}
