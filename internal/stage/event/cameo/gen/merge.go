package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// A code is one merged table entry.
type code struct {
	code, name   string
	quad         int
	goldstein    float64
	plover, mode string
}

// renumbered maps codes whose meaning in the codebook (the GDELT edition
// of CAMEO) differs from the CAMEO 1.1b3 numbering that the PLOVER table
// follows, to the PLOVER table row with the codebook's meaning. Only
// root 10 is affected, so the PLOVER type (REQUEST) is the same; the mode
// is what changes.
var renumbered = map[string]string{
	"101": "100",  // demand information, investigation: no specific mode
	"105": "108",  // demand mediation
	"106": "1056", // demand withdrawal: demand de-escalation
	"107": "1056", // demand ceasefire: demand de-escalation
	"108": "106",  // demand meeting, negotiation
}

// fixed replaces codebook names that are garbled or misspelt.
var fixed = map[string]string{
	"033":  "Express intent to provide material aid",
	"044":  "Meet at a third location",
	"0355": "Express intent to allow international involvement (not mediation)",
	"2041": "Use chemical, biological, or radiological weapons",
}

// merge joins names, Goldstein values and PLOVER rows into one entry per
// code. Codes that only the PLOVER table knows (CAMEO 1.1b3 codes missing
// from the codebook) are added with the Goldstein value of their parent.
func merge(names map[string]string, gold map[string]float64, rows map[string]row, notes io.Writer) ([]code, error) {
	all := make(map[string]bool)
	for c := range names {
		all[c] = true
	}
	for c := range gold {
		all[c] = true
	}
	for c := range rows {
		all[c] = true
	}
	keys := make([]string, 0, len(all))
	for c := range all {
		keys = append(keys, c)
	}
	sort.Strings(keys)
	var out []code
	for _, c := range keys {
		e, err := entry(c, names, gold, rows, notes)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

// entry builds the table entry of code c.
func entry(c string, names map[string]string, gold map[string]float64, rows map[string]row, notes io.Writer) (code, error) {
	e := code{code: c, quad: quad(c[:2])}
	if e.quad == 0 {
		return e, fmt.Errorf("code %s: root %s is not a CAMEO root", c, c[:2])
	}
	name, ok := names[c]
	if !ok {
		name = rows[c].comment
		fmt.Fprintf(notes, "note: %s is not in the codebook; named from the PLOVER table\n", c)
	}
	if f, ok := fixed[c]; ok {
		name = f
	}
	e.name = clean(name, len(c) == 2)
	g, ok := gold[c]
	for p := c; !ok && len(p) > 2; {
		p = p[:len(p)-1]
		if g, ok = gold[p]; ok {
			fmt.Fprintf(notes, "note: %s has no Goldstein value; took %s's\n", c, p)
		}
	}
	if !ok {
		return e, fmt.Errorf("code %s: no Goldstein value", c)
	}
	e.goldstein = g
	from := c
	if r, ok := renumbered[c]; ok {
		from = r
	}
	if r, ok := rows[from]; ok {
		e.plover, e.mode = r.plover, r.mode
	} else if r, ok := rows[c[:2]]; ok {
		e.plover = r.plover
		fmt.Fprintf(notes, "note: %s has no PLOVER row; took root %s's type %s\n", c, c[:2], r.plover)
	}
	return e, nil
}

// quad returns the quad class of a two-digit root, or 0.
func quad(root string) int {
	n := 0
	for _, r := range root {
		n = n*10 + int(r-'0')
	}
	switch {
	case n >= 1 && n <= 5:
		return 1
	case n >= 6 && n <= 8:
		return 2
	case n >= 9 && n <= 13:
		return 3
	case n >= 14 && n <= 20:
		return 4
	}
	return 0
}

// clean shortens a codebook description to a label: it drops "not
// specified below", collapses spaces, and puts upper-case root names in
// sentence case.
func clean(s string, root bool) string {
	for _, suf := range []string{", not specified below", " not specified below", ", not spec below"} {
		if i := strings.Index(s, suf); i >= 0 {
			s = s[:i] + s[i+len(suf):]
		}
	}
	s = strings.Join(strings.Fields(s), " ")
	if root && strings.ToUpper(s) == s {
		s = strings.ToUpper(s[:1]) + strings.ToLower(s[1:])
	}
	return s
}
