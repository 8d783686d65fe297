package actor

import (
	"github.com/heraldproject/herald"
)

// A roleInfo is a role as the text gives it: a title before a name
// ("Russian President"), an apposition after one ("a close economic
// adviser to Putin"), or the words of a nominal ("a senior Russian
// official").
type roleInfo struct {
	text    herald.Span // the role as written; empty when there is none
	head    string      // key of its head role word: "president"
	code    string      // the head's role code: "GOV"
	modCode string      // the code of the nearest modifier that has one: "MIL" in "military spokesman"
	generic bool        // the head takes a modifier's code: "leader", "official"
	prefix  bool        // the code goes before the country
	class   roleClass
	country string // the country or region the role names: "RUS"
	org     int32  // the mention of an organisation the role names; -1
	inherit int32  // the mention of a person the role depends on: "adviser to Putin"; -1
	former  bool
	plural  bool // the head is plural: "officials", "governments"
	gender  byte
}

// newRole returns an empty roleInfo.
func newRole() roleInfo { return roleInfo{org: -1, inherit: -1} }

// ok reports whether r has a head role word.
func (r *roleInfo) ok() bool { return r.head != "" }

// roleCode returns the role code of r: ELI for a former holder, the
// modifier's code for a generic head, else the head's.
func (r *roleInfo) roleCode() string {
	switch {
	case r.former:
		return "ELI"
	case r.generic && r.modCode != "":
		return r.modCode
	case r.code != "":
		return r.code
	}
	return r.modCode
}

// setHead makes ro the head of r; a head read before it becomes a
// modifier.
func (r *roleInfo) setHead(ro role) {
	if r.head != "" && r.modCode == "" {
		r.modCode = r.code
	}
	r.head, r.code, r.generic, r.class, r.prefix, r.plural = ro.head, ro.code, ro.generic, ro.class, ro.prefix, ro.plural
	if ro.gender != 0 {
		r.gender = ro.gender
	}
}

// addModifier adds modifier ro to r.
func (r *roleInfo) addModifier(ro role) {
	switch {
	case ro.former:
		r.former = true
	case ro.code != "" && r.modCode == "":
		r.modCode = ro.code
	}
	if ro.gender != 0 {
		r.gender = ro.gender
	}
}

// readRoles reads the title and apposition of every person name.
func (a *analysis) readRoles() {
	for mi := range a.ments {
		m := &a.ments[mi]
		m.role = newRole()
		if m.typ != herald.Person {
			continue
		}
		a.readTitle(m)
		if g := givenNames[firstWord(m.key)]; g != 0 && m.end-m.first > 1 {
			m.gender = g
		}
		if m.role.gender != 0 {
			m.gender = m.role.gender
		}
	}
}

// readTitle reads the role of person name m from a title before it ("US
// special envoy Steve Witkoff"), a title set off before it ("Russia's
// foreign minister, Sergei Lavrov,"), an apposition after it ("Kirill
// Dmitriev, a close economic adviser to Putin,") and "of COUNTRY" after it
// ("King Abdullah II of Jordan").
func (a *analysis) readTitle(m *mention) {
	lo, hi := a.sentBounds(int(m.first))
	r := newRole()
	start := a.scanBack(int(m.first), lo, &r)
	if !r.ok() && int(m.first)-1 > lo && a.word(int(m.first)-1) == "," && a.endsClause(int(m.end), hi) {
		r = newRole()
		start = a.scanBack(int(m.first)-1, lo, &r)
		if !r.ok() || (start > lo && !isDet(a.key(start-1)) && !preps[string(a.key(start-1))]) {
			r, start = newRole(), int(m.first)
		}
	}
	end := int(m.first)
	if end > lo && a.word(end-1) == "," {
		end--
	}
	if r.ok() {
		r.text = a.span(start, end)
		a.markUsed(start, end)
	} else if r.gender != 0 {
		m.role.gender = r.gender
		r = newRole()
	}
	if ap := a.apposition(m, hi); ap.ok() {
		if !r.ok() {
			r = ap
		} else {
			r.fill(ap)
		}
	}
	if r.ok() && r.country == "" && a.is(int(m.end), "of") {
		a.complement(&r, int(m.end), hi)
	}
	if r.gender == 0 {
		r.gender = m.role.gender
	}
	m.role = r
}

