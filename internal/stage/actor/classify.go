package actor

import (
	"strings"

	"github.com/heraldproject/herald"
)

// classifyNames finds what each name mention names: an entry of a
// dictionary, a country, region or city, and corrects the recogniser's type
// where herald knows better ("JD Vance" is a person; "Jordan" after
// "Michael Jordan" is him).
func (a *analysis) classifyNames() {
	surnames := make(map[string]bool)
	for _, m := range a.ments {
		if m.typ == herald.Person && strings.IndexByte(m.key, ' ') > 0 {
			surnames[lastWord(m.key)] = true
		}
	}
	var ws []string
	stems := a.kn.hasStems()
	for mi := range a.ments {
		m := &a.ments[mi]
		if stems {
			ws = splitWords(ws[:0], []byte(m.key))
		}
		a.classify(m, ws, surnames)
	}
}

// classify finds what name mention m, with words ws, names.
func (a *analysis) classify(m *mention, ws []string, surnames map[string]bool) {
	if e, user := a.kn.lookup(m.key, ws, a.day); e != nil && user {
		m.ent, m.user = e, true
	}
	if m.typ != herald.Person {
		m.place, m.plural = a.placeOf(m.key)
	}
	if m.ent == nil && m.place.kind == placeNone {
		m.ent, _ = a.kn.lookup(m.key, nil, a.day)
	}
	switch {
	case m.ent != nil && !m.user && m.ent.kind == kindPerson && m.typ != herald.Person:
		m.typ = herald.Person // "JD Vance" ORG, "Putin" LOC: no place has the name
	case m.ent != nil && !m.user && m.ent.kind == kindOrg && m.typ != herald.Organization && m.place.kind == placeNone:
		m.typ = herald.Organization
	case m.typ != herald.Person && m.end-m.first == 1 && surnames[m.key] && !a.afterPrep(int(m.first)):
		m.typ, m.place, m.ent = herald.Person, place{}, nil
	}
	if m.key == "georgia" && a.usState(m) {
		m.place = place{"USA", placeCity}
	}
	switch m.place.kind {
	case placeCountry, placeCapital, placeCity, placeRegion:
		if m.typ != herald.Location || m.place.kind != placeRegion {
			m.typ = herald.GPE
		}
	}
	if m.place.kind == placeCapital {
		m.metonym = !a.locative(m)
	}
}

// placeOf returns the place with key k, and whether k is a nationality in
// the plural ("Russians").
func (a *analysis) placeOf(k string) (place, bool) {
	if p, ok := a.kn.places[k]; ok {
		return p, false
	}
	if n := len(k); n > 3 && k[n-1] == 's' {
		if p, ok := a.kn.places[k[:n-1]]; ok && (p.kind == placeAdj || p.kind == placeRegionAdj) {
			return p, true
		}
	}
	return place{}, false
}

// afterPrep reports whether token i follows a preposition.
func (a *analysis) afterPrep(i int) bool {
	return i > 0 && preps[string(a.key(i-1))]
}

// locative reports whether a capital is named as a place of the sentence
// ("met Putin in Moscow", "Moscow, Russia"), not as its state ("sanctions
// on Moscow", "Moscow said").
func (a *analysis) locative(m *mention) bool {
	i := int(m.first) - 1
	if i >= 0 && locativeWords[string(a.key(i))] {
		return true
	}
	if a.is(i, "to") && i > 0 && motionWords[string(a.key(i-1))] {
		return true
	}
	j := int(m.end)
	if j+1 < len(a.toks) && a.word(j) == "," {
		if n, _ := a.mentionAt(j + 1); n != nil {
			p, _ := a.placeOf(n.key)
			return p.kind == placeCountry
		}
	}
	return false
}

// locativeWords are words after which a capital is a place: prepositions
// of place and verbs of travel.
var locativeWords = map[string]bool{
	"in": true, "at": true, "from": true, "near": true, "outside": true,
	"inside": true, "into": true, "across": true, "around": true, "toward": true,
	"towards": true, "via": true, "through": true, "throughout": true, "within": true,
	"visit": true, "visited": true, "visiting": true, "visits": true, "arrived": true,
	"arriving": true, "landed": true, "flew": true, "travelled": true, "traveled": true,
	"based": true, "returned": true, "left": true, "leaving": true, "reached": true,
	"the": true, "a": true, "an": true, // attributive: "the Moscow talks"
}

// usState reports whether "Georgia" is the US state: "the state of
// Georgia", "Atlanta, Georgia".
func (a *analysis) usState(m *mention) bool {
	i := int(m.first)
	if a.is(i-1, "of") && a.is(i-2, "state") {
		return true
	}
	if i >= 2 && a.word(i-1) == "," {
		if p, _ := a.mentionAt(i - 2); p != nil {
			return p.place.code == "USA" || (p.typ == herald.GPE && p.place.kind == placeNone)
		}
	}
	return false
}

// motionWords are words after which "to" leads to a place: "flew to
// Beijing", but not "talk to Beijing".
var motionWords = map[string]bool{
	"flew": true, "fly": true, "flying": true, "travel": true, "travelled": true, "traveled": true,
	"travelling": true, "traveling": true, "went": true, "go": true, "going": true, "goes": true,
	"headed": true, "heading": true, "came": true, "come": true, "coming": true, "return": true,
	"returned": true, "returning": true, "trip": true, "visit": true, "journey": true, "moved": true,
	"back": true, "way": true, "flight": true, "flights": true, "road": true, "route": true,
	"arrive": true, "deployed": true, "sent": true, "evacuated": true, "fled": true,
}
