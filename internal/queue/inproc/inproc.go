// Package inproc is a herald.Queue inside one process: a list guarded by a
// mutex, with timers for ack waits and retries. It keeps the semantics of
// the NATS queue — at-least-once delivery, redelivery after a Nak or an
// expired ack wait, dead letters after MaxDeliver — so that code and tests
// written against one hold for the other, but it keeps nothing when the
// process ends. A queue may be bounded (Options.Capacity), so that a fast
// publisher waits for the workers instead of holding a whole input in
// memory, and drained (Queue.Drain), so that a publisher that has put its
// last article can wait for the workers to settle them all.
package inproc

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/heraldproject/herald"
)

// Options configures a queue. Zero fields take the defaults given.
type Options struct {
	// AckWait is how long a delivery may stay unsettled before the article
	// goes to a worker again; default 1 minute.
	AckWait time.Duration
	// MaxDeliver is how many deliveries an article gets before it becomes
	// a dead letter; default 5.
	MaxDeliver int
	// Retry is how long a Nak'd article waits before it is delivered
	// again; default 1 second.
	Retry time.Duration
	// Capacity is the most articles the queue holds at once, waiting,
	// in flight or waiting out a retry: Publish waits for room. 0 means
	// no limit.
	Capacity int
}

func (o Options) withDefaults() Options {
	if o.AckWait <= 0 {
		o.AckWait = herald.DefaultAckWait
	}
	if o.MaxDeliver <= 0 {
		o.MaxDeliver = herald.DefaultMaxDeliver
	}
	if o.Retry <= 0 {
		o.Retry = herald.DefaultRetry
	}
	return o
}

// A Queue is an in-process herald.Queue. Its zero value is not usable;
// call New.
type Queue struct {
	opts Options

	mu       sync.Mutex
	ready    []*job // next to deliver first
	retrying int    // Nak'd, waiting out Options.Retry
	inFlight map[*job]bool
	dead     []herald.Article
	closed   bool
	draining bool          // Drain was called: no more publishing
	wake     chan struct{} // closed and replaced when a job is queued or settled, or the queue closes
}

var _ herald.Queue = (*Queue)(nil)

// A job is one published article and what became of it.
type job struct {
	article  herald.Article
	attempts int         // deliveries so far
	timer    *time.Timer // ack wait of the delivery in flight, or the retry delay
	retrying bool        // waiting out Options.Retry
	done     bool        // acked or dead
}

// New returns an empty queue.
func New(opts Options) *Queue {
	return &Queue{opts: opts.withDefaults(), inFlight: map[*job]bool{}, wake: make(chan struct{})}
}

// Publish queues a, waiting for room in a bounded queue. It returns an
// error wrapping ErrClosed once the queue is closed or draining.
func (q *Queue) Publish(ctx context.Context, a herald.Article) error {
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		q.mu.Lock()
		if q.closed || q.draining {
			q.mu.Unlock()
			return fmt.Errorf("publish article: %w", herald.ErrClosed)
		}
		if q.opts.Capacity == 0 || q.held() < q.opts.Capacity {
			q.ready = append(q.ready, &job{article: a})
			q.signal()
			q.mu.Unlock()
			return nil
		}
		wake := q.wake
		q.mu.Unlock()
		select {
		case <-ctx.Done():
		case <-wake:
		}
	}
}

// held counts the articles not yet settled. q.mu is held.
func (q *Queue) held() int { return len(q.ready) + q.retrying + len(q.inFlight) }

// Drain stops publishing, waits until every article held is settled —
// acknowledged, or a dead letter — and closes the queue, so that workers'
// Consume returns ErrClosed. It returns the context's error if ctx ends
// first; the queue then stays closed to publishing, and Close drops what
// it holds.
func (q *Queue) Drain(ctx context.Context) error {
	q.mu.Lock()
	q.draining = true
	for !q.closed && q.held() > 0 {
		wake := q.wake
		q.mu.Unlock()
		select {
		case <-ctx.Done():
			return fmt.Errorf("drain queue: %w", ctx.Err())
		case <-wake:
		}
		q.mu.Lock()
	}
	defer q.mu.Unlock()
	q.close()
	return nil
}

// signal wakes whoever waits for the queue to change. q.mu is held.
func (q *Queue) signal() {
	close(q.wake)
	q.wake = make(chan struct{})
}

// Consume returns the next delivery, waiting for one if need be.
func (q *Queue) Consume(ctx context.Context) (herald.Delivery, error) {
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		q.mu.Lock()
		if q.closed {
			q.mu.Unlock()
			return nil, fmt.Errorf("consume: %w", herald.ErrClosed)
		}
		if len(q.ready) > 0 {
			j := q.ready[0]
			q.ready = q.ready[1:]
			j.attempts++
			q.inFlight[j] = true
			d := &delivery{q: q, j: j, attempt: j.attempts}
			j.timer = time.AfterFunc(q.opts.AckWait, d.expire)
			q.mu.Unlock()
			return d, nil
		}
		wake := q.wake
		q.mu.Unlock()
		select {
		case <-ctx.Done():
		case <-wake:
		}
	}
}

