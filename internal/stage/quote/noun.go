package quote

// nounCues are the nouns of saying and of stance that report what their
// owner said or holds: "Trump's claim that C", "his comment about C",
// "her support for C". They count only after a possessive, and only with
// a clause or object after them.
var nounCues = map[string]bool{
	"claim": true, "claims": true, "assertion": true, "assertions": true, "statement": true,
	"remark": true, "remarks": true, "comment": true, "comments": true, "criticism": true,
	"warning": true, "warnings": true, "promise": true, "promises": true, "pledge": true,
	"plan": true, "plans": true, "proposal": true, "proposals": true, "call": true, "calls": true,
	"argument": true, "belief": true, "suggestion": true, "insistence": true, "admission": true,
	"accusation": true, "accusations": true, "allegation": true, "allegations": true,
	"denial": true, "demand": true, "demands": true, "threat": true, "threats": true,
	"vow": true, "hope": true, "hopes": true, "fear": true, "fears": true, "concern": true,
	"concerns": true, "support": true, "opposition": true, "emphasis": true, "praise": true,
	"attack": true, "attacks": true, "description": true, "view": true, "views": true,
	"decision": true, "complaint": true, "complaints": true, "position": true, "stance": true,
	"objection": true, "objections": true, "refusal": true, "request": true, "appeal": true,
	"endorsement": true, "defense": true, "rejection": true, "recommendation": true,
	"prediction": true, "predictions": true, "assessment": true, "message": true,
	"arguments": true, "intention": true, "commitment": true, "desire": true, "criticisms": true,
}

// maxNounMods is the most modifiers between a possessive and its noun cue
// ("Stumpf's repeated emphasis").
const maxNounMods = 2

// nounCand returns the attribution of a noun cue at token c in the
// sentence [lo, hi): the possessive before it is the speaker, and what
// follows — a "that" clause, an infinitive, or the object of "of",
// "about", "for", "on" or "against" — the content. It returns false when
// the noun is not used so.
func (a *analysis) nounCand(c, lo, hi int) (cand, bool) {
	if !nounCues[a.low(c)] || a.info[c].upper || a.claimed[c] || a.inDirect[c] || c+2 >= hi {
		return cand{}, false
	}
	e, stance := c+1, false
	switch a.low(e) {
	case "that":
		if !a.isWord(e+1) || a.is(e+1, wAux) {
			return cand{}, false // "his claim that is …": a relative clause
		}
	case "to":
		if !a.isWord(e+1) || a.is(e+1, wDet|wPoss|wSubj) || a.info[e+1].upper {
			return cand{}, false // "a call to the ministry", "a threat to Europe"
		}
	case "of", "about", "for", "on", "against":
		e++
		stance = true
	default:
		return cand{}, false
	}
	p := a.owner(c, lo)
	if !p.ok() {
		return cand{}, false
	}
	return cand{cue0: c, cue1: e, subj: p, how: hLeft, src0: p.from, src1: p.to, att0: p.from, att1: e, noun: true, stance: stance}, true
}

// owner returns the possessive that owns the noun at token c: a
// possessive pronoun ("his claim") or a name with "'s" ("Trump's
// claim"), with up to maxNounMods modifiers between; none when there is
// no such owner.
func (a *analysis) owner(c, lo int) phrase {
	k := c - 1
	for n := 0; n < maxNounMods && k >= lo && a.isWord(k) && !a.is(k, function) && !a.info[k].upper && !a.possessive(k); n++ {
		k--
	}
	switch {
	case k < lo:
		return none
	case a.is(k, wPoss) && a.low(k) != "whose":
		return phrase{from: k, to: k + 1, head: k}
	case a.possessive(k):
		p := a.leftPhrase(k-1, lo)
		if p.ok() && a.info[p.head].upper {
			return phrase{from: p.from, to: k + 1, head: p.head}
		}
	}
	return none
}

// subjectEnd returns where the content of the noun cue of cd ends, no
// later than end, when the noun phrase is the subject of its sentence
// ("his claim that the war could end soon has proven unrealistic"): before
// the last auxiliary, which is the sentence's own verb. Otherwise, and
// when there is no auxiliary, it returns end.
func (a *analysis) subjectEnd(cd cand, r, end, lo int) int {
	k := cd.att0 - 1
	for k >= lo && (a.punct(k, ',') || a.is(k, wAdv) || a.info[k].ly || a.info[k].mark != mNone) {
		k--
	}
	if k >= lo {
		return end // an object: "he repeated his claim that …"
	}
	for i := end - 1; i > r+minClause; i-- {
		if a.is(i, wAux) {
			return i
		}
	}
	return end
}
