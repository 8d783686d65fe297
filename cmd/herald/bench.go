package main

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/ingest"
	"github.com/heraldproject/herald/internal/pipeline"
)

const benchDetail = `Bench runs the whole pipeline over a corpus and prints articles/s, words/s,
MB/s, each stage's share of the time, allocations per article and peak memory.

The default corpus is the seed article repeated in memory; --corpus reads a
directory, JSONL file or feed of real articles instead (for example the BBC or
Reuters-21578 sets in ../shared/data). With -j N it runs N pipelines in
parallel after a single one and reports the speed-up.`

func benchCommand() *command {
	c := &command{name: "bench", summary: "measure the pipeline's speed", usage: "bench [flags]"}
	c.run = func(ctx context.Context, e *env, args []string) int {
		fs := newFlags(e, c, benchDetail)
		corpus := fs.String("corpus", "", "`path` of a directory, JSONL file or feed to use instead of the seed article")
		repeat := fs.Int("repeat", 0, "passes over the corpus (default 1 with --corpus, 10000 copies of the seed without)")
		jobs := fs.Int("j", 1, "`N` pipelines in parallel")
		cpuprofile := fs.String("cpuprofile", "", "write a CPU profile to `file`")
		var pc pipelineConfig
		pc.flags(fs)
		if code := parseFlags(e, fs, args); code >= 0 {
			return code
		}
		if *repeat < 0 || *jobs < 1 || fs.NArg() > 0 {
			e.errorf("bench: -repeat must be ≥ 0, -j ≥ 1, and no arguments; run 'herald help bench'")
			return exitUsage
		}
		arts, err := benchCorpus(ctx, *corpus, repeat)
		if err != nil {
			e.errorf("bench: %v", err)
			return exitError
		}
		if *cpuprofile != "" {
			f, err := os.Create(*cpuprofile)
			if err != nil {
				e.errorf("bench: %v", err)
				return exitError
			}
			defer f.Close()
			if err := pprof.StartCPUProfile(f); err != nil {
				e.errorf("bench: start profile: %v", err)
				return exitError
			}
			defer pprof.StopCPUProfile()
		}
		return runBench(ctx, e, newPipeline(pc), arts, *repeat, *jobs)
	}
	return c
}

// benchCorpus loads the articles to run over and sets the default repeat.
func benchCorpus(ctx context.Context, path string, repeat *int) ([]herald.Article, error) {
	if path == "" {
		if *repeat == 0 {
			*repeat = 10000
		}
		return []herald.Article{herald.Seed()}, nil
	}
	if *repeat == 0 {
		*repeat = 1
	}
	var arts []herald.Article
	for a, err := range ingest.Read(ctx, path, ingest.Options{}) {
		if err != nil {
			// A corpus of real news has a few bad files; the benchmark
			// measures the rest.
			continue
		}
		arts = append(arts, a)
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("no articles in %q", path)
	}
	return arts, nil
}

// benchResult is one timed run over the corpus.
type benchResult struct {
	articles, words, bytes int
	elapsed                time.Duration
	stages                 map[string]time.Duration
	mallocs                uint64
}

func runBench(ctx context.Context, e *env, p *pipeline.Pipeline, arts []herald.Article, repeat, jobs int) int {
	start := time.Now()
	if err := p.Load(ctx); err != nil {
		e.errorf("bench: %v", err)
		return exitError
	}
	load := time.Since(start)
	one, err := benchRun(ctx, p, arts, repeat, 1)
	if err != nil {
		e.errorf("bench: %v", err)
		return exitError
	}
	w := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintf(w, "corpus\t%d articles × %d, %d words, %.1f MB\n", len(arts), repeat, one.words, float64(one.bytes)/1e6)
	fmt.Fprintf(w, "model load\t%v\n", load.Round(time.Millisecond))
	printBench(w, "1 pipeline", one)
	fmt.Fprintf(w, "allocations\t%d per article\n", one.mallocs/uint64(max(one.articles, 1)))
	printStages(w, p.Stages(), one)
	if jobs > 1 {
		par, err := benchRun(ctx, p, arts, repeat, jobs)
		if err != nil {
			e.errorf("bench: %v", err)
			return exitError
		}
		printBench(w, fmt.Sprintf("%d pipelines", jobs), par)
		fmt.Fprintf(w, "scaling\t%.2f× with -j %d (GOMAXPROCS %d)\n",
			one.elapsed.Seconds()/par.elapsed.Seconds(), jobs, runtime.GOMAXPROCS(0))
	}
	fmt.Fprintf(w, "peak RSS\t%.0f MB\n", float64(peakRSS())/1e6)
	if err := w.Flush(); err != nil {
		e.errorf("bench: %v", err)
		return exitError
	}
	return exitOK
}

func printBench(w *tabwriter.Writer, name string, r benchResult) {
	s := r.elapsed.Seconds()
	fmt.Fprintf(w, "%s\t%.0f articles/s  %.0f words/s  %.2f MB/s  (%v)\n", name,
		float64(r.articles)/s, float64(r.words)/s, float64(r.bytes)/1e6/s, r.elapsed.Round(time.Millisecond))
}

func printStages(w *tabwriter.Writer, names []string, r benchResult) {
	var total time.Duration
	for _, d := range r.stages {
		total += d
	}
	for _, n := range names {
		share := 0.0
		if total > 0 {
			share = 100 * float64(r.stages[n]) / float64(total)
		}
		fmt.Fprintf(w, "  stage %s\t%5.1f%%  %.0f words/s\n", n, share, float64(r.words)/r.stages[n].Seconds())
	}
}

// benchRun analyses repeat copies of arts with jobs goroutines sharing p.
func benchRun(ctx context.Context, p *pipeline.Pipeline, arts []herald.Article, repeat, jobs int) (benchResult, error) {
	r := benchResult{stages: map[string]time.Duration{}}
	for _, a := range arts {
		r.words += len(strings.Fields(a.Text))
		r.bytes += len(a.Text)
	}
	r.words *= repeat
	r.bytes *= repeat
	r.articles = len(arts) * repeat
	work := make(chan herald.Article, jobs)
	var (
		mu      sync.Mutex
		firstEr error
		wg      sync.WaitGroup
	)
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	for range jobs {
		wg.Go(func() {
			for a := range work {
				timings, err := p.Run(ctx, herald.NewDocument(a))
				mu.Lock()
				if err != nil && firstEr == nil {
					firstEr = fmt.Errorf("analyze %s: %w", describe(a.Origin), err)
				}
				for _, t := range timings {
					r.stages[t.Stage] += t.Elapsed
				}
				mu.Unlock()
			}
		})
	}
	for i := range r.articles {
		work <- arts[i%len(arts)]
	}
	close(work)
	wg.Wait()
	r.elapsed = time.Since(start)
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	r.mallocs = after.Mallocs - before.Mallocs
	return r, firstEr
}
