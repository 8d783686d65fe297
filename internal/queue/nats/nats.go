// Package nats is herald's shared work queue: a herald.Queue on NATS
// JetStream, for workers on many machines.
//
// A queue named N is two streams on the server, both kept on disk so that
// they survive a restart. Stream N, a work queue on subject N.articles,
// holds the published articles until a worker acknowledges them; its
// durable pull consumer "workers" is shared by every worker, so that each
// article goes to one of them at a time. Acknowledgements are explicit: a
// worker acks an article after storing it, naks it when analysis fails,
// and reports progress on a slow one, since an article left unsettled
// longer than the ack wait is taken for the work of a dead worker and
// delivered again. Publishing sets the message ID to the article's content
// hash, so that the server drops the same article published twice within
// its duplicate window of two minutes.
//
// An article delivered MaxDeliver times without an ack is a dead letter.
// The server announces it with a MAX_DELIVERIES advisory; one worker of
// the queue group that listens for these copies the message to stream
// N-dead (subject N.dead) and deletes it from the work queue, so that it
// neither blocks nor counts as pending. The server sends the advisory when
// a worker asks for a message, so a worker is there to hear it; a dead
// letter whose advisory is lost (its worker died before moving it) stays
// in the work queue, undelivered.
package nats

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/heraldproject/herald"
	natsgo "github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Options configures a queue. Zero fields take the defaults given.
type Options struct {
	// Name names the queue's streams and subjects; default "herald". It
	// is letters, digits, - and _.
	Name string
	// AckWait is how long a delivery may stay unsettled before the article
	// goes to another worker; default 1 minute. Workers report progress
	// on slow articles, so it need only be longer than a worker can go
	// silent.
	AckWait time.Duration
	// MaxDeliver is how many deliveries an article gets before it becomes
	// a dead letter; default 5.
	MaxDeliver int
	// Retry is how long a Nak'd article waits before it is delivered
	// again; default 1 second.
	Retry time.Duration
}

// consumerName is the durable consumer that every worker pulls from.
const consumerName = "workers"

// pollWait is how long one pull request waits on the server for a message
// before the next is sent.
const pollWait = 5 * time.Second

var validName = regexp.MustCompile(`^[A-Za-z0-9_-]+$`)

func (o Options) withDefaults() (Options, error) {
	if o.Name == "" {
		o.Name = "herald"
	}
	if !validName.MatchString(o.Name) {
		return o, fmt.Errorf("queue name %q: want letters, digits, - and _", o.Name)
	}
	if o.AckWait <= 0 {
		o.AckWait = herald.DefaultAckWait
	}
	if o.MaxDeliver <= 0 {
		o.MaxDeliver = herald.DefaultMaxDeliver
	}
	if o.Retry <= 0 {
		o.Retry = herald.DefaultRetry
	}
	return o, nil
}

// A Queue is a herald.Queue on a NATS server.
type Queue struct {
	opts   Options
	url    string
	nc     *natsgo.Conn
	js     jetstream.JetStream
	work   jetstream.Stream
	dead   jetstream.Stream
	done   context.Context // ends at Close
	cancel context.CancelFunc

	mu       sync.Mutex
	consumer jetstream.Consumer // made at the first Consume
	advisory *natsgo.Subscription
}

var _ herald.Queue = (*Queue)(nil)

// Open connects to the NATS server at url and makes the queue's streams
// if they do not exist. The consumer is made, or its settings updated to
// opts, at the first Consume, so that a process that only publishes or
// counts leaves the workers' settings alone.
func Open(ctx context.Context, url string, opts Options) (*Queue, error) {
	opts, err := opts.withDefaults()
	if err != nil {
		return nil, fmt.Errorf("open queue: %w", err)
	}
	q := &Queue{opts: opts, url: url}
	if err := q.open(ctx); err != nil {
		if q.nc != nil {
			q.nc.Close()
		}
		return nil, fmt.Errorf("open queue %s at %s: %w", opts.Name, url, err)
	}
	q.done, q.cancel = context.WithCancel(context.Background())
	return q, nil
}

