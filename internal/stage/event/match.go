package event

import (
	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/stage/event/pattern"
)

// maxFill is how many modifier tokens may stand between two words of a
// pattern ("imposed new sanctions" for "impose sanctions"), and maxPremod
// how many may stand before the mention of an inner slot ("between
// Russian President Vladimir Putin" when only "Vladimir Putin" is a
// mention).
const (
	maxFill   = 2
	maxPremod = 4
)

// A binding is what a match in progress has found: the trigger token and
// the mentions of inner slots.
type binding struct {
	trig int    // token of the trigger; -1 until matched
	slot [2]int // mention bound by the inner SRC and TGT slot; -1 when none
	skip int    // modifiers passed over between words
}

// slotIndex maps a slot kind to its place in binding.slot.
func slotIndex(k pattern.Kind) int {
	if k == pattern.Target {
		return 1
	}
	return 0
}

// barriers are words that a filler or a slot's modifiers never cross:
// they start a new clause or join two.
var barriers = map[string]bool{
	"and": true, "or": true, "but": true, "nor": true, "yet": true, "so": true,
	"that": true, "which": true, "who": true, "whom": true, "whose": true,
	"where": true, "when": true, "while": true, "whether": true, "if": true,
	"unless": true, "because": true, "although": true, "though": true,
	"since": true, "until": true, "than": true, "after": true, "before": true,
}

// A run matches one rule in one sentence.
type run struct {
	s *sentence
	r *rule
}

// core matches the rule's core starting at token i and returns the end of
// the match and its binding.
func (x *run) core(i int) (end int, b binding, ok bool) {
	b0 := binding{trig: -1, slot: [2]int{-1, -1}}
	ok = x.seq(x.r.core, true, 0, i, b0, func(e int, nb binding) bool {
		end, b = e, nb
		return nb.trig >= 0
	})
	return end, b, ok
}

// seq matches items[k:] at token pos and calls cont with the end of each
// way it matches until cont returns true. top is set for the rule's core,
// whose item index is compared with the trigger.
func (x *run) seq(items []pattern.Item, top bool, k, pos int, b binding, cont func(int, binding) bool) bool {
	if k == len(items) {
		return cont(pos, b)
	}
	it := items[k]
	next := func(np int, nb binding) bool { return x.seq(items, top, k+1, np, nb, cont) }
	skippable := k > 0 && items[k-1].Kind != pattern.Gap && !it.IsSlot() && it.Kind != pattern.Gap
	extra := 0
	for skip := 0; skip <= maxFill+extra; skip++ {
		p := pos + skip
		if skip > 0 && (!skippable || !x.filler(p-1)) {
			break
		}
		if skip > 0 && x.s.dated(p-1) {
			extra++ // "warships on Monday launched": a date is no modifier
		}
		nb := b
		nb.skip += skip
		if x.item(it, top && k == x.r.trigger, p, nb, next) {
			return true
		}
	}
	return it.Optional && next(pos, b)
}

// item matches one item at token p.
func (x *run) item(it pattern.Item, trig bool, p int, b binding, cont func(int, binding) bool) bool {
	s := x.s
	if p >= len(s.toks) {
		return false
	}
	if trig {
		b.trig = p
	}
	switch it.Kind {
	case pattern.Word:
		return s.toks[p].Kind != herald.Punctuation && s.hasLemma(p, it.Text) && cont(p+1, b) ||
			s.toks[p].Kind == herald.Punctuation && s.is(p, it.Text) && cont(p+1, b)
	case pattern.Exact:
		return s.is(p, it.Text) && cont(p+1, b)
	case pattern.Group:
		for _, alt := range it.Alts {
			if x.seq(alt, false, 0, p, b, cont) {
				return true
			}
		}
		return false
	case pattern.Gap:
		for g := 1; g <= pattern.MaxGap && p+g <= len(s.toks); g++ {
			if s.stop(p + g - 1) {
				return false
			}
			if cont(p+g, b) {
				return true
			}
		}
		return false
	}
	return x.slot(it.Kind, p, b, cont)
}