// fill takes from o what r lacks: country, organisation, person.
func (r *roleInfo) fill(o roleInfo) {
	if r.country == "" {
		r.country = o.country
	}
	if r.org < 0 {
		r.org = o.org
	}
	if r.inherit < 0 {
		r.inherit = o.inherit
	}
}

// endsClause reports whether token i ends an apposition: a comma, the end
// of the sentence, or a closing mark.
func (a *analysis) endsClause(i, hi int) bool {
	if i >= hi {
		return true
	}
	switch a.word(i) {
	case ",", ".", ";", ":", ")", "—", "–":
		return true
	}
	return false
}

// markUsed marks tokens [i, j) as read.
func (a *analysis) markUsed(i, j int) {
	for ; i < j; i++ {
		a.toks[i].used = true
	}
}

// scanBack reads a role leftwards from token end-1, not before token lo,
// into r and returns the first token read. It reads role words, the first
// of them from the right being the head, modifiers, honorifics, the names
// of countries and organisations ("Russia's", "Kremlin"), a person the
// role depends on ("Putin adviser") and joining hyphens.
func (a *analysis) scanBack(end, lo int, r *roleInfo) int {
	start := end
	for i := end - 1; i >= lo; {
		if a.toks[i].used {
			break
		}
		if m, mi := a.mentionAt(i); m != nil {
			if !a.roleMention(r, m, mi) {
				break
			}
			i = int(m.first) - 1
			start = i + 1
			continue
		}
		k := string(a.key(i))
		if mo, ok := a.kn.mods[k]; ok && (r.ok() || mo.class == roleTitle) {
			r.addModifier(mo)
			i--
			start = i + 1
			continue
		}
		if j, ro, ok := a.rolePhraseEnding(i, lo); ok && ro.class != roleTitle {
			if r.ok() {
				r.addModifier(ro)
			} else {
				r.setHead(ro)
			}
			i = j - 1
			start = j
			continue
		}
		if (a.isPossessive(i) && i > lo && a.toks[i-1].ment != 0) || a.isHyphen(i) {
			i--
			continue
		}
		break
	}
	return start
}

// roleMention reads name mention m, index mi, as part of role r, and
// reports whether it can be: a country, region or city, an organisation,
// a group, or a person the role depends on. A name after "pro-" or
// "anti-" is no anchor: "pro-Russian separatists" are not Russia's.
func (a *analysis) roleMention(r *roleInfo, m *mention, mi int) bool {
	if f := int(m.first); f >= 2 && a.isHyphen(f-1) && (a.is(f-2, "pro") || a.is(f-2, "anti")) {
		return false
	}
	switch {
	case m.place.kind != placeNone && m.typ != herald.Person:
		if r.country == "" {
			r.country = m.place.code
		}
	case m.typ == herald.Organization || (m.ent != nil && m.ent.kind == kindOrg):
		if r.org < 0 {
			r.org = int32(mi)
		}
	case m.typ == herald.NORP:
		if r.country == "" {
			r.country = a.leadingCountry(m.key) // "Iraqi Kurdish fighters"
		}
	case m.typ == herald.Person && r.ok() && r.inherit < 0:
		r.inherit = int32(mi)
	default:
		return false
	}
	return true
}

// apposition reads a role set off by a comma after person name m: "Kirill
// Dmitriev, a close economic adviser to Putin and …". Token hi ends the
// sentence.
func (a *analysis) apposition(m *mention, hi int) roleInfo {
	r := newRole()
	i := int(m.end)
	if i >= hi || a.word(i) != "," {
		return r
	}
	i++
	if i < hi && isDet(a.key(i)) {
		i++
	}
	start := i
	headEnd := a.scanForward(i, hi, &r)
	if headEnd < 0 {
		return newRole()
	}
	end := a.complement(&r, headEnd, hi)
	r.text = a.span(start, end)
	a.markUsed(start, end)
	return r
}

// scanForward reads a role rightwards from token i, before token hi, into
// r, and returns the end of its last role word, the head; -1 when it has
// none.
func (a *analysis) scanForward(i, hi int, r *roleInfo) int {
	headEnd := -1
	for i < hi {
		if m, mi := a.mentionAt(i); m != nil {
			if m.typ == herald.Person {
				if int(m.end) >= hi || !a.isPossessive(int(m.end)) || r.inherit >= 0 {
					break
				}
				r.inherit = int32(mi)
			} else if !a.roleMention(r, m, mi) {
				break
			}
			i = int(m.end)
			if i < hi && a.isPossessive(i) {
				i++
			}
			continue
		}
		k := string(a.key(i))
		if mo, ok := a.kn.mods[k]; ok && a.continuesRole(i+1, hi) {
			r.addModifier(mo)
			i++
			continue
		}
		if j, ro, ok := a.rolePhraseStarting(i, hi); ok && ro.class != roleTitle && ro.class != roleMod {
			r.setHead(ro)
			i, headEnd = j, j
			continue
		}
		if a.isHyphen(i) {
			i++
			continue
		}
		break
	}
	return headEnd
}