func (q *Queue) open(ctx context.Context) error {
	nc, err := natsgo.Connect(q.url, natsgo.Name("herald"), natsgo.MaxReconnects(-1), natsgo.ReconnectWait(250*time.Millisecond))
	if err != nil {
		return err
	}
	q.nc = nc
	if q.js, err = jetstream.New(nc); err != nil {
		return err
	}
	name := q.opts.Name
	q.work, err = q.js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        name,
		Description: "herald articles waiting for a worker",
		Subjects:    []string{name + ".articles"},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  2 * time.Minute,
	})
	if err != nil {
		return fmt.Errorf("make stream %s: %w", name, err)
	}
	q.dead, err = q.js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        name + "-dead",
		Description: "herald articles that failed every delivery",
		Subjects:    []string{name + ".dead"},
		Retention:   jetstream.LimitsPolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  2 * time.Minute,
	})
	if err != nil {
		return fmt.Errorf("make stream %s-dead: %w", name, err)
	}
	return nil
}

// Publish queues a, keyed by its content hash, and waits for the server to
// store it.
func (q *Queue) Publish(ctx context.Context, a herald.Article) error {
	if q.done.Err() != nil {
		return fmt.Errorf("publish article %s: %w", a.ID, herald.ErrClosed)
	}
	body, err := encode(a)
	if err != nil {
		return err
	}
	if _, err := q.js.Publish(ctx, q.opts.Name+".articles", body, jetstream.WithMsgID(herald.ContentHash(a.Text))); err != nil {
		return fmt.Errorf("publish article %s: %w", a.ID, q.closedErr(err))
	}
	return nil
}

// closedErr returns ErrClosed for an error that came of Close, else err.
func (q *Queue) closedErr(err error) error {
	if q.done.Err() != nil {
		return herald.ErrClosed
	}
	return err
}

