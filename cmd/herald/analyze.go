package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/ingest"
	"github.com/heraldproject/herald/internal/pipeline"
	"github.com/heraldproject/herald/internal/render"
)

const analyzeDetail = `Analyze reads one article (a text or HTML file) or many (an RSS/Atom feed, a
JSONL file with one article per line, or a directory, walked recursively),
runs herald's pipeline over each and prints the result as herald/v1 JSON
(docs/schema.md). "-" reads standard input.

One article prints one indented JSON document; feeds, JSONL files and
directories print one document per line. --format text prints a report for a
person instead. A bad article is reported on standard error and the others
go on; the exit code is 1 if any article failed, 2 for a wrong command line.

Example:
	herald analyze --date 2025-08-08 testdata/seed/menafn-2025-08-08-putin-trump.txt`

func analyzeCommand() *command {
	c := &command{name: "analyze", summary: "analyse articles and print herald/v1 JSON", usage: "analyze [flags] FILE|DIR|-"}
	c.run = func(ctx context.Context, e *env, args []string) int {
		fs := newFlags(e, c, analyzeDetail)
		date := fs.String("date", "", "publication `YYYY-MM-DD` for articles that carry no date of their own; relative dates resolve against it")
		in := fs.String("in", "", "input `format`: text, html, rss or jsonl (default: from the file extension, then the content)")
		format := fs.String("format", "", "output `format`: json, jsonl or text (default: json for one article, jsonl for many)")
		maxSize := byteSize(ingest.DefaultMaxBytes)
		fs.Var(&maxSize, "max-size", "largest `size` of one article (a file, or a JSONL line) to accept")
		var pc pipelineConfig
		pc.flags(fs)
		if code := parseFlags(e, fs, args); code >= 0 {
			return code
		}
		if fs.NArg() != 1 {
			e.errorf("analyze needs one FILE, DIR or - (standard input); run 'herald help analyze'")
			return exitUsage
		}
		a := analysis{env: e, path: fs.Arg(0), format: *format, pc: pc,
			opts: ingest.Options{Format: *in, MaxBytes: int64(maxSize)}}
		if err := a.check(*date); err != nil {
			e.errorf("analyze: %v", err)
			return exitUsage
		}
		return a.run(ctx)
	}
	return c
}

// analysis is one run of the analyze command.
type analysis struct {
	env    *env
	path   string
	format string
	opts   ingest.Options
	pc     pipelineConfig
	date   time.Time
}

func (a *analysis) check(date string) error {
	if date != "" {
		t, err := time.Parse("2006-01-02", date)
		if err != nil {
			return fmt.Errorf("--date %q is not a date in the form YYYY-MM-DD", date)
		}
		a.date = t
	}
	switch a.opts.Format {
	case "", "text", "html", "rss", "jsonl":
	default:
		return fmt.Errorf("--in %q is not one of text, html, rss, jsonl", a.opts.Format)
	}
	switch a.format {
	case "", "json", "jsonl", "text":
	default:
		return fmt.Errorf("--format %q is not one of json, jsonl, text", a.format)
	}
	return nil
}

func (a *analysis) run(ctx context.Context) int {
	p := newPipeline(a.pc)
	if err := p.Load(ctx); err != nil {
		a.env.errorf("%v", err)
		return exitError
	}
	out := bufio.NewWriter(a.env.stdout)
	articles, failed := 0, 0
	for art, err := range a.read(ctx) {
		if err != nil {
			a.env.errorf("%v", err)
			failed++
			continue
		}
		if art.Published.IsZero() {
			art.Published = a.date
		}
		doc, err := p.Analyze(ctx, art)
		if err != nil {
			a.env.errorf("analyze %s: %v", describe(art.Origin), err)
			failed++
			continue
		}
		articles++
		if err := a.write(out, doc, p, articles); err != nil {
			a.env.errorf("%v", err)
			return exitError
		}
	}
	if err := out.Flush(); err != nil {
		a.env.errorf("write output: %v", err)
		return exitError
	}
	if articles == 0 && failed == 0 {
		a.env.errorf("analyze %q: no articles found", a.path)
		return exitError
	}
	if failed > 0 {
		if articles > 0 {
			a.env.errorf("%d of %d articles failed", failed, failed+articles)
		}
		return exitError
	}
	return exitOK
}

func (a *analysis) read(ctx context.Context) func(yield func(herald.Article, error) bool) {
	if a.path == "-" {
		return ingest.ReadFrom(ctx, a.env.stdin, "-", a.opts)
	}
	return ingest.Read(ctx, a.path, a.opts)
}

// write prints doc in the chosen format. Without --format, one article
// prints as indented JSON and many as JSON lines; which it is shows in the
// first article's reader and in whether the path is a directory.
func (a *analysis) write(w io.Writer, doc *herald.Document, p *pipeline.Pipeline, n int) error {
	if a.format == "" {
		a.format = "json"
		if fi, err := os.Stat(a.path); (err == nil && fi.IsDir()) || doc.Origin.Format == "rss" || doc.Origin.Format == "jsonl" {
			a.format = "jsonl"
		}
	}
	switch a.format {
	case "jsonl":
		return render.JSONL(w, doc)
	case "text":
		if n > 1 {
			fmt.Fprintln(w)
		}
		return render.Text(w, doc, p.Stages())
	}
	return render.JSON(w, doc)
}

// describe names an article's origin for a message: the path, and the line
// or item within it.
func describe(o herald.Origin) string {
	switch {
	case o.Line > 0:
		return fmt.Sprintf("%q line %d", o.Path, o.Line)
	case o.Item > 0:
		return fmt.Sprintf("%q item %d", o.Path, o.Item)
	}
	return fmt.Sprintf("%q", o.Path)
}
