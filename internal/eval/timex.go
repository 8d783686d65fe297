package eval

import (
	"context"

	"github.com/heraldproject/herald"
)

// timexClasses are the TimeML TIMEX3 types, in report order.
var timexClasses = []string{"DATE", "TIME", "DURATION", "SET"}

// runTimex scores temporal expressions on TimeML the way the TempEval-3
// entity scorer does, with byte spans where it uses tokens. Herald reads the
// TEXT element, tags stripped, with Published set to the creation time.
//
//   - strict (row "strict"): a prediction matches a gold TIMEX3 with the
//     same span.
//   - relaxed (Overall, "relaxed"): spans overlap. Gold and predicted
//     expressions are paired one to one, best overlap (intersection over
//     union) first, as TempEval-3's ID alignment pairs them.
//   - value and type (rows "value", "type"): TempEval-3's attribute F1,
//     counting as TP the relaxed pairs whose attribute agrees, so that
//     P = hits/predicted, R = hits/gold and F1 = accuracy × relaxed F1.
//     The figures "value accuracy" and "type accuracy" are hits over
//     relaxed pairs.
//   - classes: relaxed matching within one type: a gold DATE is found only
//     by a predicted DATE.
//   - value by type (rows "value DATE", …): the value F1 of one type, from
//     the relaxed pairs whose gold and predicted types are both that type
//     and whose values agree, over the predictions and gold items of the
//     type.
//
// Empty gold or predicted spans are ignored, as TempEval-3 ignores them;
// the document creation time is not a gold item.
func runTimex(ctx context.Context, goldPath string, r *runner) (*Report, error) {
	docs, notes, err := readTimeMLGold(goldPath)
	if err != nil {
		return nil, err
	}
	s := timexSum{classes: newTally(timexClasses...), values: newTally(valueRows()...)}
	badDCT := 0
	for _, d := range docs {
		if r.done() {
			break
		}
		dct, ok := parseDCT(d.DCT)
		if !ok {
			badDCT++
		}
		a := herald.Article{ID: d.ID, Text: d.Text, Published: dct, Origin: herald.Origin{Path: d.Path, Format: "timeml"}}
		doc, err := r.analyze(ctx, a)
		if err != nil {
			return nil, err
		}
		s.add(d.Times, doc.Times)
	}
	rep := s.report()
	if badDCT > 0 {
		notes = append(notes, plural(badDCT, "document has", "documents have")+" no readable creation time")
	}
	rep.Notes = notes
	return rep, nil
}

// A timexSum accumulates TempEval-3 counts.
type timexSum struct {
	strict, relaxed     Score
	valueHits, typeHits int
	nGold, nPred        int
	classes             *tally
	values              *tally // value hits per type, rows "value DATE", …
}

// valueRows names the rows of value F1 by type.
func valueRows() []string {
	rows := make([]string, len(timexClasses))
	for i, c := range timexClasses {
		rows[i] = "value " + c
	}
	return rows
}

// add scores one document.
func (s *timexSum) add(gold []goldTime, pred []herald.Time) {
	pred = nonEmptyTimes(pred)
	s.nGold += len(gold)
	s.nPred += len(pred)
	strict := matchGreedy(len(gold), len(pred), func(g, p int) float64 {
		if gold[g].Span == pred[p].Span {
			return 1
		}
		return 0
	})
	s.strict.add(Score{TP: len(strict), FP: len(pred) - len(strict), FN: len(gold) - len(strict)})
	relaxed := matchGreedy(len(gold), len(pred), func(g, p int) float64 { return iou(gold[g].Span, pred[p].Span) })
	s.relaxed.add(Score{TP: len(relaxed), FP: len(pred) - len(relaxed), FN: len(gold) - len(relaxed)})
	s.addValuesByType(gold, pred, relaxed)
	for _, m := range relaxed {
		if gold[m.G].Value == pred[m.P].Value {
			s.valueHits++
		}
		if gold[m.G].Type == string(pred[m.P].Type) {
			s.typeHits++
		}
	}
	for _, c := range timexClasses {
		s.addClass(c, gold, pred)
	}
	s.addOtherClasses(gold, pred)
}

// addValuesByType adds the value counts of each TimeML type: a hit is a
// relaxed pair of that type on both sides with the gold value.
func (s *timexSum) addValuesByType(gold []goldTime, pred []herald.Time, relaxed []pair) {
	for _, c := range timexClasses {
		hits, ng, np := 0, 0, 0
		for _, g := range gold {
			if g.Type == c {
				ng++
			}
		}
		for _, p := range pred {
			if string(p.Type) == c {
				np++
			}
		}
		for _, m := range relaxed {
			g, p := gold[m.G], pred[m.P]
			if g.Type == c && string(p.Type) == c && g.Value == p.Value {
				hits++
			}
		}
		s.values.get("value " + c).add(Score{TP: hits, FP: np - hits, FN: ng - hits})
	}
}

// addClass adds the relaxed counts of one type to the class rows.
func (s *timexSum) addClass(c string, gold []goldTime, pred []herald.Time) {
	var g []herald.Span
	for _, t := range gold {
		if t.Type == c {
			g = append(g, t.Span)
		}
	}
	var p []herald.Span
	for _, t := range pred {
		if string(t.Type) == c {
			p = append(p, t.Span)
		}
	}
	m := matchGreedy(len(g), len(p), func(i, j int) float64 { return iou(g[i], p[j]) })
	s.classes.get(c).add(Score{TP: len(m), FP: len(p) - len(m), FN: len(g) - len(m)})
}

// addOtherClasses counts items of types outside TimeML's four, which can
// match nothing of their type in a valid gold set, under their own names.
func (s *timexSum) addOtherClasses(gold []goldTime, pred []herald.Time) {
	known := func(c string) bool {
		for _, k := range timexClasses {
			if c == k {
				return true
			}
		}
		return false
	}
	for _, t := range gold {
		if !known(t.Type) {
			s.classes.get(orNone(t.Type)).FN++
		}
	}
	for _, t := range pred {
		if !known(string(t.Type)) {
			s.classes.get(orNone(string(t.Type))).FP++
		}
	}
}

// orNone names an empty class.
func orNone(c string) string {
	if c == "" {
		return "(none)"
	}
	return c
}

// nonEmptyTimes drops predictions with empty spans.
func nonEmptyTimes(ts []herald.Time) []herald.Time {
	out := make([]herald.Time, 0, len(ts))
	for _, t := range ts {
		if !t.Empty() {
			out = append(out, t)
		}
	}
	return out
}

// report returns the report of the documents scored.
func (s *timexSum) report() *Report {
	strict, relaxed := total("strict", s.strict), total("relaxed", s.relaxed)
	value := newScore("value", s.valueHits, s.nPred-s.valueHits, s.nGold-s.valueHits)
	typ := newScore("type", s.typeHits, s.nPred-s.typeHits, s.nGold-s.typeHits)
	return &Report{
		Classes: s.classes.scores(),
		Overall: relaxed,
		Totals:  append([]Score{strict, value, typ}, s.values.scores()...),
		Figures: []Figure{
			{Name: "value accuracy", Value: ratio(float64(s.valueHits), float64(relaxed.TP)), N: relaxed.TP},
			{Name: "type accuracy", Value: ratio(float64(s.typeHits), float64(relaxed.TP)), N: relaxed.TP},
		},
	}
}