// Consume pulls the next article, waiting for one if need be. It makes the
// consumer and joins the dead-letter queue group on its first call.
func (q *Queue) Consume(ctx context.Context) (herald.Delivery, error) {
	c, err := q.consume(ctx)
	if err != nil {
		return nil, fmt.Errorf("consume: %w", err)
	}
	for {
		if q.done.Err() != nil {
			return nil, fmt.Errorf("consume: %w", herald.ErrClosed)
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		pull, cancel := context.WithTimeout(ctx, pollWait)
		stop := context.AfterFunc(q.done, cancel)
		m, err := c.Next(jetstream.FetchContext(pull))
		stop()
		cancel()
		switch {
		case err == nil:
			if d, ok := q.delivery(ctx, m); ok {
				return d, nil
			}
		case q.done.Err() != nil:
			return nil, fmt.Errorf("consume: %w", herald.ErrClosed)
		case ctx.Err() != nil || expired(ctx):
			// The client refuses a pull whose deadline has passed before
			// the context itself reports it.
			<-ctx.Done()
			return nil, ctx.Err()
		case errors.Is(err, context.DeadlineExceeded), errors.Is(err, natsgo.ErrTimeout):
			// No message within pollWait: ask again.
		default:
			return nil, fmt.Errorf("consume: %w", err)
		}
	}
}

// expired reports whether ctx's deadline has passed.
func expired(ctx context.Context) bool {
	deadline, ok := ctx.Deadline()
	return ok && !time.Now().Before(deadline)
}

// consume returns the consumer, making it on the first call.
func (q *Queue) consume(ctx context.Context) (jetstream.Consumer, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.consumer != nil {
		return q.consumer, nil
	}
	if q.done.Err() != nil {
		return nil, herald.ErrClosed
	}
	c, err := q.js.CreateOrUpdateConsumer(ctx, q.opts.Name, jetstream.ConsumerConfig{
		Durable:       consumerName,
		Description:   "herald workers",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       q.opts.AckWait,
		MaxDeliver:    q.opts.MaxDeliver,
		FilterSubject: q.opts.Name + ".articles",
	})
	if err != nil {
		return nil, fmt.Errorf("make consumer: %w", err)
	}
	subject := "$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES." + q.opts.Name + "." + consumerName
	sub, err := q.nc.QueueSubscribe(subject, q.opts.Name+"-dead-letters", q.onMaxDeliveries)
	if err != nil {
		return nil, fmt.Errorf("listen for dead letters: %w", err)
	}
	q.consumer, q.advisory = c, sub
	return c, nil
}

// delivery wraps m. A message that is not an article is moved to the dead
// letters at once, since no worker could analyse it; ok is then false.
func (q *Queue) delivery(ctx context.Context, m jetstream.Msg) (*delivery, bool) {
	meta, err := m.Metadata()
	if err != nil {
		return nil, false
	}
	a, err := decode(m.Data())
	if err != nil {
		if err := q.bury(ctx, m.Data(), meta.Sequence.Stream, int(meta.NumDelivered), err.Error()); err == nil {
			m.Term()
		}
		return nil, false
	}
	return &delivery{m: m, a: a, attempt: int(meta.NumDelivered), retry: q.opts.Retry}, true
}

// onMaxDeliveries moves the message an advisory names to the dead letters.
func (q *Queue) onMaxDeliveries(msg *natsgo.Msg) {
	var adv struct {
		StreamSeq  uint64 `json:"stream_seq"`
		Deliveries int    `json:"deliveries"`
	}
	if json.Unmarshal(msg.Data, &adv) != nil || adv.StreamSeq == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(q.done, 10*time.Second)
	defer cancel()
	raw, err := q.work.GetMsg(ctx, adv.StreamSeq)
	if err != nil {
		// Gone: acked late, or moved by another worker.
		return
	}
	if q.bury(ctx, raw.Data, adv.StreamSeq, adv.Deliveries, "failed every delivery") == nil {
		q.work.DeleteMsg(ctx, adv.StreamSeq)
	}
}

// bury publishes a dead letter: the message body with headers that say
// where it came from and why it died. Its message ID is its sequence in
// the work queue, so that burying it twice keeps one copy.
func (q *Queue) bury(ctx context.Context, body []byte, seq uint64, deliveries int, reason string) error {
	m := natsgo.NewMsg(q.opts.Name + ".dead")
	m.Data = body
	m.Header.Set("Herald-Sequence", strconv.FormatUint(seq, 10))
	m.Header.Set("Herald-Deliveries", strconv.Itoa(deliveries))
	m.Header.Set("Herald-Reason", reasonHeader(reason))
	_, err := q.js.PublishMsg(ctx, m, jetstream.WithMsgID(q.opts.Name+"-"+strconv.FormatUint(seq, 10)))
	return err
}

// maxReason is the most bytes of a dead letter's reason that its header
// keeps: a decode error can quote a whole field of the message, and headers
// count toward the server's maximum payload, so a long reason would make
// burying the message fail.
const maxReason = 512

// reasonHeader returns reason as a header value: on one line, and cut at a
// character boundary to at most maxReason bytes.
func reasonHeader(reason string) string {
	reason = strings.Map(func(r rune) rune {
		if r == '\r' || r == '\n' {
			return ' '
		}
		return r
	}, reason)
	if len(reason) <= maxReason {
		return reason
	}
	cut := maxReason - len("…")
	for cut > 0 && !utf8.RuneStart(reason[cut]) {
		cut--
	}
	return reason[:cut] + "…"
}

// Stats counts the queue's articles: the work queue's messages less those
// in flight are pending.
func (q *Queue) Stats(ctx context.Context) (herald.QueueStats, error) {
	s, err := q.stats(ctx)
	if err != nil {
		return s, fmt.Errorf("count articles in queue %s: %w", q.opts.Name, q.closedErr(err))
	}
	return s, nil
}

func (q *Queue) stats(ctx context.Context) (herald.QueueStats, error) {
	var s herald.QueueStats
	if q.done.Err() != nil {
		return s, herald.ErrClosed
	}
	work, err := q.work.Info(ctx)
	if err != nil {
		return s, err
	}
	dead, err := q.dead.Info(ctx)
	if err != nil {
		return s, err
	}
	s.Pending, s.Dead = int(work.State.Msgs), int(dead.State.Msgs)
	c, err := q.js.Consumer(ctx, q.opts.Name, consumerName)
	if errors.Is(err, jetstream.ErrConsumerNotFound) {
		return s, nil
	}
	if err != nil {
		return s, err
	}
	ci := c.CachedInfo()
	// The server keeps counting a redelivered message after its deletion
	// as a dead letter; Redelivered counts only those still in flight.
	s.InFlight, s.Redelivered = ci.NumAckPending, min(ci.NumRedelivered, ci.NumAckPending)
	s.Pending = max(s.Pending-s.InFlight, 0)
	return s, nil
}

// Close closes the connection. Articles delivered and not yet acked go to
// another worker when their ack wait is over.
func (q *Queue) Close() error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.done.Err() != nil {
		return nil
	}
	q.cancel()
	if q.advisory != nil {
		q.advisory.Unsubscribe()
	}
	q.nc.Close()
	return nil
}

