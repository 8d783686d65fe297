package actor

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// maxExpansions bounds the phrases that one agent line's !CLASS!
// substitutions may expand to.
const maxExpansions = 256

// A petrarchReader reads a dictionary in the PETRARCH/TABARI format, of
// actors or of agents; see the package documentation.
type petrarchReader struct {
	d       *dict
	n       int                 // current line number
	comment int                 // line where an open <!-- comment began; 0 when none
	cur     *entry              // the actor entry that + and [ lines continue
	curLine int                 // line where cur began
	coded   bool                // whether cur has a code yet
	classes map[string][]string // !CLASS! substitutions of an agents file
}

// readPetrarch reads a PETRARCH/TABARI actors or agents dictionary from r;
// name is the file name for messages.
func readPetrarch(name string, r io.Reader) (*dict, error) {
	p := &petrarchReader{d: newDict(name), classes: make(map[string][]string)}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	for sc.Scan() {
		p.n++
		if err := p.line(sc.Text()); err != nil {
			return nil, err
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read dictionary %s: line %d: %w", name, p.n+1, err)
	}
	if p.comment != 0 {
		return nil, lineError(name, p.comment, "comment <!-- is not closed by -->")
	}
	if err := p.finish(); err != nil {
		return nil, err
	}
	return p.d, nil
}

// line reads one line.
func (p *petrarchReader) line(s string) error {
	t := strings.TrimSpace(s)
	if p.comment != 0 || strings.HasPrefix(t, "<!") {
		if p.comment == 0 {
			p.comment = p.n
		}
		if strings.Contains(t, "-->") {
			p.comment = 0
		}
		return nil
	}
	t = strings.TrimSpace(stripComment(t))
	if t == "" {
		return nil
	}
	switch {
	case t[0] == '+':
		return p.synonym(t[1:])
	case t[0] == '[':
		if p.cur == nil {
			return p.errorf("code %s belongs to no entry", t)
		}
		return p.codes(p.cur, t)
	case t[0] == '!' && isClassDef(t):
		return p.class(t)
	}
	return p.entry(t)
}

// stripComment removes a # comment, which may not start inside a [code].
func stripComment(s string) string {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			if depth > 0 {
				depth--
			}
		case '#':
			if depth == 0 {
				return s[:i]
			}
		}
	}
	return s
}

func (p *petrarchReader) errorf(format string, args ...any) error {
	return lineError(p.d.name, p.n, format, args...)
}

// finish checks the entry in progress before the next begins.
func (p *petrarchReader) finish() error {
	if p.cur != nil && !p.coded {
		return lineError(p.d.name, p.curLine, "entry %q has no [CODE]", p.cur.name)
	}
	p.cur, p.coded = nil, false
	return nil
}

// entry reads a line that begins an entry: NAME [CODE]…, or for agents
// NAME {PLURALS} [~CODE].
func (p *petrarchReader) entry(t string) error {
	if err := p.finish(); err != nil {
		return err
	}
	name, rest := t, ""
	if i := strings.IndexAny(t, "[{"); i >= 0 {
		name, rest = strings.TrimSpace(t[:i]), strings.TrimSpace(t[i:])
	}
	if strings.ContainsAny(name, "]}") {
		return p.errorf("unbalanced bracket in %q", t)
	}
	var plurals []string
	explicitPlural := false
	if strings.HasPrefix(rest, "{") {
		end := strings.IndexByte(rest, '}')
		if end < 0 {
			return p.errorf("{ is not closed by }")
		}
		explicitPlural = true
		plurals = strings.Fields(rest[1:end])
		rest = strings.TrimSpace(rest[end+1:])
	}
	if isAgentLine(rest) {
		return p.agent(name, plurals, explicitPlural, rest)
	}
	ph, ok := parsePhrase(name)
	if !ok {
		return p.errorf("name %q has no letters or digits", name)
	}
	p.cur = &entry{name: name, kind: kindUnknown, src: fmt.Sprintf("%s:%d", p.d.name, p.n)}
	p.cur.stems = append(p.cur.stems, ph)
	p.curLine = p.n
	p.d.add(p.cur)
	if rest == "" {
		return nil
	}
	return p.codes(p.cur, rest)
}

