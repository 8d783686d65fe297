package quote

import "github.com/heraldproject/herald"

// indirect finds the reported speech of the sentence of tokens [lo, hi):
// every reporting verb or "according to" not yet used by a direct quote,
// with the clause it reports.
func (a *analysis) indirect(lo, hi int, cands []cand) []cand {
	cands = cands[:0]
	if cd, ok := a.colonCand(lo, hi); ok {
		cands = append(cands, cd)
	}
	for c := lo; c < hi; c++ {
		if cd, ok := a.accordingCand(c, lo, hi); ok {
			cands = append(cands, cd)
			c = cd.att1 - 1
			continue
		}
		a.pending = cands
		if cd, ok := a.verbCand(c, lo, hi); ok {
			cands = append(cands, cd)
			c = cd.cue1 - 1
		} else if cd, ok := a.nounCand(c, lo, hi); ok {
			cands = append(cands, cd)
			c = cd.cue1 - 1
		} else if cd, ok := a.passiveCand(c, lo, hi); ok {
			cands = append(cands, cd)
			c = cd.att1 - 1
		} else if cd, ok := a.raisingCand(c, lo, hi); ok {
			cands = append(cands, cd)
		} else if cd, ok := a.askedCand(c, lo, hi); ok {
			cands = append(cands, cd)
			c = cd.att1 - 1
		}
	}
	a.pending = nil
	prev := lo
	for k := 0; k < len(cands); k++ {
		cd := cands[k]
		j := k + 1
		for j < len(cands) && !a.splits(cands[j], cd) {
			j++
		}
		next := hi
		if j < len(cands) {
			next = cands[j].att0
		}
		from, to := a.content(cd, prev, next)
		if to <= from || !a.hasWord(from, to) {
			continue
		}
		for from >= cd.att1 && k+1 < j && cands[k+1].att0 < to {
			k++ // the attributions inside the content are part of it
		}
		a.claim(cd)
		a.found = append(a.found, found{
			content: a.span(from, to), kind: herald.Indirect, cue: a.span(cd.cue0, cd.cue1),
			subj: cd.subj, how: cd.how, source: a.span(cd.src0, cd.src1), cont: -1, para: a.para[cd.cue0], from: from,
		})
		prev = max(cd.att1, to)
	}
	return cands
}

// maxColonName is the most tokens of a name before a colon that
// attributes what follows, as headlines do ("Lynch: No outside influence
// on FBI probe").
const maxColonName = 5

// colonCand returns the attribution of a sentence of tokens [lo, hi) that
// opens with a capitalised name and a colon, followed by three words or
// more, or false. Labels such as "Update:", "The Latest:" or a
// transcript's "TAPPER:" are not speakers.
func (a *analysis) colonCand(lo, hi int) (cand, bool) {
	k := lo
	for k < hi && k-lo <= maxColonName && !a.punct(k, ':') {
		k++
	}
	if !a.punct(k, ':') || k == lo || k+3 >= hi || a.claimed[k] || a.inDirect[k] {
		return cand{}, false
	}
	p := a.rightPhrase(lo, k)
	if !p.ok() || p.to != k || !a.info[p.head].upper || label[a.low(p.head)] || a.is(lo, wDet) ||
		allCaps(a.gap(a.toks[p.head].Start, a.toks[p.head].End)) {
		return cand{}, false
	}
	return cand{cue0: k, cue1: k + 1, subj: p, how: hLeft, src0: p.from, src1: p.to, att0: lo, att1: k + 1}, true
}

// label lists words that head a headline's label rather than name a
// speaker.
var label = map[string]bool{
	"watch": true, "exclusive": true, "breaking": true, "update": true, "video": true,
	"photos": true, "live": true, "analysis": true, "opinion": true, "editorial": true,
	"note": true, "updated": true, "correction": true, "abstract": true, "transcript": true,
	"question": true, "answer": true, "latest": true, "q": true, "a": true,
}

// splits reports whether the attribution next, later in the sentence than
// cd, ends the content of cd rather than being part of it: PolNeAR-style
// attribution is univocal, and "he said he believes C" is one statement.
// An attribution splits when it follows punctuation or "and"/"but" and
// has a speaker of its own, named or a pronoun ("…, but he said C2"),
// when it is "according to", or when it is a participle after a comma
// (", adding that …") or a second verb after "and"/"but".
func (a *analysis) splits(next, cd cand) bool {
	if next.att0 < cd.att1 {
		return true
	}
	if a.low(next.cue0) == "according" {
		return true
	}
	b := next.att0 - 1
	if next.how == hMain {
		return a.punct(b, ',') || a.punct(b, ';') || a.low(b) == "and" || a.low(b) == "but"
	}
	sep := a.punct(b, ',') || a.punct(b, ';') || a.isDash(b) || a.punct(b, ':') ||
		a.low(b) == "and" || a.low(b) == "but"
	if !sep || next.subj.head < 0 || a.is(next.subj.head, wObj|wRel) {
		return false
	}
	return a.info[next.cue0].cue.class != vThink
}

