package quote

import "github.com/heraldproject/herald"

// A found is one quote before its speaker is resolved to an entity.
type found struct {
	content herald.Span
	kind    herald.QuoteKind
	cue     herald.Span
	subj    phrase      // the speaker phrase the stage picked; none when not found
	how     how         // where the speaker phrase was found
	source  herald.Span // the speaker as written; empty when not found
	cont    int         // index in analysis.found of the quote this one continues; -1
	speaker string      // entity ID, once resolved
	para    int32       // the paragraph of the quote or its cue
	// For quoted speech: the first content token, and the end of an
	// attribution that follows the quote, or -1.
	from, attEnd int
}

// direct reports the quotes among the segments that are speech, each with
// its attribution: before it ("he wrote, “…”", "Caddell said: “…”"),
// after it ("“…,” he said"), on the line before it ("Caddell
// continued:"), or that of the direct quote just before it, which it
// continues. A quote interrupted by its attribution ("“We will,” he said,
// “prevail.”") is one quote from its first word to its last; so is a
// quote whose attribution follows it and whose next sentence, in the same
// paragraph, is quoted too ("“…,” he said. “…”").
func (a *analysis) direct(segs []quoted) {
	last := -1
	for _, s := range segs {
		if !a.speech(s) {
			continue
		}
		end := a.after(s.close) - 1
		if s.close < 0 {
			end = s.to - 1
		}
		for i := s.open; i <= end; i++ {
			a.inDirect[i] = true
		}
		after, hasAfter := a.attributionAfter(s)
		if last >= 0 && !hasAfter && a.continues(last, s) {
			a.found[last].content.End = a.contentSpan(s).End
			continue
		}
		f := found{kind: herald.Direct, cont: -1, from: s.from, attEnd: -1, para: a.para[s.open]}
		f.content = a.contentSpan(s)
		if cd, ok := a.attributionBefore(s); ok {
			f.set(a, cd)
		} else if hasAfter {
			f.set(a, after)
			f.attEnd = a.tail(after.att1, len(a.toks), a.info[after.cue0].cue.class)
		} else if sig, ok := a.signature(s); ok {
			f.subj, f.how, f.source = sig, hRight, a.span(sig.from, sig.to)
		} else if last >= 0 && a.para[s.open]-a.found[last].para <= 1 {
			f.cont = last
		}
		a.found = append(a.found, f)
		last = len(a.found) - 1
	}
}

// signature returns the name that signs a direct quote, after its closing
// mark and a dash, as collections of readers' words have it ("“…” ―
// Pamela Padilla"): a run of capitalised words holding a person's name,
// that ends the paragraph or is followed by a comma or full stop.
func (a *analysis) signature(s quoted) (phrase, bool) {
	if s.close < 0 || a.mentAt == nil {
		return none, false
	}
	k := a.after(s.close)
	if !a.isDash(k) || a.para[k] != a.para[s.close] {
		return none, false
	}
	p := phrase{from: k + 1, to: k + 1, head: -1}
	for t := k + 1; t < len(a.toks) && t-k <= maxSignature && a.para[t] == a.para[k]; t++ {
		if !(a.isWord(t) && a.info[t].upper || a.isDash(t) && t > k+1 || a.punct(t, '.') && a.toks[t-1].End == a.toks[t].Start && a.toks[t].Len() == 1 && t-1 > k && a.toks[t-1].Len() <= 2) {
			break
		}
		p.to = t + 1
		if e := a.entityAt(t); e >= 0 && a.doc.Entities[e].Type == herald.Person {
			p.head = t
		}
	}
	if !p.ok() {
		return none, false
	}
	if e := p.to; e < len(a.toks) && a.para[e] == a.para[k] && !a.punct(e, ',') && !a.punct(e, '.') {
		return none, false
	}
	return p, true
}

// maxParen is the most tokens inside a parenthesis after a speaker's
// name, "(D-N.Y.)", that the attribution after a quote steps over.
const maxParen = 8

// maxSignature is the most tokens of the name that signs a quote.
const maxSignature = 6

// set gives f the attribution cd and claims its cue.
func (f *found) set(a *analysis, cd cand) {
	f.cue = a.span(cd.cue0, cd.cue1)
	f.subj, f.how = cd.subj, cd.how
	f.source = a.span(cd.src0, cd.src1)
	a.claim(cd)
}

