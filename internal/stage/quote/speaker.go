package quote

import (
	"slices"
	"sort"
	"strings"

	"github.com/heraldproject/herald"
)

// An mref is one entity mention.
type mref struct {
	ent  int // index into Document.Entities
	span herald.Span
	kind herald.MentionKind
}

// antecedentWindow is how many sentences back a pronoun looks for its
// antecedent.
const antecedentWindow = 6

// indexMentions records, for every token, the entity mention that covers
// it; the shortest one where mentions nest.
func (a *analysis) indexMentions() {
	for ei, e := range a.doc.Entities {
		for _, m := range e.Mentions {
			if m.Start >= 0 && m.End <= len(a.text) && m.Start < m.End {
				a.ments = append(a.ments, mref{ent: ei, span: m.Span, kind: m.Kind})
			}
		}
	}
	if len(a.ments) == 0 {
		return
	}
	a.mentAt = make([]int32, len(a.toks))
	for i := range a.mentAt {
		a.mentAt[i] = -1
	}
	for mi, m := range a.ments {
		i := sort.Search(len(a.toks), func(k int) bool { return a.toks[k].End > m.span.Start })
		for ; i < len(a.toks) && a.toks[i].Start < m.span.End; i++ {
			if old := a.mentAt[i]; old < 0 || m.span.Len() < a.ments[old].span.Len() {
				a.mentAt[i] = int32(mi)
			}
		}
	}
}

// entityAt returns the entity with a mention on token i, or -1.
func (a *analysis) entityAt(i int) int {
	if a.mentAt == nil || i < 0 || i >= len(a.mentAt) || a.mentAt[i] < 0 {
		return -1
	}
	return a.ments[a.mentAt[i]].ent
}

// resolve sets the speaker of every quote, in text order, so that a
// pronoun can refer to the speaker of an earlier sentence and a
// continued quote takes the speaker of the quote it continues.
func (a *analysis) resolve() {
	spk := make([]int32, len(a.doc.Sentences)) // entity+1 of a sentence's first person speaker
	for i := range a.found {
		f := &a.found[i]
		if f.kind == herald.Direct && f.cont < 0 && !f.subj.ok() {
			f.cont = a.lastSpeaker(i)
		}
		e := -1
		if f.cont >= 0 && f.cont < i {
			e = a.entityIndex(a.found[f.cont].speaker)
		} else if f.subj.ok() {
			e = a.speakerOf(f.subj, spk)
		}
		if e < 0 {
			continue
		}
		f.speaker = a.doc.Entities[e].ID
		at := f.subj.head
		if at < 0 {
			at = f.from
		}
		if at >= 0 && at < len(a.sent) && a.sent[at] >= 0 && spk[a.sent[at]] == 0 && a.doc.Entities[e].Type == herald.Person {
			spk[a.sent[at]] = int32(e) + 1
		}
	}
}

// lastSpeaker returns the quote before found[i], in the same paragraph or
// the one before, whose speaker a direct quote without attribution takes
// over, or -1: the nearest one with a speaker phrase of its own or
// continued from another.
func (a *analysis) lastSpeaker(i int) int {
	for j := i - 1; j >= 0 && i-j <= maxLookBack && a.found[i].para-a.found[j].para <= 1; j-- {
		if g := a.found[j]; g.subj.ok() || g.cont >= 0 {
			return j
		}
	}
	return -1
}

// maxLookBack is how many quotes back a quote without attribution looks
// for a speaker to continue.
const maxLookBack = 8

// entityIndex returns the index of the entity with the given ID, or -1.
func (a *analysis) entityIndex(id string) int {
	if id == "" {
		return -1
	}
	return slices.IndexFunc(a.doc.Entities, func(e herald.Entity) bool { return e.ID == id })
}

// speakerOf returns the entity that the speaker phrase p names, or -1: the
// entity with a mention on its head word; for "he" or "she" the person
// the pronoun refers to, and for "it" the organisation; for a title such
// as "the minister" an entity whose role or name holds it.
func (a *analysis) speakerOf(p phrase, spk []int32) int {
	if e := a.entityAt(p.head); e >= 0 {
		return e
	}
	switch a.low(p.head) {
	case "he", "she", "him", "her", "his":
		return a.antecedent(p.head, spk, herald.Person)
	case "it", "its":
		return a.antecedent(p.head, nil, herald.Organization, herald.GPE)
	}
	if a.is(p.head, wSubj|wObj|wRel) {
		return -1 // "they", "we", "I": no single entity to name
	}
	if e := a.inPhrase(p); e >= 0 {
		return e
	}
	if e := a.appositiveName(p); e >= 0 {
		return e
	}
	return a.byRole(p)
}

