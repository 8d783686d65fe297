package eval

import (
	"context"

	"github.com/heraldproject/herald"
)

// conllClasses are the CoNLL-2003 entity types, in report order.
var conllClasses = []string{"PER", "ORG", "LOC", "MISC"}

// conllType maps herald's entity types to CoNLL-2003 types. Types not
// listed are not scored.
var conllType = map[herald.EntityType]string{
	herald.Person:       "PER",
	herald.Organization: "ORG",
	herald.GPE:          "LOC",
	herald.Location:     "LOC",
	herald.NORP:         "MISC",
	herald.Misc:         "MISC",
}

// runNER scores entity recognition on a CoNLL-2003 file the way conlleval
// does: a predicted entity is correct when its span and type both equal a
// gold entity's; counts are summed over all documents (micro average).
// Overall covers every type; the "PER+ORG+LOC" row leaves out MISC, for
// comparison with recognisers that do not tag it.
func runNER(ctx context.Context, goldPath string, r *runner) (*Report, error) {
	docs, err := readCoNLLFile(goldPath)
	if err != nil {
		return nil, err
	}
	t := newTally(conllClasses...)
	err = r.analyzeCoNLL(ctx, goldPath, docs, func(d conllDoc, doc *herald.Document) {
		scoreSpans(t, d.Spans, predictedNER(doc))
	})
	if err != nil {
		return nil, err
	}
	classes := t.scores()
	var core []Score
	for _, s := range classes {
		if s.Name == "PER" || s.Name == "ORG" || s.Name == "LOC" {
			core = append(core, s)
		}
	}
	return &Report{
		Classes: classes,
		Overall: total("overall", classes...),
		Totals:  []Score{total("PER+ORG+LOC", core...)},
	}, nil
}

// predictedNER returns the name mentions of doc's entities as CoNLL-typed
// spans.
func predictedNER(doc *herald.Document) []typedSpan {
	var out []typedSpan
	for _, e := range doc.Entities {
		typ, ok := conllType[e.Type]
		if !ok {
			continue
		}
		for _, m := range e.Mentions {
			switch m.Kind {
			case herald.NameMention:
				out = append(out, typedSpan{Span: m.Span, Type: typ})
			case herald.DemonymMention:
				// CoNLL tags nationality adjectives MISC, whatever
				// country they stand for.
				out = append(out, typedSpan{Span: m.Span, Type: "MISC"})
			}
		}
	}
	return out
}

// scoreSpans adds exact-match counts to t: a prediction is a true positive
// when a gold item has the same span and type. Duplicate items count once.
func scoreSpans(t *tally, gold, pred []typedSpan) {
	inGold := make(map[typedSpan]bool, len(gold))
	for _, g := range gold {
		inGold[g] = true
	}
	inPred := make(map[typedSpan]bool, len(pred))
	for _, p := range pred {
		if inPred[p] {
			continue
		}
		inPred[p] = true
		if inGold[p] {
			t.get(p.Type).TP++
		} else {
			t.get(p.Type).FP++
		}
	}
	seen := make(map[typedSpan]bool, len(gold))
	for _, g := range gold {
		if !seen[g] && !inPred[g] {
			t.get(g.Type).FN++
		}
		seen[g] = true
	}
}
