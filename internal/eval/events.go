package eval

import (
	"bytes"
	"context"
	"fmt"
	"os"

	"github.com/heraldproject/herald"
)

// ploverTypes are PLOVER's event types (draft 0.8, as CAMEO2PLOVER
// gives them) in quad-category order. A gold set's types of an earlier
// draft are read under their 0.8 names (ploverRenamed); any other type gets
// a row after these.
var ploverTypes = []string{
	"AGREE", "CONSULT", "SUPPORT", "CONCEDE",
	"COOPERATE", "AID", "RETREAT",
	"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION",
	"PROTEST", "MOBILIZE", "COERCE", "ASSAULT",
}

// cameoRoots are the CAMEO event roots.
var cameoRoots = []string{
	"01", "02", "03", "04", "05", "06", "07", "08", "09", "10",
	"11", "12", "13", "14", "15", "16", "17", "18", "19", "20",
}

// runEvents scores event coding on a PLOVER GSR JSON file or a PETRARCH
// validation XML file, told apart by their first character. Each record is
// one sentence, analysed as a document of its own.
//
// PLOVER: the record's type is predicted by the PLOVER type of herald's
// most confident event (the first on a tie; none when there is no event).
// Classes are precision and recall of that single label per type, and the
// figure "event type accuracy" is the share of records whose type is
// right. Overall is micro P/R/F1 over (source, target, type) triples with
// actors cut to their country code, as the gold set codes them, each
// record's triples compared as sets.
//
// PETRARCH: Overall compares (source, target, event) triples with full
// actor and event codes, as sets per record; "root" compares the event's
// two-digit root, and "root, country" also cuts actors to their first
// three letters. Classes are the root-level counts per CAMEO root.
//
// In both, a predicted event without a source actor code forms no triple,
// as the gold sets code no event without a source.
func runEvents(ctx context.Context, goldPath string, r *runner) (*Report, error) {
	data, err := os.ReadFile(goldPath)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	trimmed := bytes.TrimSpace(data)
	switch {
	case len(trimmed) > 0 && (trimmed[0] == '[' || trimmed[0] == '{'):
		docs, notes, err := readPLOVER(data, goldPath)
		if err != nil {
			return nil, err
		}
		return scoreEvents(ctx, r, goldPath, docs, notes, newPloverSum())
	case len(trimmed) > 0 && trimmed[0] == '<':
		docs, notes, err := readPETRARCH(data, goldPath)
		if err != nil {
			return nil, err
		}
		return scoreEvents(ctx, r, goldPath, docs, notes, newPetrarchSum())
	}
	return nil, fmt.Errorf("read gold %q: %w: want PLOVER JSON or PETRARCH XML", goldPath, herald.ErrMalformed)
}

// An eventScorer accumulates the scores of one event gold format.
type eventScorer interface {
	add(gold eventDoc, doc *herald.Document)
	report() *Report
}

// scoreEvents analyses every record and scores it with s.
func scoreEvents(ctx context.Context, r *runner, path string, docs []eventDoc, notes []string, s eventScorer) (*Report, error) {
	for _, d := range docs {
		if r.done() {
			break
		}
		a := herald.Article{ID: d.ID, Text: d.Text, Published: d.Published, Origin: herald.Origin{Path: path, Format: "events"}}
		doc, err := r.analyze(ctx, a)
		if err != nil {
			return nil, err
		}
		s.add(d, doc)
	}
	rep := s.report()
	rep.Notes = notes
	return rep, nil
}

// A ploverSum scores PLOVER records.
type ploverSum struct {
	types           *tally
	triples         Score
	right, nRecords int
}

func newPloverSum() *ploverSum { return &ploverSum{types: newTally(ploverTypes...)} }

func (s *ploverSum) add(gold eventDoc, doc *herald.Document) {
	pred := predictedType(doc.Events)
	s.nRecords++
	if pred == gold.Type {
		s.right++
		s.types.get(gold.Type).TP++
	} else {
		s.types.get(gold.Type).FN++
		if pred != "" {
			s.types.get(pred).FP++
		}
	}
	var triples []triple
	for _, e := range doc.Events {
		if e.PLOVER != "" && e.Source.Actor != "" {
			triples = append(triples, triple{gsrCountry(e.Source.Actor), gsrCountry(e.Target.Actor), e.PLOVER})
		}
	}
	found, extra, missed := diffTriples(gold.Triples, triples)
	s.triples.add(Score{TP: len(found), FP: len(extra), FN: len(missed)})
}

