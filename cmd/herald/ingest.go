package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/ingest"
	"github.com/heraldproject/herald/internal/pipeline"
	"github.com/heraldproject/herald/internal/queue/inproc"
	"github.com/heraldproject/herald/internal/stage/event"
	"github.com/heraldproject/herald/internal/store"
)

const ingestDetail = `Ingest reads articles (text or HTML files, RSS/Atom feeds, JSONL files with
one article per line, directories walked recursively, or - for standard
input), analyses each with herald's pipeline and keeps the documents in a
store file for 'herald query': an SQLite file, herald.db in the current
directory unless --db names another.

Ingest is idempotent and resumable. An article whose text is already stored
is skipped before it is analysed, so running ingest again over the same
inputs, or after stopping it with Ctrl-C (what was stored is kept), analyses
only what is new. A bad article is counted and the others go on; the failures
are summarised at the end. On a terminal a progress line shows the rate.

With --nats URL ingest analyses nothing itself: it puts the articles on a
NATS JetStream work queue for 'herald work' to analyse and store.

The exit code is 1 if any article failed or ingest was interrupted, 2 for a
wrong command line.

Example:
	herald ingest --db news.db -j 4 ../shared/data/bbc-news/bbc feeds/today.jsonl`

// maxListed is how many failures the summary lists one by one.
const maxListed = 5

// listFailures lists the first maxListed failures and counts the rest.
func listFailures(e *env, failures []error) {
	for _, err := range failures[:min(len(failures), maxListed)] {
		e.errorf("  %v", err)
	}
	if len(failures) > maxListed {
		e.errorf("  … and %s more", commas(len(failures)-maxListed))
	}
}

func ingestCommand() *command {
	c := &command{name: "ingest", summary: "analyse articles and keep them in a store", usage: "ingest [flags] PATH..."}
	c.run = func(ctx context.Context, e *env, args []string) int {
		fs := newFlags(e, c, ingestDetail)
		var sf storeFlags
		sf.register(fs)
		var qf queueFlags
		qf.register(fs)
		jobs := fs.Int("j", 0, "`N` articles analysed in parallel (default: one per CPU)")
		date := fs.String("date", "", "publication `YYYY-MM-DD` for articles that carry no date of their own")
		in := fs.String("in", "", "input `format`: text, html, rss or jsonl (default: from the file extension, then the content)")
		maxSize := byteSize(ingest.DefaultMaxBytes)
		fs.Var(&maxSize, "max-size", "largest `size` of one article (a file, or a JSONL line) to accept")
		var pc pipelineConfig
		pc.flags(fs)
		if code := parseFlags(e, fs, args); code >= 0 {
			return code
		}
		if fs.NArg() == 0 || *jobs < 0 {
			e.errorf("ingest needs one or more PATHs (or - for standard input) and -j ≥ 0; run 'herald help ingest'")
			return exitUsage
		}
		if *jobs == 0 {
			*jobs = runtime.GOMAXPROCS(0)
		}
		day, err := parseDay("--date", *date)
		if err == nil && !slices.Contains([]string{"", "text", "html", "rss", "jsonl"}, *in) {
			err = fmt.Errorf("--in %q is not one of text, html, rss, jsonl", *in)
		}
		if err != nil {
			e.errorf("ingest: %v", err)
			return exitUsage
		}
		g := &ingestion{env: e, paths: fs.Args(), store: sf, jobs: *jobs, date: day, pc: pc,
			opts:  ingest.Options{Format: *in, MaxBytes: int64(maxSize)},
			coder: coderVersion(), progress: newProgress(e.stderr)}
		if qf.url != "" {
			return g.publish(ctx, qf)
		}
		return g.run(ctx)
	}
	return c
}

// coderVersion names the herald that codes the documents, as every stored
// record says: its module version and the pattern set of its event stage,
// the first hex digits of the SHA-256 of the patterns, e.g. "herald v0.4.0
// (patterns 3f2a9c1)", since a build from a work tree is "(devel)"
// whatever its patterns. herald reprocess codes again what another coder
// stored.
func coderVersion() string {
	sum := sha256.Sum256([]byte(event.Defaults()))
	return "herald " + moduleVersion() + " (patterns " + hex.EncodeToString(sum[:])[:7] + ")"
}

// An ingestion is one run of the ingest command.
type ingestion struct {
	env   *env
	paths []string
	store storeFlags
	jobs  int
	opts  ingest.Options
	pc    pipelineConfig
	date  time.Time
	coder string

	progress *progress
	counts   counts
	failures []error // in the order they came
}

// counts are what became of the articles read.
type counts struct {
	stored, skipped, failed int
}