// synonym reads a +NAME line, another name of the current entry.
func (p *petrarchReader) synonym(name string) error {
	if p.cur == nil {
		return p.errorf("synonym +%s belongs to no entry", strings.TrimSpace(name))
	}
	if strings.ContainsAny(name, "[]{}") {
		return p.errorf("synonym +%s may not carry a code", strings.TrimSpace(name))
	}
	ph, ok := parsePhrase(name)
	if !ok {
		return p.errorf("synonym %q has no letters or digits", name)
	}
	p.cur.stems = append(p.cur.stems, ph)
	p.d.add(p.cur) // index the new name
	return nil
}

// parsePhrase reads a PETRARCH name: words joined by underscores or
// spaces, a word ending in an underscore matched exactly.
func parsePhrase(name string) (phrase, bool) {
	var ph phrase
	for _, chunk := range strings.Fields(name) {
		exactEnd := strings.HasSuffix(chunk, "_")
		ws := words(key(chunk))
		for i, w := range ws {
			ph.words = append(ph.words, w)
			ph.exact = append(ph.exact, exactEnd && i == len(ws)-1)
		}
	}
	return ph, len(ph.words) > 0
}

// codes reads one or more [CODE] groups for e.
func (p *petrarchReader) codes(e *entry, t string) error {
	for t != "" {
		if t[0] != '[' {
			return p.errorf("unexpected %q: want [CODE]", t)
		}
		end := strings.IndexByte(t, ']')
		if end < 0 {
			return p.errorf("[ is not closed by ]")
		}
		if err := p.code(e, t[1:end]); err != nil {
			return err
		}
		t = strings.TrimSpace(t[end+1:])
	}
	return nil
}

// code reads the inside of one [CODE DATES] group: CODE alone, CODE <DATE,
// CODE >DATE or CODE DATE-DATE.
func (p *petrarchReader) code(e *entry, s string) error {
	fs := strings.Fields(s)
	if len(fs) == 0 {
		return p.errorf("empty []")
	}
	code, err := petrarchCode(fs[0])
	if err != nil {
		return p.errorf("%v", err)
	}
	p.coded = true
	spec := strings.Join(fs[1:], "")
	if spec == "" {
		if e.code == "" {
			e.code = code
		}
		return nil
	}
	per := period{code: code}
	switch {
	case spec[0] == '<':
		per.to, err = parsePetrarchDay(spec[1:])
	case spec[0] == '>':
		per.from, err = parsePetrarchDay(spec[1:])
		per.from = per.from.next() // after the day
	default:
		from, to, ok := strings.Cut(spec, "-")
		if !ok {
			return p.errorf("date %q: want <DATE, >DATE or DATE-DATE", spec)
		}
		if per.from, err = parsePetrarchDay(from); err == nil {
			per.to, err = parsePetrarchDay(to)
			per.to = per.to.next() // ranges include their last day
		}
		if err == nil && per.to <= per.from {
			return p.errorf("date range %q ends before it starts", spec)
		}
	}
	if err != nil {
		return p.errorf("%v", err)
	}
	e.periods = append(e.periods, per)
	return nil
}

// petrarchCode checks and normalises one code: upper case, the first of
// alternatives "A/B", the null codes "---", "+++" and "###" as noCode.
func petrarchCode(c string) (string, error) {
	c = strings.ToUpper(c)
	if i := strings.IndexByte(c, '/'); i >= 0 {
		c = c[:i]
	}
	switch c {
	case "---", "+++", "###":
		return noCode, nil
	}
	if !validCode(c) {
		return "", fmt.Errorf("code %q: want three or more letters or digits", c)
	}
	return c, nil
}
