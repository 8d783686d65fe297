package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"runtime"
	"sync"
	"time"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/ingest"
	"github.com/heraldproject/herald/internal/metrics"
	"github.com/heraldproject/herald/internal/pipeline"
)

const workDetail = `Work takes articles off a NATS JetStream work queue, which 'herald ingest
--nats URL' fills, analyses each with herald's pipeline and stores the
documents, in a PostgreSQL database (--postgres) that every worker shares,
or an SQLite file for a single worker. Start as many workers as there are
machines; each takes articles one at a time, -j of them at once.

An article is acknowledged only after its document is stored. A worker
that dies leaves its articles unacknowledged, and the queue gives them to
another worker after --ack-wait; a worker reports progress on a slow
article so that it keeps it. Storing is idempotent, keyed by the article's
text, so an article delivered twice is stored once. When the store is
unreachable (a PostgreSQL restart) the worker keeps the article and tries
again with backoff. An article that fails analysis is handed back, and
after --max-deliver deliveries it is set aside as a dead letter, which
'herald status' counts; the others go on.

Work runs until it is stopped with SIGTERM or Ctrl-C; it then finishes
the articles it holds and exits. --metrics serves counters and gauges in
Prometheus text format at /metrics.

Example:
	herald work --nats nats://127.0.0.1:4222 --postgres postgres://herald@db/herald -j 2`

func workCommand() *command {
	c := &command{name: "work", summary: "analyse and store articles from a NATS queue", usage: "work --nats URL [flags]"}
	c.run = func(ctx context.Context, e *env, args []string) int {
		fs := newFlags(e, c, workDetail)
		var qf queueFlags
		qf.register(fs)
		var sf storeFlags
		sf.register(fs)
		jobs := fs.Int("j", 0, "`N` articles analysed at once (default: one per CPU)")
		ackWait := fs.Duration("ack-wait", time.Minute, "how long an article may go without word from its worker before another gets it")
		maxDeliver := fs.Int("max-deliver", 5, "`N` deliveries of an article before it becomes a dead letter")
		maxSize := byteSize(ingest.DefaultMaxBytes)
		fs.Var(&maxSize, "max-size", "largest `size` of article text to analyse; a larger article fails")
		addr := fs.String("metrics", "", "serve Prometheus metrics at http://`ADDR`/metrics, e.g. :9090")
		var pc pipelineConfig
		pc.flags(fs)
		if code := parseFlags(e, fs, args); code >= 0 {
			return code
		}
		if qf.url == "" || fs.NArg() > 0 || *jobs < 0 || *ackWait < time.Second || *maxDeliver < 1 {
			e.errorf("work needs --nats URL, no arguments, -j ≥ 0, --ack-wait ≥ 1s and --max-deliver ≥ 1; run 'herald help work'")
			return exitUsage
		}
		if *jobs == 0 {
			*jobs = runtime.GOMAXPROCS(0)
		}
		w := &worker{env: e, jobs: *jobs, ackWait: *ackWait, maxDeliver: *maxDeliver, maxBytes: int(maxSize),
			coder: coderVersion()}
		return w.run(ctx, qf, sf, pc, *addr)
	}
	return c
}

// A worker is one run of the work command.
type worker struct {
	env        *env
	jobs       int
	ackWait    time.Duration
	maxDeliver int
	maxBytes   int
	coder      string

	queue herald.Queue
	store herald.Store
	pipe  *pipeline.Pipeline
	m     workMetrics

	mu     sync.Mutex
	counts counts
}

