package inproc_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/queue/inproc"
	"github.com/heraldproject/herald/internal/queue/queuetest"
)

func TestQueue(t *testing.T) {
	queuetest.Run(t, func(t *testing.T, c queuetest.Config) herald.Queue {
		return inproc.New(inproc.Options{AckWait: c.AckWait, MaxDeliver: c.MaxDeliver, Retry: c.Retry})
	})
}

func TestCapacity(t *testing.T) {
	ctx := context.Background()
	q := inproc.New(inproc.Options{Capacity: 2})
	defer q.Close()
	for _, id := range []string{"a", "b"} {
		if err := q.Publish(ctx, herald.Article{ID: id}); err != nil {
			t.Fatal(err)
		}
	}
	short, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	if err := q.Publish(short, herald.Article{ID: "c"}); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Publish on a full queue = %v; want it to wait until its context ends", err)
	}
	d, err := q.Consume(ctx)
	if err != nil {
		t.Fatal(err)
	}
	published := make(chan error)
	go func() { published <- q.Publish(ctx, herald.Article{ID: "c"}) }()
	select {
	case err := <-published:
		t.Fatalf("Publish returned %v with an article still in flight; want it to wait", err)
	case <-time.After(20 * time.Millisecond):
	}
	if err := d.Ack(ctx); err != nil {
		t.Fatal(err)
	}
	if err := <-published; err != nil {
		t.Fatalf("Publish after an Ack made room = %v", err)
	}
}

func TestDrain(t *testing.T) {
	ctx := context.Background()
	q := inproc.New(inproc.Options{Retry: time.Millisecond})
	for _, id := range []string{"a", "b"} {
		if err := q.Publish(ctx, herald.Article{ID: id}); err != nil {
			t.Fatal(err)
		}
	}
	drained := make(chan error)
	go func() { drained <- q.Drain(ctx) }()
	var got []string
	for {
		d, err := q.Consume(ctx)
		if errors.Is(err, herald.ErrClosed) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		a := d.Article()
		got = append(got, fmt.Sprintf("%s#%d", a.ID, d.Attempt()))
		if a.ID == "a" && d.Attempt() == 1 {
			if err := d.Nak(ctx); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := d.Ack(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if err := <-drained; err != nil {
		t.Errorf("Drain = %v", err)
	}
	if want := "a#1 b#1 a#2"; strings.Join(got, " ") != want {
		t.Errorf("deliveries while draining: %q; want %q, the Nak'd article again before the queue closed", strings.Join(got, " "), want)
	}
	if err := q.Publish(ctx, herald.Article{ID: "c"}); !errors.Is(err, herald.ErrClosed) {
		t.Errorf("Publish after Drain = %v; want ErrClosed", err)
	}
}

func TestDrainEndsWithContext(t *testing.T) {
	ctx := context.Background()
	q := inproc.New(inproc.Options{})
	defer q.Close()
	if err := q.Publish(ctx, herald.Article{ID: "a"}); err != nil {
		t.Fatal(err)
	}
	short, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	if err := q.Drain(short); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Drain with an article never consumed = %v; want the context's error", err)
	}
	if err := q.Publish(ctx, herald.Article{ID: "b"}); !errors.Is(err, herald.ErrClosed) {
		t.Errorf("Publish after Drain gave up = %v; want ErrClosed", err)
	}
}
