package pattern

import (
	"fmt"
	"strings"

	"github.com/heraldproject/herald/internal/stage/event/cameo"
)

// maxDepth is how deeply groups may nest.
const maxDepth = 8

// Parse reads the patterns of src, a pattern file named name (the name is
// only used in errors). It returns the patterns of the well-formed lines
// and, when some lines are not, an ErrorList with one Error per bad line.
func Parse(name, src string) (*Set, error) {
	set := &Set{}
	var errs ErrorList
	seen := make(map[string]int)
	src = strings.TrimPrefix(src, "\ufeff") // a byte order mark
	for n := 1; src != ""; n++ {
		line, rest, _ := strings.Cut(src, "\n")
		src = rest
		p, err := parseLine(strings.TrimSuffix(line, "\r"))
		if err != nil {
			errs = append(errs, &Error{File: name, Line: n, Msg: err.Error()})
			continue
		}
		if p == nil {
			continue
		}
		p.File, p.Line = name, n
		key := p.String()
		if first, dup := seen[key]; dup {
			errs = append(errs, &Error{File: name, Line: n, Msg: fmt.Sprintf("duplicate pattern %q (first on line %d)", key, first)})
			continue
		}
		seen[key] = n
		set.Patterns = append(set.Patterns, *p)
	}
	return set, errs.err()
}

// parseLine parses one line; it returns nil for a blank or comment line.
func parseLine(line string) (*Pattern, error) {
	line = strings.TrimSpace(stripComment(line))
	if line == "" {
		return nil, nil
	}
	codes, rest, _ := strings.Cut(line, " ")
	if i := strings.IndexAny(codes, "\t"); i >= 0 {
		codes, rest = codes[:i], codes[i+1:]+" "+rest
	}
	p := &Pattern{}
	var err error
	if p.Code, p.Planned, err = parseCodes(codes); err != nil {
		return nil, err
	}
	lx, err := lex(rest)
	if err != nil {
		return nil, err
	}
	if len(lx) == 0 {
		return nil, fmt.Errorf("no pattern after code %s", codes)
	}
	ps := &parser{lx: lx, trigger: -1}
	if p.Items, err = ps.seq(0); err != nil {
		return nil, err
	}
	if ps.pos < len(lx) {
		return nil, fmt.Errorf("unbalanced parentheses: unexpected )")
	}
	p.Trigger = ps.trigger
	if err := check(p); err != nil {
		return nil, err
	}
	return p, nil
}

// stripComment cuts line at a "#" that starts it or follows a space.
func stripComment(line string) string {
	for i := 0; i < len(line); i++ {
		if line[i] == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t') {
			return line[:i]
		}
	}
	return line
}

// parseCodes parses "036" or "040/036".
func parseCodes(s string) (code, planned string, err error) {
	code, planned, slash := strings.Cut(s, "/")
	if !cameo.Valid(code) {
		return "", "", fmt.Errorf("unknown CAMEO code %q", code)
	}
	if slash && !cameo.Valid(planned) {
		return "", "", fmt.Errorf("unknown CAMEO code %q", planned)
	}
	return code, planned, nil
}

// A parser reads the lexemes of one pattern.
type parser struct {
	lx      []lexeme
	pos     int
	trigger int // index of the @-marked top-level item; -1 if none
}

// peek returns the kind of the next lexeme and whether there is one.
func (p *parser) peek() (lexKind, bool) {
	if p.pos >= len(p.lx) {
		return 0, false
	}
	return p.lx[p.pos].kind, true
}

// seq reads items up to a "|", a ")" or the end.
func (p *parser) seq(depth int) ([]Item, error) {
	var items []Item
	for {
		k, ok := p.peek()
		if !ok || k == lClose || k == lBar {
			if depth == 0 && ok && k == lBar {
				return nil, fmt.Errorf("| outside a group")
			}
			return items, nil
		}
		if k == lAt {
			if depth > 0 {
				return nil, fmt.Errorf("trigger mark @ inside a group")
			}
			if p.trigger >= 0 {
				return nil, fmt.Errorf("more than one trigger mark @")
			}
			p.pos++
			p.trigger = len(items)
			if k, ok := p.peek(); !ok || k == lAt || k == lClose || k == lBar || k == lQuest {
				return nil, fmt.Errorf("trigger mark @ without a word after it")
			}
		}
		it, err := p.item(depth)
		if err != nil {
			return nil, err
		}
		items = append(items, it)
	}
}

// item reads one item and its "?".
func (p *parser) item(depth int) (Item, error) {
	lx := p.lx[p.pos]
	p.pos++
	var it Item
	switch lx.kind {
	case lWord:
		it = Item{Kind: Word, Text: lx.text}
		switch lx.text {
		case "SRC":
			it = Item{Kind: Source}
		case "TGT":
			it = Item{Kind: Target}
		}
	case lExact:
		it = Item{Kind: Exact, Text: lx.text}
	case lGap:
		it = Item{Kind: Gap}
	case lQuest:
		return it, fmt.Errorf("? without a word before it")
	case lOpen:
		alts, err := p.group(depth + 1)
		if err != nil {
			return it, err
		}
		it = Item{Kind: Group, Alts: alts}
	default:
		return it, fmt.Errorf("unexpected %s", describe(lx.kind))
	}
	if k, ok := p.peek(); ok && k == lQuest {
		p.pos++
		it.Optional = true
		if k, ok := p.peek(); ok && k == lQuest {
			return it, fmt.Errorf("repeated ?")
		}
	}
	return it, nil
}

// group reads the alternatives of a group after its "(".
func (p *parser) group(depth int) ([][]Item, error) {
	if depth > maxDepth {
		return nil, fmt.Errorf("groups nested deeper than %d", maxDepth)
	}
	var alts [][]Item
	for {
		alt, err := p.seq(depth)
		if err != nil {
			return nil, err
		}
		if len(alt) == 0 {
			return nil, fmt.Errorf("empty alternative in a group")
		}
		alts = append(alts, alt)
		k, ok := p.peek()
		if !ok {
			return nil, fmt.Errorf("unbalanced parentheses: ( without )")
		}
		p.pos++
		if k == lClose {
			return alts, nil
		}
	}
}

// describe names a lexeme kind in errors.
func describe(k lexKind) string {
	switch k {
	case lClose:
		return ")"
	case lBar:
		return "|"
	case lAt:
		return "@"
	}
	return "symbol"
}
