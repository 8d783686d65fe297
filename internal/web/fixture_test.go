package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

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

// Payloads that must never reach a page as markup.
const (
	scriptPayload = `<script>alert("xss")</script>`
	imgPayload    = `<img src=x onerror=alert(1)>`
	svgPayload    = `<svg onload=alert(2)><circle r="9"/></svg>`
	jsURL         = `javascript:alert(3)`
)

// articles are the documents the tests store: the seed, two hand-written
// stories, and one whose every field is hostile.
func articles() []herald.Article {
	day := func(d int) time.Time { return time.Date(2025, 8, d, 0, 0, 0, 0, time.UTC) }
	return []herald.Article{
		herald.Seed(),
		{ID: "kyiv-strike", Title: "Russian forces strike Kyiv", URL: "https://example.org/kyiv-strike", Source: "Example Wire", Published: day(11),
			Text: "KYIV (Reuters) - Russian forces attacked Kyiv on Sunday, Ukrainian officials said.\n\n" +
				"Ukrainian President Volodymyr Zelensky condemned the attack. \"We will not give up,\" Zelensky said in a video address.\n\n" +
				"The United States criticized Russia and promised more aid to Ukraine."},
		{ID: "ankara-talks", Title: "Turkey hosts talks", URL: "http://example.org/ankara", Published: day(12),
			Text: "ANKARA (AP) - Turkish President Recep Tayyip Erdogan met Ukrainian Foreign Minister Andrii Sybiha in Ankara on Monday.\n\n" +
				"Turkey offered to host peace talks between Russia and Ukraine, Erdogan said."},
		{ID: "hostile", Title: "Breaking " + scriptPayload + imgPayload, URL: jsURL, Source: svgPayload, Published: day(13),
			Text: "Russia criticized Ukraine on Tuesday " + scriptPayload + ".\n\n" +
				"Ukraine accused Russia of lying " + imgPayload + " and " + svgPayload + " in Kyiv."},
	}
}

// A fixture is a store filled with analysed articles, and the pipeline.
type fixture struct {
	store    *sqlite.Store
	pipeline *pipeline.Pipeline
	docs     map[string]*herald.Document // by article ID
	hashes   map[string]string           // content hash by article ID
}

var (
	tempDir     string // removed when the tests end
	fixtureOnce sync.Once
	shared      *fixture
	fixtureErr  error
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "herald-web-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	tempDir = dir
	code := m.Run()
	if shared != nil {
		shared.store.Close()
	}
	os.RemoveAll(dir)
	os.Exit(code)
}

// newFixture analyses the articles once for all tests and stores them in a
// SQLite file in tempDir.
func newFixture(t testing.TB) *fixture {
	t.Helper()
	fixtureOnce.Do(func() {
		ctx := context.Background()
		p := pipeline.New(wire.New(), segment.New(segment.Options{}), entity.New(), actor.New(actor.Options{}),
			timex.New(), place.New(), quote.New(), syntax.New(), event.New())
		if fixtureErr = p.Load(ctx); fixtureErr != nil {
			return
		}
		st, err := sqlite.Open(ctx, filepath.Join(tempDir, "herald.db"), sqlite.Options{})
		if err != nil {
			fixtureErr = err
			return
		}
		f := &fixture{store: st, pipeline: p, docs: map[string]*herald.Document{}, hashes: map[string]string{}}
		for _, a := range articles() {
			doc, err := p.Analyze(ctx, a)
			if err != nil {
				fixtureErr = err
				return
			}
			if _, err := st.Put(ctx, doc, "test"); err != nil {
				fixtureErr = err
				return
			}
			f.docs[a.ID] = doc
			f.hashes[a.ID] = herald.ContentHash(doc.Text)
		}
		shared = f
	})
	if fixtureErr != nil {
		t.Fatalf("build fixture: %v", fixtureErr)
	}
	return shared
}

// handler returns the UI over the fixture's store, with the given token.
func (f *fixture) handler(t testing.TB, token string) http.Handler {
	t.Helper()
	h, err := New(Options{Store: f.store, Analyze: f.pipeline.Analyze, Token: token})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// get serves a GET of target and returns the recorded response.
func get(t testing.TB, h http.Handler, target string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	return rec
}

// httptestDo serves a request with the given method, target and form body
// and returns the recorded response.
func httptestDo(h http.Handler, method, target, form string, header ...string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, target, strings.NewReader(form))
	if form != "" {
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, r)
	return rec
}
