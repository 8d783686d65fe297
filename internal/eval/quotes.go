package eval

import (
	"context"
	"unicode"
	"unicode/utf8"

	"github.com/heraldproject/herald"
)

// runQuotes scores quote contents and speakers on PolNeAR.
//
// Spans are compared by the letters and digits they cover, so that quote
// marks, punctuation and white space at the edges of a span make no
// difference. A gold content may have several fragments, split around its
// cue and source as in `“X,” he said, “Y”`; what lies between them counts
// neither for nor against a prediction, so that the span from X to Y
// matches exactly. Gold and predicted contents are paired one to one, best
// first, by intersection over union of those characters. Predictions that
// cover no letter or digit are ignored.
//
//   - Overall ("overlap≥0.5"): a pair counts when its intersection over
//     union is at least 0.5, so a prediction must cover half of the gold
//     content and not be more than twice as long.
//   - "exact": a pair counts when both cover exactly the same letters and
//     digits.
//   - "speaker accuracy": over the overlap pairs whose gold attribution
//     has a source, the share whose predicted speaker is an entity with a
//     mention (of any kind) overlapping the gold source.
func runQuotes(ctx context.Context, goldPath string, r *runner) (*Report, error) {
	docs, notes, err := readPolNeAR(goldPath)
	if err != nil {
		return nil, err
	}
	var s quoteSum
	for _, d := range docs {
		if r.done() {
			break
		}
		a := herald.Article{ID: d.ID, Text: d.Text, Origin: herald.Origin{Path: d.Path, Format: "text"}}
		doc, err := r.analyze(ctx, a)
		if err != nil {
			return nil, err
		}
		s.add(doc, d.Quotes)
	}
	return &Report{
		Overall: total("overlap≥0.5", s.overlap),
		Totals:  []Score{total("exact", s.exact)},
		Figures: []Figure{{Name: "speaker accuracy", Value: ratio(float64(s.speakerHits), float64(s.speakerN)), N: s.speakerN}},
		Notes:   notes,
	}, nil
}

// A quoteSum accumulates quote counts.
type quoteSum struct {
	overlap, exact        Score
	speakerHits, speakerN int
}

// add scores one document.
func (s *quoteSum) add(doc *herald.Document, gold []goldQuote) {
	w := newWordWeights(doc.Text)
	pred := make([]herald.Quote, 0, len(doc.Quotes))
	for _, q := range doc.Quotes {
		if w.of(q.Span) > 0 {
			pred = append(pred, q)
		}
	}
	contents := make([][]herald.Span, len(gold))
	for i, g := range gold {
		contents[i] = mergeSpans(g.Content)
	}
	score := func(g, p int) float64 { return w.iou(pred[p].Span, contents[g]) }
	var overlapTP, exactTP int
	for _, m := range matchGreedy(len(gold), len(pred), score) {
		v := score(m.G, m.P)
		if v == 1 {
			exactTP++
		}
		if v < 0.5 {
			continue
		}
		overlapTP++
		if len(gold[m.G].Source) > 0 {
			s.speakerN++
			if speaks(doc, pred[m.P].Speaker, gold[m.G].Source) {
				s.speakerHits++
			}
		}
	}
	s.overlap.add(Score{TP: overlapTP, FP: len(pred) - overlapTP, FN: len(gold) - overlapTP})
	s.exact.add(Score{TP: exactTP, FP: len(pred) - exactTP, FN: len(gold) - exactTP})
}

// speaks reports whether the entity with ID speaker has a mention that
// overlaps one of the source fragments.
func speaks(doc *herald.Document, speaker string, source []herald.Span) bool {
	if speaker == "" {
		return false
	}
	for _, e := range doc.Entities {
		if e.ID != speaker {
			continue
		}
		for _, m := range e.Mentions {
			for _, src := range source {
				if m.Overlaps(src) {
					return true
				}
			}
		}
	}
	return false
}

// wordWeights counts the letters and digits of a text by prefix sums:
// before[i] is the number of them that start before byte i.
type wordWeights struct{ before []int }

// newWordWeights indexes text.
func newWordWeights(text string) wordWeights {
	before := make([]int, len(text)+1)
	n := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		for k := range size {
			before[i+k] = n
		}
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			n++
		}
		i += size
	}
	before[len(text)] = n
	return wordWeights{before}
}

// of returns the number of letters and digits in s, clamped to the text.
func (w wordWeights) of(s herald.Span) int {
	start := min(max(s.Start, 0), len(w.before)-1)
	end := min(max(s.End, start), len(w.before)-1)
	return w.before[end] - w.before[start]
}

// iou returns the intersection over union of the letters and digits of p
// and of the fragments frags, sorted and merged by mergeSpans. Letters and
// digits between the fragments of g count for neither side, so that a
// prediction spanning `“X,” he said, “Y”` can match the content X + Y.
func (w wordWeights) iou(p herald.Span, frags []herald.Span) float64 {
	if len(frags) == 0 {
		return 0
	}
	var inter, gold int
	for _, f := range frags {
		gold += w.of(f)
		inter += w.of(intersect(p, f))
	}
	hull := herald.Span{Start: frags[0].Start, End: frags[len(frags)-1].End}
	gaps := w.of(intersect(p, hull)) - inter
	return ratio(float64(inter), float64(w.of(p)-gaps+gold-inter))
}

// intersect returns the span a and b share; it is empty when they do not
// overlap.
func intersect(a, b herald.Span) herald.Span {
	s := herald.Span{Start: max(a.Start, b.Start), End: min(a.End, b.End)}
	if s.End < s.Start {
		return herald.Span{}
	}
	return s
}

// mergeSpans returns spans sorted with overlapping ones joined.
func mergeSpans(spans []herald.Span) []herald.Span {
	out := append([]herald.Span(nil), spans...)
	sortSpans(out)
	merged := out[:0]
	for _, s := range out {
		if n := len(merged); n > 0 && s.Start <= merged[n-1].End {
			merged[n-1].End = max(merged[n-1].End, s.End)
			continue
		}
		merged = append(merged, s)
	}
	return merged
}
