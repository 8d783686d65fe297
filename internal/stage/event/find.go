package event

import (
	"math"
	"sort"
	"strings"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/stage/event/pattern"
)

// A found is one match of a rule in a sentence, with its participants.
type found struct {
	rule             *rule
	first, end, trig int // the core's token range and the trigger token
	src, tgt         int // mentions of the source and target; -1 when unbound
	skip             int // modifiers passed over between the pattern's words
	dist             int // tokens between the core and its outer participants
	modality         herald.Modality
	confidence       float64
}

// find returns the events of one sentence: every rule that matches, the
// more specific first, without two whose cores overlap.
func (m *matcher) find(s *sentence) []found {
	var all []found
	var ids []int
	for i := range s.toks {
		ids = m.candidates(s, i, ids[:0])
		ids = append(ids, m.unindexed...)
		for _, id := range ids {
			if f, ok := m.try(s, &m.rules[id], i); ok {
				all = append(all, f)
			}
		}
	}
	return demote(s, subsume(s, choose(all)))
}

// contentRoots are the CAMEO roots of acts whose content is another act:
// an appeal, a demand, a rejection, a threat. An intent (03) is not among
// them: "is willing to withdraw" is the planned withdrawal's own code, an
// intent to withdraw.
var contentRoots = map[string]bool{"02": true, "10": true, "12": true, "13": true}

// subsume drops the events that are the content of another event of the
// sentence: an act that is not asserted and follows the trigger of an
// appeal, demand, rejection or threat. CAMEO codes "demanded that
// Israel ease restrictions" as one demand, and "threatened an offensive
// unless Iraq accepted its conditions" as one threat; the act they name
// is not reported.
func subsume(s *sentence, out []found) []found {
	if len(out) < 2 {
		return out
	}
	var drop []bool
	for i, f := range out {
		if f.modality != herald.Asserted && s.governed(out, i) {
			if drop == nil {
				drop = make([]bool, len(out))
			}
			drop[i] = true
		}
	}
	for i, g := range out {
		if g.rule.code.Root == "03" && g.tgt < 0 && s.specified(out, i) {
			// "is willing to withdraw its troops from Lebanon": the
			// planned withdrawal carries the intent's code and target
			if drop == nil {
				drop = make([]bool, len(out))
			}
			drop[i] = true
		}
	}
	if drop == nil {
		return out
	}
	keep := out[:0]
	for i, f := range out {
		if !drop[i] {
			keep = append(keep, f)
		}
	}
	return keep
}

// governed reports whether an appeal, demand, rejection or threat of the
// sentence has its trigger before that of event i, in the same clause.
func (s *sentence) governed(out []found, i int) bool {
	for j, g := range out {
		if j != i && contentRoots[g.rule.code.Root] && g.trig < out[i].trig && !s.newClause(g.trig, out[i].trig) {
			return true
		}
	}
	return false
}

// specified reports whether a planned act of the same source follows the
// trigger of the intent i in its clause, with a target: the act the
// intent names.
func (s *sentence) specified(out []found, i int) bool {
	g := out[i]
	for j, f := range out {
		if j != i && f.trig > g.trig && f.modality == herald.Planned && f.tgt >= 0 &&
			(f.src < 0 || g.src < 0 || s.sameEntity(f.src, g.src)) && !s.newClause(g.trig, f.trig) {
			return true
		}
	}
	return false
}

// newClause reports whether a new main clause starts between tokens a and
// b: after a semicolon or colon, or a comma and "and", "but" or "while"
// ("Ukraine rejected the proposal, and Russia will attack").
func (s *sentence) newClause(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if s.is(i, ";", ":") || s.is(i, ",") && s.is(i+1, "and", "but", "while") {
			return true
		}
	}
	return false
}

// demote lowers the confidence of the events of a sentence that stand in
// a clause below the main one when another event stands in the main
// clause: of "The US defended the right of Russian troops to fire on
// militants", the defence is what the sentence reports.
func demote(s *sentence, out []found) []found {
	if len(out) < 2 {
		return out
	}
	sub := make([]bool, len(out))
	main := false
	top := 0.0 // the highest confidence of an event in the main clause
	for i := range out {
		sub[i] = s.subordinate(out[i].first) || inObject(s, out, i)
		main = main || !sub[i]
		if !sub[i] {
			top = max(top, out[i].confidence)
		}
	}
	if !main {
		return out
	}
	for i := range out {
		if sub[i] {
			// below every event of the main clause, which is what the
			// sentence reports
			c := min(out[i].confidence-0.12, top-0.01)
			out[i].confidence = math.Round(max(c, 0.05)*100) / 100
		}
	}
	return out
}

