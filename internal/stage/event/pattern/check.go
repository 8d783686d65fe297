package pattern

import "fmt"

// functionWords cannot be the trigger of a pattern unless marked with @.
var functionWords = map[string]bool{
	"a": true, "an": true, "the": true, "to": true, "of": true, "in": true, "on": true,
	"at": true, "by": true, "for": true, "with": true, "from": true, "into": true,
	"onto": true, "and": true, "or": true, "'s": true, "'": true, "between": true,
	"among": true, "against": true, "over": true, "about": true, "as": true,
	"than": true, "that": true, "this": true, "its": true, "their": true, "his": true,
	"her": true, "be": true, "is": true, "are": true, "was": true, "were": true,
	"has": true, "have": true, "had": true, "it": true, "not": true, "no": true,
	"upon": true, "towards": true, "toward": true, "after": true, "before": true,
	"-": true, "–": true, "—": true, ",": true, ":": true, ";": true,
}

// check validates a parsed pattern and chooses its trigger when none is
// marked.
func check(p *Pattern) error {
	if err := checkSlots(p.Items); err != nil {
		return err
	}
	if err := checkNeighbours(p.Items); err != nil {
		return err
	}
	if err := checkGroups(p.Items, 0); err != nil {
		return err
	}
	if p.Trigger >= 0 {
		it := p.Items[p.Trigger]
		if _, ok := it.Words(); !ok {
			return fmt.Errorf("the trigger must be a word or a group whose alternatives start with words")
		}
		if it.Optional {
			return fmt.Errorf("the trigger cannot be optional")
		}
		return nil
	}
	for i, it := range p.Items {
		if it.Optional {
			continue
		}
		if ws, ok := it.Words(); ok && !allFunction(ws) {
			p.Trigger = i
			return nil
		}
	}
	return fmt.Errorf("pattern has no trigger: no required word that is not a function word (mark one with @)")
}

// checkSlots checks that SRC and TGT appear at most once each, at the top
// level, not optional, and that one of them does.
func checkSlots(items []Item) error {
	var src, tgt int
	for _, it := range items {
		switch it.Kind {
		case Source:
			src++
		case Target:
			tgt++
		}
		if it.IsSlot() && it.Optional {
			return fmt.Errorf("a slot cannot be optional")
		}
	}
	switch {
	case src > 1:
		return fmt.Errorf("SRC appears %d times", src)
	case tgt > 1:
		return fmt.Errorf("TGT appears %d times", tgt)
	case src+tgt == 0:
		return fmt.Errorf("pattern has no SRC or TGT slot")
	}
	return nil
}

// checkNeighbours rejects a leading gap and slots or gaps side by side,
// which the matcher could not tell apart.
func checkNeighbours(items []Item) error {
	if len(items) > 0 && items[0].Kind == Gap {
		return fmt.Errorf("pattern starts with a gap")
	}
	for i := 1; i < len(items); i++ {
		a, b := items[i-1], items[i]
		loose := func(it Item) bool { return it.IsSlot() || it.Kind == Gap }
		if loose(a) && loose(b) {
			return fmt.Errorf("%s next to %s: put a word between them", name(a), name(b))
		}
	}
	return nil
}

// checkGroups rejects slots and gaps inside groups, and optional gaps.
func checkGroups(items []Item, depth int) error {
	for _, it := range items {
		switch {
		case it.IsSlot() && depth > 0:
			return fmt.Errorf("%s inside a group", name(it))
		case it.Kind == Gap && depth > 0:
			return fmt.Errorf("a gap inside a group")
		case it.Kind == Gap && it.Optional:
			return fmt.Errorf("a gap cannot be optional")
		case it.Kind == Group:
			for _, alt := range it.Alts {
				if err := checkGroups(alt, depth+1); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// allFunction reports whether every word is a function word.
func allFunction(ws []Item) bool {
	for _, w := range ws {
		if !functionWords[w.Text] {
			return false
		}
	}
	return true
}

// name names a slot or gap in errors.
func name(it Item) string {
	switch it.Kind {
	case Source:
		return "SRC"
	case Target:
		return "TGT"
	case Gap:
		return "a gap"
	}
	return fmt.Sprintf("%q", it.Text)
}