// A delivery is one JetStream message holding an article.
type delivery struct {
	m       jetstream.Msg
	a       herald.Article
	attempt int
	retry   time.Duration
}

func (d *delivery) Article() herald.Article { return d.a }
func (d *delivery) Attempt() int            { return d.attempt }

// Ack acknowledges the message and waits for the server to confirm it, so
// that an article counted done is done.
func (d *delivery) Ack(ctx context.Context) error {
	if err := d.m.DoubleAck(ctx); err != nil {
		return fmt.Errorf("ack article %s: %w", d.a.ID, err)
	}
	return nil
}

// Nak asks for the article again after the queue's retry delay.
func (d *delivery) Nak(ctx context.Context) error {
	if err := d.m.NakWithDelay(d.retry); err != nil {
		return fmt.Errorf("nak article %s: %w", d.a.ID, err)
	}
	return nil
}

// Progress restarts the message's ack wait.
func (d *delivery) Progress(ctx context.Context) error {
	if err := d.m.InProgress(); err != nil {
		return fmt.Errorf("report progress on article %s: %w", d.a.ID, err)
	}
	return nil
}

// A DeadLetter is an article set aside after failing every delivery.
type DeadLetter struct {
	Article    herald.Article // as published; zero when the message held no article
	Deliveries int            // how many times it was delivered
	Reason     string         // why it was set aside
	Time       time.Time      // when
}

// DeadLetters returns the latest dead letters, at most limit, newest
// first.
func (q *Queue) DeadLetters(ctx context.Context, limit int) ([]DeadLetter, error) {
	letters, err := q.deadLetters(ctx, limit)
	if err != nil {
		return nil, fmt.Errorf("read dead letters of queue %s: %w", q.opts.Name, q.closedErr(err))
	}
	return letters, nil
}

func (q *Queue) deadLetters(ctx context.Context, limit int) ([]DeadLetter, error) {
	info, err := q.dead.Info(ctx)
	if err != nil {
		return nil, err
	}
	var letters []DeadLetter
	for seq := info.State.LastSeq; seq >= info.State.FirstSeq && seq > 0 && len(letters) < limit; seq-- {
		m, err := q.dead.GetMsg(ctx, seq)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		a, _ := decode(m.Data)
		n, _ := strconv.Atoi(m.Header.Get("Herald-Deliveries"))
		letters = append(letters, DeadLetter{Article: a, Deliveries: n, Reason: m.Header.Get("Herald-Reason"), Time: m.Time})
	}
	return letters, nil
}