func (c counts) done() int { return c.stored + c.skipped + c.failed }

// An outcome is what became of one article.
type outcome struct {
	stored, skipped bool
	err             error // the article failed
	total           int   // > 0: the input is read, and held this many articles
}

// Ingest stores documents in batches of up to batchSize, one transaction
// each, committed at least every batchDelay: a transaction costs a store
// about as much as the writes in it (docs/BENCHMARKS.md, "The corpus
// store"). A crash loses at most the batch not yet committed, which the
// next run analyses again.
const (
	batchSize  = store.BatchSize
	batchDelay = 250 * time.Millisecond
)

// An analysed article waits in the writer's batch to be stored and
// acknowledged.
type analysed struct {
	delivery herald.Delivery
	doc      *herald.Document
}

// run reads the inputs onto an in-process queue, bounded so that memory
// stays small whatever the input, for -j workers to analyse; one writer
// stores their documents in batches and acknowledges the articles once
// stored. Reading ends by draining the queue, which closes it once every
// article is stored or failed.
func (g *ingestion) run(ctx context.Context) int {
	s, err := g.store.open(ctx, false)
	if err != nil {
		g.env.errorf("%v", err)
		return exitError
	}
	p := newPipeline(g.pc)
	if err := p.Load(ctx); err != nil {
		s.Close()
		g.env.errorf("%v", err)
		return exitError
	}
	// A worker in this process cannot die alone, so no article need ever
	// go to another: the ack wait only has to outlast the slowest article.
	q := inproc.New(inproc.Options{Capacity: 2*batchSize + 2*g.jobs, AckWait: time.Hour})
	defer q.Close()
	outcomes := make(chan outcome, 4*g.jobs)
	docs := make(chan analysed, g.jobs)
	var feeding, working, writing sync.WaitGroup
	feeding.Go(func() { g.feed(ctx, s, q, outcomes) })
	for range g.jobs {
		working.Go(func() { g.work(ctx, q, p, docs, outcomes) })
	}
	writing.Go(func() { g.write(ctx, s, docs, outcomes) })
	go func() {
		working.Wait()
		close(docs)
		writing.Wait()
		feeding.Wait()
		close(outcomes)
	}()
	for o := range outcomes {
		g.tally(o)
	}
	g.progress.clear()
	if err := s.Close(); err != nil {
		g.env.errorf("%v", err)
		return exitError
	}
	return g.summarise(ctx)
}

// feed reads the inputs and publishes the articles not yet stored, telling
// outcomes of the rest, then drains the queue.
func (g *ingestion) feed(ctx context.Context, s herald.Reader, q *inproc.Queue, outcomes chan<- outcome) {
	n := 0
	for _, path := range g.paths {
		for a, err := range g.read(ctx, path) {
			if ctx.Err() != nil {
				return
			}
			n++
			if err != nil {
				outcomes <- outcome{err: err}
				continue
			}
			has, err := s.Has(ctx, herald.ContentHash(a.Text))
			switch {
			case ctx.Err() != nil:
				return
			case err != nil:
				outcomes <- outcome{err: fmt.Errorf("ingest %s: %w", describe(a.Origin), err)}
			case has:
				outcomes <- outcome{skipped: true}
			default:
				if q.Publish(ctx, a) != nil {
					return // ctx ended
				}
			}
		}
	}
	outcomes <- outcome{total: n}
	q.Drain(ctx) // fails only when ctx ends, which the summary reports
}

func (g *ingestion) read(ctx context.Context, path string) func(yield func(herald.Article, error) bool) {
	if path == "-" {
		return ingest.ReadFrom(ctx, g.env.stdin, "-", g.opts)
	}
	return ingest.Read(ctx, path, g.opts)
}

// work analyses articles from q until it closes, sending their documents
// to the writer. An article that fails is settled at once: analysis would
// fail again. An article interrupted by the end of ctx has no outcome: it
// was neither stored nor failed, and the next run takes it up.
func (g *ingestion) work(ctx context.Context, q herald.Consumer, p *pipeline.Pipeline, docs chan<- analysed, outcomes chan<- outcome) {
	for {
		d, err := q.Consume(ctx)
		if err != nil {
			return // the queue is drained, or ctx ended
		}
		a := d.Article()
		if a.Published.IsZero() {
			a.Published = g.date
		}
		doc, err := p.Analyze(ctx, a)
		switch {
		case ctx.Err() != nil:
		case err != nil:
			outcomes <- outcome{err: fmt.Errorf("analyze %s: %w", describe(a.Origin), err)}
			d.Ack(ctx) // cannot fail: see flush
		default:
			docs <- analysed{delivery: d, doc: doc}
		}
	}
}

