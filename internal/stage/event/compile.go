package event

import (
	"github.com/heraldproject/herald/internal/stage/event/cameo"
	"github.com/heraldproject/herald/internal/stage/event/pattern"
)

// none marks a rule without a lead or trail slot.
const none = pattern.Word

// A rule is a pattern compiled for matching: the slot before its words
// (lead), the words and inner slots (core), and the slot after (trail).
type rule struct {
	code     cameo.Code     // the pattern's code
	planned  cameo.Code     // code for events not asserted; same as code when the pattern gives none
	lead     pattern.Kind   // Source, Target, or none
	trail    pattern.Kind   // Source, Target, or none
	core     []pattern.Item //
	trigger  int            // index of the trigger in core
	words    int            // required words in core, a measure of how specific the rule is
	passive  bool           // the passive variant of a verb pattern: lead is TGT, SRC follows "by"
	active   bool           // a verb pattern that has a passive variant; not matched in the passive voice
	object   bool           // a verb pattern whose TGT directly follows the verb, which must bind it
	targeted bool           // the pattern has a TGT slot
	joint    bool           // the pattern starts "SRC and TGT": an act of both, coded as two sources
	dropped  []string       // for a passive variant, the optional words it dropped after the verb
	order    int            // position of the pattern in its set, to break ties
	text     string         // the pattern in canonical form, for diagnostics and tests
	vocab    []string       // the words of the pattern, which are not modality cues for it
}

// A matcher holds the compiled rules and an index from the words that
// can start a rule's core to the rules.
type matcher struct {
	rules     []rule
	index     map[string][]int // "word" → rules whose core starts with the word; "=word" for exact
	unindexed []int            // rules whose core does not start with a required single word
}

// compile builds a matcher from the patterns. Patterns whose codes are
// unknown cannot occur: Parse rejects them.
func compile(sets ...*pattern.Set) *matcher {
	m := &matcher{index: make(map[string][]int)}
	for _, set := range sets {
		for i := range set.Patterns {
			for _, r := range rules(&set.Patterns[i], len(m.rules)) {
				m.add(r)
			}
		}
	}
	return m
}

// add appends r and indexes it by the first item of its core.
func (m *matcher) add(r rule) {
	id := len(m.rules)
	m.rules = append(m.rules, r)
	first := r.core[0]
	ws, ok := first.Words()
	if !ok || first.Optional {
		m.unindexed = append(m.unindexed, id)
		return
	}
	for _, w := range ws {
		key := w.Text
		if w.Kind == pattern.Exact || isPunct(key) {
			key = "=" + key
		}
		m.index[key] = append(m.index[key], id)
	}
}

// rules compiles p into its rule and, for a verb pattern whose trigger is
// followed by TGT ("SRC attack TGT …"), the passive variant
// ("TGT be attacked … by SRC").
func rules(p *pattern.Pattern, order int) []rule {
	items := p.Items
	r := rule{lead: none, trail: none, order: order, text: p.String(), vocab: vocabulary(items, nil)}
	r.code, _ = cameo.Lookup(p.Code)
	r.planned = r.code
	if p.Planned != "" {
		r.planned, _ = cameo.Lookup(p.Planned)
	}
	lo, hi, trig := 0, len(items), p.Trigger
	if items[0].IsSlot() {
		r.lead, lo = items[0].Kind, 1
	}
	if n := len(items); n-1 > lo && items[n-1].IsSlot() {
		r.trail, hi = items[n-1].Kind, n-1
	}
	r.core, r.trigger = items[lo:hi], trig-lo
	r.words = countWords(r.core)
	r.targeted = hasTarget(items)
	r.joint = r.lead == pattern.Source && len(r.core) > 1 && r.core[0].Kind == pattern.Word && r.core[0].Text == "and" && r.core[1].Kind == pattern.Target
	out := []rule{r}
	if trig != 1 || r.lead != pattern.Source {
		return out
	}
	j := 2
	for j < len(items) && items[j].Optional {
		j++ // "SRC meet with? TGT": the passive drops the preposition
	}
	if j < len(items) && items[j].Kind == pattern.Target {
		out[0].active = true
		out[0].object = j == len(items)-1
		pv := r
		pv.passive, pv.lead, pv.trail = true, pattern.Target, none
		pv.dropped = vocabulary(items[2:j], nil)
		pv.core = append([]pattern.Item{items[1]}, items[j+1:]...)
		pv.trigger = 0
		pv.words = countWords(pv.core)
		out = append(out, pv)
	}
	return out
}

// countWords counts the required words of items, groups counting for one.
func countWords(items []pattern.Item) int {
	n := 0
	for _, it := range items {
		if !it.Optional && (it.Kind == pattern.Word || it.Kind == pattern.Exact || it.Kind == pattern.Group) {
			n++
		}
	}
	return n
}

// vocabulary appends the words of items, groups included.
func vocabulary(items []pattern.Item, out []string) []string {
	for _, it := range items {
		switch it.Kind {
		case pattern.Word, pattern.Exact:
			out = append(out, it.Text)
		case pattern.Group:
			for _, alt := range it.Alts {
				out = vocabulary(alt, out)
			}
		}
	}
	return out
}

// isPunct reports whether a pattern word is a lone punctuation mark,
// which matches exactly.
func isPunct(w string) bool {
	return len(w) > 0 && len(w) <= 3 && !isLetterOrDigit(w)
}
