package entity

import "github.com/heraldproject/herald"

// typeOf returns the herald type of chunk c of words: PER is a person and
// ORG an organisation; LOC is a GPE when the word lists know it as a
// country or political place, an organisation when it is a seat of
// government such as "Kremlin" (which CoNLL tags LOC), else a plain
// location; MISC is a NORP when every word is a nationality or group word
// ("Russian", "Western", "Bosnian Serbs"), else MISC.
func (r *Recognizer) typeOf(ws *workspace, words []string, c chunk) herald.EntityType {
	lower := ws.sent.lower[c.first:c.end]
	switch c.class {
	case PER:
		return herald.Person
	case ORG:
		return herald.Organization
	case LOC:
		if r.gaz.has(listSeat, lower) {
			return herald.Organization
		}
		if r.gaz.has(listCountry, lower) || r.gaz.has(listPlace, lower) {
			return herald.GPE
		}
		return herald.Location
	}
	for i := c.first; i < c.end; i++ {
		if !r.isDemonym(ws, words[i], ws.sent.lower[i]) {
			return herald.Misc
		}
	}
	return herald.NORP
}

// isDemonym reports whether word, with lower-case hash lower, is in the
// demonym list, itself or as the singular of a plural ("Russians").
func (r *Recognizer) isDemonym(ws *workspace, word string, lower uint64) bool {
	if r.gaz.has(listDemonym, []uint64{lower}) {
		return true
	}
	ws.sent.buf = lowerKey(ws.sent.buf[:0], normalize(word))
	b := ws.sent.buf
	if len(b) < 4 || b[len(b)-1] != 's' {
		return false
	}
	return r.gaz.has(listDemonym, []uint64{hashBytes(b[:len(b)-1])})
}
