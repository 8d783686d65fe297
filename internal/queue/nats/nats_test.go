package nats_test

import (
	"context"
	"fmt"
	"os"
	"strings"
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

// TestMalformedMessages publishes bodies that are not articles, one of
// them large enough that a header quoting its bad field would pass the
// server's maximum payload: each becomes a dead letter at once, with a
// reason, and the article behind them is delivered.
func TestMalformedMessages(t *testing.T) {
	url := server(t)
	ctx := context.Background()
	name := uniqueName()
	q := open(t, url, nats.Options{Name: name})
	nc, err := natsgo.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	// Published through JetStream, which waits for the stream to store
	// each one, so that both are queued before the good article, which
	// goes through another connection.
	bad := strings.Repeat("x", int(nc.MaxPayload())*6/10)
	for _, body := range []string{`{"v":1,"article":`, `{"v":1,"article":{"Published":"` + bad + `"}}`} {
		if _, err := js.Publish(ctx, name+".articles", []byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	good := queuetest.Article(1)
	if err := q.Publish(ctx, good); err != nil {
		t.Fatal(err)
	}
	pull, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	d, err := q.Consume(pull)
	if err != nil {
		t.Fatal(err)
	}
	if d.Article().ID != good.ID {
		t.Errorf("delivered %s, want %s", d.Article().ID, good.ID)
	}
	letters, err := q.DeadLetters(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(letters) != 2 {
		t.Fatalf("%d dead letters, want 2", len(letters))
	}
	for _, l := range letters {
		if !strings.HasPrefix(l.Reason, "decode message: ") || len(l.Reason) > 512 || l.Deliveries != 1 {
			t.Errorf("dead letter after %d deliveries with reason %.80q…, want one delivery and a short decode error", l.Deliveries, l.Reason)
		}
	}
}
