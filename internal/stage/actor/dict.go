package actor

import (
	"errors"
	"fmt"
	"strings"
)

// ErrDictionary means a dictionary file has a line that its format does
// not allow. The error names the file and the line.
var ErrDictionary = errors.New("malformed dictionary")

// lineError returns the error for line n of dictionary file name.
func lineError(name string, n int, format string, args ...any) error {
	return fmt.Errorf("read dictionary %s: line %d: %w: %s", name, n, ErrDictionary, fmt.Sprintf(format, args...))
}

// A kind says what an entry names, where its source says so.
type kind uint8

const (
	kindUnknown kind = iota
	kindPerson
	kindOrg
	kindPlace
)

// noCode is the code of an entry that is known and must not be coded: the
// PETRARCH null codes "---", "+++" and "###".
const noCode = "-"

// An entry is one actor of a dictionary: the names that refer to it and its
// CAMEO codes over time.
type entry struct {
	name    string   // its first name as written, e.g. "Vladimir Putin"
	keys    []string // keys of its names, matched exactly (herald format)
	stems   []phrase // its names, matched word by word (PETRARCH format)
	periods []period // dated codes in order of precedence
	code    string   // the code when no period holds; "" when none
	role    string   // the office, e.g. "President of Russia"; may be ""
	kind    kind
	src     string // "file:line" of its first line, for messages
}

// A phrase is a PETRARCH name: words, each matched exactly or, following
// TABARI, as the stem of a longer word ("ARGENTIN" matches "Argentina").
type phrase struct {
	words []string
	exact []bool
}

// match reports whether the phrase is exactly the word sequence ws.
func (p phrase) match(ws []string) bool {
	if len(ws) != len(p.words) {
		return false
	}
	for i, w := range p.words {
		if ws[i] != w && (p.exact[i] || !strings.HasPrefix(ws[i], w)) {
			return false
		}
	}
	return true
}

// An agent is a role word of a dictionary ("spokesperson", "foreign
// minister"): a person or group known by what it does, whose code is the
// country's code joined with the agent's code.
type agent struct {
	code   string // role code, e.g. "GOV"
	prefix bool   // the code goes before the country ("NGO~"), not after
}

// A dict is the content of one dictionary source.
type dict struct {
	name   string
	exact  map[string][]*entry // by key of a name
	stems  map[string][]*entry // PETRARCH names by the first three letters of their first word
	agents map[string]agent    // by key of the role word or phrase
	all    []*entry
}

func newDict(name string) *dict {
	return &dict{
		name:   name,
		exact:  make(map[string][]*entry),
		stems:  make(map[string][]*entry),
		agents: make(map[string]agent),
	}
}

// add indexes e under its names.
func (d *dict) add(e *entry) {
	d.all = append(d.all, e)
	for _, k := range e.keys {
		if !containsEntry(d.exact[k], e) {
			d.exact[k] = append(d.exact[k], e)
		}
	}
	for _, p := range e.stems {
		b := stemBucket(p.words[0])
		if !containsEntry(d.stems[b], e) {
			d.stems[b] = append(d.stems[b], e)
		}
	}
}

func containsEntry(es []*entry, e *entry) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// stemBucket returns the index bucket of a PETRARCH first word: its first
// three bytes, or all of it when shorter.
func stemBucket(w string) string {
	if len(w) > 3 {
		return w[:3]
	}
	return w
}

// lookup returns the entries whose names are exactly the words ws, which
// are also joined as key k.
func (d *dict) lookup(k string, ws []string) []*entry {
	out := d.exact[k]
	if len(d.stems) == 0 || len(ws) == 0 {
		return out
	}
	first := ws[0]
	for n := 1; n <= 3 && n <= len(first); n++ {
		for _, e := range d.stems[first[:n]] {
			for _, p := range e.stems {
				if p.match(ws) && !containsEntry(out, e) {
					out = append(out[:len(out):len(out)], e)
					break
				}
			}
		}
	}
	return out
}

// validCode reports whether c is a CAMEO actor code: three or more upper-case
// letters or digits.
func validCode(c string) bool {
	if len(c) < 3 || len(c) > 30 {
		return false
	}
	for i := 0; i < len(c); i++ {
		ch := c[i]
		if (ch < 'A' || ch > 'Z') && (ch < '0' || ch > '9') {
			return false
		}
	}
	return true
}

// parseAgentCode reads a role-word code: "~GOV" (after the country) or
// "NGO~" (before it).
func parseAgentCode(c string) (agent, bool) {
	switch {
	case strings.HasPrefix(c, "~") && validCode(c[1:]):
		return agent{code: c[1:]}, true
	case strings.HasSuffix(c, "~") && validCode(c[:len(c)-1]):
		return agent{code: c[:len(c)-1], prefix: true}, true
	}
	return agent{}, false
}

// codeAt returns e's code on day d (zero when the article date is unknown)
// and whether it is e's own: a period that holds, else the undated code.
// With neither, it falls back, not as its own, to the country of the code
// with ELI (a former official) for a day after an office, and to the bare
// country before one, when isCountry knows the country. With no date the
// most recent period is taken.
func (e *entry) codeAt(d day, isCountry func(string) bool) (string, bool) {
	if d == 0 {
		if p, ok := e.latest(); ok {
			return p.code, true
		}
		return e.code, e.code != ""
	}
	for _, p := range e.periods {
		if p.holds(d) {
			return p.code, true
		}
	}
	if e.code != "" {
		return e.code, true
	}
	var before, after string
	for _, p := range e.periods {
		if p.to != 0 && p.to <= d {
			after = p.code
		} else if before == "" {
			before = p.code
		}
	}
	switch {
	case len(after) >= 3 && isCountry(after[:3]):
		return after[:3] + "ELI", false
	case len(before) >= 3 && isCountry(before[:3]):
		return before[:3], false
	}
	return "", false
}

// periodAt returns the period that holds on day d, the most recent one
// when d is zero.
func (e *entry) periodAt(d day) (period, bool) {
	if d == 0 {
		return e.latest()
	}
	for _, p := range e.periods {
		if p.holds(d) {
			return p, true
		}
	}
	return period{}, false
}

// latest returns the period that ends last, an open one first.
func (e *entry) latest() (period, bool) {
	var best period
	found := false
	for _, p := range e.periods {
		switch {
		case !found:
			best, found = p, true
		case best.to == 0:
			if p.to == 0 && p.from > best.from {
				best = p
			}
		case p.to == 0 || p.to > best.to:
			best = p
		}
	}
	return best, found
}
