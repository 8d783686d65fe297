// Package pipeline runs an explicit list of herald stages over documents and
// records how long each stage took.
//
// The list is fixed when the pipeline is made: there is no registry and no
// reordering. Stages that implement herald.Loader are loaded once, before the
// first document.
package pipeline

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/heraldproject/herald"
)

// A Pipeline runs its stages, in order, over one document at a time. It is
// safe for concurrent use as long as its stages are.
type Pipeline struct {
	stages []herald.Stage

	loadOnce sync.Once
	loadErr  error
}

// New returns a pipeline that runs stages in the order given.
func New(stages ...herald.Stage) *Pipeline {
	return &Pipeline{stages: stages}
}

// Stages returns the names of the pipeline's stages in order.
func (p *Pipeline) Stages() []string {
	names := make([]string, len(p.stages))
	for i, s := range p.stages {
		names[i] = s.Name()
	}
	return names
}

// Load loads every stage that needs loading. Run calls it on first use;
// calling it earlier moves the cost out of the first document.
func (p *Pipeline) Load(ctx context.Context) error {
	p.loadOnce.Do(func() {
		for _, s := range p.stages {
			l, ok := s.(herald.Loader)
			if !ok {
				continue
			}
			if err := l.Load(ctx); err != nil {
				p.loadErr = fmt.Errorf("load stage %s: %w", s.Name(), err)
				return
			}
		}
	})
	return p.loadErr
}

// A Timing is the time one stage spent on one document.
type Timing struct {
	Stage   string
	Elapsed time.Duration
}

// Run runs every stage over doc and returns the time each took, in stage
// order. It stops at the first stage that returns an error.
func (p *Pipeline) Run(ctx context.Context, doc *herald.Document) ([]Timing, error) {
	if err := p.Load(ctx); err != nil {
		return nil, err
	}
	timings := make([]Timing, 0, len(p.stages))
	for _, s := range p.stages {
		if err := ctx.Err(); err != nil {
			return timings, err
		}
		start := time.Now()
		err := s.Process(ctx, doc)
		timings = append(timings, Timing{Stage: s.Name(), Elapsed: time.Since(start)})
		if err != nil {
			return timings, fmt.Errorf("run stage %s: %w", s.Name(), err)
		}
	}
	return timings, nil
}

// Analyze makes a document of a and runs the pipeline over it.
func (p *Pipeline) Analyze(ctx context.Context, a herald.Article) (*herald.Document, error) {
	doc := herald.NewDocument(a)
	_, err := p.Run(ctx, doc)
	return doc, err
}
