package main

import (
	"flag"

	"github.com/heraldproject/herald/internal/pipeline"
	"github.com/heraldproject/herald/internal/stage/actor"
	"github.com/heraldproject/herald/internal/stage/entity"
	"github.com/heraldproject/herald/internal/stage/event"
	"github.com/heraldproject/herald/internal/stage/place"
	"github.com/heraldproject/herald/internal/stage/quote"
	"github.com/heraldproject/herald/internal/stage/segment"
	"github.com/heraldproject/herald/internal/stage/syntax"
	"github.com/heraldproject/herald/internal/stage/timex"
	"github.com/heraldproject/herald/internal/stage/wire"
)

// A pipelineConfig is what the command line says about analysis.
type pipelineConfig struct {
	dictionaries []string // actor dictionaries, in herald's or PETRARCH's format
}

// flags registers the analysis flags on fs.
func (c *pipelineConfig) flags(fs *flag.FlagSet) {
	fs.Func("dictionary", "actor dictionary `file` in herald's format or PETRARCH's .actors/.agents format, extending and overriding herald's own (repeat for several)",
		func(path string) error {
			c.dictionaries = append(c.dictionaries, path)
			return nil
		})
}

// newPipeline returns herald's analysis pipeline: the stages in the order
// they run. Each stage reads what the ones before it wrote.
func newPipeline(c pipelineConfig) *pipeline.Pipeline {
	return pipeline.New(
		wire.New(),
		segment.New(segment.Options{}),
		entity.New(),
		actor.New(actor.Options{Dictionaries: c.dictionaries}),
		timex.New(),
		place.New(),
		quote.New(),
		syntax.New(),
		event.New(),
	)
}
