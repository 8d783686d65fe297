package eval

import (
	"fmt"
	"sort"

	"github.com/heraldproject/herald"
)

// ratio returns n/d, or 0 when d is 0, so that no score is ever NaN.
func ratio(n, d float64) float64 {
	if d == 0 {
		return 0
	}
	return n / d
}

// harmonic returns the harmonic mean of p and r, or 0 when both are 0.
func harmonic(p, r float64) float64 {
	return ratio(2*p*r, p+r)
}

// compute sets the ratios of s from its counts.
func (s *Score) compute() {
	s.Precision = ratio(float64(s.TP), float64(s.TP+s.FP))
	s.Recall = ratio(float64(s.TP), float64(s.TP+s.FN))
	s.F1 = harmonic(s.Precision, s.Recall)
}

// newScore returns a row with its ratios computed from the counts.
func newScore(name string, tp, fp, fn int) Score {
	s := Score{Name: name, TP: tp, FP: fp, FN: fn}
	s.compute()
	return s
}

// add adds the counts of o to s.
func (s *Score) add(o Score) {
	s.TP += o.TP
	s.FP += o.FP
	s.FN += o.FN
}

// total returns a computed row named name with the counts of rows summed.
func total(name string, rows ...Score) Score {
	t := Score{Name: name}
	for _, r := range rows {
		t.add(r)
	}
	t.compute()
	return t
}

// A tally accumulates counts per class, keeping the classes in the order
// they were first named.
type tally struct {
	order []string
	by    map[string]*Score
}

// newTally returns a tally with the given classes already in place, so
// that they are reported, in this order, even when no item has them.
func newTally(classes ...string) *tally {
	t := &tally{by: make(map[string]*Score)}
	for _, c := range classes {
		t.get(c)
	}
	return t
}

// get returns the row of class c, adding it when new.
func (t *tally) get(c string) *Score {
	s, ok := t.by[c]
	if !ok {
		s = &Score{Name: c}
		t.by[c] = s
		t.order = append(t.order, c)
	}
	return s
}

// scores returns the computed rows in order.
func (t *tally) scores() []Score {
	out := make([]Score, 0, len(t.order))
	for _, c := range t.order {
		s := *t.by[c]
		s.compute()
		out = append(out, s)
	}
	return out
}

// A pair links gold item G to predicted item P.
type pair struct{ G, P int }

// matchGreedy pairs ng gold items with np predicted items one to one. It
// considers every pair with a positive score and takes them best first;
// ties go to the earlier gold item, then the earlier prediction, so the
// result does not depend on map order or sort stability.
func matchGreedy(ng, np int, score func(g, p int) float64) []pair {
	type cand struct {
		pair
		s float64
	}
	var cands []cand
	for g := range ng {
		for p := range np {
			if s := score(g, p); s > 0 {
				cands = append(cands, cand{pair{g, p}, s})
			}
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.s != b.s {
			return a.s > b.s
		}
		if a.G != b.G {
			return a.G < b.G
		}
		return a.P < b.P
	})
	usedG, usedP := make([]bool, ng), make([]bool, np)
	var out []pair
	for _, c := range cands {
		if !usedG[c.G] && !usedP[c.P] {
			usedG[c.G], usedP[c.P] = true, true
			out = append(out, c.pair)
		}
	}
	return out
}

// overlap returns the number of bytes a and b share.
func overlap(a, b herald.Span) int {
	return max(0, min(a.End, b.End)-max(a.Start, b.Start))
}

// iou returns the intersection of a and b over their union, in bytes:
// 1 for equal spans, 0 for disjoint ones.
func iou(a, b herald.Span) float64 {
	i := overlap(a, b)
	if i == 0 {
		return 0
	}
	return float64(i) / float64(a.Len()+b.Len()-i)
}

// plural returns "1 document has" or "3 documents have" from n, the
// singular and the plural phrase.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// sortSpans sorts spans by start, then end.
func sortSpans(spans []herald.Span) {
	sort.Slice(spans, func(i, j int) bool {
		if spans[i].Start != spans[j].Start {
			return spans[i].Start < spans[j].Start
		}
		return spans[i].End < spans[j].End
	})
}
