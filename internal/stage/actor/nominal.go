package actor

import (
	"strings"

	"github.com/heraldproject/herald"
)

// readNominals finds the nominal mentions: role words that name a person,
// group or institution without a name ("a senior Russian official",
// "Ukrainian leaders", "the president"). One with a country, organisation
// or person to anchor it is linked to the entity with that role, or
// becomes an entity of its own ("a …" always does); a definite one without
// ("the president") is linked to the nearest entity before it with that
// role. One with neither is left out unless it speaks ("officials said",
// "a source told"), when it is an uncoded entity of its own; so is a
// work that speaks ("a new poll shows"), which workAt reads.
func (a *analysis) readNominals() {
	for si := range a.doc.Sentences {
		s := a.doc.Sentences[si]
		if s.FirstToken < 0 || s.EndToken > len(a.toks) {
			continue
		}
		for i := s.FirstToken; i < s.EndToken; i++ {
			if end := a.nominalAt(i, s.FirstToken, s.EndToken); end > i {
				i = end - 1
			}
		}
	}
}

// nominalAt reads a nominal whose head begins at token i of the sentence
// [lo, hi), and returns the token after it; i when there is none.
func (a *analysis) nominalAt(i, lo, hi int) int {
	if a.toks[i].ment != 0 || a.toks[i].used {
		return i
	}
	end, ro, ok := a.rolePhraseStarting(i, hi)
	if !ok {
		return a.workAt(i, lo, hi)
	}
	if ro.class != rolePerson && ro.class != roleGroup && ro.class != roleBody {
		return i
	}
	for end < hi { // "government officials": the last role word is the head
		j, r2, ok := a.rolePhraseStarting(end, hi)
		if !ok || (r2.class != rolePerson && r2.class != roleGroup && r2.class != roleBody) {
			break
		}
		end, ro = j, r2
	}
	if end < hi {
		if m, _ := a.mentionAt(end); m != nil && m.typ == herald.Person {
			return end // a title the name did not take
		}
		if _, isMod := a.kn.mods[ro.head]; isMod && !a.endsNominal(end) {
			return end // "military aid"
		}
	}
	r := newRole()
	start := a.scanBack(end, lo, &r)
	if !r.ok() {
		return end
	}
	if r.country == "" && r.org < 0 && r.inherit < 0 && a.is(end, "of") {
		a.complement(&r, end, hi) // "the president of Armenia"
	}
	det := ""
	if start > lo && isDet(a.key(start-1)) {
		det = string(a.key(start - 1))
	}
	r.text = a.span(start, end)
	if det != "" {
		start--
	}
	speaker := a.speaks(start, end, lo, hi)
	if speaker && start > lo && possessives[string(a.key(start-1))] && nounLike[string(a.key(end))] {
		speaker = false // "his campaign claim that …": a compound noun
	}
	a.addNominal(start, end, r, det, speaker)
	return end
}

// endsNominal reports whether token i, after a role word that is also a
// modifier ("military"), ends the nominal: punctuation, a function word or
// a reporting verb, not another noun.
func (a *analysis) endsNominal(i int) bool {
	if a.toks[i].a == a.toks[i].b {
		return true
	}
	k := string(a.key(i))
	return preps[k] || clauseWords[k] || a.toks[i].cap
}

// clauseWords are words that follow a noun phrase: conjunctions, auxiliary
// and reporting verbs.
var clauseWords = map[string]bool{
	"and": true, "or": true, "but": true, "that": true, "which": true, "who": true, "whose": true,
	"said": true, "says": true, "say": true, "told": true, "added": true, "announced": true,
	"confirmed": true, "denied": true, "warned": true, "reported": true, "claimed": true,
	"stated": true, "has": true, "have": true, "had": true, "is": true, "are": true, "was": true,
	"were": true, "will": true, "would": true, "could": true, "can": true, "may": true,
	"might": true, "should": true, "must": true, "did": true, "does": true, "do": true,
	"also": true, "not": true, "launched": true, "attacked": true, "struck": true, "fired": true,
	"killed": true, "seized": true, "captured": true, "withdrew": true, "entered": true,
}

// addNominal adds the nominal of tokens [start, end) with role r and
// determiner det ("" when none), linked as readNominals describes; speaker
// says whether it speaks ("officials said"), which keeps one without
// anchor or antecedent.
func (a *analysis) addNominal(start, end int, r roleInfo, det string, speaker bool) {
	plural := r.class == roleGroup || r.plural
	definite := det == "the" || det == "this" || det == "that" || det == "these" || det == "those"
	anchored := r.country != "" || r.org >= 0 || r.inherit >= 0
	if !anchored && !definite && !speaker {
		return
	}
	typ := herald.Person
	if r.class == roleBody {
		typ = herald.Organization
	}
	a.ments = append(a.ments, mention{
		span:  a.span(start, end),
		first: int32(start), end: int32(end),
		kind: herald.NominalMention, typ: typ,
		key: string(a.rangeKey(start, end)),
		cls: -1, role: r, plural: plural, gender: r.gender,
		indefinite: det == "a" || det == "an" || det == "another",
	})
	mi := len(a.ments) - 1
	a.markUsed(start, end)
	m := &a.ments[mi]
	ci := int32(-1)
	switch {
	case !anchored && definite:
		ci = a.antecedent(m)
		if ci < 0 && !speaker {
			a.ments = a.ments[:mi]
			return
		}
	case !anchored && plural:
		if c, ok := a.index[a.nominalKey(m)]; ok {
			ci = c // "officials said … officials added"
		}
	case m.indefinite && !plural:
	default:
		ci = a.holder(m)
	}
	if ci < 0 {
		ci = a.newCluster(mi)
		a.clus[ci].role = int32(mi)
		a.index[a.nominalKey(m)] = ci
		return
	}
	a.join(mi, ci)
}

