package inproc_test

import (
	"testing"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/queue/inproc"
	"github.com/heraldproject/herald/internal/queue/queuetest"
)

func TestQueue(t *testing.T) {
	queuetest.Run(t, func(t *testing.T, c queuetest.Config) herald.Queue {
		return inproc.New(inproc.Options{AckWait: c.AckWait, MaxDeliver: c.MaxDeliver, Retry: c.Retry})
	})
}
