package eval

import (
	"context"
	"errors"
	"github.com/heraldproject/herald/internal/devdata"
	"reflect"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
)

// extractorFunc adapts a function to the Extractor interface.
type extractorFunc func(ctx context.Context, html []byte, url string) (string, error)

func (f extractorFunc) Extract(ctx context.Context, html []byte, url string) (string, error) {
	return f(ctx, html, url)
}

// byURL returns an extractor that answers from a table of URL to text.
func byURL(texts map[string]string) Extractor {
	return extractorFunc(func(_ context.Context, _ []byte, url string) (string, error) {
		return texts[url], nil
	})
}

func TestShingles(t *testing.T) {
	got := wordTokens("We’d buy a_b game—x2, ÉTÉ 3.5!")
	want := []string{"We", "d", "buy", "a_b", "game", "x2", "ÉTÉ", "3", "5"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tokens: got %q, want %q", got, want)
	}
	if n := len(shingles([]string{"a", "b"}, 4)); n != 1 {
		t.Errorf("two tokens: got %d shingles, want 1", n)
	}
	if n := len(shingles(nil, 4)); n != 0 {
		t.Errorf("no tokens: got %d shingles, want 0", n)
	}
	tp, fp, fn := matchShingles(map[string]int{"x": 2, "y": 1}, map[string]int{"x": 1, "z": 3})
	if tp != 1 || fp != 3 || fn != 2 {
		t.Errorf("multisets: got %d %d %d, want 1 3 2", tp, fp, fn)
	}
}

// extractFake predicts, page by page:
//
//	a: 5 of 6 shingles right, 3 extra: P 5/8, R 5/6
//	b: wrong case: P 0, R 0
//	c: empty truth, empty prediction: in neither mean; exact match
//	d: nothing predicted: in the recall mean only, R 0
//	e: same tokens, other punctuation: P 1, R 1; exact match
var extractFake = byURL(map[string]string{
	"https://example.com/a": "The quick brown fox jumps over the lazy cat. Subscribe now!",
	"https://example.com/b": "one two three",
	"https://example.com/e": "Hello, world!",
})

func TestRunExtract(t *testing.T) {
	rep, err := Run(context.Background(), "extract", "testdata/extract/gold.json", nil, Options{Extractor: extractFake})
	if err != nil {
		t.Fatal(err)
	}
	p := (5.0/8 + 0 + 1) / 3
	r := (5.0/6 + 0 + 0 + 1) / 4
	checkScore(t, rep.Overall, Score{"shingles", 6, 4, 4, p, r, 2 * p * r / (p + r)})
	checkScore(t, row(t, rep, "micro"), newScore("micro", 6, 4, 4))
	if f := figure(t, rep, "exact match"); !near(f.Value, 0.4) || f.N != 5 {
		t.Errorf("exact match: got %+v, want 0.4 of 5", f)
	}
	if rep.Docs != 5 || rep.Words != 9+3+0+5+2 {
		t.Errorf("got %d docs and %d words, want 5 and 19", rep.Docs, rep.Words)
	}
}

func TestRunExtractEdges(t *testing.T) {
	ctx := context.Background()
	rep, err := Run(ctx, "extract", "testdata/extract/gold.json", nil, Options{Extractor: byURL(nil)})
	if err != nil {
		t.Fatal(err)
	}
	// Nothing predicted: no page enters the precision mean.
	checkScore(t, rep.Overall, Score{"shingles", 0, 0, 6 + 1 + 2 + 1, 0, 0, 0})
	noNaN(t, rep)

	both := struct {
		Analyzer
		Extractor
	}{emptyAnalyzer, extractFake}
	rep, err = Run(ctx, "extract", "testdata/extract/gold.json", both, Options{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	checkScore(t, rep.Overall, Score{"shingles", 5, 3, 1, 5.0 / 8, 5.0 / 6, harmonic(5.0/8, 5.0/6)})

	if _, err := Run(ctx, "extract", "testdata/extract/gold.json", emptyAnalyzer, Options{}); !errors.Is(err, ErrNoExtractor) {
		t.Errorf("no extractor: got %v", err)
	}
	failing := extractorFunc(func(context.Context, []byte, string) (string, error) { return "", herald.ErrBinary })
	if _, err := Run(ctx, "extract", "testdata/extract/gold.json", nil, Options{Extractor: failing}); !errors.Is(err, herald.ErrBinary) {
		t.Errorf("failing extractor: got %v", err)
	}
	for _, name := range []string{"bad-type.json", "bad-syntax.json"} {
		_, err := Run(ctx, "extract", "testdata/extract/"+name, nil, Options{Extractor: extractFake})
		if err == nil || !strings.Contains(err.Error(), `": line `) {
			t.Errorf("%s: got %v, want a positioned error", name, err)
		}
	}
}

func TestExtractDevData(t *testing.T) {
	dir := devdata.Path(t, "article-extraction-benchmark")
	pages, _, err := readExtractGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	truth := make(map[string]string)
	for _, p := range pages {
		truth[p.URL] = p.Body
	}
	t.Logf("%s: %d pages", dir, len(pages))
	rep, err := Run(context.Background(), "extract", dir, nil, Options{Extractor: byURL(truth)})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Overall.F1 != 1 || rep.Docs != len(pages) {
		t.Errorf("gold extractor: got %+v over %d pages, want F1 1", rep.Overall, rep.Docs)
	}
	t.Logf("gold extractor: %d shingles, %d words", rep.Overall.TP, rep.Words)
	rep, err = Run(context.Background(), "extract", dir, nil, Options{Extractor: byURL(nil)})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Overall.Recall != 0 {
		t.Errorf("empty extractor: got recall %v, want 0", rep.Overall.Recall)
	}
}
