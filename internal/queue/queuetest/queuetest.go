// Package queuetest is the conformance suite that every herald.Queue
// passes: delivery in order and at least once, Ack, Nak and redelivery,
// redelivery when a worker goes silent, dead letters after MaxDeliver,
// Close, and contexts that end.
package queuetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/heraldproject/herald"
)

// Config is what the suite needs a queue to be made with. The values are
// short, so that the suite runs in seconds.
type Config struct {
	AckWait    time.Duration // how long a delivery may stay unsettled
	MaxDeliver int           // deliveries before an article is a dead letter
	Retry      time.Duration // delay before a Nak'd article comes again
}

// A Factory returns a new, empty queue made with c. The suite closes it.
type Factory func(t *testing.T, c Config) herald.Queue

// config is what every case asks for.
var config = Config{AckWait: 2 * time.Second, MaxDeliver: 3, Retry: 100 * time.Millisecond}

// Run runs the suite against the queues that newQueue makes.
func Run(t *testing.T, newQueue Factory) {
	cases := []struct {
		name string
		test func(t *testing.T, q herald.Queue)
	}{
		{"Order", testOrder},
		{"Nak", testNak},
		{"AckWait", testAckWait},
		{"Progress", testProgress},
		{"DeadLetter", testDeadLetter},
		{"Close", testClose},
		{"Context", testContext},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			q := newQueue(t, config)
			t.Cleanup(func() { q.Close() })
			c.test(t, q)
		})
	}
}

// Article returns the i-th test article: every field set, so that a
// queue that drops or changes one is caught.
func Article(i int) herald.Article {
	return herald.Article{
		ID:        fmt.Sprintf("a%d", i),
		URL:       fmt.Sprintf("https://example.com/%d", i),
		Title:     fmt.Sprintf("Headline %d", i),
		Source:    "Reuters",
		Author:    "Jane Doe",
		Published: time.Date(2025, 8, 8, 10, i%60, 0, 0, time.UTC),
		Text:      fmt.Sprintf("MOSCOW (Reuters) - Article %d, with “quotes” and é.\n", i),
		Origin:    herald.Origin{Path: "feeds/today.jsonl", Format: "jsonl", Line: i + 1},
		Diagnostics: []herald.Diagnostic{
			{Severity: herald.Warning, Stage: "ingest", Span: herald.Span{Start: 1, End: 3}, Message: "replaced 1 invalid UTF-8 sequence"},
		},
	}
}

// consume returns the next delivery, failing the test when none comes
// within wait.
func consume(t *testing.T, q herald.Queue, wait time.Duration) herald.Delivery {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	d, err := q.Consume(ctx)
	if err != nil {
		t.Fatalf("Consume: %v", err)
	}
	return d
}

// none fails the test when a delivery comes within wait.
func none(t *testing.T, q herald.Queue, wait time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	d, err := q.Consume(ctx)
	if err == nil {
		t.Fatalf("Consume gave article %s (attempt %d), want none", d.Article().ID, d.Attempt())
	}
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Consume on an empty queue: %v, want context.DeadlineExceeded", err)
	}
}

func publish(t *testing.T, q herald.Queue, as ...herald.Article) {
	t.Helper()
	for _, a := range as {
		if err := q.Publish(context.Background(), a); err != nil {
			t.Fatalf("Publish %s: %v", a.ID, err)
		}
	}
}

func ack(t *testing.T, d herald.Delivery) {
	t.Helper()
	if err := d.Ack(context.Background()); err != nil {
		t.Fatalf("Ack %s: %v", d.Article().ID, err)
	}
}

// wantStats waits up to a few seconds for q's stats to be want: a server
// may count a settled delivery a moment after it is settled.
func wantStats(t *testing.T, q herald.Queue, want herald.QueueStats) {
	t.Helper()
	var got herald.QueueStats
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		var err error
		if got, err = q.Stats(context.Background()); err != nil {
			t.Fatalf("Stats: %v", err)
		}
		if got == want {
			return
		}
	}
	t.Fatalf("Stats = %+v, want %+v", got, want)
}

// testOrder: one consumer gets every article once, in the order published,
// exactly as published.
func testOrder(t *testing.T, q herald.Queue) {
	const n = 20
	for i := range n {
		publish(t, q, Article(i))
	}
	wantStats(t, q, herald.QueueStats{Pending: n})
	for i := range n {
		d := consume(t, q, 5*time.Second)
		if got, want := d.Article(), Article(i); !reflect.DeepEqual(got, want) {
			t.Fatalf("delivery %d:\n got %+v\nwant %+v", i, got, want)
		}
		if d.Attempt() != 1 {
			t.Errorf("article %d: Attempt = %d, want 1", i, d.Attempt())
		}
		if i == 0 {
			wantStats(t, q, herald.QueueStats{Pending: n - 1, InFlight: 1})
		}
		ack(t, d)
	}
	wantStats(t, q, herald.QueueStats{})
	none(t, q, 300*time.Millisecond)
}

