package actor

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

// Options configure a Stage. The zero value uses herald's own knowledge
// only.
type Options struct {
	// Dictionaries are paths of user dictionaries, in herald's format or
	// PETRARCH's (see the package documentation). Their entries take
	// precedence over herald's knowledge, a later file over an earlier
	// one, and their role words extend or replace herald's.
	Dictionaries []string
}

// A Stage is the actor stage: it links the mentions of each entity, reads
// roles and codes actors. It is safe for concurrent use once loaded.
type Stage struct {
	opts Options
	once sync.Once
	kn   *knowledge
	err  error
	pool sync.Pool // *analysis
}

// New returns a Stage configured by opts. Load reads its knowledge and
// dictionaries.
func New(opts Options) *Stage {
	s := &Stage{opts: Options{Dictionaries: append([]string(nil), opts.Dictionaries...)}}
	s.pool.New = func() any { return new(analysis) }
	return s
}

// Name returns "actor".
func (s *Stage) Name() string { return "actor" }

// Load reads herald's actor knowledge and the user's dictionaries. It is
// called once, before any document; Process loads on first use when it
// was not. A malformed dictionary line gives an error wrapping
// ErrDictionary that names the file and the line.
func (s *Stage) Load(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.once.Do(func() {
		s.kn, s.err = loadKnowledge(ctx, s.opts.Dictionaries)
		if s.err != nil {
			s.err = fmt.Errorf("load actor knowledge: %w", s.err)
		}
	})
	return s.err
}

// Process replaces doc.Entities, as the entity stage left them (one entity
// per name), with one entity per real-world participant: its name,
// pronoun and nominal mentions linked, its role read from the text and its
// CAMEO actor code. It returns an error only when the knowledge cannot be
// loaded or ctx is done.
func (s *Stage) Process(ctx context.Context, doc *herald.Document) error {
	if err := s.Load(ctx); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	a := s.pool.Get().(*analysis)
	defer s.pool.Put(a)
	a.reset(s.kn, doc)
	a.run()
	doc.Entities = a.entities()
	return nil
}
