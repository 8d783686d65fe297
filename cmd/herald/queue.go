package main

import (
	"context"
	"flag"
	"os"
	"time"

	"github.com/heraldproject/herald/internal/queue/nats"
)

// queueFlags name the NATS JetStream queue that ingest publishes to and
// work consumes from.
type queueFlags struct {
	url  string
	name string
}

// register adds --nats and --queue to fs.
func (f *queueFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.url, "nats", os.Getenv("HERALD_NATS"), "NATS server `URL` of the work queue (default $HERALD_NATS)")
	fs.StringVar(&f.name, "queue", "herald", "`name` of the work queue's streams on the server")
}

// open opens the queue. Only work sets the consumer's settings.
func (f *queueFlags) open(ctx context.Context, ackWait time.Duration, maxDeliver int) (*nats.Queue, error) {
	return nats.Open(ctx, f.url, nats.Options{Name: f.name, AckWait: ackWait, MaxDeliver: maxDeliver})
}
