package eval

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/heraldproject/herald"
)

// A runner carries what every task's loop shares: the analyzer, the
// document limit, and the counts and clock behind words per second. Only
// time spent inside the analyzer or extractor is counted.
type runner struct {
	an    Analyzer
	ex    Extractor
	limit int

	docs    int
	words   int
	elapsed time.Duration
}

// done reports whether the document limit has been reached.
func (r *runner) done() bool {
	return r.limit > 0 && r.docs >= r.limit
}

// analyze runs the analyzer over a and checks the document it returns.
func (r *runner) analyze(ctx context.Context, a herald.Article) (*herald.Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	start := time.Now()
	doc, err := r.an.Analyze(ctx, a)
	r.elapsed += time.Since(start)
	if err != nil {
		return nil, fmt.Errorf("analyze %s: %w", a.ID, err)
	}
	if doc == nil {
		return nil, fmt.Errorf("analyze %s: analyzer returned no document", a.ID)
	}
	if doc.Text != a.Text {
		return nil, fmt.Errorf("analyze %s: %w", a.ID, ErrTextChanged)
	}
	r.docs++
	r.words += countWords(a.Text)
	return doc, nil
}

// extract runs the extractor over one page. words is the size of the
// page's reference text, which stands for the page in words per second.
func (r *runner) extract(ctx context.Context, id string, html []byte, url string, words int) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	start := time.Now()
	text, err := r.ex.Extract(ctx, html, url)
	r.elapsed += time.Since(start)
	if err != nil {
		return "", fmt.Errorf("extract %s: %w", id, err)
	}
	r.docs++
	r.words += words
	return text, nil
}

// fill copies the run's counts and timing into rep.
func (r *runner) fill(rep *Report) {
	rep.Docs = r.docs
	rep.Words = r.words
	rep.Elapsed = r.elapsed
	if r.elapsed > 0 {
		rep.WordsPerSec = float64(r.words) / r.elapsed.Seconds()
	}
}

// countWords counts white-space separated words.
func countWords(s string) int {
	return len(strings.Fields(s))
}
