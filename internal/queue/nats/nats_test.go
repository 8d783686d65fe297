package nats_test

import (
	"context"
	"fmt"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/queue/nats"
	"github.com/heraldproject/herald/internal/queue/queuetest"
	natsgo "github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// server returns the NATS server that HERALD_TEST_NATS names, skipping the
// test when it is unset.
func server(t *testing.T) string {
	url := os.Getenv("HERALD_TEST_NATS")
	if url == "" {
		t.Skip("HERALD_TEST_NATS is not set; it names a NATS server with JetStream, e.g. nats://127.0.0.1:4222")
	}
	return url
}

var queues atomic.Int64

// uniqueName names a queue no other test, in this run or a concurrent one,
// uses.
func uniqueName() string {
	return fmt.Sprintf("test-%d-%d-%d", os.Getpid(), time.Now().UnixNano(), queues.Add(1))
}

func TestQueue(t *testing.T) {
	url := server(t)
	queuetest.Run(t, func(t *testing.T, c queuetest.Config) herald.Queue {
		return open(t, url, nats.Options{Name: uniqueName(), AckWait: c.AckWait, MaxDeliver: c.MaxDeliver, Retry: c.Retry})
	})
}

// open opens a queue and deletes its streams when the test ends.
func open(t *testing.T, url string, opts nats.Options) *nats.Queue {
	t.Helper()
	ctx := context.Background()
	q, err := nats.Open(ctx, url, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		q.Close()
		deleteStreams(t, url, opts.Name)
	})
	return q
}

// deleteStreams deletes the streams of the queue called name.
func deleteStreams(t *testing.T, url, name string) {
	t.Helper()
	nc, err := natsgo.Connect(url)
	if err != nil {
		t.Errorf("delete queue %s: %v", name, err)
		return
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Errorf("delete queue %s: %v", name, err)
		return
	}
	for _, s := range []string{name, name + "-dead"} {
		if err := js.DeleteStream(context.Background(), s); err != nil {
			t.Errorf("delete stream %s: %v", s, err)
		}
	}
}

func TestDeadLetters(t *testing.T) {
	url := server(t)
	ctx := context.Background()
	q := open(t, url, nats.Options{Name: uniqueName(), MaxDeliver: 2, Retry: 50 * time.Millisecond})
	poison := queuetest.Article(9)
	if err := q.Publish(ctx, poison); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		d, err := q.Consume(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if err := d.Nak(ctx); err != nil {
			t.Fatal(err)
		}
	}
	// The server gives up on the article when a worker next asks.
	pull, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	if d, err := q.Consume(pull); err == nil {
		t.Fatalf("a third delivery, attempt %d, past MaxDeliver 2", d.Attempt())
	}
	var letters []nats.DeadLetter
	for deadline := time.Now().Add(5 * time.Second); len(letters) == 0 && time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		var err error
		if letters, err = q.DeadLetters(ctx, 10); err != nil {
			t.Fatal(err)
		}
	}
	if len(letters) != 1 {
		t.Fatalf("%d dead letters, want 1", len(letters))
	}
	l := letters[0]
	if l.Article.ID != poison.ID || l.Article.Text != poison.Text || l.Deliveries != 2 || l.Reason == "" || l.Time.IsZero() {
		t.Errorf("dead letter %+v, want article %s after 2 deliveries with a reason and a time", l, poison.ID)
	}
}