// continues reports whether the segment s goes on with the direct quote
// last, whose attribution follows it: s opens right after the
// attribution, behind a comma (an interrupted quote), or opens the next
// sentence of the paragraph, with no other reporting verb or quotation
// mark between.
func (a *analysis) continues(last int, s quoted) bool {
	f := a.found[last]
	e := f.attEnd
	if e < 0 || a.para[s.open] != f.para {
		return false
	}
	if f.content.End <= a.toks[s.open].Start && s.open-1 >= 0 && a.info[s.open-1].mark != mNone &&
		a.toks[s.open-1].End >= f.content.End {
		return true // a quote right after the merged one: "“…,” he said. “…” “…”"
	}
	if e > s.open || s.open-e > maxBetween {
		return false
	}
	if a.punct(e, ',') || a.punct(e, ':') || a.isDash(e) {
		e++
	}
	if e == s.open {
		return true
	}
	lo, _ := a.sentBounds(s.open)
	if lo != s.open && !(lo+1 == s.open && (a.low(lo) == "but" || a.low(lo) == "and")) {
		return false
	}
	for i := e; i < lo; i++ {
		if a.info[i].isCue && a.cueEnd(i, i) >= 0 || a.info[i].mark != mNone {
			return false
		}
	}
	return true
}

// maxBetween is the most tokens between a quote's attribution and the
// quote that continues it.
const maxBetween = 16

// contentSpan returns the text of a segment's content, without a comma
// that ends it inside the closing mark ("meeting,”").
func (a *analysis) contentSpan(s quoted) herald.Span {
	to := s.to
	for to > s.from && (a.punct(to-1, ',') || a.isDash(to-1)) {
		to--
	}
	return a.span(s.from, max(to, s.from+1))
}

// maxTitle is the most words a quoted title has.
const maxTitle = 6

// speech reports whether a segment is quoted speech, a direct quote,
// rather than a phrase quoted inside a sentence (a scare quote, a title,
// a partial quote): it opens a sentence or follows a comma, colon, dash,
// reporting verb or "that", and it runs over several sentences, holds
// three words or more, or ends with punctuation of its own. A quote that
// ends without punctuation where the sentence goes on with a word is
// partial, and a run of capitalised words without punctuation, or a short
// one inside a sentence, is a title — not after a colon, where a headline
// quotes its speaker ("Gillibrand on Clinton: ‘I Think She Will.’").
func (a *analysis) speech(s quoted) bool {
	if !a.opensQuote(s.open) {
		return false
	}
	if s.close < 0 || a.sent[s.from] != a.sent[s.to-1] {
		return true
	}
	last := s.to - 1
	ends := a.endPunct(last) || a.punct(last, ',')
	n, caps := 0, 0
	for i := s.from; i < s.to; i++ {
		if a.isWord(i) {
			n++
			if a.info[i].upper || a.toks[i].Len() <= 3 {
				caps++
			}
		}
	}
	if caps == n && (!ends || n <= maxTitle && !a.opensSentence(s.open) && !a.punct(s.open-1, ':')) {
		return false // a title or slogan
	}
	if after := a.after(s.close); !ends && a.isWord(after) && a.sent[after] == a.sent[s.close] {
		if _, ok := a.attributionAfter(s); !ok {
			return false // a partial quote that the sentence goes on from
		}
	}
	return ends || n >= 3
}

// opensQuote reports whether the opening mark at token i stands where
// speech starts.
func (a *analysis) opensQuote(i int) bool {
	lo, _ := a.sentBounds(i)
	p := i - 1
	switch {
	case p < lo || a.para[p] != a.para[i]:
		return true
	case a.punct(p, ',') || a.punct(p, ':') || a.isDash(p) || a.endPunct(p):
		return true
	case a.info[p].isCue:
		return a.cueEnd(p, lo) >= 0
	case a.is(p, wThat):
		return p > 0 && a.info[p-1].isCue
	}
	return false
}

// attributionBefore finds the reporting verb that introduces a direct
// quote: in the words just before it ("he wrote, “", "told reporters:
// “", "said that “", "according to X, “"); the name that opens a headline
// before its colon ("Gillibrand on Clinton: ‘…’"); or, for a quote that
// opens a sentence, at the end of a sentence that ends with a colon.
func (a *analysis) attributionBefore(s quoted) (cand, bool) {
	lo, hi := a.sentBounds(s.open)
	j := s.open - 1
	if j < lo {
		if !a.punct(j, ':') {
			return cand{}, false
		}
		return a.colonIntro(j)
	}
	if !(a.punct(j, ',') || a.punct(j, ':') || a.isDash(j) || a.is(j, wThat) || a.info[j].isCue) {
		return cand{}, false
	}
	for k := j; k >= lo && j-k < 10; k-- {
		if cd, ok := a.accordingCand(k, lo, hi); ok && cd.att1 >= j-1 {
			return cd, true
		}
		if a.info[k].isCue {
			if cd, ok := a.verbCand(k, lo, hi); ok && cd.cue1 <= s.open {
				return cd, true
			}
		}
		if !a.bridge(k) {
			break
		}
	}
	if a.punct(j, ':') && (a.headline(j) || a.titleCase(j)) {
		if p := a.rightPhrase(lo, j); p.ok() && a.info[p.head].upper {
			return cand{cue0: j, cue1: j + 1, subj: p, how: hLeft, src0: p.from, src1: p.to, att0: lo, att1: j + 1}, true
		}
	}
	return cand{}, false
}

