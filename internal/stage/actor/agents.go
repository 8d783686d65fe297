package actor

import (
	"strings"
)

// isAgentLine reports whether rest, the code part of an entry line, is an
// agent's code: [~CODE] or [CODE~].
func isAgentLine(rest string) bool {
	if !strings.HasPrefix(rest, "[") {
		return false
	}
	end := strings.IndexByte(rest, ']')
	return end > 0 && strings.Contains(rest[:end], "~")
}

// isClassDef reports whether t defines a substitution class of an agents
// file: !NAME! = WORD, WORD, ….
func isClassDef(t string) bool {
	end := strings.IndexByte(t[1:], '!')
	if end < 0 {
		return false
	}
	return strings.HasPrefix(strings.TrimSpace(t[end+2:]), "=")
}

// class reads a !NAME! = WORD, WORD line.
func (p *petrarchReader) class(t string) error {
	end := strings.IndexByte(t[1:], '!') + 1
	name := t[:end+1]
	if len(name) < 3 || strings.ContainsAny(name[1:end], " \t") {
		return p.errorf("class name %q: want !NAME!", name)
	}
	_, list, _ := strings.Cut(t[end+1:], "=")
	var alts []string
	for _, a := range strings.Split(list, ",") {
		if a = strings.TrimSpace(a); a != "" {
			alts = append(alts, a)
		}
	}
	if len(alts) == 0 {
		return p.errorf("class %s has no words", name)
	}
	p.classes[strings.ToUpper(name)] = alts
	return nil
}

// agent reads an agent line: NAME {PLURALS} [~CODE]. Without braces the
// regular English plural of the last word is added; {} means none.
func (p *petrarchReader) agent(name string, plurals []string, explicit bool, rest string) error {
	if err := p.finish(); err != nil {
		return err
	}
	end := strings.IndexByte(rest, ']')
	if tail := strings.TrimSpace(rest[end+1:]); tail != "" {
		return p.errorf("unexpected %q after an agent's code", tail)
	}
	a, ok := parseAgentCode(strings.ToUpper(strings.Join(strings.Fields(rest[1:end]), "")))
	if !ok {
		return p.errorf("agent code %q: want ~CODE or CODE~", strings.TrimSpace(rest[1:end]))
	}
	names, err := p.expand(name)
	if err != nil {
		return err
	}
	for _, nm := range names {
		k := key(nm)
		if k == "" {
			return p.errorf("agent %q has no letters or digits", name)
		}
		p.d.agents[k] = a
		if !explicit {
			p.d.agents[plural(k)] = a
		}
	}
	for _, pl := range plurals {
		if k := key(pl); k != "" {
			p.d.agents[k] = a
		}
	}
	return nil
}

// expand substitutes every !CLASS! in name with each of its words.
func (p *petrarchReader) expand(name string) ([]string, error) {
	out := []string{name}
	for {
		s := out[0]
		i := strings.IndexByte(s, '!')
		if i < 0 {
			return out, nil
		}
		j := strings.IndexByte(s[i+1:], '!')
		if j < 0 {
			return nil, p.errorf("class in %q is not closed by !", name)
		}
		cls := strings.ToUpper(s[i : i+j+2])
		alts, ok := p.classes[cls]
		if !ok {
			return nil, p.errorf("class %s is not defined", cls)
		}
		if len(out)*len(alts) > maxExpansions {
			return nil, p.errorf("%q expands to more than %d phrases", name, maxExpansions)
		}
		var next []string
		for _, o := range out {
			k := strings.Index(o, cls)
			if up := strings.ToUpper(o); k < 0 && len(up) == len(o) {
				k = strings.Index(up, cls) // the class was spelled in another case
			}
			if k < 0 {
				return nil, p.errorf("class %s in %q cannot be substituted", cls, name)
			}
			for _, a := range alts {
				next = append(next, o[:k]+a+o[k+len(cls):])
			}
		}
		out = next
	}
}

// plural returns the regular English plural of the last word of key k:
// "official" → "officials", "authority" → "authorities", "congressman" →
// "congressmen".
func plural(k string) string {
	switch {
	case strings.HasSuffix(k, "man"):
		return k[:len(k)-3] + "men"
	case strings.HasSuffix(k, "y") && len(k) > 1 && !strings.ContainsRune("aeiou", rune(k[len(k)-2])):
		return k[:len(k)-1] + "ies"
	case strings.HasSuffix(k, "s"), strings.HasSuffix(k, "x"), strings.HasSuffix(k, "z"),
		strings.HasSuffix(k, "ch"), strings.HasSuffix(k, "sh"):
		return k + "es"
	}
	return k + "s"
}