// authored holds the head nouns of speaker phrases that speak for the
// person or organisation that owns or made them: "the Trump campaign",
// "Clinton's team", "her submission to the court", "a Reuters survey", "a
// new report by Politico".
var authored = map[string]bool{
	"campaign": true, "team": true, "camp": true, "ad": true, "ads": true,
	"advertisement": true, "poll": true, "survey": true, "report": true,
	"analysis": true, "study": true, "database": true, "statement": true,
	"submission": true, "brief": true, "filing": true, "account": true,
	"video": true, "website": true, "tweet": true, "letter": true,
	"memo": true, "release": true, "records": true, "average": true,
	"results": true, "polls": true, "data": true, "figures": true,
	"estimates": true, "findings": true,
}

// inPhrase returns the person or organisation that a speaker phrase whose
// head has no mention of its own names inside it, or -1:
//
//   - for a name whose last word the actor stage left out of its mention
//     ("Mr. Holtz-Eakin" with "Holtz", "John G. Roberts Jr."), the name
//     mention nearest before the head;
//   - for a head that speaks for its owner or maker (authored), the
//     person or organisation mentioned before it in the phrase ("the
//     Trump campaign", "Her submission") or just after it with "by" ("a
//     new report by Politico").
//
// A mention on any other modifier ("The Republican nominee", "Connecticut's
// tax commissioner", "Trump's running mate") does not name the speaker.
func (a *analysis) inPhrase(p phrase) int {
	if a.mentAt == nil || p.head < 0 || p.head >= len(a.toks) {
		return -1
	}
	if a.info[p.head].upper {
		for t := p.head - 1; t >= p.from; t-- {
			if mi := a.mentAt[t]; mi >= 0 {
				if m := a.ments[mi]; m.kind == herald.NameMention && a.speakerType(m.ent) {
					return m.ent
				}
				return -1
			}
			if !a.info[t].upper && !a.isDash(t) && !a.punct(t, '.') {
				return -1
			}
		}
		return -1
	}
	if !authored[a.low(p.head)] {
		return -1
	}
	from := p.from
	if a.possessive(from - 1) {
		from -= 2 // "Sanders’ campaign" where the phrase starts after the possessive
	}
	for t := p.head - 1; t >= max(from, 0); t-- {
		if e := a.maker(t); e >= 0 {
			return e
		}
	}
	// "a new report by Politico", "the average of recent polls compiled
	// by Real Clear Politics", "early results of exit polls conducted
	// for The Associated Press"
	prep := false
	for t := p.head + 1; t < min(p.head+maxMaker, len(a.toks)) && a.isWord(t) && !a.info[t].isCue; t++ {
		if e := a.maker(t); e >= 0 && prep {
			return e
		}
		prep = prep || a.is(t, wPrep)
	}
	return -1
}

// appositiveName returns the person that a name in apposition after the
// phrase p names ("the family's attorneys, Justin Bamberg,", "The
// minister of the economy, Mr. Guajardo Villarreal,"), or -1: a run of
// capitalised words between commas, holding a person's name mention.
func (a *analysis) appositiveName(p phrase) int {
	if a.mentAt == nil || !a.punct(p.to, ',') {
		return -1
	}
	e := -1
	for t := p.to + 1; t < len(a.toks) && t-p.to <= maxSignature+1; t++ {
		switch {
		case a.punct(t, ','):
			return e
		case a.isWord(t) && a.info[t].upper, a.punct(t, '.'), a.hyphen(t):
			if k := a.entityAt(t); k >= 0 && a.doc.Entities[k].Type == herald.Person && a.ments[a.mentAt[t]].kind == herald.NameMention {
				e = k
			}
		default:
			return -1
		}
	}
	return -1
}

// maxMaker is how far after an authored head ("results of the exit poll
// conducted by Edison Research") its maker is looked for.
const maxMaker = 12

// maker returns the person or organisation with a mention, other than a
// nationality, on token t, or -1.
func (a *analysis) maker(t int) int {
	if mi := a.mentAt[t]; mi >= 0 && a.ments[mi].kind != herald.DemonymMention && a.speakerType(a.ments[mi].ent) {
		return a.ments[mi].ent
	}
	return -1
}

