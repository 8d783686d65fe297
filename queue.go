package herald

import (
	"context"
	"errors"
	"io"
	"time"
)

// ErrClosed means a queue was used after Close.
var ErrClosed = errors.New("queue closed")

// What every queue does when its options leave them unset: how long a
// delivery may go unacknowledged before it is delivered again, how many
// deliveries an article gets before it is a dead letter, and how long a
// Nak'd article waits before its next delivery.
const (
	DefaultAckWait    = time.Minute
	DefaultMaxDeliver = 5
	DefaultRetry      = time.Second
)

// A Queue carries articles from the processes that read them to the
// workers that analyse and store them. Delivery is at least once: an
// article is delivered again when its worker Naks it or dies before Ack,
// so workers must store idempotently (Writer.Put is). After MaxDeliver
// failed deliveries — a limit each implementation sets — an article is a
// dead letter: it is set aside, counted in QueueStats.Dead, and never
// blocks the articles behind it. Implementations live under internal/queue
// and pass the conformance suite in internal/queue/queuetest; they are
// safe for concurrent use.
type Queue interface {
	Publisher
	Consumer
	// Stats counts what the queue holds now.
	Stats(ctx context.Context) (QueueStats, error)
	io.Closer
}

// A Publisher puts articles on a queue.
type Publisher interface {
	// Publish queues a for a worker. When it returns nil the queue has
	// taken the article, and holds it until a worker acknowledges it.
	Publish(ctx context.Context, a Article) error
}

// A Consumer takes articles off a queue.
type Consumer interface {
	// Consume waits for the next article and returns its delivery. It
	// returns the context's error when ctx ends first, and an error
	// wrapping ErrClosed once the queue is closed.
	Consume(ctx context.Context) (Delivery, error)
}

// A Delivery is one article handed to one worker. The worker settles it
// with Ack or Nak; a delivery left unsettled longer than the queue's ack
// wait goes to a worker again, so a slow worker calls Progress to keep it.
type Delivery interface {
	// Article returns the article as it was published.
	Article() Article
	// Attempt is 1 on the first delivery, 2 on the second, and so on.
	Attempt() int
	// Ack tells the queue the article is done with; it is not delivered
	// again.
	Ack(ctx context.Context) error
	// Nak tells the queue the article failed; it is delivered again after
	// a delay, or becomes a dead letter once it has failed MaxDeliver
	// times.
	Nak(ctx context.Context) error
	// Progress tells the queue the worker is still on the article,
	// restarting its ack wait.
	Progress(ctx context.Context) error
}

// QueueStats counts the articles on a queue.
type QueueStats struct {
	Pending     int // published and not yet delivered, or waiting to be delivered again
	InFlight    int // delivered and not yet settled
	Redelivered int // of InFlight, how many were delivered before
	Dead        int // dead letters: articles that failed MaxDeliver times
}
