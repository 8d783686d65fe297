package actor

import (
	"strings"

	"github.com/heraldproject/herald"
)

// codeClusters gives every entity its role and CAMEO actor code.
func (a *analysis) codeClusters() {
	for ci := range a.clus {
		c := &a.clus[ci]
		if c.role < 0 {
			c.role = a.firstRole(c)
		}
	}
	for ci := range a.clus {
		a.codeOf(int32(ci))
	}
}

// firstRole returns the mention of c whose role the text gives: the first
// name with a title or apposition, else the first nominal; -1 when none.
func (a *analysis) firstRole(c *cluster) int32 {
	best := int32(-1)
	for _, x := range c.ments {
		m := &a.ments[x]
		if !m.role.ok() || m.kind == herald.PronounMention {
			continue
		}
		if best < 0 {
			best = x
			continue
		}
		b := &a.ments[best]
		if (m.kind == herald.NameMention && b.kind != herald.NameMention) ||
			(m.kind == b.kind && m.first < b.first) {
			best = x
		}
	}
	return best
}

// codeOf returns the actor code of entity ci, coding it first if need be.
// An entity whose code depends on itself through "adviser to" chains is
// left uncoded.
func (a *analysis) codeOf(ci int32) string {
	c := &a.clus[ci]
	switch c.coding {
	case 1:
		return ""
	case 2:
		return c.code
	}
	c.coding = 1
	code := a.computeCode(ci)
	c = &a.clus[ci]
	c.code, c.coding = code, 2
	return code
}

// computeCode works out the actor code of entity ci. A dictionary entry
// whose code holds on the article date wins; then the role the text gives
// (country and role code, an organisation's code, or a code inherited from
// the person the role depends on); then the country or region the entity
// is; then the entry's fallback.
func (a *analysis) computeCode(ci int32) string {
	c := &a.clus[ci]
	fallback := ""
	if c.ent != nil {
		code, exact := c.ent.codeAt(a.day, a.kn.isCountry)
		if code == noCode {
			return ""
		}
		if exact {
			return code
		}
		fallback = code
	}
	if c.role >= 0 {
		if code := a.roleCode(&a.ments[c.role].role); code != "" {
			return code
		}
	}
	switch c.place.kind {
	case placeCountry, placeRegion:
		return c.place.code
	case placeCity:
		return "" // a place of the sentence, not an actor: the place stage has it
	}
	if fallback == "" && c.typ == herald.Organization {
		fallback = a.orgNameCode(c)
	}
	if fallback == "" && c.typ == herald.NORP {
		fallback = a.groupNameCode(c)
	}
	return fallback
}

// groupNameCode codes a group of people that no dictionary knows by the
// country its name begins with: "Iraqi Kurds" and "Iraqi Kurdish" are
// Iraq's, "Bosnian Serbs" Bosnia's. CAMEO codes an ethnic group inside a
// country by that country.
func (a *analysis) groupNameCode(c *cluster) string {
	for _, x := range c.ments {
		if m := &a.ments[x]; m.kind == herald.NameMention {
			if code := a.leadingCountry(m.key); code != "" {
				return code
			}
		}
	}
	return ""
}

// leadingCountry returns the country that the first one or two words of
// key, a name of several words, name as a country or its adjective
// ("iraqi kurds", "south african zulus"); "" when none.
func (a *analysis) leadingCountry(key string) string {
	ws := strings.Fields(key)
	for n := min(2, len(ws)-1); n > 0; n-- {
		if p, ok := a.kn.places[strings.Join(ws[:n], " ")]; ok && (p.kind == placeAdj || p.kind == placeCountry) {
			return p.code
		}
	}
	return ""
}

// roleCode returns the code that role r gives: its organisation's code,
// else its country (or the country of the person it depends on) joined
// with its role code; "" when r names no country, organisation or person.
func (a *analysis) roleCode(r *roleInfo) string {
	if r.org >= 0 && a.ments[r.org].cls >= 0 {
		if code := a.codeOf(a.ments[r.org].cls); code != "" {
			if r.former && len(code) >= 3 && a.kn.isCountry(code[:3]) {
				return code[:3] + "ELI"
			}
			return code
		}
	}
	country := r.country
	if country == "" && r.inherit >= 0 && a.ments[r.inherit].cls >= 0 {
		code := a.codeOf(a.ments[r.inherit].cls)
		if len(code) < 3 {
			return ""
		}
		if !a.kn.isCountry(code[:3]) {
			return code // an organisation's person: "aide to Guterres"
		}
		country = code[:3]
	}
	if country == "" {
		return ""
	}
	return compose(country, r.roleCode(), r.prefix)
}

// compose joins a country code and a role code: "RUS" and "GOV" are
// "RUSGOV"; a prefix role code comes first ("NGO" "RUS" → "NGORUS").
func compose(country, role string, prefix bool) string {
	if prefix {
		return role + country
	}
	return country + role
}

// orgNameCode codes an organisation that no dictionary knows from the
// words of its name: a country or nationality and an institution word,
// "Russian Defence Ministry" → "RUSGOV", "Ukrainian Armed Forces" →
// "UKRMIL".
func (a *analysis) orgNameCode(c *cluster) string {
	for _, x := range c.ments {
		m := &a.ments[x]
		if m.kind != herald.NameMention {
			continue
		}
		ws := strings.Fields(m.key)
		country, role := "", ""
		for i := 0; i < len(ws); i++ {
			for n := min(4, len(ws)-i); n > 0; n-- {
				k := strings.Join(ws[i:i+n], " ")
				if p, ok := a.kn.places[k]; ok && country == "" && p.kind != placeCity {
					country = p.code
					i += n - 1
					break
				}
				if r, ok := a.kn.roles[k]; ok && r.code != "" && (r.class == roleBody || r.class == roleGroup) {
					role = r.code
					i += n - 1
					break
				}
			}
		}
		if country != "" && role != "" {
			return country + role
		}
	}
	return ""
}