// Stats counts the queue's articles.
func (q *Queue) Stats(ctx context.Context) (herald.QueueStats, error) {
	if err := ctx.Err(); err != nil {
		return herald.QueueStats{}, err
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return herald.QueueStats{}, fmt.Errorf("count articles: %w", herald.ErrClosed)
	}
	s := herald.QueueStats{Pending: len(q.ready) + q.retrying, InFlight: len(q.inFlight), Dead: len(q.dead)}
	for j := range q.inFlight {
		if j.attempts > 1 {
			s.Redelivered++
		}
	}
	return s, nil
}

// Close closes the queue; the articles it holds are dropped. Closing a
// closed queue does nothing.
func (q *Queue) Close() error {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.close()
	return nil
}

// close closes the queue. q.mu is held.
func (q *Queue) close() {
	if q.closed {
		return
	}
	q.closed = true
	for j := range q.inFlight {
		j.timer.Stop()
	}
	q.signal()
}

// fail takes j, whose delivery failed, out of flight: it becomes a dead
// letter after MaxDeliver deliveries, and is otherwise ready again after
// delay. q.mu is held.
func (q *Queue) fail(j *job, delay time.Duration) {
	delete(q.inFlight, j)
	j.timer.Stop()
	if j.attempts >= q.opts.MaxDeliver {
		j.done = true
		q.dead = append(q.dead, j.article)
		q.signal()
		return
	}
	if delay == 0 {
		q.retry(j)
		return
	}
	q.retrying++
	j.retrying = true
	j.timer = time.AfterFunc(delay, func() {
		q.mu.Lock()
		defer q.mu.Unlock()
		if j.retrying && !q.closed {
			q.endRetry(j)
			q.retry(j)
		}
	})
}

// endRetry counts j off the articles waiting out a retry delay. q.mu is
// held.
func (q *Queue) endRetry(j *job) {
	j.retrying = false
	q.retrying--
}

// retry puts j at the head of the line, as JetStream delivers
// redeliveries before new messages. q.mu is held.
func (q *Queue) retry(j *job) {
	q.ready = append([]*job{j}, q.ready...)
	q.signal()
}

// A delivery is one attempt at a job.
type delivery struct {
	q       *Queue
	j       *job
	attempt int
}

func (d *delivery) Article() herald.Article { return d.j.article }
func (d *delivery) Attempt() int            { return d.attempt }

// current reports whether the delivery is still the job's one in flight,
// and whether the queue is open. d.q.mu is held.
func (d *delivery) current() (bool, error) {
	if d.q.closed {
		return false, herald.ErrClosed
	}
	return d.q.inFlight[d.j] && d.j.attempts == d.attempt, nil
}

// Ack settles the article. A late Ack, after the ack wait gave the article
// to another worker, still settles it, as JetStream's does.
func (d *delivery) Ack(ctx context.Context) error {
	q := d.q
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return fmt.Errorf("ack article: %w", herald.ErrClosed)
	}
	if d.j.done {
		return nil
	}
	d.j.done = true
	d.j.timer.Stop()
	q.signal()
	if q.inFlight[d.j] {
		delete(q.inFlight, d.j)
		return nil
	}
	if d.j.retrying {
		q.endRetry(d.j)
		return nil
	}
	for i, j := range q.ready {
		if j == d.j {
			q.ready = append(q.ready[:i], q.ready[i+1:]...)
			break
		}
	}
	return nil
}

// Nak gives the article back for another try after Options.Retry.
func (d *delivery) Nak(ctx context.Context) error {
	d.q.mu.Lock()
	defer d.q.mu.Unlock()
	ok, err := d.current()
	if err != nil {
		return fmt.Errorf("nak article: %w", err)
	}
	if ok {
		d.q.fail(d.j, d.q.opts.Retry)
	}
	return nil
}

// Progress restarts the ack wait.
func (d *delivery) Progress(ctx context.Context) error {
	d.q.mu.Lock()
	defer d.q.mu.Unlock()
	ok, err := d.current()
	if err != nil {
		return fmt.Errorf("report progress: %w", err)
	}
	if ok {
		d.j.timer.Reset(d.q.opts.AckWait)
	}
	return nil
}

// expire is the end of the ack wait: the worker is taken for dead and the
// article goes to another.
func (d *delivery) expire() {
	d.q.mu.Lock()
	defer d.q.mu.Unlock()
	if ok, err := d.current(); ok && err == nil {
		d.q.fail(d.j, 0)
	}
}
