package main

import (
	"context"
	"fmt"
	"time"

	"github.com/heraldproject/herald"
)

// publish reads the inputs and puts the articles on the queue for 'herald
// work' instead of analysing them here. An article the server does not
// take is tried again until it does or ctx ends: the server drops a copy
// it already has, so a retry never doubles one.
func (g *ingestion) publish(ctx context.Context, qf queueFlags) int {
	q, err := qf.open(ctx, 0, 0)
	if err != nil {
		g.env.errorf("%v", err)
		return exitError
	}
	defer q.Close()
	published := 0
	for _, path := range g.paths {
		for a, err := range g.read(ctx, path) {
			if ctx.Err() != nil {
				break
			}
			if err != nil {
				g.counts.failed++
				g.failures = append(g.failures, err)
				continue
			}
			if a.Published.IsZero() {
				a.Published = g.date
			}
			if err := publishOne(ctx, g.env, q, a); err != nil {
				break
			}
			published++
		}
	}
	fmt.Fprintf(g.env.stdout, "%s published to queue %s at %s, %s failed\n", articles(published), qf.name, qf.url, commas(g.counts.failed))
	if len(g.failures) > 0 {
		g.env.errorf("%s could not be read:", articles(len(g.failures)))
	}
	listFailures(g.env, g.failures)
	switch {
	case ctx.Err() != nil:
		g.env.errorf("ingest interrupted: %s articles published are queued; run it again to go on", commas(published))
		return exitError
	case g.counts.failed > 0:
		return exitError
	case published == 0:
		g.env.errorf("ingest: no articles found")
		return exitError
	}
	return exitOK
}

// publishOne publishes a, retrying with backoff while the server is away.
// It returns an error only when ctx ends.
func publishOne(ctx context.Context, e *env, q herald.Publisher, a herald.Article) error {
	return retry(ctx, func() error { return q.Publish(ctx, a) }, func(err error, wait time.Duration) {
		e.errorf("%v; trying again in %v", err, wait)
	})
}