// testNak: a Nak'd article comes again, with the next attempt number.
func testNak(t *testing.T, q herald.Queue) {
	publish(t, q, Article(1))
	d := consume(t, q, 5*time.Second)
	if err := d.Nak(context.Background()); err != nil {
		t.Fatalf("Nak: %v", err)
	}
	d = consume(t, q, 5*time.Second)
	if d.Article().ID != "a1" || d.Attempt() != 2 {
		t.Fatalf("after Nak got %s attempt %d, want a1 attempt 2", d.Article().ID, d.Attempt())
	}
	wantStats(t, q, herald.QueueStats{InFlight: 1, Redelivered: 1})
	ack(t, d)
	wantStats(t, q, herald.QueueStats{})
}

// testAckWait: a delivery left unsettled, as by a worker that died, goes
// to a worker again once the ack wait is over, and not before.
func testAckWait(t *testing.T, q herald.Queue) {
	publish(t, q, Article(2))
	start := time.Now()
	consume(t, q, 5*time.Second) // and never settled
	d := consume(t, q, config.AckWait+5*time.Second)
	if waited := time.Since(start); waited < config.AckWait*9/10 {
		t.Errorf("redelivered after %v, before the ack wait of %v", waited, config.AckWait)
	}
	if d.Article().ID != "a2" || d.Attempt() != 2 {
		t.Fatalf("after the ack wait got %s attempt %d, want a2 attempt 2", d.Article().ID, d.Attempt())
	}
	ack(t, d)
	wantStats(t, q, herald.QueueStats{})
}

// testProgress: a worker that reports progress keeps its article past the
// ack wait.
func testProgress(t *testing.T, q herald.Queue) {
	publish(t, q, Article(3))
	d := consume(t, q, 5*time.Second)
	for range 4 {
		time.Sleep(config.AckWait / 2)
		if err := d.Progress(context.Background()); err != nil {
			t.Fatalf("Progress: %v", err)
		}
	}
	// Two ack waits have passed since the delivery.
	none(t, q, config.AckWait/4)
	ack(t, d)
	wantStats(t, q, herald.QueueStats{})
}

// testDeadLetter: an article that fails MaxDeliver times becomes a dead
// letter and does not hold up the others.
func testDeadLetter(t *testing.T, q herald.Queue) {
	publish(t, q, Article(4), Article(5))
	acked := 0
	for naks := 0; naks < config.MaxDeliver || acked == 0; {
		d := consume(t, q, 5*time.Second)
		switch id := d.Article().ID; id {
		case "a4":
			naks++
			if d.Attempt() != naks {
				t.Fatalf("poison delivered with Attempt %d, want %d", d.Attempt(), naks)
			}
			if err := d.Nak(context.Background()); err != nil {
				t.Fatalf("Nak: %v", err)
			}
		case "a5":
			acked++
			ack(t, d)
		default:
			t.Fatalf("unexpected article %s", id)
		}
	}
	// A JetStream server finds a message past MaxDeliver when a worker
	// next asks for one, as running workers always do.
	none(t, q, time.Second)
	wantStats(t, q, herald.QueueStats{Dead: 1})
}

// testClose: a closed queue refuses Publish and Consume with ErrClosed,
// wakes a waiting Consume, and may be closed again.
func testClose(t *testing.T, q herald.Queue) {
	errs := make(chan error, 1)
	go func() {
		_, err := q.Consume(context.Background())
		errs <- err
	}()
	time.Sleep(200 * time.Millisecond)
	if err := q.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	select {
	case err := <-errs:
		if !errors.Is(err, herald.ErrClosed) {
			t.Errorf("waiting Consume after Close: %v, want ErrClosed", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Close did not wake a waiting Consume")
	}
	if err := q.Publish(context.Background(), Article(6)); !errors.Is(err, herald.ErrClosed) {
		t.Errorf("Publish after Close: %v, want ErrClosed", err)
	}
	if _, err := q.Consume(context.Background()); !errors.Is(err, herald.ErrClosed) {
		t.Errorf("Consume after Close: %v, want ErrClosed", err)
	}
	if err := q.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

// testContext: Consume gives up when its context ends, and an ended
// context publishes nothing.
func testContext(t *testing.T, q herald.Queue) {
	ctx, cancel := context.WithCancel(context.Background())
	errs := make(chan error, 1)
	go func() {
		_, err := q.Consume(ctx)
		errs <- err
	}()
	time.Sleep(200 * time.Millisecond)
	cancel()
	select {
	case err := <-errs:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("Consume after cancel: %v, want context.Canceled", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("cancel did not end a waiting Consume")
	}
	if err := q.Publish(ctx, Article(7)); !errors.Is(err, context.Canceled) {
		t.Errorf("Publish with an ended context: %v, want context.Canceled", err)
	}
	none(t, q, 300*time.Millisecond)
}