func (w *worker) run(ctx context.Context, qf queueFlags, sf storeFlags, pc pipelineConfig, addr string) int {
	s, err := sf.open(ctx, false)
	if err != nil {
		w.env.errorf("%v", err)
		return exitError
	}
	defer s.Close()
	q, err := qf.open(ctx, w.ackWait, w.maxDeliver)
	if err != nil {
		w.env.errorf("%v", err)
		return exitError
	}
	defer q.Close()
	w.pipe = newPipeline(pc)
	if err := w.pipe.Load(ctx); err != nil {
		w.env.errorf("%v", err)
		return exitError
	}
	w.queue, w.store = q, s
	w.m = newWorkMetrics()
	if addr != "" {
		stop, err := w.m.serve(w.env, addr)
		if err != nil {
			w.env.errorf("serve metrics: %v", err)
			return exitError
		}
		defer stop()
	}
	var wg sync.WaitGroup
	monitor, stopMonitor := context.WithCancel(ctx)
	wg.Go(func() { w.m.watch(monitor, q) })
	var workers sync.WaitGroup
	for range w.jobs {
		workers.Go(func() { w.loop(ctx) })
	}
	workers.Wait()
	stopMonitor()
	wg.Wait()
	c := w.counts
	fmt.Fprintf(w.env.stdout, "%s: %s stored, %s already stored, %s failed (%s)\n",
		articles(c.done()), commas(c.stored), commas(c.skipped), commas(c.failed), sf.name())
	return exitOK
}

// loop takes articles off the queue until ctx ends or the queue closes.
func (w *worker) loop(ctx context.Context) {
	wait := firstRetry
	for {
		d, err := w.queue.Consume(ctx)
		switch {
		case ctx.Err() != nil, errors.Is(err, herald.ErrClosed):
			return
		case err != nil:
			// The NATS server is away; the client reconnects.
			w.env.errorf("%v; trying again in %v", err, wait)
			sleep(ctx, wait)
			wait = min(2*wait, lastRetry)
			continue
		}
		wait = firstRetry
		w.handle(ctx, d)
	}
}

// handle analyses, stores and settles one delivery. The article is
// finished even when ctx ends meanwhile, unless the store is away then:
// it is left unsettled, for another worker.
func (w *worker) handle(ctx context.Context, d herald.Delivery) {
	stopProgress := w.keep(d)
	defer stopProgress()
	a := d.Article()
	work := context.WithoutCancel(ctx)
	var has bool
	if err := w.retry(ctx, a, func() (err error) {
		has, err = w.store.Has(work, herald.ContentHash(a.Text))
		return err
	}); err != nil {
		return
	}
	if has {
		w.settle(work, d, outcome{skipped: true})
		return
	}
	doc, err := w.analyze(work, a)
	if err != nil {
		w.m.failed.Inc()
		w.tally(outcome{err: err})
		what := "handing it back"
		if d.Attempt() >= w.maxDeliver {
			what = "it becomes a dead letter"
		}
		w.env.errorf("%v (delivery %d of %d; %s)", err, d.Attempt(), w.maxDeliver, what)
		if err := d.Nak(work); err != nil {
			w.env.errorf("%v", err)
		}
		return
	}
	var isNew bool
	if err := w.retry(ctx, a, func() (err error) {
		isNew, err = w.store.Put(work, doc, w.coder)
		return err
	}); err != nil {
		return
	}
	w.settle(work, d, outcome{stored: isNew, skipped: !isNew})
}

// analyze runs the pipeline over a, refusing text longer than --max-size.
func (w *worker) analyze(ctx context.Context, a herald.Article) (*herald.Document, error) {
	if len(a.Text) > w.maxBytes {
		return nil, fmt.Errorf("analyze article %s (%s): %w: %d bytes of text, more than --max-size", a.ID, describe(a.Origin), herald.ErrTooLarge, len(a.Text))
	}
	doc, err := w.pipe.Analyze(ctx, a)
	if err != nil {
		return nil, fmt.Errorf("analyze article %s (%s): %w", a.ID, describe(a.Origin), err)
	}
	return doc, nil
}

// retry calls f until it succeeds, or ctx ends, counting and reporting
// each failure.
func (w *worker) retry(ctx context.Context, a herald.Article, f func() error) error {
	return retry(ctx, f, func(err error, wait time.Duration) {
		w.m.retries.Inc()
		w.env.errorf("store article %s: %v; trying again in %v", a.ID, err, wait)
	})
}

