package actor

import (
	"slices"

	"github.com/heraldproject/herald"
)

// A pronounKind says what a third-person pronoun can refer to.
type pronounKind uint8

const (
	notPronoun pronounKind = iota
	male                   // he, him, his, himself
	female                 // she, her, hers, herself
	thing                  // its: an organisation or a place, never a person
	group                  // they: people in the plural or an organisation
	speakerIt              // "it" that speaks: an organisation or a country
)

// pronouns are the third-person pronouns the stage resolves. "It" is
// resolved only when it speaks ("it said"): otherwise it refers to events
// and facts more often than to actors. "Them" and "their" are left alone,
// referring to things as often as to people.
var pronouns = map[string]pronounKind{
	"he": male, "him": male, "his": male, "himself": male,
	"she": female, "her": female, "hers": female, "herself": female,
	"its": thing, "they": group,
}

// groupWindow is how many sentences back "they" looks: a plural
// antecedent further away is rarely the one meant.
const groupWindow = 1

// window is how many sentences back a pronoun looks for its antecedent.
const window = 3

// speakerWindow is how far back "he" or "she" that speaks looks when
// window finds no one: a quoted passage can run for sentences after the
// speaker's name.
const speakerWindow = 8

// resolvePronouns links each he, she, they and its to an entity, "it"
// when it speaks, and "who" and "which" after a comma. A personal
// pronoun goes to the compatible person with the best salience: the
// sentence's own subject, then the previous sentence's subject, then the
// nearest person, up to window sentences back, or speakerWindow for one
// that speaks; reflexives ("himself") prefer the nearest person of their
// own sentence. A person is compatible when nothing says it is of the
// other gender, and not a group. "They" goes to the nearest group, organisation or NORP
// group up to one sentence back. "Its" goes to the nearest organisation
// or place before it in its sentence, and "it" that speaks to the nearest
// one up to window sentences back. "Who" or "which" after a comma is the
// person or organisation just before the comma.
func (a *analysis) resolvePronouns() {
	order := make([]int32, 0, len(a.ments)+16)
	for mi := range a.ments {
		if a.ments[mi].cls >= 0 {
			order = append(order, int32(mi))
		}
	}
	slices.SortFunc(order, func(x, y int32) int { return int(a.ments[x].first - a.ments[y].first) })
	a.markSubjects(order)
	for i := range a.toks {
		t := a.toks[i]
		if t.sent < 0 || t.ment != 0 || t.used || t.b-t.a > 7 {
			continue
		}
		if a.is(i, "who") || a.is(i, "which") {
			if ci := a.relativeAntecedent(order, i); ci >= 0 {
				mi := a.addPronoun(i, ci, notPronoun, false)
				at, _ := slices.BinarySearchFunc(order, int32(i), func(x int32, p int32) int { return int(a.ments[x].first - p) })
				order = slices.Insert(order, at, int32(mi))
			}
			continue
		}
		pk := pronouns[string(a.key(i))]
		if a.is(i, "it") && a.speaksAt(i) {
			pk = speakerIt // "it said": the organisation speaking
		}
		if pk == notPronoun {
			continue
		}
		ci := a.pronounAntecedent(order, i, pk, window)
		if ci < 0 && (pk == male || pk == female) && a.speaksAt(i) {
			ci = a.pronounAntecedent(order, i, pk, speakerWindow) // "she said", long after her name
		}
		if ci < 0 {
			continue
		}
		mi := a.addPronoun(i, ci, pk, a.pronounSubject(order, i))
		at, _ := slices.BinarySearchFunc(order, int32(i), func(x int32, p int32) int { return int(a.ments[x].first - p) })
		order = slices.Insert(order, at, int32(mi))
	}
}

// markSubjects marks the subject of each sentence among mentions order:
// its first person mention, counting its title, that follows no
// preposition.
func (a *analysis) markSubjects(order []int32) {
	last := int32(-1)
	for _, x := range order {
		m := &a.ments[x]
		s := a.sent(m)
		if s == last || a.clus[m.cls].typ != herald.Person {
			continue
		}
		if !a.afterPrep(a.lead(m)) {
			m.subject = true
			last = s
		}
	}
}

