package export

import "strings"

// An Actor is a CAMEO actor code cut into the parts GDELT gives it.
type Actor struct {
	Country    string   // country or region, e.g. "RUS"; "" when the code starts with a role
	KnownGroup string   // e.g. "UNO" in "IGOUNO"
	Types      []string // role codes in order, at most three, e.g. ["GOV"]
}

// roles are the CAMEO role and organisation codes that GDELT puts in the
// TypeNCode columns.
var roles = map[string]bool{
	"COP": true, "GOV": true, "INS": true, "JUD": true, "MIL": true, "OPP": true, "PTY": true, "REB": true,
	"SEP": true, "SPY": true, "UAF": true, "AGR": true, "BUS": true, "CRM": true, "CVL": true, "DEV": true,
	"EDU": true, "ELI": true, "ENV": true, "HLH": true, "HRI": true, "LAB": true, "LEG": true, "MED": true,
	"REF": true, "MOD": true, "RAD": true, "IGO": true, "IMG": true, "INT": true, "MNC": true, "NGM": true,
	"NGO": true, "UIS": true, "SET": true,
}

// groupRoles are the roles whose next code names a known group.
var groupRoles = map[string]bool{"IGO": true, "NGO": true, "NGM": true, "IMG": true, "MNC": true}

// SplitActor cuts a CAMEO actor code into 3-letter groups as GDELT does:
// the first is the country unless it is a role; roles fill Types; the
// code after IGO, NGO, NGM, IMG or MNC that is no role is the known
// group. Other groups, and codes that are not letters in groups of three,
// give nothing, since guessing what they are would invent data.
func SplitActor(code string) Actor {
	var a Actor
	code = strings.ToUpper(code)
	if code == "" || len(code)%3 != 0 || strings.TrimLeft(code, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return a
	}
	prev := ""
	for i := 0; i < len(code); i += 3 {
		g := code[i : i+3]
		switch {
		case roles[g]:
			if len(a.Types) < 3 {
				a.Types = append(a.Types, g)
			}
		case i == 0:
			a.Country = g
		case groupRoles[prev] && a.KnownGroup == "":
			a.KnownGroup = g
		}
		prev = g
	}
	return a
}