// settle acks d after its document is stored and counts it.
func (w *worker) settle(ctx context.Context, d herald.Delivery, o outcome) {
	if err := d.Ack(ctx); err != nil {
		// Stored but not acked: the queue delivers it again, and the
		// next worker finds it stored.
		w.env.errorf("%v", err)
	}
	if o.stored {
		w.m.stored.Inc()
	} else {
		w.m.duplicate.Inc()
	}
	w.tally(o)
}

func (w *worker) tally(o outcome) {
	w.mu.Lock()
	defer w.mu.Unlock()
	switch {
	case o.err != nil:
		w.counts.failed++
	case o.stored:
		w.counts.stored++
	default:
		w.counts.skipped++
	}
}

// keep reports progress on d every third of the ack wait until the
// returned function is called, so that a slow article stays with this
// worker.
func (w *worker) keep(d herald.Delivery) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(w.ackWait / 3)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				d.Progress(context.Background())
			}
		}
	})
	return func() {
		close(done)
		wg.Wait()
	}
}

// workMetrics are what a worker exports at /metrics.
type workMetrics struct {
	reg                       *metrics.Registry
	stored, duplicate, failed metrics.Counter
	retries                   metrics.Counter
	rate                      metrics.Gauge
	pending, inFlight, dead   metrics.Gauge
	redelivered, queueUp      metrics.Gauge
}

func newWorkMetrics() workMetrics {
	r := &metrics.Registry{}
	const done = "herald_articles_total"
	const doneHelp = "Articles this worker finished, by result: stored, already stored, or failed analysis."
	const depthHelp = "Articles on the queue, by state."
	return workMetrics{
		reg:         r,
		stored:      r.Counter(done, doneHelp, "result", "stored"),
		duplicate:   r.Counter(done, doneHelp, "result", "duplicate"),
		failed:      r.Counter(done, doneHelp, "result", "failed"),
		retries:     r.Counter("herald_store_retries_total", "Store calls that failed and were tried again."),
		rate:        r.Gauge("herald_articles_per_second", "Articles this worker finished per second, over the last interval."),
		pending:     r.Gauge("herald_queue_articles", depthHelp, "state", "pending"),
		inFlight:    r.Gauge("herald_queue_articles", depthHelp, "state", "in_flight"),
		redelivered: r.Gauge("herald_queue_articles", depthHelp, "state", "redelivered"),
		dead:        r.Gauge("herald_queue_articles", depthHelp, "state", "dead"),
		queueUp:     r.Gauge("herald_queue_up", "1 when the queue answered the last count, 0 when it did not."),
	}
}

// watchEvery is how often a worker counts the queue and its rate.
const watchEvery = 5 * time.Second

// watch updates the queue gauges and the rate until ctx ends.
func (m workMetrics) watch(ctx context.Context, q herald.Queue) {
	last, lastAt := m.finished(), time.Now()
	for {
		if s, err := q.Stats(ctx); err == nil {
			m.pending.Set(float64(s.Pending))
			m.inFlight.Set(float64(s.InFlight))
			m.redelivered.Set(float64(s.Redelivered))
			m.dead.Set(float64(s.Dead))
			m.queueUp.Set(1)
		} else {
			m.queueUp.Set(0)
		}
		if !sleep(ctx, watchEvery) {
			return
		}
		n, now := m.finished(), time.Now()
		m.rate.Set((n - last) / now.Sub(lastAt).Seconds())
		last, lastAt = n, now
	}
}

// finished is the articles finished so far, read back from the counters.
func (m workMetrics) finished() float64 {
	return m.stored.Value() + m.duplicate.Value() + m.failed.Value()
}

// serve serves the metrics at addr until stop is called.
func (m workMetrics) serve(e *env, addr string) (stop func(), err error) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", m.reg)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(l)
	e.errorf("serving metrics at http://%s/metrics", l.Addr())
	return func() { srv.Close() }, nil
}
