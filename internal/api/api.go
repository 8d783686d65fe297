package api

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strings"

	"github.com/heraldproject/herald"
)

// Defaults for the limits of Options.
const (
	DefaultMaxBody  = 32 << 20 // bytes of one request body
	DefaultMaxBatch = 1000     // articles in one POST /api/v1/articles
)

// Options configure the API's handler.
type Options struct {
	// Store holds the documents the API serves and keeps. Required.
	Store herald.Store
	// Stats counts events for the /stats endpoints and actor pages.
	// Required.
	Stats herald.Aggregator
	// Analyze codes one article. nil turns POST /api/v1/articles and
	// POST /api/v1/analyze off (404).
	Analyze func(ctx context.Context, a herald.Article) (*herald.Document, error)
	// Coder names the herald that codes what is stored, as Store.Put wants.
	Coder string
	// Token is the bearer token that writing endpoints need. "" turns
	// storing off (403) and leaves analysing open.
	Token string
	// ProtectReads makes every endpoint need Token, reading included.
	ProtectReads bool
	// MaxBody is the largest request body in bytes; 0 means
	// DefaultMaxBody.
	MaxBody int64
	// MaxBatch is the most articles one POST /api/v1/articles takes; 0
	// means DefaultMaxBatch.
	MaxBatch int
	// Log receives the errors that a client is told only as
	// "internal"; nil discards them.
	Log *slog.Logger
}

// An access says who may call an endpoint.
type access int

const (
	read    access = iota // anyone, unless Options.ProtectReads
	analyze               // anyone, unless a token is set
	write                 // the holder of the token only
)

// A route is one endpoint: a method and a ServeMux path pattern.
type route struct {
	method, path string
	access       access
	handle       func(w http.ResponseWriter, r *http.Request) error
}

// server is the API's state: its options.
type server struct {
	opts Options
}

// New returns the API's handler. It serves the paths under /api/, so it
// is mounted at "/api/" of a server's mux.
func New(o Options) (http.Handler, error) {
	if o.Store == nil || o.Stats == nil {
		return nil, errors.New("new api: store and stats are required")
	}
	if o.ProtectReads && o.Token == "" {
		return nil, errors.New("new api: protecting reads needs a token")
	}
	if o.MaxBody <= 0 {
		o.MaxBody = DefaultMaxBody
	}
	if o.MaxBatch <= 0 {
		o.MaxBatch = DefaultMaxBatch
	}
	if o.Log == nil {
		o.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	s := &server{opts: o}
	mux := http.NewServeMux()
	allowed := map[string][]string{}
	for _, rt := range s.table() {
		mux.Handle(rt.method+" "+rt.path, s.endpoint(rt))
		allowed[rt.path] = append(allowed[rt.path], rt.method)
	}
	// Without these the mux would answer a wrong method or path in
	// plain text; the API answers in JSON.
	for path, methods := range allowed {
		mux.Handle(path, methodNotAllowed(methods))
	}
	mux.Handle("/api/", headers(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "not_found", "no such endpoint: see /api/v1/openapi.json")
	})))
	return mux, nil
}

// table returns the API's routes, as openapi.json documents them.
func (s *server) table() []route {
	rs := []route{
		{"GET", "/api/v1/openapi.json", read, s.openAPI},
		{"GET", "/api/v1/schema.json", read, s.schema},
		{"GET", "/api/v1/events", read, s.events},
		{"GET", "/api/v1/articles/{id}", read, s.article},
		{"GET", "/api/v1/actors/{code}", read, s.actor},
		{"GET", "/api/v1/search", read, s.search},
		{"GET", "/api/v1/stats/timeline", read, s.timeline},
		{"GET", "/api/v1/stats/network", read, s.network},
		{"GET", "/api/v1/stats/actors", read, s.actors},
		{"GET", "/api/v1/stats/places", read, s.places},
		{"GET", "/api/v1/export", read, s.export},
	}
	if s.opts.Analyze != nil {
		rs = append(rs,
			route{"POST", "/api/v1/articles", write, s.postArticles},
			route{"POST", "/api/v1/analyze", analyze, s.analyze})
	}
	return rs
}

// endpoint wraps a route's handler with the API's headers, its access
// check and its body limit, and answers the error it returns.
func (s *server) endpoint(rt route) http.Handler {
	return headers(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.allow(w, r, rt.access) {
			return
		}
		if r.Body != nil {
			r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxBody)
		}
		if err := rt.handle(w, r); err != nil {
			s.fail(w, r, err)
		}
	}))
}

// headers sets the headers every API response carries.
func headers(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
		hd.Set("Cache-Control", "no-store")
		h.ServeHTTP(w, r)
	})
}

func methodNotAllowed(methods []string) http.Handler {
	allow := strings.Join(methods, ", ")
	if strings.Contains(allow, "GET") {
		allow += ", HEAD"
	}
	return headers(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", allow)
		writeError(w, http.StatusMethodNotAllowed, "method_not_allowed", r.Method+" is not allowed here; allowed: "+allow)
	}))
}
