package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
)

// A page is one page of the article-extraction benchmark with the body
// text a person marked as the article.
type page struct {
	ID   string
	URL  string
	Body string
}

// readExtractGold reads the benchmark's ground-truth.json, given as the
// file or the folder holding it and html/. It returns the pages sorted by
// ID and the folder of their <id>.html.gz files.
func readExtractGold(goldPath string) ([]page, string, error) {
	path := goldPath
	if fi, err := os.Stat(goldPath); err == nil && fi.IsDir() {
		path = filepath.Join(goldPath, "ground-truth.json")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, "", fmt.Errorf("read gold: %w", err)
	}
	var truth map[string]struct {
		Body string `json:"articleBody"`
		URL  string `json:"url"`
	}
	if err := json.Unmarshal(data, &truth); err != nil {
		return nil, "", fmt.Errorf("read gold %q: line %d: %w", path, jsonLine(data, err), err)
	}
	pages := make([]page, 0, len(truth))
	for id, t := range truth {
		pages = append(pages, page{ID: id, URL: t.URL, Body: t.Body})
	}
	slices.SortFunc(pages, func(a, b page) int { return strings.Compare(a.ID, b.ID) })
	return pages, filepath.Join(filepath.Dir(path), "html"), nil
}

// runExtract scores an Extractor on the article-extraction benchmark as
// its evaluate.py does. Each text is cut into word tokens (runs of letters,
// digits and underscores, like Python's \w+; case is kept) and the tokens
// into overlapping shingles of 4 (one shingle of all tokens when there are
// fewer). Per page, shingles are matched as multisets: TP is the shared
// count, FP the surplus of the prediction, FN the surplus of the truth.
// Precision is the mean over pages that predicted any shingle (TP+FP > 0)
// and recall the mean over pages whose truth has any (TP+FN > 0), a page
// with FP = FN = 0 scoring 1; F1 is the harmonic mean of the two means.
// This macro average weighs every page alike. The Overall counts are the
// raw shingle sums; the "micro" total computes P/R/F1 from them instead.
// The "exact match" figure is the share of pages whose token sequences are
// equal. Words counts the reference bodies' words.
func runExtract(ctx context.Context, goldPath string, r *runner) (*Report, error) {
	ex := r.ex
	if ex == nil {
		ex, _ = r.an.(Extractor)
	}
	if ex == nil {
		return nil, fmt.Errorf("run extract: %w: pass Options.Extractor or an Analyzer that implements Extractor", ErrNoExtractor)
	}
	r.ex = ex
	pages, htmlDir, err := readExtractGold(goldPath)
	if err != nil {
		return nil, err
	}
	var sum extractSum
	for _, p := range pages {
		if r.done() {
			break
		}
		html, err := readGzip(filepath.Join(htmlDir, p.ID+".html.gz"))
		if err != nil {
			return nil, err
		}
		text, err := r.extract(ctx, p.ID, html, p.URL, countWords(p.Body))
		if err != nil {
			return nil, err
		}
		sum.add(p.Body, text)
	}
	return sum.report(), nil
}

// An extractSum accumulates per-page shingle counts.
type extractSum struct {
	raw              Score
	precs, recs      []float64
	exact, pageCount int
}

// add scores one page.
func (s *extractSum) add(truth, pred string) {
	tt, pt := wordTokens(truth), wordTokens(pred)
	tp, fp, fn := matchShingles(shingles(tt, 4), shingles(pt, 4))
	s.raw.add(Score{TP: tp, FP: fp, FN: fn})
	s.pageCount++
	if slices.Equal(tt, pt) {
		s.exact++
	}
	if tp+fp > 0 {
		s.precs = append(s.precs, pageScore(tp, fp, fn))
	}
	if tp+fn > 0 {
		s.recs = append(s.recs, pageScore(tp, fn, fp))
	}
}

// pageScore is evaluate.py's precision_score (or, with the error counts
// swapped, recall_score): 1 when nothing is wrong, else tp/(tp+wrong).
func pageScore(tp, wrong, other int) float64 {
	if wrong == 0 && other == 0 {
		return 1
	}
	return ratio(float64(tp), float64(tp+wrong))
}

// report returns the report of the pages scored.
func (s *extractSum) report() *Report {
	overall := s.raw
	overall.Name = "shingles"
	overall.Precision = mean(s.precs)
	overall.Recall = mean(s.recs)
	overall.F1 = harmonic(overall.Precision, overall.Recall)
	return &Report{
		Overall: overall,
		Totals:  []Score{total("micro", s.raw)},
		Figures: []Figure{
			{Name: "exact match", Value: ratio(float64(s.exact), float64(s.pageCount)), N: s.pageCount},
			{Name: "pages with output", Value: ratio(float64(len(s.precs)), float64(s.pageCount)), N: s.pageCount},
		},
	}
}

// mean returns the mean of xs, or 0 when there are none.
func mean(xs []float64) float64 {
	var sum float64
	for _, x := range xs {
		sum += x
	}
	return ratio(sum, float64(len(xs)))
}

// wordTokens returns the runs of letters, digits and underscores in s.
func wordTokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '_'
	})
}

// shingles counts the n-token shingles of tokens; fewer than n tokens
// make one shorter shingle, and no tokens none.
func shingles(tokens []string, n int) map[string]int {
	out := make(map[string]int)
	if len(tokens) == 0 {
		return out
	}
	for i := 0; i < max(1, len(tokens)-n+1); i++ {
		out[strings.Join(tokens[i:min(i+n, len(tokens))], "\x00")]++
	}
	return out
}

// matchShingles compares two shingle multisets.
func matchShingles(truth, pred map[string]int) (tp, fp, fn int) {
	for k, t := range truth {
		p := pred[k]
		tp += min(t, p)
		fn += max(0, t-p)
	}
	for k, p := range pred {
		fp += max(0, p-truth[k])
	}
	return tp, fp, fn
}
