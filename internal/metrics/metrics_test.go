package metrics

import (
	"math"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

func TestWriteTo(t *testing.T) {
	var r Registry
	stored := r.Counter("herald_articles_total", "Articles done, by result.", "result", "stored")
	failed := r.Counter("herald_articles_total", "Articles done, by result.", "result", "failed")
	depth := r.Gauge("herald_queue_pending", "Articles waiting for a worker.")
	odd := r.Gauge("herald_odd", "Help with a \\ and a\nnewline.", "path", "C:\\x \"y\"\n")
	stored.Add(2)
	stored.Inc()
	failed.Inc()
	depth.Set(12.5)
	odd.Set(math.Inf(1))
	// Asking again returns the same series.
	r.Counter("herald_articles_total", "", "result", "stored").Inc()

	var b strings.Builder
	if _, err := r.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	want := `# HELP herald_articles_total Articles done, by result.
# TYPE herald_articles_total counter
herald_articles_total{result="stored"} 4
herald_articles_total{result="failed"} 1
# HELP herald_queue_pending Articles waiting for a worker.
# TYPE herald_queue_pending gauge
herald_queue_pending 12.5
# HELP herald_odd Help with a \\ and a\nnewline.
# TYPE herald_odd gauge
herald_odd{path="C:\\x \"y\"\n"} +Inf
`
	if got := b.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestConcurrentAdd(t *testing.T) {
	var r Registry
	c := r.Counter("n", "n")
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 1000 {
				c.Inc()
			}
		})
	}
	wg.Wait()
	var b strings.Builder
	r.WriteTo(&b)
	if !strings.Contains(b.String(), "\nn 8000\n") {
		t.Errorf("after 8,000 concurrent Inc:\n%s", b.String())
	}
}

func TestServeHTTP(t *testing.T) {
	var r Registry
	r.Gauge("up", "Whether the worker is up.").Set(1)
	w := httptest.NewRecorder()
	r.ServeHTTP(w, httptest.NewRequest("GET", "/metrics", nil))
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/plain; version=0.0.4") {
		t.Errorf("Content-Type = %q", ct)
	}
	if !strings.HasSuffix(w.Body.String(), "\nup 1\n") {
		t.Errorf("body:\n%s", w.Body.String())
	}
}

func TestKindClash(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("a name registered as counter and gauge did not panic")
		}
	}()
	var r Registry
	r.Counter("x", "x")
	r.Gauge("x", "x")
}