// slot binds an inner slot to a mention that starts at p or after a few
// modifiers. A mention that the rest of the pattern does not follow is
// passed over like a modifier: in "between Russian President Vladimir
// Putin and", "Russian" may be a mention of Russia, but SRC is Putin.
func (x *run) slot(k pattern.Kind, p int, b binding, cont func(int, binding) bool) bool {
	s := x.s
	for q := p; q < len(s.toks) && q <= p+maxPremod; q++ {
		if mi := s.starts[q]; mi >= 0 {
			nb := b
			nb.slot[slotIndex(k)] = mi
			if cont(s.mentions[mi].end, nb) {
				return true
			}
			q = s.mentions[mi].end - 1
			continue
		}
		if !s.premod(q) {
			return false
		}
	}
	return false
}

// filler reports whether token i may be passed over between two words of
// a pattern: a lower-case word, a day or month name or a number that is
// not a barrier and not part of a mention.
func (x *run) filler(i int) bool {
	s := x.s
	if i < 0 || i >= len(s.toks) || barriers[s.lower[i]] {
		return false
	}
	if mi := s.starts[i]; mi >= 0 && (s.mentions[mi].entity >= 0 || s.mentions[mi].end > i+1) && !possessive[s.lower[i]] {
		// A generic actor noun of one word may be passed over
		// ("mobilized army reservists"), and so may a possessive pronoun
		// ("mounted its invasion of").
		return false
	}
	switch s.toks[i].Kind {
	case herald.Number:
		return true
	case herald.Word:
		return !s.capitalised(i) || calendar[s.lower[i]] // "called Thursday on"
	}
	return false
}

// dated reports whether token i is a day or month name or the "on" before
// one: a date between a pattern's words does not count among the
// modifiers passed over.
func (s *sentence) dated(i int) bool {
	return calendar[s.lower[i]] || s.lower[i] == "on" && i+1 < len(s.lower) && calendar[s.lower[i+1]]
}

// possessive are the possessive determiners, which the actor stage may
// make mentions of the entity they refer to.
var possessive = map[string]bool{"its": true, "their": true, "his": true, "her": true, "our": true}

// stop reports whether token i ends a clause: a gap does not cross it.
func (s *sentence) stop(i int) bool {
	return s.toks[i].Kind == herald.Punctuation && s.is(i, ".", ";", ":", "!", "?")
}

// premod reports whether token q may stand before a mention in a slot: a
// word that is neither a barrier nor a preposition ("the", "Russian",
// "President"), or a number ("killed 20 Palestinians").
func (s *sentence) premod(q int) bool {
	switch s.toks[q].Kind {
	case herald.Number:
		return true
	case herald.Word:
		return !barriers[s.lower[q]] && !prepositions[s.lower[q]] || s.quantifier(q)
	}
	return false
}

// quantifier reports whether the preposition or barrier at q belongs to a
// quantity before a noun: "more than 100", "up to 16", "at least 20",
// "about 500", "over 1,000", or to a part or group of people whose noun is
// the participant: "thousands of Iraqi Kurds", "a deployment of NATO
// troops".
func (s *sentence) quantifier(q int) bool {
	switch s.lower[q] {
	case "of":
		return q > 0 && partitives[s.lower[q-1]]
	case "than":
		return s.is(q-1, "more", "less", "fewer")
	case "to":
		return s.is(q-1, "up") && s.number(q+1)
	case "at":
		return s.is(q+1, "least", "most")
	case "about", "over", "around", "nearly", "some", "almost", "under":
		return s.number(q + 1)
	}
	return false
}

// partitives are the nouns of a part or group of people before "of",
// among them the people an organisation sends ("inspectors of the IAEA").
var partitives = map[string]bool{
	"thousands": true, "hundreds": true, "dozens": true, "scores": true, "millions": true,
	"group": true, "band": true, "deployment": true, "contingent": true, "batch": true,
	"patch": true, "unit": true, "team": true, "delegation": true, "convoy": true,
	"detachment": true, "inspectors": true, "monitors": true, "observers": true,
	"members": true, "representatives": true, "envoys": true, "experts": true,
}

// number reports whether token i is a number, in digits or words.
func (s *sentence) number(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	return s.toks[i].Kind == herald.Number || numberWords[s.lower[i]]
}

// numberWords are numbers written as words.
var numberWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "dozen": true, "dozens": true, "hundred": true,
	"hundreds": true, "thousand": true, "thousands": true, "several": true,
}