// lead returns the first token of mention m with the title before it.
func (a *analysis) lead(m *mention) int {
	i := int(m.first)
	if m.kind == herald.NameMention && m.role.ok() && m.role.text.Start < m.span.Start {
		for i > 0 && a.doc.Tokens[i-1].Start >= m.role.text.Start {
			i--
		}
	}
	return i
}

// pronounAntecedent returns the entity that the pronoun at token i, of
// kind pk, refers to, looking up to w sentences back; -1 when none fits.
func (a *analysis) pronounAntecedent(order []int32, i int, pk pronounKind, w int32) int32 {
	s := a.toks[i].sent
	reflexive := a.is(i, "himself") || a.is(i, "herself")
	best, bestScore := int32(-1), -1
	for _, x := range order {
		m := &a.ments[x]
		if int(m.first) >= i {
			break
		}
		d := s - a.sent(m)
		if d > w || d < 0 || (pk == thing && d > 0) || (pk == group && d > groupWindow) {
			continue
		}
		c := &a.clus[m.cls]
		if !compatible(c, pk) {
			continue
		}
		score := (40 - 10*int(d)) * 1000
		if m.subject && pk != thing {
			score += 15000
		}
		if reflexive && d == 0 {
			score += 30000
		}
		score += int(m.first) % 1000 // recency breaks ties
		if score > bestScore {
			best, bestScore = m.cls, score
		}
	}
	return best
}

// compatible reports whether a pronoun of kind pk can refer to entity c.
func compatible(c *cluster, pk pronounKind) bool {
	switch pk {
	case thing, speakerIt:
		return c.typ == herald.Organization || c.typ == herald.GPE
	case male:
		return c.typ == herald.Person && !c.plural && c.gender != 'f'
	case female:
		return c.typ == herald.Person && !c.plural && c.gender != 'm'
	case group:
		return c.typ == herald.Person && c.plural || c.typ == herald.Organization || c.typ == herald.NORP
	}
	return false
}

// pronounSubject reports whether the pronoun at token i is the subject of
// its sentence: no person mention before it in the sentence is, it is no
// object form, and it follows no preposition.
func (a *analysis) pronounSubject(order []int32, i int) bool {
	if a.afterPrep(i) || a.is(i, "him") || a.is(i, "himself") || a.is(i, "herself") {
		return false
	}
	s := a.toks[i].sent
	for _, x := range order {
		m := &a.ments[x]
		if int(m.first) >= i {
			break
		}
		if a.sent(m) == s && m.subject {
			return false
		}
	}
	return true
}

// addPronoun adds the pronoun at token i, of kind pk, as a mention of
// entity ci, and returns its index. A resolved he or she tells the
// entity's gender.
func (a *analysis) addPronoun(i int, ci int32, pk pronounKind, subject bool) int {
	c := &a.clus[ci]
	a.ments = append(a.ments, mention{
		span:  a.doc.Tokens[i].Span,
		first: int32(i), end: int32(i + 1),
		kind: herald.PronounMention, typ: c.typ,
		cls: -1, role: newRole(), subject: subject,
	})
	mi := len(a.ments) - 1
	a.join(mi, ci)
	if c.gender == 0 {
		switch pk {
		case male:
			c.gender = 'm'
		case female:
			c.gender = 'f'
		}
	}
	return mi
}

// relativeAntecedent returns the entity that the relative pronoun at token
// i stands for ("Kamin, who said …", "the FBI, which warned …"): the
// person or organisation mentioned just before its comma; -1 otherwise.
func (a *analysis) relativeAntecedent(order []int32, i int) int32 {
	if i < 2 || a.word(i-1) != "," {
		return -1
	}
	for k := len(order) - 1; k >= 0; k-- {
		m := &a.ments[order[k]]
		if int(m.end) == i-1 {
			if t := a.clus[m.cls].typ; t == herald.Person || t == herald.Organization {
				return m.cls
			}
			return -1
		}
	}
	return -1
}