// colonIntro finds the speaker of a quote that follows a sentence ending
// with the colon at token j: the subject of the last reporting verb of
// that sentence ("Cruz continued:", "as Pollak observed, the winner was
// …:"), or else the sentence's subject when it names someone ("President
// Clinton released the following statement:"), with no cue.
func (a *analysis) colonIntro(j int) (cand, bool) {
	lo, hi := a.sentBounds(j)
	for k := j - 1; k >= lo; k-- {
		if a.info[k].isCue {
			if cd, ok := a.verbCand(k, lo, hi); ok {
				return cd, true
			}
		}
	}
	p := a.mainSubject(lo, j)
	if !p.ok() || !a.info[p.head].upper && !a.is(p.head, wSubj) || a.low(p.head) == "it" {
		return cand{}, false
	}
	return cand{cue0: p.to, cue1: p.to, subj: p, how: hLeft, src0: p.from, src1: p.to, att0: p.from, att1: p.to}, true
}

// bridge reports whether token i can stand between a reporting verb and
// the quote it introduces: punctuation that leads in, its object, or an
// adjunct.
func (a *analysis) bridge(i int) bool {
	if a.punct(i, ',') || a.punct(i, ':') || a.isDash(i) {
		return true
	}
	return a.nominal(i) || a.is(i, wDet|wPoss|wObj|wReflex|wPrep|wTime|wThat)
}

// attributionAfter finds the attribution that follows a direct quote:
// "“…,” he said", "“…,” said Caddell", "“…,” Graham, a former candidate,
// told CBS".
func (a *analysis) attributionAfter(s quoted) (cand, bool) {
	if s.close < 0 || a.after(s.close) >= len(a.toks) {
		return cand{}, false
	}
	i := a.after(s.close)
	if a.para[i] != a.para[s.close] {
		return cand{}, false
	}
	lo, hi := a.sentBounds(s.close)
	if i >= hi {
		if !a.punct(s.to-1, '?') && !a.punct(s.to-1, '!') && !a.punct(s.to-1, ',') {
			return cand{}, false
		}
		lo, hi = a.sentBounds(i)
	}
	if a.punct(i, ',') || a.isDash(i) {
		i++
	}
	if i >= hi {
		return cand{}, false
	}
	if a.info[i].isCue {
		cd, ok := a.verbCand(i, lo, hi)
		return cd, ok && cd.how == hRight
	}
	p := a.rightPhrase(i, hi)
	if !p.ok() {
		return cand{}, false
	}
	j := p.to
	for n := 0; n < 2 && a.is(j, wPrep) && !a.is(j, wThat); n++ {
		q := a.rightPhrase(j+1, hi) // "a narrator in the Clinton ad asks"
		if !q.ok() {
			break
		}
		j = q.to
	}
	if a.punct(j, '(') { // "Rep. Gwen Moore (D-Wis.) said"
		k := j + 1
		for k < hi && k-j <= maxParen && !a.punct(k, ')') && !a.punct(k, '(') {
			k++
		}
		if a.punct(k, ')') {
			j = k + 1
		}
	}
	if a.punct(j, ',') {
		j = a.closingComma(j, hi) + 1
	}
	for j < hi && (a.is(j, wAdv|wAux|wNeg) || a.info[j].ly) {
		j++
	}
	if j >= hi || !a.info[j].isCue {
		return cand{}, false
	}
	cd, ok := a.verbCand(j, lo, hi)
	if !ok || cd.subj.from < i || cd.subj.from >= j {
		return cand{}, false
	}
	cd.subj, cd.src0, cd.att0 = p, p.from, p.from
	return cd, true
}

// closingComma returns the comma that closes an appositive opened by the
// comma at token j, or j when there is none within the sentence.
func (a *analysis) closingComma(j, hi int) int {
	for k := j + 1; k < hi && k-j <= 30; k++ {
		switch {
		case a.punct(k, ','):
			return k
		case a.endPunct(k) || a.info[k].mark != mNone:
			return j
		}
	}
	return j
}
