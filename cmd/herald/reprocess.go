package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/pipeline"
)

const reprocessDetail = `Reprocess codes stored articles again with this herald, after an upgrade or
a change of patterns or dictionaries: each article's analysis — its events,
entities, quotes, times and places — is replaced in one transaction, and the
event clusters it leaves and joins are counted again. The article itself, its
link to a canonical article and when it was stored stay as they were.

By default it takes the articles whose coder (the herald version and pattern
set that analysed them, as 'herald query articles' shows) is not this
herald's, which is:
	%s
--coder takes only those of one coder; --all takes every article.

Reprocess can be stopped and run again: what it replaced is kept, and is
current, so a second run goes on with the rest. On a terminal a progress line
shows the rate. The exit code is 1 if any article failed or it was
interrupted.

Examples:
	herald reprocess --db news.db
	herald reprocess --postgres "$DSN" --coder "herald v0.3.0 (patterns 9a1b2c3)"`

func reprocessCommand() *command {
	c := &command{name: "reprocess", summary: "code stored articles again with this herald", usage: "reprocess [flags]"}
	c.run = func(ctx context.Context, e *env, args []string) int {
		coder := coderVersion()
		fs := newFlags(e, c, fmt.Sprintf(reprocessDetail, coder))
		var sf storeFlags
		sf.register(fs)
		all := fs.Bool("all", false, "reprocess every stored article, whatever its coder")
		only := fs.String("coder", "", "reprocess only articles coded by `CODER`")
		jobs := fs.Int("j", 0, "`N` articles analysed in parallel (default: one per CPU)")
		var pc pipelineConfig
		pc.flags(fs)
		if code := parseFlags(e, fs, args); code >= 0 {
			return code
		}
		if fs.NArg() > 0 || *jobs < 0 || *all && *only != "" {
			e.errorf("reprocess takes flags only, -j ≥ 0, and --all or --coder, not both; run 'herald help reprocess'")
			return exitUsage
		}
		if *jobs == 0 {
			*jobs = runtime.GOMAXPROCS(0)
		}
		pick := func(c string) bool { return c != coder }
		switch {
		case *all:
			pick = func(string) bool { return true }
		case *only != "":
			pick = func(c string) bool { return c == *only }
		}
		r := &reprocessing{env: e, store: sf, pc: pc, jobs: *jobs, coder: coder, pick: pick, progress: newProgress(e.stderr)}
		return r.run(ctx)
	}
	return c
}

// A reprocessing is one run of the reprocess command.
type reprocessing struct {
	env      *env
	store    storeFlags
	pc       pipelineConfig
	jobs     int
	coder    string
	pick     func(coder string) bool // whether to reprocess an article of that coder
	progress *progress
}

// A reprocessStore is what reprocess needs of a store.
type reprocessStore interface {
	herald.Store
	herald.Replacer
}

func (r *reprocessing) run(ctx context.Context) int {
	st, err := r.store.open(ctx, false)
	if err != nil {
		r.env.errorf("%v", err)
		return exitError
	}
	defer st.Close()
	s, ok := st.(reprocessStore)
	if !ok {
		r.env.errorf("reprocess: the store %s cannot replace documents", r.store.name())
		return exitError
	}
	hashes, current, err := r.chosen(ctx, s)
	if err != nil {
		r.env.errorf("reprocess: %v", err)
		return exitError
	}
	p := newPipeline(r.pc)
	if err := p.Load(ctx); err != nil {
		r.env.errorf("%v", err)
		return exitError
	}
	r.progress.total = len(hashes)
	var (
		c        counts
		failures []error
		mu       sync.Mutex
		wg       sync.WaitGroup
		todo     = make(chan string)
	)
	for range r.jobs {
		wg.Go(func() {
			for h := range todo {
				err := r.redo(ctx, s, p, h)
				if ctx.Err() != nil {
					continue
				}
				mu.Lock()
				if err != nil {
					c.failed++
					failures = append(failures, err)
				} else {
					c.stored++
				}
				r.progress.show(c)
				mu.Unlock()
			}
		})
	}
	for _, h := range hashes {
		if ctx.Err() != nil {
			break
		}
		todo <- h
	}
	close(todo)
	wg.Wait()
	r.progress.clear()
	fmt.Fprintf(r.env.stdout, "%s reprocessed, %s failed, %s already coded by %s (%s)\n",
		articles(c.stored), commas(c.failed), commas(current), r.coder, r.store.name())
	listFailures(r.env, failures)
	if ctx.Err() != nil {
		r.env.errorf("reprocess interrupted: what was replaced is kept; run it again to go on")
		return exitError
	}
	if c.failed > 0 {
		return exitError
	}
	return exitOK
}

// chosen pages through the stored articles and returns the content hashes
// of those to reprocess, and how many others there are.
func (r *reprocessing) chosen(ctx context.Context, s herald.Searcher) ([]string, int, error) {
	var hashes []string
	others := 0
	q := herald.Query{Limit: herald.MaxLimit}
	for {
		hits, next, err := s.Articles(ctx, q)
		if err != nil {
			return nil, 0, err
		}
		for _, h := range hits {
			if r.pick(h.Coder) {
				hashes = append(hashes, h.Hash)
			} else {
				others++
			}
		}
		if next == "" {
			return hashes, others, nil
		}
		q.After = next
	}
}

// redo analyses the stored article whose text has the given hash again and
// replaces its analysis.
func (r *reprocessing) redo(ctx context.Context, s reprocessStore, p *pipeline.Pipeline, hash string) error {
	old, _, err := s.Get(ctx, hash)
	if err != nil {
		return err
	}
	a := old.Article
	// The readers' diagnostics are the article's; the stages' are redone.
	for _, d := range old.Diagnostics {
		if d.Stage == "ingest" {
			a.Diagnostics = append(a.Diagnostics, d)
		}
	}
	doc, err := p.Analyze(ctx, a)
	if err != nil {
		return fmt.Errorf("analyze %s: %w", describe(a.Origin), err)
	}
	return s.Replace(ctx, doc, r.coder)
}
