package entity

import (
	"context"
	"fmt"
	"strconv"
	"sync"

	"github.com/heraldproject/herald"
)

var (
	_ herald.Stage  = (*Stage)(nil)
	_ herald.Loader = (*Stage)(nil)
)

// A Stage is the named-entity stage: it adds one entity per recognised name
// to a document. It is safe for concurrent use once loaded.
type Stage struct {
	once sync.Once
	rec  *Recognizer
	err  error
}

// New returns a Stage with the embedded model, decoded by Load.
func New() *Stage { return &Stage{} }

// NewWith returns a Stage that uses r instead of the embedded model.
func NewWith(r *Recognizer) *Stage {
	s := &Stage{rec: r}
	s.once.Do(func() {})
	return s
}

// Name returns "entity".
func (s *Stage) Name() string { return "entity" }

// Load decodes the embedded model. It is called once, before any document;
// Process loads on first use when it was not.
func (s *Stage) Load(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.once.Do(func() {
		s.rec, s.err = Embedded()
		if s.err != nil {
			s.err = fmt.Errorf("load entity model: %w", s.err)
		}
	})
	return s.err
}

// Recognizer returns the stage's recogniser, loading it if need be, so that
// later stages can tag sentences the same way.
func (s *Stage) Recognizer(ctx context.Context) (*Recognizer, error) {
	if err := s.Load(ctx); err != nil {
		return nil, err
	}
	return s.rec, nil
}

// Process tags every sentence of doc and appends an entity for each name,
// with IDs continuing from the entities doc already has: "E1", "E2", ….
// Each entity has the name's text as its Name and one name mention.
func (s *Stage) Process(ctx context.Context, doc *herald.Document) error {
	r, err := s.Recognizer(ctx)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	for _, sent := range doc.Sentences {
		if !validSentence(doc, sent) && sent.FirstToken != sent.EndToken {
			doc.Diagnose(herald.Warning, s.Name(), sent.Span, "sentence tokens out of range; no names recognised")
		}
	}
	r.document(doc, func(_ int, names []Name) {
		for _, n := range names {
			doc.Entities = append(doc.Entities, herald.Entity{
				ID:       "E" + strconv.Itoa(len(doc.Entities)+1),
				Name:     n.Span.In(doc.Text),
				Type:     n.Type,
				Mentions: []herald.Mention{{Span: n.Span, Kind: herald.NameMention}},
			})
		}
	})
	return nil
}
