package api

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/pipeline"
	"github.com/heraldproject/herald/internal/stage/actor"
	"github.com/heraldproject/herald/internal/stage/entity"
	"github.com/heraldproject/herald/internal/stage/event"
	"github.com/heraldproject/herald/internal/stage/place"
	"github.com/heraldproject/herald/internal/stage/quote"
	"github.com/heraldproject/herald/internal/stage/segment"
	"github.com/heraldproject/herald/internal/stage/syntax"
	"github.com/heraldproject/herald/internal/stage/timex"
	"github.com/heraldproject/herald/internal/stage/wire"
	"github.com/heraldproject/herald/internal/store/sqlite"
)

const testToken = "s3cret-token"

var (
	pipeOnce sync.Once
	pipe     *pipeline.Pipeline
)

// analyzer returns herald's pipeline, built once for all tests.
func analyzer() func(ctx context.Context, a herald.Article) (*herald.Document, error) {
	pipeOnce.Do(func() {
		pipe = pipeline.New(wire.New(), segment.New(segment.Options{}), entity.New(), actor.New(actor.Options{}),
			timex.New(), place.New(), quote.New(), syntax.New(), event.New())
	})
	return pipe.Analyze
}

// newStore returns an SQLite store holding the seed article.
func newStore(t testing.TB) *sqlite.Store {
	t.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "herald.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	doc, err := analyzer()(ctx, herald.Seed())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Put(ctx, doc, "herald test"); err != nil {
		t.Fatal(err)
	}
	return s
}

// newAPI returns the API over a store holding the seed, with the test
// token, and the store.
func newAPI(t testing.TB, edit func(*Options)) (http.Handler, *sqlite.Store) {
	t.Helper()
	s := newStore(t)
	o := Options{Store: s, Stats: s, Analyze: analyzer(), Coder: "herald test", Token: testToken}
	if edit != nil {
		edit(&o)
	}
	h, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	return h, s
}

// A call is one request to the API.
type call struct {
	method, target string
	body           string
	ctype          string
	token          string
}

// do sends c to h and returns the response.
func do(t testing.TB, h http.Handler, c call) *http.Response {
	t.Helper()
	var body io.Reader
	if c.body != "" {
		body = strings.NewReader(c.body)
	}
	r := httptest.NewRequest(or(c.method, "GET"), c.target, body)
	if c.ctype != "" {
		r.Header.Set("Content-Type", c.ctype)
	}
	if c.token != "" {
		r.Header.Set("Authorization", "Bearer "+c.token)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w.Result()
}

// decode reads a JSON response body into v.
func decode(t testing.TB, resp *http.Response, v any) {
	t.Helper()
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("decode response: %v", err)
	}
}

// get sends a GET, wants 200 and decodes the body into v.
func get(t testing.TB, h http.Handler, target string, v any) {
	t.Helper()
	resp := do(t, h, call{target: target})
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(resp.Body)
		t.Fatalf("GET %s: status %d, want 200: %s", target, resp.StatusCode, b)
	}
	decode(t, resp, v)
}
