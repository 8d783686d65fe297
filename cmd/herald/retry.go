package main

import (
	"context"
	"time"
)

// The waits between tries of something that fails while a server (NATS,
// PostgreSQL) is away: firstRetry, doubling up to lastRetry.
const (
	firstRetry = 100 * time.Millisecond
	lastRetry  = 5 * time.Second
)

// retry calls try until it succeeds, telling failed of each failure and
// the wait before the next try. It gives up, returning ctx's error, only
// when ctx ends.
func retry(ctx context.Context, try func() error, failed func(err error, wait time.Duration)) error {
	wait := firstRetry
	for {
		err := try()
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		failed(err, wait)
		if !sleep(ctx, wait) {
			return ctx.Err()
		}
		wait = min(2*wait, lastRetry)
	}
}

// sleep waits for d or the end of ctx, and reports whether ctx is still
// going.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
