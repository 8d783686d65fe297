package event

import (
	"github.com/heraldproject/herald/internal/stage/event/pattern"
	"github.com/heraldproject/herald/internal/stage/syntax"
)

// The grammatical roles of the syntax stage complete what the patterns
// bind: a verb pattern whose slot found no mention takes the subject or
// object of the trigger's verb group (its agent and subject in the passive
// voice), an event without a target may find one among the verb's
// prepositional objects ("refused to deploy troops in Iraq"), and a
// participant that is one of several coordinated noun groups ("Russia and
// China agreed") gives an event for each of them.

// clauseAt returns the clause whose verb group holds token t; nil when
// none does or the tokens carry no tags.
func (s *sentence) clauseAt(t int) *syntax.Clause {
	for i := range s.clauses {
		c := &s.clauses[i]
		if c.Verb.First <= t && t < c.Verb.End {
			return c
		}
	}
	return nil
}

// mentionIn returns the first mention of an entity, or else the first
// generic actor noun, that lies inside phrase p; -1 when none does.
func (s *sentence) mentionIn(p syntax.Phrase) int {
	generic := -1
	for mi, m := range s.mentions {
		if m.first < p.First || m.end > p.End {
			continue
		}
		if m.entity >= 0 {
			return mi
		}
		if generic < 0 {
			generic = mi
		}
	}
	return generic
}

// firstMention returns the mention of the first of the phrases that holds
// one; -1 when none does.
func (s *sentence) firstMention(ps []syntax.Phrase) int {
	for _, p := range ps {
		if mi := s.mentionIn(p); mi >= 0 {
			return mi
		}
	}
	return -1
}

// byRoles binds the participants that the pattern left unbound from the
// grammatical roles of the trigger's verb group. The object is taken for
// the target only by a pattern that has a target slot; an event still
// without one takes an entity that a preposition of the verb governs.
func (s *sentence) byRoles(r *rule, f *found) {
	c := s.clauseAt(f.trig)
	if c == nil {
		return
	}
	agents, patients := c.Subjects, c.Objects
	if c.Passive {
		agents, patients = c.Agents, c.Subjects
	}
	if f.src >= 0 && s.otherClause(c, f.src) {
		// The nearest mention to the left belongs to the clause of an
		// earlier verb: "Benin opened its borders to Africans ordered out
		// of Nigeria, but was refusing Ghanaians" is Benin's refusal.
		if mi := s.firstMention(agents); mi >= 0 && mi != f.tgt {
			f.src = mi
		}
	}
	if f.src < 0 {
		if mi := s.firstMention(agents); mi >= 0 && mi != f.tgt {
			f.src = mi
		}
	}
	if f.tgt < 0 && r.targeted {
		if mi := s.firstMention(patients); mi >= 0 && mi != f.src {
			f.tgt = mi
		}
	}
	if f.tgt < 0 {
		f.tgt = s.prepTarget(c, f.src, r.code.QuadClass == 4)
	}
}

// otherClause reports whether mention mi lies between clause c's subject
// and its verb group, after another verb group: c's verb is coordinated
// with that verb and shares its subject, and mi is one of that verb's
// participants, not c's.
func (s *sentence) otherClause(c *syntax.Clause, mi int) bool {
	if len(c.Subjects) == 0 || c.Passive {
		return false
	}
	subjEnd := c.Subjects[len(c.Subjects)-1].End
	m := s.mentions[mi]
	if m.first < subjEnd || m.end > c.Verb.First {
		return false
	}
	for i := range s.clauses {
		d := &s.clauses[i]
		if d != c && subjEnd <= d.Verb.First && d.Verb.End <= m.first {
			return true
		}
	}
	return false
}

// towards are the prepositions whose object an act is done to or at: "hand
// over to Britain", "a war against Iraq", "peacekeepers in Iraq".
var towards = map[string]bool{"to": true, "against": true, "into": true, "toward": true, "towards": true, "with": true, "in": true, "on": true}

// prepTarget returns the first mention of an entity in the objects of the
// clause's prepositions that an act is done to, when it is not the
// source's entity; -1 when none. It gives a target to an event whose
// pattern names none. force is set for an act of material conflict.
func (s *sentence) prepTarget(c *syntax.Clause, src int, force bool) int {
	for _, p := range c.Preps {
		if !towards[s.lower[p.Prep]] {
			continue
		}
		for _, ph := range p.Objects {
			mi := s.mentionIn(ph)
			if mi < 0 || s.mentions[mi].entity < 0 || src >= 0 && s.sameEntity(mi, src) {
				continue
			}
			if !s.mentions[mi].coded && s.is(p.Prep, "in", "on") && !force {
				// "surrendered in the town of Soroti": a town the actor
				// stage did not code is where the act took place (the
				// event's place), not what it was done to, unless the
				// act is one of force: "fired at targets in Jericho"
				continue
			}
			return mi
		}
	}
	return -1
}

// conjuncts returns the mentions of the noun groups coordinated with the
// one that holds mention mi in a role of the trigger's clause: for Russia
// in "Russia and China agreed", China. Mentions of the same entity as
// mi, or of skip's, are left out.
func (s *sentence) conjuncts(f *found, mi, skip int) []int {
	c := s.clauseAt(f.trig)
	if c == nil || mi < 0 {
		return nil
	}
	roles := [][]syntax.Phrase{c.Subjects, c.Objects, c.Agents}
	for _, p := range c.Preps {
		roles = append(roles, p.Objects)
	}
	m := s.mentions[mi]
	for _, role := range roles {
		if len(role) < 2 {
			continue
		}
		in := -1
		for k, p := range role {
			if p.First <= m.first && m.end <= p.End {
				in = k
			}
		}
		if in < 0 {
			continue
		}
		var out []int
		for k, p := range role {
			if k == in {
				continue
			}
			o := s.mentionIn(p)
			if o >= 0 && !s.sameEntity(o, mi) && (skip < 0 || !s.sameEntity(o, skip)) {
				out = append(out, o)
			}
		}
		return out
	}
	return nil
}

// sameEntity reports whether mentions a and b are the same mention or
// mentions of one entity.
func (s *sentence) sameEntity(a, b int) bool {
	return a == b || s.mentions[a].entity >= 0 && s.mentions[a].entity == s.mentions[b].entity
}

// coordinate returns f with one copy for each participant coordinated
// with its source or its target. A joint pattern's participants ("SRC and
// TGT agree", "Russia, China and Iran agreed") are sources without a
// target, one event each.
func (s *sentence) coordinate(f found) []found {
	if f.rule.joint && f.tgt >= 0 {
		var out []found
		g := f
		g.tgt = -1
		if f.src >= 0 {
			out = append(out, g)
		}
		for _, o := range append([]int{f.tgt}, s.conjuncts(&f, f.tgt, f.src)...) {
			g.src = o
			out = append(out, g)
		}
		return out
	}
	out := []found{f}
	for _, o := range s.conjuncts(&f, f.src, f.tgt) {
		g := f
		g.src = o
		out = append(out, g)
	}
	n := len(out)
	for _, o := range s.conjuncts(&f, f.tgt, f.src) {
		for _, g := range out[:n] {
			g.tgt = o
			out = append(out, g)
		}
	}
	return out
}

// hasTarget reports whether items hold a TGT slot, inside a choice too.
func hasTarget(items []pattern.Item) bool {
	for _, it := range items {
		if it.Kind == pattern.Target {
			return true
		}
		for _, alt := range it.Alts {
			if hasTarget(alt) {
				return true
			}
		}
	}
	return false
}
