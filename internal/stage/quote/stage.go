package quote

import (
	"context"

	"github.com/heraldproject/herald"
)

// Stage finds quotes and attributions. It holds no state and is safe for
// concurrent use.
type Stage struct{}

var _ herald.Stage = (*Stage)(nil)

// New returns the quote stage.
func New() *Stage { return &Stage{} }

// Name returns "quote".
func (*Stage) Name() string { return "quote" }

// checkEvery is how many sentences are read between checks of the
// context.
const checkEvery = 64

// Process appends the document's quotes to doc.Quotes in text order. It
// reads doc.Sentences and doc.Tokens, which the segment stage fills, and
// doc.Entities, to which it resolves speakers; without entities every
// speaker is "". Tokens or sentences that do not fit the text are
// reported as a warning and leave the document without quotes.
func (s *Stage) Process(ctx context.Context, doc *herald.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if !fits(doc) {
		doc.Diagnose(herald.Warning, s.Name(), herald.Span{}, "skipped quotes: tokens or sentences do not fit the text")
		return nil
	}
	a := newAnalysis(doc)
	if err := a.run(ctx); err != nil {
		return err
	}
	for _, f := range a.found {
		doc.Quotes = append(doc.Quotes, herald.Quote{Span: f.content, Kind: f.kind, Speaker: f.speaker, Cue: f.cue, Source: f.source})
	}
	return nil
}

// run finds the quotes of the document: direct quotes first, which claim
// their reporting verbs, then quoted fragments with a verb of describing,
// then reported speech from the verbs left; then it puts them in text
// order and resolves their speakers.
func (a *analysis) run(ctx context.Context) error {
	segs := a.segments()
	a.direct(segs)
	a.fragments(segs)
	var cands []cand
	for si, s := range a.doc.Sentences {
		if si%checkEvery == checkEvery-1 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		cands = a.indirect(s.FirstToken, s.EndToken, cands)
	}
	a.order()
	a.resolve()
	return nil
}

// fits reports whether the tokens of doc are ordered spans of its text
// and its sentences ordered ranges of its tokens.
func fits(doc *herald.Document) bool {
	end := 0
	for _, t := range doc.Tokens {
		if t.Start < end || t.End < t.Start || t.End > len(doc.Text) {
			return false
		}
		end = t.End
	}
	next := 0
	for _, s := range doc.Sentences {
		if s.FirstToken < next || s.EndToken < s.FirstToken || s.EndToken > len(doc.Tokens) {
			return false
		}
		next = s.EndToken
	}
	return true
}
