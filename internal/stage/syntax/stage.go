package syntax

import (
	"context"
	"fmt"
	"sync"

	"github.com/heraldproject/herald"
)

var (
	_ herald.Stage  = (*Stage)(nil)
	_ herald.Loader = (*Stage)(nil)
)

// A Stage is the syntax stage: it sets the POS and Chunk of every token of
// every sentence. It is safe for concurrent use once loaded.
type Stage struct {
	once sync.Once
	tg   *Tagger
	err  error
}

// New returns a Stage with the embedded model, decoded by Load.
func New() *Stage { return &Stage{} }

// Name returns "syntax".
func (s *Stage) Name() string { return "syntax" }

// Load decodes the embedded model. It is called once, before any document;
// Process loads on first use when it was not.
func (s *Stage) Load(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.once.Do(func() {
		s.tg, s.err = Embedded()
		if s.err != nil {
			s.err = fmt.Errorf("load syntax model: %w", s.err)
		}
	})
	return s.err
}

// Process tags the tokens of every sentence of doc.
func (s *Stage) Process(ctx context.Context, doc *herald.Document) error {
	if err := s.Load(ctx); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	var words []string
	var pos, chunk []uint8
	for _, sent := range doc.Sentences {
		lo, hi := max(sent.FirstToken, 0), min(sent.EndToken, len(doc.Tokens))
		if lo >= hi {
			continue
		}
		toks := doc.Tokens[lo:hi]
		words = words[:0]
		for _, t := range toks {
			words = append(words, t.In(doc.Text))
		}
		pos, chunk = resize(pos, len(toks)), resize(chunk, len(toks))
		s.tg.Tag(words, pos, chunk)
		for i := range toks {
			toks[i].POS, toks[i].Chunk = posTags[pos[i]], chunkTags[chunk[i]]
		}
	}
	return nil
}
