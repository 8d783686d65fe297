package api

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/devdata"
	"github.com/heraldproject/herald/internal/ingest"
	"github.com/heraldproject/herald/internal/store/sqlite"
)

// Load test parameters: the rate and length of the run, and the p99
// latency it must hold. HERALD_LOAD_RATE sets another rate, to find where
// a busy machine's latency turns.
const (
	defaultLoadRate = 200 // requests per second
	loadDuration    = 10 * time.Second
	loadP99         = 50 * time.Millisecond
	loadWorkers     = 32
)

// loadQueries are the event queries the load test cycles through: the
// filters an analyst uses, alone and together.
var loadQueries = []string{
	"", "actor=USA*", "actor=GBR", "actor=GBRGOV&modality=asserted", "cameo=04", "cameo=19&quad=4",
	"plover=CONSULT", "quad=1&limit=20", "modality=planned", "from=2004-03-01&to=2004-03-31",
	"actor=EU*&from=2004-06-01", "q=election", "q=oil+prices&cameo=0", "actor=USA*&cameo=1&limit=50",
}

// TestLoad drives GET /api/v1/events over a store of BBC News at
// 200 requests a second over loopback and checks the 99th
// percentile latency. It runs only with HERALD_LOAD=1, as it analyses the
// corpus first (about a minute on two cores) unless HERALD_LOAD_DB names a
// store built before:
//
//	HERALD_LOAD=1 go test ./internal/api/ -run TestLoad -v
func TestLoad(t *testing.T) {
	if os.Getenv("HERALD_LOAD") == "" {
		t.Skip("set HERALD_LOAD=1 to run the load test")
	}
	s := loadStore(t)
	n, err := s.Count(context.Background(), herald.Query{})
	if err != nil {
		t.Fatal(err)
	}
	h, err := New(Options{Store: s, Stats: s})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: loadWorkers}}

	rate := defaultLoadRate
	if r := os.Getenv("HERALD_LOAD_RATE"); r != "" {
		if rate, err = strconv.Atoi(r); err != nil || rate <= 0 {
			t.Fatalf("HERALD_LOAD_RATE %q is not a rate above 0", r)
		}
	}
	latencies, failures := drive(t, client, srv.URL, rate)
	slices.Sort(latencies)
	pct := func(p float64) time.Duration { return latencies[int(p*float64(len(latencies)-1))] }
	t.Logf("%d events in the store; %d requests at %d/s over %s: p50 %s, p90 %s, p99 %s, max %s; %d failed",
		n, len(latencies), rate, loadDuration, pct(0.50), pct(0.90), pct(0.99), latencies[len(latencies)-1], failures)
	if failures > 0 {
		t.Errorf("%d requests failed", failures)
	}
	if pct(0.99) > loadP99 {
		t.Errorf("p99 %s, want ≤ %s", pct(0.99), loadP99)
	}
}

// BenchmarkEvents measures one GET /api/v1/events over the load test's
// store, cycling through its queries, without HTTP: the CPU a request
// costs, which bounds the rate two cores can serve.
//
//	HERALD_LOAD=1 go test ./internal/api/ -run '^$' -bench Events -benchtime 5s
func BenchmarkEvents(b *testing.B) {
	if os.Getenv("HERALD_LOAD") == "" {
		b.Skip("set HERALD_LOAD=1 to run the load benchmark")
	}
	s := loadStore(b)
	h, err := New(Options{Store: s, Stats: s})
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; b.Loop(); i++ {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", "/api/v1/events?"+loadQueries[i%len(loadQueries)], nil))
		if w.Code != http.StatusOK {
			b.Fatalf("status %d: %s", w.Code, w.Body)
		}
	}
}

// drive sends the load: one request every 1/rate seconds, each timed
// from when it was due rather than when a worker took it up, so that a
// slow server cannot hide its queue.
func drive(t *testing.T, client *http.Client, base string, rate int) ([]time.Duration, int) {
	type job struct {
		due    time.Time
		target string
	}
	jobs := make(chan job, rate)
	var (
		mu        sync.Mutex
		latencies []time.Duration
		failures  int
		wg        sync.WaitGroup
	)
	for range loadWorkers {
		wg.Go(func() {
			for j := range jobs {
				ok := fetch(client, j.target)
				d := time.Since(j.due)
				mu.Lock()
				latencies = append(latencies, d)
				if !ok {
					failures++
				}
				mu.Unlock()
			}
		})
	}
	interval := time.Second / time.Duration(rate)
	start := time.Now()
	for i := 0; i < int(loadDuration/interval); i++ {
		due := start.Add(time.Duration(i) * interval)
		time.Sleep(time.Until(due))
		jobs <- job{due, fmt.Sprintf("%s/api/v1/events?%s", base, loadQueries[i%len(loadQueries)])}
	}
	close(jobs)
	wg.Wait()
	return latencies, failures
}

func fetch(client *http.Client, target string) bool {
	resp, err := client.Get(target)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	_, err = io.Copy(io.Discard, resp.Body)
	return err == nil && resp.StatusCode == http.StatusOK
}

// loadStore returns a store of BBC News: the one at HERALD_LOAD_DB when
// that file exists, else one it builds there or, without HERALD_LOAD_DB,
// in a temporary folder. The corpus has no dates; articles are given one
// a day from 2004-01-01 in file order, so that date filters select
// something.
func loadStore(t testing.TB) *sqlite.Store {
	ctx := context.Background()
	path := os.Getenv("HERALD_LOAD_DB")
	if _, err := os.Stat(path); path != "" && err == nil {
		s, err := sqlite.Open(ctx, path, sqlite.Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	if path == "" {
		path = filepath.Join(t.TempDir(), "bbc.db")
	}
	corpus := devdata.Path(t, "bbc-news/bbc")
	s, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	analyze := analyzer()
	day := time.Date(2004, 1, 1, 0, 0, 0, 0, time.UTC)
	articles := make(chan herald.Article)
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			for a := range articles {
				doc, err := analyze(ctx, a)
				if err == nil {
					_, err = s.Put(ctx, doc, "herald load test")
				}
				if err != nil {
					t.Errorf("%s: %v", a.Origin.Path, err)
				}
			}
		})
	}
	i := 0
	for a, err := range ingest.Read(ctx, corpus, ingest.Options{}) {
		if err != nil {
			continue
		}
		a.Published = day.AddDate(0, 0, i%366)
		i++
		articles <- a
	}
	close(articles)
	wg.Wait()
	return s
}
