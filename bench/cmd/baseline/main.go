// Command baseline times github.com/jdkato/prose/v2 on herald's corpora and
// scores its entity recognition on CoNLL-2003, for comparison with
// herald bench and herald eval ner. See ../../README.md.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"

	"github.com/heraldproject/herald/bench"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	os.Exit(run(ctx))
}

func run(ctx context.Context) int {
	fs := flag.NewFlagSet("baseline", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: baseline [--corpus PATH] [--repeat N] [--reload] [--segment-only] | --ner-gold PATH\n\n")
		fs.PrintDefaults()
	}
	corpus := fs.String("corpus", "", "`path` of a directory, JSONL file or feed, read as herald bench reads it; empty: herald's seed article")
	repeat := fs.Int("repeat", 0, "passes over the corpus (default 1 with --corpus, 100 copies of the seed without)")
	nerGold := fs.String("ner-gold", "", "score NER on the CoNLL-2003 file at `path` (e.g. eng.testa) instead of timing")
	reload := fs.Bool("reload", false, "give prose.NewDocument no model, so that it decodes its default model for every document, inside the timing")
	segmentOnly := fs.Bool("segment-only", false, "sentences and tokens only: turn prose's tagging and entity extraction off")
	if err := fs.Parse(os.Args[1:]); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if *repeat < 0 || fs.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "baseline: --repeat must be ≥ 0, and no arguments")
		return 2
	}
	if *repeat == 0 {
		*repeat = 1
		if *corpus == "" {
			*repeat = 100
		}
	}
	model, load, err := bench.LoadModel()
	if err != nil {
		fmt.Fprintf(os.Stderr, "baseline: %v\n", err)
		return 1
	}
	if *reload {
		model = nil
	}
	if *nerGold != "" {
		rep, err := bench.NER(ctx, *nerGold, model)
		if err == nil {
			err = rep.WriteText(os.Stdout)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "baseline: %v\n", err)
			return 1
		}
		return 0
	}
	arts, err := bench.Corpus(ctx, *corpus)
	if err == nil {
		opts := bench.Options{Repeat: *repeat, Model: model, SegmentOnly: *segmentOnly}
		var r bench.Result
		r, err = bench.Run(ctx, arts, opts)
		if err == nil {
			err = bench.WriteResult(os.Stdout, r, opts, load)
		}
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "baseline: %v\n", err)
		return 1
	}
	return 0
}
