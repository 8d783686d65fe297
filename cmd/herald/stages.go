package main

import (
	"github.com/heraldproject/herald/internal/pipeline"
	"github.com/heraldproject/herald/internal/stage/actor"
	"github.com/heraldproject/herald/internal/stage/entity"
	"github.com/heraldproject/herald/internal/stage/event"
	"github.com/heraldproject/herald/internal/stage/place"
	"github.com/heraldproject/herald/internal/stage/quote"
	"github.com/heraldproject/herald/internal/stage/segment"
	"github.com/heraldproject/herald/internal/stage/timex"
	"github.com/heraldproject/herald/internal/stage/wire"
)

// newPipeline returns herald's analysis pipeline: the stages in the order
// they run. Each stage reads what the ones before it wrote.
func newPipeline() *pipeline.Pipeline {
	return pipeline.New(
		wire.New(),
		segment.New(segment.Options{}),
		entity.New(),
		actor.New(actor.Options{}),
		timex.New(),
		place.New(),
		quote.New(),
		event.New(),
	)
}