// content returns the tokens [from, to) that the attribution cd reports,
// looking no further left than prev and no further right than next:
//
//   - "X said (that) C", "according to X, C": C follows the attribution;
//   - "C, X said", "C, according to X": C precedes it;
//   - "C1, X said, C2": the attribution interrupts its content, which is
//     then the whole of C1 … C2, attribution included;
//   - "C was reported by X": C is the subject of the passive.
func (a *analysis) content(cd cand, prev, next int) (int, int) {
	if cd.passive {
		return max(cd.from, prev), cd.att0 // "the story was reported by X"
	}
	if cd.raised {
		return max(cd.from, prev), a.trimEnd(cd.att1, a.raisedEnd(cd.att1, a.clauseEnd(cd.att1, next, fBase)))
	}
	class := vSay
	if a.info[cd.cue0].isCue {
		class = a.info[cd.cue0].cue.class
	}
	if class == vDescribe && cd.cue1-cd.cue0 == 2 || cd.stance {
		class = vStance // "called for", "his support for"
	}
	r := a.tail(cd.att1, next, class)
	comma := a.punct(r, ',') || a.punct(r, ':') || a.isDash(r)
	if comma {
		r++
	}
	that := a.is(r, wThat)
	if that {
		r++
	}
	if class == vDescribe && a.low(r) == "as" {
		r++
	}
	if r == cd.att1 && objectPrep[a.low(r)] && a.isWord(r+1) && !a.is(r+1, wPrep) {
		r++ // "agreed with him" reports "him": PolNeAR counts the preposition in the cue
	}
	end := a.clauseEnd(r, next, a.info[cd.cue0].cue.form)
	if cd.noun && that {
		lo, _ := a.sentBounds(cd.cue0)
		end = a.subjectEnd(cd, r, end, lo)
	}
	if class == vStance && !that {
		end = a.objectEnd(r, end, cd.stance)
	}
	end = a.subordinateEnd(cd.cue0, r, end)
	to := a.trimEnd(r, end)
	before := cd.att0 - 1
	sep := before >= prev && class != vStance && class != vThink && (a.punct(before, ',') || a.isDash(before) || a.info[before].mark != mNone)
	switch {
	case to > r && !(comma && sep):
		return r, to
	case !sep:
		return 0, 0
	}
	from := prev
	for k := before - 1; k >= prev; k-- {
		if a.inDirect[k] {
			from = k + 1
			break
		}
	}
	from = a.trimStart(from, before)
	if to > r && (cd.how != hRight || a.low(cd.cue0) == "according" && (a.is(r, wAux|wSubj|wConj) || a.info[r].upper)) {
		return from, to // "C1, X said, C2": the attribution interrupts its content
	}
	return from, a.trimEnd(from, before)
}

// clauseEnd returns where the content that starts at token r ends, no
// later than next: at a direct quote, at a semicolon, or where the
// sentence turns from the reported words back to the reporter's. That is
// a comma before a participle that reports again (", adding …"), before a
// subordinate clause (", though …", ", when …") or before a new clause
// ("…, and he …"); "but" or "yet" before a subject or an auxiliary ("…
// but he has also …"); or "and"/"but" before a second reporting verb of
// the speaker in the same form, or finite after an infinitive ("says X
// and calls her …", "continues to reject X and insists …"). A relative
// clause (", which …") and an apposition (", a move that …") are as often
// part of what was said as remarks of the reporter's, and PolNeAR counts
// them in; dashes and other clause ends do not end the content either.
func (a *analysis) clauseEnd(r, next int, f form) int {
	for i := r; i < next; i++ {
		switch {
		case a.inDirect[i]:
			return i
		case i == r || i+2 >= len(a.info):
		case a.punct(i, ','):
			n := i + 1
			if a.info[n].isCue && a.info[n].cue.form == fIng {
				return i
			}
			if i-r >= minClause && (turn[a.low(n)] ||
				a.low(n) == "and" && a.is(n+1, wSubj)) {
				return i
			}
		case a.punct(i, ';') && i-r >= minClause:
			return i
		case (a.low(i) == "but" || a.low(i) == "yet") && i-r >= minClause && a.is(i+1, wSubj|wAux|wNeg):
			return i // "…, but he has also …": a clause of the reporter's
		case a.low(i) == "and" || a.low(i) == "but":
			n, g := i+1, a.info[i+1].cue.form
			if a.info[n].isCue && !a.info[n].upper && g != fIng && (g == f || f == fBase && (g == fThird || g == fPast)) ||
				a.low(n) == "did" {
				return i
			}
		}
	}
	return next
}

