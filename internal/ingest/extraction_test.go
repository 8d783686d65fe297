package ingest

import (
	"compress/gzip"
	"encoding/json"
	"github.com/heraldproject/herald/internal/devdata"
	"io"
	"math"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// A benchPage is one page of the article-extraction benchmark.
type benchPage struct {
	key  string
	html []byte
	body string // the expected article body
}

// loadExtractionBenchmark reads the pages of the article-extraction
// benchmark (github.com/scrapinghub/article-extraction-benchmark) that have
// a ground truth.
func loadExtractionBenchmark(t testing.TB) []benchPage {
	t.Helper()
	dir := devdata.Path(t, "article-extraction-benchmark")
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "html", "*.html.gz"))
	if err != nil || len(files) == 0 {
		t.Skipf("no pages in %s: %v", dir, err)
	}
	var pages []benchPage
	for _, f := range files {
		key := strings.TrimSuffix(filepath.Base(f), ".html.gz")
		gt, ok := truth[key]
		if !ok {
			continue
		}
		pages = append(pages, benchPage{key: key, html: gunzipFile(t, f), body: gt.ArticleBody})
	}
	return pages
}

func gunzipFile(t testing.TB, path string) []byte {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// extractors are the HTML extractors compared on the benchmark, each
// turning a page into text through herald's decoding and rendering.
var extractors = []struct {
	name    string
	extract func(page []byte) string
}{
	{"go-readability v2 (readeck)", readeckText},
	{"go-trafilatura (herald)", func(page []byte) string {
		a, _ := extractHTML(page)
		return a.Text
	}},
	{"go-trafilatura + fallback", trafilaturaFallbackText},
}

func readeckText(page []byte) string {
	text, _ := decodeHTML(page)
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return ""
	}
	base, _ := url.Parse("https://example.com/")
	parser := readability.NewParser()
	a, err := parser.ParseAndMutate(doc, base)
	if err != nil || a.Node == nil {
		return ""
	}
	return htmlText(a.Node)
}

func trafilaturaFallbackText(page []byte) string {
	text, _ := decodeHTML(page)
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return ""
	}
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
		EnableFallback: true, ExcludeComments: true, HtmlDateMode: trafilatura.Fast,
	})
	if err != nil || res.ContentNode == nil {
		return ""
	}
	return htmlText(paragraphs(doc, res.ContentNode))
}

// TestExtractionBenchmark compares the HTML extractors on the
// article-extraction benchmark, with its metric: precision and recall of
// word 4-gram shingles against the expected article body, averaged over
// pages, and F1 of the two averages. It also measures pages per second on
// one goroutine. Run it with
//
//	go test -run TestExtractionBenchmark -v ./internal/ingest/
func TestExtractionBenchmark(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: extracts every benchmark page three times")
	}
	pages := loadExtractionBenchmark(t)
	scores := make([][]shingleCounts, len(extractors))
	for i, e := range extractors {
		for _, p := range pages[:min(3, len(pages))] {
			e.extract(p.html) // warm up lazily built tables
		}
		start := time.Now()
		texts := make([]string, len(pages))
		for j, p := range pages {
			texts[j] = e.extract(p.html)
		}
		elapsed := time.Since(start)
		for j, p := range pages {
			scores[i] = append(scores[i], shingleMatch(p.body, texts[j], 4))
		}
		m := benchMetrics(scores[i])
		t.Logf("%-28s F1 %.3f  precision %.3f  recall %.3f  %6.1f pages/s  (%d pages)",
			e.name, m.f1, m.precision, m.recall, float64(len(pages))/elapsed.Seconds(), len(pages))
	}
	diff, ci := bootstrapDiff(scores[1], scores[0], 2000)
	t.Logf("F1 of go-trafilatura (herald) minus go-readability: %+.3f ± %.3f (95%% bootstrap interval)", diff, ci)
	if m := benchMetrics(scores[1]); m.f1 < 0.95 {
		t.Errorf("herald's extractor F1 = %.3f, want at least 0.95", m.f1)
	}
}

// shingleCounts are the true positive, false positive and false negative
// shingles of one page, normalised to sum to 1 so that every page weighs
// the same.
type shingleCounts struct{ tp, fp, fn float64 }