func (s *ploverSum) report() *Report {
	return &Report{
		Classes: s.types.scores(),
		Overall: total("triples", s.triples),
		Figures: []Figure{{Name: "event type accuracy", Value: ratio(float64(s.right), float64(s.nRecords)), N: s.nRecords}},
	}
}

// predictedType returns the PLOVER type of the most confident event with
// one, or "".
func predictedType(events []herald.Event) string {
	best, conf := "", -1.0
	for _, e := range events {
		if e.PLOVER != "" && e.Confidence > conf {
			best, conf = e.PLOVER, e.Confidence
		}
	}
	return best
}

// A petrarchSum scores PETRARCH records at three levels of detail.
type petrarchSum struct {
	roots                   *tally
	full, root, rootCountry Score
}

func newPetrarchSum() *petrarchSum { return &petrarchSum{roots: newTally(cameoRoots...)} }

func (s *petrarchSum) add(gold eventDoc, doc *herald.Document) {
	var pred []triple
	for _, e := range doc.Events {
		if e.CAMEO != "" && e.Source.Actor != "" {
			pred = append(pred, triple{e.Source.Actor, e.Target.Actor, e.CAMEO})
		}
	}
	found, extra, missed := diffTriples(gold.Triples, pred)
	s.full.add(Score{TP: len(found), FP: len(extra), FN: len(missed)})

	found, extra, missed = diffTriples(mapTriples(gold.Triples, rootOnly), mapTriples(pred, rootOnly))
	s.root.add(Score{TP: len(found), FP: len(extra), FN: len(missed)})
	for _, t := range found {
		s.roots.get(t.Event).TP++
	}
	for _, t := range extra {
		s.roots.get(t.Event).FP++
	}
	for _, t := range missed {
		s.roots.get(t.Event).FN++
	}

	found, extra, missed = diffTriples(mapTriples(gold.Triples, countryRoot), mapTriples(pred, countryRoot))
	s.rootCountry.add(Score{TP: len(found), FP: len(extra), FN: len(missed)})
}

func (s *petrarchSum) report() *Report {
	return &Report{
		Classes: s.roots.scores(),
		Overall: total("full", s.full),
		Totals:  []Score{total("root", s.root), total("root, country", s.rootCountry)},
	}
}

// rootOnly cuts a triple's event code to its root.
func rootOnly(t triple) triple { return triple{t.Source, t.Target, root(t.Event)} }

// countryRoot cuts a triple's actor codes to their country and its event
// code to its root.
func countryRoot(t triple) triple { return triple{country(t.Source), country(t.Target), root(t.Event)} }

// root returns the two-digit root of a CAMEO event code.
func root(code string) string {
	if len(code) > 2 {
		return code[:2]
	}
	return code
}

// mapTriples applies f to every triple.
func mapTriples(ts []triple, f func(triple) triple) []triple {
	out := make([]triple, len(ts))
	for i, t := range ts {
		out[i] = f(t)
	}
	return out
}

// diffTriples compares gold and predicted triples as sets. It returns the
// triples in both, those only predicted and those only in gold, each once
// and in the order first given.
func diffTriples(gold, pred []triple) (found, extra, missed []triple) {
	inGold := make(map[triple]bool, len(gold))
	for _, t := range gold {
		inGold[t] = true
	}
	inPred := make(map[triple]bool, len(pred))
	for _, t := range pred {
		if inPred[t] {
			continue
		}
		inPred[t] = true
		if inGold[t] {
			found = append(found, t)
		} else {
			extra = append(extra, t)
		}
	}
	seen := make(map[triple]bool, len(gold))
	for _, t := range gold {
		if !seen[t] && !inPred[t] {
			missed = append(missed, t)
		}
		seen[t] = true
	}
	return found, extra, missed
}