// nominalKey returns the key under which anchored nominals with the same
// role and anchor are one entity.
func (a *analysis) nominalKey(m *mention) string {
	r := &m.role
	k := "r" + r.head + "|" + r.country
	if r.org >= 0 {
		k += "|o" + a.ments[r.org].key
	}
	if r.inherit >= 0 {
		k += "|i" + a.ments[r.inherit].key
	}
	if m.plural {
		k += "|pl"
	}
	return k
}

// holder returns the entity that holds the anchored role of nominal m:
// one read before with the same role and anchor, a person the text gave
// that role ("the Russian president" after "Russian President Vladimir
// Putin"), or the office holder of the day that herald knows and the text
// names; -1 when none.
func (a *analysis) holder(m *mention) int32 {
	if ci, ok := a.index[a.nominalKey(m)]; ok {
		return ci
	}
	if m.plural || m.role.class != rolePerson || m.role.former {
		return -1
	}
	for ci := range a.clus {
		c := &a.clus[ci]
		if c.typ != herald.Person || c.plural {
			continue
		}
		for _, x := range c.ments {
			r := &a.ments[x].role
			if x != int32(len(a.ments)-1) && r.ok() && sameHead(r.head, m.role.head) && r.country == m.role.country && r.country != "" {
				return int32(ci)
			}
		}
	}
	if m.role.org >= 0 {
		return a.orgHead(m)
	}
	if m.role.country == "" {
		return -1
	}
	var found *entry
	for _, e := range a.kn.offices[m.role.country+" "+m.role.head] {
		p, ok := e.periodAt(a.day)
		if !ok || !sameHead(a.kn.roleHead(p.role), m.role.head) || !sameCountry(p.code, m.role.country) {
			continue
		}
		if found != nil {
			return -1 // two office holders: say nothing
		}
		found = e
	}
	if found != nil {
		if ci, ok := a.index["e"+found.src]; ok {
			return ci
		}
	}
	return -1
}

// antecedent returns the entity that a definite nominal without anchor
// refers to ("the president", "the minister"): the nearest before it whose
// role read from the text has the same head; -1 when none.
func (a *analysis) antecedent(m *mention) int32 {
	best, bestPos := int32(-1), -1
	for mi := range a.ments {
		x := &a.ments[mi]
		if x.cls < 0 || int(x.first) >= int(m.first) || !x.role.ok() || x.plural != m.plural {
			continue
		}
		if sameHead(x.role.head, m.role.head) && int(x.first) > bestPos {
			best, bestPos = x.cls, int(x.first)
		}
	}
	return best
}

// sameHead reports whether role heads h and g match: equal, or one a
// single word that ends the other ("minister", "foreign minister") when
// the other is no lower rank ("vice president" is not "president").
func sameHead(h, g string) bool {
	return h == g || (lastWord(h) == g && !lowerRank(h)) || (lastWord(g) == h && !lowerRank(g))
}

// lowerRank reports whether role head h names a rank below its last word:
// "vice president", "deputy minister".
func lowerRank(h string) bool {
	switch firstWord(h) {
	case "vice", "deputy", "under", "assistant", "crown", "acting":
		return true
	}
	return false
}

// sameCountry reports whether code begins with country.
func sameCountry(code, country string) bool {
	return len(code) >= 3 && code[:3] == country
}

// orgHead returns the person who heads the international organisation
// that nominal m names ("the NATO chief"): the only person of the document
// whose dictionary code on the day is the organisation's; -1 when none or
// several are.
func (a *analysis) orgHead(m *mention) int32 {
	org := &a.ments[m.role.org]
	if org.ent == nil || !m.role.generic {
		return -1
	}
	code, _ := org.ent.codeAt(a.day, a.kn.isCountry)
	if !strings.HasPrefix(code, "IGO") && !strings.HasPrefix(code, "NGO") {
		return -1
	}
	found := int32(-1)
	for ci := range a.clus {
		c := &a.clus[ci]
		if c.typ != herald.Person || c.plural || c.ent == nil {
			continue
		}
		if pc, exact := c.ent.codeAt(a.day, a.kn.isCountry); exact && pc == code {
			if found >= 0 {
				return -1
			}
			found = int32(ci)
		}
	}
	return found
}