// speakerType reports whether entity e is a person or an organisation.
func (a *analysis) speakerType(e int) bool {
	t := a.doc.Entities[e].Type
	return t == herald.Person || t == herald.Organization
}

// antecedent returns the entity of one of the given types that the
// pronoun at token i refers to, or -1: the subject of its own sentence
// when that comes before it; else, going back sentence by sentence, the
// speaker of a quote in the sentence or its first mention of that type;
// else the nearest mention before the pronoun.
func (a *analysis) antecedent(i int, spk []int32, types ...herald.EntityType) int {
	if a.mentAt == nil || a.sent[i] < 0 {
		return -1
	}
	lo, _ := a.sentBounds(i)
	if p := a.mainSubject(lo, i); p.ok() {
		if e := a.entityAt(p.head); e >= 0 && slices.Contains(types, a.doc.Entities[e].Type) && a.agrees(e, i) {
			return e
		}
	}
	si := int(a.sent[i])
	for k := si - 1; k >= 0 && si-k <= antecedentWindow; k-- {
		if spk != nil && spk[k] > 0 && slices.Contains(types, a.doc.Entities[spk[k]-1].Type) && a.agrees(int(spk[k]-1), i) {
			return int(spk[k] - 1)
		}
		s := a.doc.Sentences[k]
		for t := max(s.FirstToken, 0); t < min(s.EndToken, len(a.toks)); t++ {
			if e := a.entityAt(t); e >= 0 && slices.Contains(types, a.doc.Entities[e].Type) && a.agrees(e, i) {
				return e
			}
		}
	}
	for t := i - 1; t >= lo; t-- {
		if e := a.entityAt(t); e >= 0 && slices.Contains(types, a.doc.Entities[e].Type) && a.agrees(e, i) {
			return e
		}
	}
	return -1
}

// agrees reports whether entity e may be what the pronoun at token i
// refers to: "he" not a person whom the actor stage refers to as "she" or
// "her", and "she" not one it refers to as "he", "him" or "his".
func (a *analysis) agrees(e, i int) bool {
	g := pronounGender(a.low(i))
	if g == 0 {
		return true
	}
	if a.gender == nil {
		a.gender = make([]int8, len(a.doc.Entities))
		for ei, ent := range a.doc.Entities {
			for _, m := range ent.Mentions {
				if m.Kind == herald.PronounMention && m.Start >= 0 && m.End <= len(a.lower) && m.Start < m.End {
					a.gender[ei] |= pronounGender(a.lower[m.Start:m.End])
				}
			}
		}
	}
	return a.gender[e]&^g == 0
}

// pronounGender returns 1 for a masculine pronoun, 2 for a feminine one
// and 0 for any other word.
func pronounGender(w string) int8 {
	switch w {
	case "he", "him", "his", "himself":
		return 1
	case "she", "her", "hers", "herself":
		return 2
	}
	return 0
}

// byRole returns the entity whose role or name holds the head word of the
// phrase p ("the minister" for a "Foreign Minister"), or -1. Where several
// do, the one that shares most words of the phrase wins, and then the one
// mentioned last before it. Only entities mentioned before the phrase
// count.
func (a *analysis) byRole(p phrase) int {
	head := a.low(p.head)
	if len(head) < 3 {
		return -1
	}
	best, bestScore, bestPos := -1, 0, -1
	for ei, e := range a.doc.Entities {
		desc := strings.ToLower(e.Role + " " + e.Name)
		if !containsWord(desc, head) {
			continue
		}
		pos := -1
		for _, m := range e.Mentions {
			if m.End <= a.toks[p.from].Start && m.Start > pos {
				pos = m.Start
			}
		}
		if pos < 0 {
			continue
		}
		score := 0
		for t := p.from; t < p.to; t++ {
			if a.isWord(t) && !a.is(t, wDet|wPoss) && containsWord(desc, a.low(t)) {
				score++
			}
		}
		if score > bestScore || score == bestScore && pos > bestPos {
			best, bestScore, bestPos = ei, score, pos
		}
	}
	return best
}

// containsWord reports whether s holds w as a whole word.
func containsWord(s, w string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		k += i
		end := k + len(w)
		if (k == 0 || !isLetter(s[k-1])) && (end == len(s) || !isLetter(s[end])) {
			return true
		}
		i = k + 1
	}
}

// isLetter reports whether the byte c is an ASCII letter or digit.
func isLetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
