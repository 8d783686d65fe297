package event

import (
	"github.com/heraldproject/herald"
)

// coordinators join words within a clause as often as clauses.
var coordinators = map[string]bool{"and": true, "or": true, "nor": true, "yet": true, "so": true}

// locatives are the prepositions that put an event at a place.
var locatives = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "inside": true}

// date returns the value of the DATE expression in the sentence nearest to
// the trigger, or "" when there is none. The timex stage has resolved it.
func date(doc *herald.Document, s *sentence, trig herald.Span) string {
	sp := s.span()
	best, dist := "", 1<<30
	for _, t := range doc.Times {
		if t.Type != herald.Date || t.Value == "" || !sp.Contains(t.Span) || s.apart(t.Span, trig) {
			continue
		}
		if d := distance(t.Span, trig); d < dist {
			best, dist = t.Value, d
		}
	}
	return best
}

// place returns the ID of the place that the sentence puts the event at:
// a place mention after "in", "at" or "near", the nearest to the trigger;
// "" when there is none.
func place(doc *herald.Document, s *sentence, trig herald.Span) string {
	sp := s.span()
	best, dist := "", 1<<30
	for _, p := range doc.Places {
		for _, m := range p.Mentions {
			if !sp.Contains(m) || !s.after(m.Start, locatives) || s.apart(m, trig) {
				continue
			}
			if d := distance(m, trig); d < dist {
				best, dist = p.ID, d
			}
		}
	}
	return best
}

// apart reports whether a barrier word such as "that" or "while" stands
// between spans a and b, which puts them in different clauses: in "met
// Putin on Wednesday for discussions that Trump later characterized", the
// date is the meeting's, not the characterisation's.
func (s *sentence) apart(a, b herald.Span) bool {
	lo, hi := min(a.End, b.End), max(a.Start, b.Start)
	for i, t := range s.toks {
		if t.Start >= lo && t.End <= hi && barriers[s.lower[i]] && !coordinators[s.lower[i]] {
			return true
		}
	}
	return false
}

// span returns the text span of the sentence's tokens.
func (s *sentence) span() herald.Span {
	if len(s.toks) == 0 {
		return herald.Span{}
	}
	return herald.Span{Start: s.toks[0].Start, End: s.toks[len(s.toks)-1].End}
}

// after reports whether the token that ends just before byte offset at is
// one of words.
func (s *sentence) after(at int, words map[string]bool) bool {
	for i := len(s.toks) - 1; i >= 0; i-- {
		if s.toks[i].End <= at {
			return words[s.lower[i]]
		}
	}
	return false
}

// distance is the number of bytes between two spans; 0 when they overlap.
func distance(a, b herald.Span) int {
	switch {
	case a.End <= b.Start:
		return b.Start - a.End
	case b.End <= a.Start:
		return a.Start - b.End
	}
	return 0
}