// write stores the analysed documents in batches until docs closes.
func (g *ingestion) write(ctx context.Context, s herald.Writer, docs <-chan analysed, outcomes chan<- outcome) {
	var batch []analysed
	due := time.NewTimer(batchDelay)
	due.Stop()
	for {
		select {
		case a, ok := <-docs:
			if !ok {
				g.flush(ctx, s, batch, outcomes)
				return
			}
			if len(batch) == 0 {
				due.Reset(batchDelay)
			}
			if batch = append(batch, a); len(batch) < batchSize {
				continue
			}
		case <-due.C:
		}
		due.Stop()
		g.flush(ctx, s, batch, outcomes)
		batch = nil
	}
}

// flush stores a batch, tells outcomes what became of each article and
// acknowledges them. A batch analysed before an interruption is still
// stored: the work is done, and the summary counts it as kept.
func (g *ingestion) flush(ctx context.Context, s herald.Writer, batch []analysed, outcomes chan<- outcome) {
	ctx = context.WithoutCancel(ctx)
	docs := make([]*herald.Document, len(batch))
	for i, a := range batch {
		docs[i] = a.doc
	}
	isNew, errs := store.PutAll(ctx, s, docs, g.coder)
	for i, a := range batch {
		if errs[i] != nil {
			outcomes <- outcome{err: fmt.Errorf("store %s: %w", describe(a.doc.Origin), errs[i])}
		} else {
			// Not new: the same text came twice in this run.
			outcomes <- outcome{stored: isNew[i], skipped: !isNew[i]}
		}
		// The queue closes only once every article is settled, so
		// acknowledging cannot fail.
		a.delivery.Ack(ctx)
	}
}

// tally counts an outcome and shows the progress.
func (g *ingestion) tally(o outcome) {
	switch {
	case o.total > 0:
		g.progress.total = o.total
	case o.err != nil:
		g.counts.failed++
		g.failures = append(g.failures, o.err)
	case o.stored:
		g.counts.stored++
	case o.skipped:
		g.counts.skipped++
	}
	g.progress.show(g.counts)
}

// summarise reports the run and returns the exit code.
func (g *ingestion) summarise(ctx context.Context) int {
	c := g.counts
	fmt.Fprintf(g.env.stdout, "%s: %s stored, %s already stored, %s failed (%s)\n",
		articles(c.done()), commas(c.stored), commas(c.skipped), commas(c.failed), g.store.name())
	if c.failed > 0 {
		g.env.errorf("%s of %s failed:", commas(c.failed), articles(c.done()))
		listFailures(g.env, g.failures)
	}
	if err := ctx.Err(); err != nil {
		g.env.errorf("ingest interrupted: %s articles stored are kept; run it again to go on", commas(c.stored))
		return exitError
	}
	if c.failed > 0 {
		return exitError
	}
	if c.done() == 0 {
		g.env.errorf("ingest: no articles found")
		return exitError
	}
	return exitOK
}

// A progress line tells a person at a terminal how far ingest has got. It
// writes nothing when standard error is not a terminal.
type progress struct {
	w     *os.File // nil: not a terminal
	start time.Time
	last  time.Time
	total int // articles in the input, once it is all read; 0 before
	shown bool
}

func newProgress(w io.Writer) *progress {
	p := &progress{start: time.Now()}
	if f, ok := w.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			p.w = f
		}
	}
	return p
}

// show redraws the line, at most five times a second.
func (p *progress) show(c counts) {
	now := time.Now()
	if p.w == nil || now.Sub(p.last) < 200*time.Millisecond {
		return
	}
	p.last, p.shown = now, true
	secs := now.Sub(p.start).Seconds()
	rate := float64(c.done()) / secs
	line := fmt.Sprintf("herald: %s (%s stored, %s skipped, %s failed)  %.1f/s",
		articles(c.done()), commas(c.stored), commas(c.skipped), commas(c.failed), rate)
	if p.total > 0 && rate > 0 {
		eta := time.Duration(float64(p.total-c.done()) / rate * float64(time.Second))
		line += fmt.Sprintf("  of %s, ETA %s", commas(p.total), eta.Round(time.Second))
	}
	fmt.Fprintf(p.w, "\r%s\x1b[K", line)
}

// clear removes the line, so that what follows starts on a clean line.
func (p *progress) clear() {
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

// articles counts articles: "1 article", "2,226 articles".
func articles(n int) string {
	if n == 1 {
		return "1 article"
	}
	return commas(n) + " articles"
}

// commas writes n with thousands separators: 2226 as "2,226".
func commas(n int) string {
	if n < 0 {
		return "-" + commas(-n)
	}
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