// candidates appends the rules whose core may start at token i.
func (m *matcher) candidates(s *sentence, i int, ids []int) []int {
	ids = append(ids, m.index["="+s.lower[i]]...)
	for _, l := range s.lem[i] {
		for _, id := range m.index[l] {
			if !contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	return ids
}

func contains(ids []int, id int) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// try matches rule r with its core starting at token i and binds its
// participants.
func (m *matcher) try(s *sentence, r *rule, i int) (found, bool) {
	x := run{s: s, r: r}
	end, b, ok := x.core(i)
	if !ok || r.active && s.passive(b.trig) || r.passive && !s.passive(b.trig) || r.verbal() && !s.verbAt(b.trig) {
		return found{}, false
	}
	if r.passive && s.lemmaOf(b.trig+1, r.dropped) {
		return found{}, false // "was met with protests" is not the passive of "meet with"
	}
	f := found{rule: r, first: i, end: end, trig: b.trig, src: b.slot[0], tgt: b.slot[1], skip: b.skip}
	bindOuter(s, r.lead, &f, func() (int, int) { return s.left(i) })
	bindOuter(s, r.trail, &f, func() (int, int) { return s.right(end) })
	if r.passive {
		f.src = s.agent(end)
	}
	if f.tgt < 0 && strings.HasPrefix(r.code.Code, "13") {
		f.tgt = s.condition(end) // "threatened to stop talks if the United States …"
	}
	s.byRoles(r, &f)
	if f.src >= 0 && f.tgt >= 0 && s.mentions[f.src].entity >= 0 && s.mentions[f.src].entity == s.mentions[f.tgt].entity {
		f.tgt = -1 // "Putin met Putin": keep the source only
	}
	if f.src < 0 && f.tgt < 0 || r.object && f.tgt < 0 {
		return found{}, false // "Russia called for talks" is no phone call
	}
	f.modality = s.modality(r, i, end, b.trig)
	f.confidence = confidence(s, &f)
	return f, true
}

// bindOuter binds an outer slot of kind k with the mention that search
// finds.
func bindOuter(s *sentence, k pattern.Kind, f *found, search func() (int, int)) {
	if k == none {
		return
	}
	mi, d := search()
	if mi < 0 {
		return
	}
	if k == pattern.Source {
		f.src = mi
	} else {
		f.tgt = mi
	}
	f.dist += d
}

// confidence scores a match from 0 to 1: more pattern words, both
// participants, name mentions and participants close to the words score
// higher.
func confidence(s *sentence, f *found) float64 {
	c := 0.45 + 0.1*float64(min(f.rule.words, 3))
	for _, mi := range []int{f.src, f.tgt} {
		switch {
		case mi < 0:
			c -= 0.1
		case s.mentions[mi].entity < 0:
			c -= 0.08 // a generic actor noun
		case s.mentions[mi].kind == herald.PronounMention:
			c -= 0.1
		case s.mentions[mi].kind == herald.NominalMention:
			c -= 0.05
		}
	}
	c -= 0.01 * float64(f.dist)
	return math.Round(min(max(c, 0.05), 0.95)*100) / 100
}

// choose keeps the best of overlapping matches: more pattern words, then
// fewer modifiers passed over ("war crimes" is a closer match for "accuse
// of war crimes" than "crimes"), then more participants, then higher
// confidence, then the earlier pattern.
func choose(all []found) []found {
	sort.SliceStable(all, func(i, j int) bool {
		a, b := &all[i], &all[j]
		if a.rule.words != b.rule.words {
			return a.rule.words > b.rule.words
		}
		if a.skip != b.skip {
			return a.skip < b.skip
		}
		if na, nb := bound(a), bound(b); na != nb {
			return na > nb
		}
		if a.confidence != b.confidence {
			return a.confidence > b.confidence
		}
		return a.rule.order < b.rule.order
	})
	var out []found
	for _, f := range all {
		overlaps := false
		for _, o := range out {
			if f.first < o.end && o.first < f.end {
				overlaps = true
				break
			}
		}
		if !overlaps {
			out = append(out, f)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].trig < out[j].trig })
	return out
}

// bound counts the participants of f.
func bound(f *found) int {
	n := 0
	if f.src >= 0 {
		n++
	}
	if f.tgt >= 0 {
		n++
	}
	return n
}

// subordinators open a clause that is not the sentence's main one.
var subordinators = map[string]bool{
	"which": true, "who": true, "whom": true, "whose": true, "where": true,
	"when": true, "while": true, "as": true, "if": true, "unless": true,
	"because": true, "although": true, "though": true, "until": true,
	"after": true, "before": true, "whether": true,
}

// subordinate reports whether the core starting at token i stands in a
// clause below the main one: after a subordinating word, or as an
// infinitive ("to fire"). Of the events of a sentence, the main clause's
// is what the sentence reports.
func (s *sentence) subordinate(i int) bool {
	if s.is(i-1, "to") {
		return true
	}
	for j := 0; j < i; j++ {
		if subordinators[s.lower[j]] || s.toks[j].POS == "WDT" {
			return true // "WDT": the syntax stage's relative "that"
		}
	}
	return false
}

// inObject reports whether event i of out stands in the object of an
// earlier event, its source being that event's target: in "Arafat
// rejected a US offer to host a summit" the offer is what was rejected.
func inObject(s *sentence, out []found, i int) bool {
	b := &out[i]
	if b.src < 0 {
		return false
	}
	for j := range out {
		a := &out[j]
		if j != i && a.tgt == b.src && a.trig < b.trig && s.mentions[b.src].first > a.trig {
			return true
		}
	}
	return false
}

// condition returns the subject of an "if" or "unless" clause after token
// i, the party a threat is addressed to; -1 when none.
func (s *sentence) condition(i int) int {
	for j := i; j < len(s.toks) && j-i <= 12; j++ {
		if s.stop(j) {
			return -1
		}
		if s.is(j, "if", "unless") {
			if mi, d := s.right(j + 1); mi >= 0 && d <= 2 {
				return mi
			}
			return -1
		}
	}
	return -1
}
