package actor

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// maxLine is the longest dictionary line read, in bytes.
const maxLine = 1 << 16

// readHerald reads a dictionary in herald's own format from r into d;
// file is the file name for messages and k the kind of its entries, when
// known. The format is described in the package documentation: one entry
// a line,
//
//	NAMES | CODE | DATES | ROLE
//
// with the last two fields optional.
func (d *dict) readHerald(file string, r io.Reader, k kind) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	n := 0
	for sc.Scan() {
		n++
		if err := d.heraldLine(file, sc.Text(), n, k); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read dictionary %s: line %d: %w", file, n+1, err)
	}
	return nil
}

// heraldLine adds the entry on line n of file, text s, to d.
func (d *dict) heraldLine(file, s string, n int, k kind) error {
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s = s[:i]
	}
	if strings.TrimSpace(s) == "" {
		return nil
	}
	fields := strings.Split(s, "|")
	if len(fields) < 2 || len(fields) > 4 {
		return lineError(file, n, "%d fields: want NAMES | CODE | DATES | ROLE, the last two optional", len(fields))
	}
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
	}
	names, err := heraldNames(file, fields[0], n)
	if err != nil {
		return err
	}
	code := strings.ToUpper(fields[1])
	if a, ok := parseAgentCode(code); ok {
		if len(fields) > 2 && fields[2] != "" {
			return lineError(file, n, "role word %q takes no dates", names[0])
		}
		for _, nm := range names {
			d.agents[key(nm)] = a
		}
		return nil
	}
	if code == "---" {
		code = noCode
	} else if !validCode(code) {
		return lineError(file, n, "code %q: want three or more letters or digits, ~CODE for a role word, or ---", fields[1])
	}
	e := &entry{name: names[0], kind: k, src: fmt.Sprintf("%s:%d", file, n)}
	for _, nm := range names {
		e.keys = append(e.keys, key(nm))
	}
	if len(fields) > 3 {
		e.role = fields[3]
	}
	if len(fields) > 2 && fields[2] != "" {
		if e.periods, err = parseRanges(fields[2], code); err != nil {
			return lineError(file, n, "%v", err)
		}
		for i := range e.periods {
			e.periods[i].role = e.role
		}
	} else {
		e.code = code
	}
	d.merge(e)
	return nil
}

// heraldNames splits the names field of line n of file at semicolons.
func heraldNames(file, s string, n int) ([]string, error) {
	var names []string
	for _, nm := range strings.Split(s, ";") {
		nm = strings.TrimSpace(nm)
		if nm == "" {
			continue
		}
		if key(nm) == "" {
			return nil, lineError(file, n, "name %q has no letters or digits", nm)
		}
		names = append(names, nm)
	}
	if len(names) == 0 {
		return nil, lineError(file, n, "no name")
	}
	return names, nil
}

// merge adds e to d, or, when an entry with the same first name is there,
// adds e's codes to it, so that one person's offices can be written a line
// each.
func (d *dict) merge(e *entry) {
	for _, old := range d.exact[e.keys[0]] {
		if old.name != e.name || old.kind != e.kind {
			continue
		}
		old.periods = append(old.periods, e.periods...)
		if e.code != "" && old.code == "" {
			old.code = e.code
		}
		if old.role == "" || (e.role != "" && len(e.periods) > 0 && e.periods[0].to == 0) {
			old.role = e.role // the current office describes the person
		}
		for _, k := range e.keys[1:] {
			if !contains(old.keys, k) {
				old.keys = append(old.keys, k)
				d.exact[k] = append(d.exact[k], old)
			}
		}
		return
	}
	d.add(e)
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
