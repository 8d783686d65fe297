package actor

import (
	"strings"
	"testing"
)

// headOffices begin the role of an office that makes its holder head of
// state or of government, as herald's knowledge files write roles.
var headOffices = []string{
	"president", "acting president", "prime minister", "premier", "chancellor",
	"taoiseach", "head of government", "chair of the council of ministers",
	"chief adviser", "king", "queen", "emir", "sultan", "grand duke", "prince of",
	"pope", "supreme leader", "chief executive", "governor",
	"chairman of the transitional sovereignty council",
	"chairman of the presidential leadership council",
}

// headless lists the countries of countryRows that herald's knowledge
// leaves without a head of state or government on AsOf, and why.
var headless = map[string]string{
	// The military leader Min Aung Hlaing is known with an undated
	// military code; a dated government office would change how he is
	// coded in every article.
	"MMR": "junta leader known only as commander-in-chief",
	// Two Captains Regent share the office for six months at a time.
	"SMR": "heads of state change every six months",
}

// TestKnowledgeCoversCountries checks that herald knows, for every
// country, a head of state or government in office on 2025-08-01.
func TestKnowledgeCoversCountries(t *testing.T) {
	kn := builtin(t)
	on := mkday(2025, 8, 1)
	heads := make(map[string][]string)
	for _, e := range kn.builtin.all {
		if e.kind != kindPerson {
			continue
		}
		for _, p := range e.periods {
			if len(p.code) >= 3 && p.holds(on) && isHeadOffice(p.role) {
				heads[p.code[:3]] = append(heads[p.code[:3]], e.name)
			}
		}
	}
	for _, c := range countryRows {
		_, skip := headless[c.code]
		switch {
		case skip && len(heads[c.code]) > 0:
			t.Errorf("%s (%s): on the headless list but has %v", c.code, c.names, heads[c.code])
		case !skip && len(heads[c.code]) == 0:
			t.Errorf("%s (%s): no head of state or government on %v", c.code, c.names, on)
		}
	}
}

// isHeadOffice reports whether role is the office of a head of state or
// government.
func isHeadOffice(role string) bool {
	r := strings.ToLower(role)
	for _, h := range headOffices {
		if strings.HasPrefix(r, h+" ") || r == h {
			return true
		}
	}
	return false
}