// continuesRole reports whether token i goes on with a role: a role word,
// a modifier, or a country or organisation.
func (a *analysis) continuesRole(i, hi int) bool {
	if i >= hi {
		return false
	}
	if m, _ := a.mentionAt(i); m != nil {
		return m.typ != herald.Person
	}
	k := string(a.key(i))
	if _, ok := a.kn.mods[k]; ok {
		return true
	}
	_, _, ok := a.rolePhraseStarting(i, hi)
	return ok
}

// complement reads what follows a role's head at token i: "to Putin", "of
// Russia", "of the World Trade Organization"; and returns the end of the
// role.
func (a *analysis) complement(r *roleInfo, i, hi int) int {
	if i+1 >= hi {
		return i
	}
	prep := string(a.key(i))
	switch prep {
	case "of", "to", "for", "at", "in":
	default:
		return i
	}
	j := i + 1
	if a.is(j, "the") {
		j++
	}
	m, mi := a.mentionAt(j)
	if m == nil || int(m.first) != j {
		return i
	}
	switch {
	case m.typ == herald.Person:
		if prep == "in" || prep == "at" || r.inherit >= 0 {
			return i
		}
		r.inherit = int32(mi)
	case m.place.kind != placeNone:
		if prep != "of" && prep != "in" {
			return i
		}
		if r.country == "" {
			r.country = m.place.code
		}
	case m.typ == herald.Organization || m.ent != nil:
		if r.org < 0 {
			r.org = int32(mi)
		}
	default:
		return i
	}
	return int(m.end)
}

// rolePhraseEnding returns the first token and the role of the longest
// role phrase of the table that ends at token i, starting at or after lo.
func (a *analysis) rolePhraseEnding(i, lo int) (int, role, bool) {
	for n := min(5, i-lo+1); n >= 1; n-- {
		j := i - n + 1
		if r, ok := a.rolePhrase(j, i+1); ok {
			return j, r, true
		}
	}
	return 0, role{}, false
}

// rolePhraseStarting returns the end and the role of the longest role
// phrase of the table that starts at token i and ends before hi.
func (a *analysis) rolePhraseStarting(i, hi int) (int, role, bool) {
	for n := min(5, hi-i); n >= 1; n-- {
		if r, ok := a.rolePhrase(i, i+n); ok {
			return i + n, r, true
		}
	}
	return 0, role{}, false
}

// rolePhrase returns the role of tokens [i, j) when they are a role
// phrase: words, or hyphens between words, that no name covers.
func (a *analysis) rolePhrase(i, j int) (role, bool) {
	if a.toks[i].a == a.toks[i].b || a.toks[j-1].a == a.toks[j-1].b {
		return role{}, false
	}
	for t := i; t < j; t++ {
		if a.toks[t].ment != 0 || a.toks[t].used || (a.toks[t].a == a.toks[t].b && !a.isHyphen(t)) {
			return role{}, false
		}
	}
	r, ok := a.kn.roles[string(a.rangeKey(i, j))]
	return r, ok
}

// isDet reports whether key k is a determiner that opens a nominal.
func isDet(k []byte) bool {
	switch string(k) {
	case "a", "an", "the", "this", "that", "these", "those", "another":
		return true
	}
	return false
}

// preps are prepositions: a name after one is no subject, and a capital
// after a locative one is a place.
var preps = map[string]bool{
	"in": true, "on": true, "at": true, "to": true, "from": true, "with": true, "by": true,
	"for": true, "of": true, "about": true, "against": true, "between": true, "among": true,
	"into": true, "onto": true, "over": true, "under": true, "through": true, "during": true,
	"after": true, "before": true, "since": true, "until": true, "near": true, "across": true,
	"around": true, "towards": true, "toward": true, "via": true, "within": true, "without": true,
	"outside": true, "inside": true, "beyond": true, "despite": true, "behind": true, "amid": true,
	"amidst": true, "along": true, "upon": true, "like": true, "than": true, "as": true,
}
