package actor

import (
	"slices"
	"strings"

	"github.com/heraldproject/herald"
)

// A cluster is one entity: the mentions linked to it and what is known of
// it.
type cluster struct {
	typ     herald.EntityType
	ments   []int32
	longest string // key of its longest person name, for surname matching
	ent     *entry // its dictionary entry
	user    bool   // ent is from a user dictionary
	place   place  // the country, region or city it is
	role    int32  // the mention whose role is the entity's; -1
	gender  byte
	plural  bool   // a group of people
	code    string // its actor code, once coded
	coding  uint8  // 0 not coded, 1 being coded, 2 coded
}

// newCluster adds a cluster for mention mi and returns its index.
func (a *analysis) newCluster(mi int) int32 {
	m := &a.ments[mi]
	c := cluster{typ: m.typ, longest: m.key, role: -1, place: m.place, plural: m.plural}
	if m.place.isState() && (m.place.kind != placeCapital || m.metonym) {
		c.typ = herald.GPE
	}
	c.place.kind = normalPlace(m.place.kind, m.metonym)
	a.clus = append(a.clus, c)
	ci := int32(len(a.clus) - 1)
	a.join(mi, ci)
	return ci
}

// normalPlace returns the kind of place a cluster of a mention of kind k
// is: a country for a nationality or a capital standing for its state.
func normalPlace(k placeKind, metonym bool) placeKind {
	switch k {
	case placeAdj:
		return placeCountry
	case placeRegionAdj:
		return placeRegion
	case placeCapital:
		if metonym {
			return placeCountry
		}
		return placeCity
	}
	return k
}

// join adds mention mi to cluster ci.
func (a *analysis) join(mi int, ci int32) {
	m := &a.ments[mi]
	c := &a.clus[ci]
	m.cls = ci
	c.ments = append(c.ments, int32(mi))
	if c.ent == nil && m.ent != nil {
		c.ent, c.user = m.ent, m.user
	}
	if c.gender == 0 {
		c.gender = m.gender
	}
}

// linkNames links the name mentions: a person's full name, surname and
// other names, a country's names, nationality adjective and capital when it
// stands for the state, an organisation's names and acronym.
func (a *analysis) linkNames() {
	order := make([]int, len(a.ments))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int {
		return strings.Count(a.ments[y].key, " ") - strings.Count(a.ments[x].key, " ")
	})
	for _, mi := range order {
		if a.ments[mi].typ == herald.Person {
			a.linkPerson(mi)
		} else {
			a.linkOther(mi)
		}
	}
}

// linkPerson links person name mi: to the entity of the same dictionary
// entry or the same name, or to the nearest person whose longer name ends
// with it ("Putin" → "Vladimir Putin").
func (a *analysis) linkPerson(mi int) {
	m := &a.ments[mi]
	if m.ent != nil {
		if ci, ok := a.index["e"+m.ent.src]; ok {
			a.join(mi, ci)
			return
		}
	}
	if ci, ok := a.index["n"+m.key]; ok {
		a.join(mi, ci)
		a.indexEntry(m, ci)
		return
	}
	if ci := a.surnameOf(mi); ci >= 0 {
		a.join(mi, ci)
		a.indexEntry(m, ci)
		return
	}
	ci := a.newCluster(mi)
	a.index["n"+m.key] = ci
	a.indexEntry(m, ci)
}

// indexEntry records that cluster ci is the entity of m's dictionary entry.
func (a *analysis) indexEntry(m *mention, ci int32) {
	if m.ent == nil {
		return
	}
	if _, ok := a.index["e"+m.ent.src]; !ok {
		a.index["e"+m.ent.src] = ci
	}
}

// surnameOf returns the person cluster whose longest name ends with the
// words of mention mi, the one mentioned nearest before it, else the first
// after it; -1 when none.
func (a *analysis) surnameOf(mi int) int32 {
	m := &a.ments[mi]
	best, bestPos, before := int32(-1), 0, false
	for ci := range a.clus {
		c := &a.clus[ci]
		if c.typ != herald.Person || !strings.HasSuffix(c.longest, " "+m.key) {
			continue
		}
		for _, x := range c.ments {
			p := int(a.ments[x].first)
			isBefore := p < int(m.first)
			switch {
			case best < 0,
				isBefore && (!before || p > bestPos),
				!isBefore && !before && p < bestPos:
				best, bestPos, before = int32(ci), p, isBefore
			}
		}
	}
	return best
}

// linkOther links name mi that is no person, by what it names.
func (a *analysis) linkOther(mi int) {
	m := &a.ments[mi]
	id := a.identity(m)
	if ci, ok := a.index[id]; ok {
		a.join(mi, ci)
		return
	}
	if m.typ == herald.Organization && allCaps(a.word(int(m.first))) && m.end-m.first == 1 {
		// An acronym joins the organisation whose initials it spells,
		// and gives it its dictionary entry when the long name has none:
		// "the Palestinian Liberation Organization (PLO)".
		if ci, ok := a.index["i"+m.key]; ok && (m.ent == nil || a.clus[ci].ent == nil) {
			a.join(mi, ci)
			if m.ent != nil {
				a.index[id] = ci
			}
			return
		}
	}
	ci := a.newCluster(mi)
	a.index[id] = ci
	if m.typ == herald.Organization && m.end-m.first > 1 {
		if ini := a.initials(m); len(ini) > 1 {
			a.index["i"+ini] = ci
		}
	}
}

// identity returns the key under which name mention m is linked: its
// user dictionary entry, its country or region, its city, herald's entry,
// or its name and type.
func (a *analysis) identity(m *mention) string {
	switch {
	case m.user:
		return "u" + m.ent.src
	case m.place.kind != placeNone && normalPlace(m.place.kind, m.metonym) != placeCity:
		if m.plural {
			return "q" + m.place.code
		}
		return "p" + m.place.code
	case m.place.kind != placeNone:
		return "c" + m.key
	case m.ent != nil:
		return "e" + m.ent.src
	}
	return "k" + string(m.typ) + " " + m.key
}

// initials returns the lower-case initials of the capitalised words of
// m: "World Trade Organization" → "wto".
func (a *analysis) initials(m *mention) string {
	var b []byte
	for i := m.first; i < m.end; i++ {
		w := a.word(int(i))
		if a.toks[i].cap && len(w) > 0 && w[0] < 0x80 {
			b = append(b, w[0]|0x20)
		}
	}
	return string(b)
}