// objectEnd returns where the object of a verb of stance that starts at
// token r ends, no later than end: "criticized the rules before the
// court" reports "the rules". An object ends at a comma, at a preposition
// of time, place or circumstance after its first words, or, after a
// noun cue, at an auxiliary that shows a new verb ("his proposal for
// paid leave is vague"); an infinitive ("refused to cooperate") runs on
// to end.
func (a *analysis) objectEnd(r, end int, noun bool) int {
	if a.low(r) == "to" || a.is(r, wSubj|wWh) {
		return end
	}
	for i := r + 1; i < end; i++ {
		if a.punct(i, ',') || a.punct(i, ';') || a.isDash(i) || adjunctPrep[a.low(i)] || noun && a.is(i, wAux) {
			return i
		}
	}
	return end
}

// adjunctPrep lists the prepositions and conjunctions that open an
// adjunct after an object rather than continue it.
var adjunctPrep = map[string]bool{
	"during": true, "since": true, "before": true,
	"after": true, "until": true, "while": true, "amid": true, "following": true,
	"because": true, "so": true, "when": true, "despite": true,
}

// minClause is the fewest tokens of content before a comma that can end
// it.
const minClause = 3

// turn lists the words after which a comma turns from the reported words
// back to the reporter's.
var turn = map[string]bool{
	"though": true, "although": true, "while": true, "whereas": true,
	"yet": true, "when": true, "as": true, "even": true, "compared": true, "according": true,
}

// trimStart returns the first token at or after from, before to, that is
// neither punctuation nor a leading "and" or "but".
func (a *analysis) trimStart(from, to int) int {
	for from < to && (!a.isWord(from) || a.low(from) == "and" || a.low(from) == "but") {
		from++
	}
	return from
}

// trimEnd returns one past the last token before to, from from on, that
// is neither punctuation nor a trailing conjunction; a closing quotation
// mark stays when the content opens the quote it closes.
func (a *analysis) trimEnd(from, to int) int {
	end := to
	for to > from && (!a.isWord(to-1) || a.is(to-1, wConj)) {
		to--
	}
	open := 0
	for i := from; i < to; i++ {
		switch a.info[i].mark {
		case mOpen, mSingleOpen:
			open++
		case mClose, mSingleClose:
			open--
		}
	}
	for k := to; open > 0 && k < end && !a.isWord(k); k++ {
		if a.info[k].mark == mClose || a.info[k].mark == mSingleClose {
			to = k + 1
			open--
		}
	}
	return to
}

// hasWord reports whether tokens [from, to) hold a word or number.
func (a *analysis) hasWord(from, to int) bool {
	for i := from; i < to; i++ {
		if a.isWord(i) {
			return true
		}
	}
	return false
}

// subordinateEnd returns where content that starts at token r ends, no later
// than end, when its cue at token c lies in a subordinate clause that
// opens the sentence: at the comma that closes the clause ("While they
// claim to have brought new voters, turnout has been lower").
func (a *analysis) subordinateEnd(c, r, end int) int {
	lo, _ := a.sentBounds(c)
	for lo < c && a.info[lo].mark != mNone {
		lo++
	}
	if !fronting[a.low(lo)] {
		return end
	}
	for i := lo + 1; i < c; i++ {
		if a.punct(i, ',') {
			return end
		}
	}
	for i := r + 1; i < end; i++ {
		if a.punct(i, ',') {
			return i
		}
	}
	return end
}

// fronting lists the conjunctions that open a subordinate clause before
// the main clause of a sentence.
var fronting = map[string]bool{
	"while": true, "though": true, "although": true, "as": true, "when": true,
	"if": true, "because": true, "since": true, "whereas": true, "even": true,
	"after": true, "before": true, "once": true, "unless": true, "until": true,
}

// objectPrep lists the prepositions that, right after a reporting verb,
// open its object: "complained about the media", "sided with him".
var objectPrep = map[string]bool{
	"with": true, "about": true, "of": true, "on": true, "against": true, "over": true, "at": true, "for": true,
}