// shingleMatch counts the shingles, runs of n word tokens, that pred shares
// with truth, as the benchmark's evaluate.py does.
func shingleMatch(truth, pred string, n int) shingleCounts {
	want, got := shingles(truth, n), shingles(pred, n)
	var c shingleCounts
	for s, w := range want {
		g := got[s]
		c.tp += float64(min(w, g))
		c.fn += float64(max(0, w-g))
	}
	for s, g := range got {
		c.fp += float64(max(0, g-want[s]))
	}
	if sum := c.tp + c.fp + c.fn; sum > 0 {
		c.tp, c.fp, c.fn = c.tp/sum, c.fp/sum, c.fn/sum
	}
	return c
}

// shingles counts the runs of n word tokens in text. A word token is a run
// of letters, digits and underscores, as Python's \w+; a text of fewer than
// n tokens is one shingle.
func shingles(text string, n int) map[string]int {
	tokens := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '_'
	})
	counts := make(map[string]int)
	for i := 0; i < max(1, len(tokens)-n+1) && i < len(tokens); i++ {
		counts[strings.Join(tokens[i:min(i+n, len(tokens))], " ")]++
	}
	return counts
}

type metrics struct{ precision, recall, f1 float64 }

// benchMetrics averages precision over the pages with a prediction and
// recall over the pages with a truth, as evaluate.py does.
func benchMetrics(pages []shingleCounts) metrics {
	var p, r float64
	var np, nr int
	for _, c := range pages {
		if c.tp+c.fp > 0 {
			np++
			p += c.tp / (c.tp + c.fp)
		}
		if c.tp+c.fn > 0 {
			nr++
			r += c.tp / (c.tp + c.fn)
		}
	}
	m := metrics{precision: p / float64(max(np, 1)), recall: r / float64(max(nr, 1))}
	if m.precision+m.recall > 0 {
		m.f1 = 2 * m.precision * m.recall / (m.precision + m.recall)
	}
	return m
}

// bootstrapDiff returns the mean F1 difference a minus b over resamples of
// the pages, and the half-width of its 95% interval (1.96 standard
// deviations), as evaluate.py's --bootstrap-differences.
func bootstrapDiff(a, b []shingleCounts, rounds int) (mean, ci float64) {
	rng := rand.New(rand.NewPCG(1, 2))
	diffs := make([]float64, rounds)
	ra, rb := make([]shingleCounts, len(a)), make([]shingleCounts, len(b))
	for k := range diffs {
		for i := range ra {
			j := rng.IntN(len(a))
			ra[i], rb[i] = a[j], b[j]
		}
		diffs[k] = benchMetrics(ra).f1 - benchMetrics(rb).f1
		mean += diffs[k]
	}
	mean /= float64(rounds)
	var v float64
	for _, d := range diffs {
		v += (d - mean) * (d - mean)
	}
	return mean, 1.96 * math.Sqrt(v/float64(rounds-1))
}

func TestShingleMatch(t *testing.T) {
	c := shingleMatch("the cat sat on the mat", "the cat sat on the mat", 4)
	if c != (shingleCounts{1, 0, 0}) {
		t.Errorf("identical texts: %+v", c)
	}
	// 3 shingles in the truth; the prediction has the first 2 and 1 more.
	c = shingleMatch("a b c d e f", "x a b c d e", 4)
	if math.Abs(c.tp-0.5) > 1e-9 || math.Abs(c.fp-0.25) > 1e-9 || math.Abs(c.fn-0.25) > 1e-9 {
		t.Errorf("partial match: %+v, want tp 0.5 fp 0.25 fn 0.25", c)
	}
	if got := shingles("Hi, you", 4); len(got) != 1 || got["Hi you"] != 1 {
		t.Errorf("short text: %v, want one shingle", got)
	}
	m := benchMetrics([]shingleCounts{{1, 0, 0}, {0.5, 0.5, 0}, {0, 0, 1}})
	if math.Abs(m.precision-0.75) > 1e-9 || math.Abs(m.recall-2.0/3) > 1e-9 {
		t.Errorf("metrics %+v, want precision 0.75 recall 0.667", m)
	}
}
