package bench

import (
	"context"
	"fmt"
	"io"
	"runtime/debug"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/heraldproject/herald"
	"github.com/jdkato/prose/v2"
)

// proseModule is the import path of the library measured.
const proseModule = "github.com/jdkato/prose/v2"

// LoadModel decodes prose's default model — the averaged-perceptron tagger
// and the maximum-entropy entity extractor built into the library — and
// returns it with the time that took. It is what prose.NewDocument does on
// every call when it is given no model.
func LoadModel() (*prose.Model, time.Duration, error) {
	start := time.Now()
	doc, err := prose.NewDocument("")
	if err != nil {
		return nil, 0, fmt.Errorf("load prose model: %w", err)
	}
	return doc.Model, time.Since(start), nil
}

// Options are the settings of a timed run.
type Options struct {
	// Repeat is the number of passes over the corpus; 0 means 1.
	Repeat int
	// Model is the prose model every document reuses, through
	// prose.UsingModel. Nil calls prose.NewDocument with no model, so that
	// it decodes its default model again for every document.
	Model *prose.Model
	// SegmentOnly turns tagging and entity extraction off, leaving
	// sentence segmentation and tokenisation: the work herald's pipeline
	// does while it has no entity stage.
	SegmentOnly bool
}

// A Result is one timed run over a corpus.
type Result struct {
	Articles, Words, Bytes int
	Tokens, Entities       int // what prose returned, summed over the run
	Elapsed                time.Duration
}

// Run analyses the articles with prose, Repeat times over, and times it.
// Each document goes through prose.NewDocument with its default steps —
// sentence segmentation, tokenisation, part-of-speech tagging and entity
// extraction, or the first two with SegmentOnly — and its Tokens and
// Entities are read, as a user would.
// Words are counted as herald bench counts them: strings.Fields over the
// article text.
func Run(ctx context.Context, arts []herald.Article, opts Options) (Result, error) {
	repeat := max(opts.Repeat, 1)
	var r Result
	for _, a := range arts {
		r.Words += len(strings.Fields(a.Text))
		r.Bytes += len(a.Text)
	}
	r.Words *= repeat
	r.Bytes *= repeat
	r.Articles = len(arts) * repeat
	var docOpts []prose.DocOpt
	if opts.Model != nil {
		docOpts = append(docOpts, prose.UsingModel(opts.Model))
	}
	if opts.SegmentOnly {
		docOpts = append(docOpts, prose.WithTagging(false), prose.WithExtraction(false))
	}
	start := time.Now()
	for i := range r.Articles {
		if err := ctx.Err(); err != nil {
			return r, err
		}
		a := arts[i%len(arts)]
		doc, err := prose.NewDocument(a.Text, docOpts...)
		if err != nil {
			return r, fmt.Errorf("analyze %s: %w", a.ID, err)
		}
		r.Tokens += len(doc.Tokens())
		r.Entities += len(doc.Entities())
	}
	r.Elapsed = time.Since(start)
	return r, nil
}

// WriteResult writes r, a run with opts, in the layout of herald bench,
// whose "1 pipeline" line run.sh reads on both sides. load is the time
// LoadModel took.
func WriteResult(w io.Writer, r Result, opts Options, load time.Duration) error {
	repeat := max(opts.Repeat, 1)
	steps := "NewDocument defaults (segment, tokenize, tag, extract)"
	if opts.SegmentOnly {
		steps = "segment, tokenize (WithTagging(false), WithExtraction(false))"
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "library\t%s %s: %s\n", proseModule, moduleVersion(proseModule), steps)
	fmt.Fprintf(tw, "corpus\t%d articles × %d, %d words, %.1f MB\n", r.Articles/repeat, repeat, r.Words, float64(r.Bytes)/1e6)
	switch {
	case opts.SegmentOnly:
		fmt.Fprintf(tw, "model load\tnone needed\n")
	case opts.Model != nil:
		fmt.Fprintf(tw, "model load\t%v (once, reused with prose.UsingModel)\n", load.Round(time.Millisecond))
	default:
		fmt.Fprintf(tw, "model load\tin every NewDocument call (no model given), inside the timing\n")
	}
	s := r.Elapsed.Seconds()
	fmt.Fprintf(tw, "1 pipeline\t%.0f articles/s  %.0f words/s  %.2f MB/s  (%v)\n",
		float64(r.Articles)/s, float64(r.Words)/s, float64(r.Bytes)/1e6/s, r.Elapsed.Round(time.Millisecond))
	fmt.Fprintf(tw, "output\t%d tokens, %d entities\n", r.Tokens, r.Entities)
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write result: %w", err)
	}
	return nil
}

// moduleVersion returns the version of module path in this binary, or
// "(unknown)" when the binary carries no build information.
func moduleVersion(path string) string {
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, d := range info.Deps {
			if d.Path == path {
				return d.Version
			}
		}
	}
	return "(unknown)"
}
