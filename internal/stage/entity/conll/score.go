package conll

import (
	"fmt"
	"io"
	"slices"
)

// Counts are the numbers of gold, predicted and correct names.
type Counts struct {
	Gold, Pred, Correct int
}

// Precision returns Correct/Pred, or 0 with nothing predicted.
func (c Counts) Precision() float64 { return ratio(c.Correct, c.Pred) }

// Recall returns Correct/Gold, or 0 with nothing to find.
func (c Counts) Recall() float64 { return ratio(c.Correct, c.Gold) }

// F1 returns the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// A Score accumulates counts per class over many sentences.
type Score struct {
	ByClass map[string]*Counts
}

// Add counts the names of one sentence: a predicted name is correct when a
// gold name has the same span and class.
func (s *Score) Add(gold, pred []Chunk) {
	if s.ByClass == nil {
		s.ByClass = make(map[string]*Counts)
	}
	for _, g := range gold {
		s.counts(g.Class).Gold++
	}
	for _, p := range pred {
		c := s.counts(p.Class)
		c.Pred++
		if slices.Contains(gold, p) {
			c.Correct++
		}
	}
}

func (s *Score) counts(class string) *Counts {
	c := s.ByClass[class]
	if c == nil {
		c = new(Counts)
		s.ByClass[class] = c
	}
	return c
}

// Total returns the micro-averaged counts over classes, or over all
// classes when none are given.
func (s *Score) Total(classes ...string) Counts {
	var t Counts
	for class, c := range s.ByClass {
		if len(classes) > 0 && !slices.Contains(classes, class) {
			continue
		}
		t.Gold += c.Gold
		t.Pred += c.Pred
		t.Correct += c.Correct
	}
	return t
}

// Report writes precision, recall and F1 per class, then in total.
func (s *Score) Report(w io.Writer) {
	classes := make([]string, 0, len(s.ByClass))
	for c := range s.ByClass {
		classes = append(classes, c)
	}
	slices.Sort(classes)
	line := func(name string, c Counts) {
		fmt.Fprintf(w, "%-12s P %6.2f  R %6.2f  F1 %6.2f  (gold %d, pred %d, correct %d)\n",
			name, 100*c.Precision(), 100*c.Recall(), 100*c.F1(), c.Gold, c.Pred, c.Correct)
	}
	for _, c := range classes {
		line(c, *s.ByClass[c])
	}
	line("PER+ORG+LOC", s.Total("PER", "ORG", "LOC"))
	line("all", s.Total())
}
