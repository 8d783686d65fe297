package web

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"

	"github.com/heraldproject/herald"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Options configure the UI's handler.
type Options struct {
	// Store holds the documents the pages show. Required.
	Store herald.Store
	// Stats counts events for the charts; nil means Store.
	Stats herald.Aggregator
	// Analyze codes one article without storing it, for the analyse
	// page; nil turns that page off.
	Analyze func(ctx context.Context, a herald.Article) (*herald.Document, error)
	// Token, when set, must be given in the analyse form.
	Token string
}

// contentSecurityPolicy allows the UI's own script, styles and images and
// nothing else: no inline script or style, no framing, no foreign forms.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// A server renders the pages.
type server struct {
	Options
	pages map[string]*template.Template
}

// New returns the UI's handler, to be mounted at "/".
func New(o Options) (http.Handler, error) {
	if o.Store == nil {
		return nil, errors.New("new web ui: no store")
	}
	if o.Stats == nil {
		o.Stats = o.Store
	}
	pages, err := parsePages()
	if err != nil {
		return nil, fmt.Errorf("new web ui: %w", err)
	}
	s := &server{Options: o, pages: pages}
	static, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, fmt.Errorf("new web ui: %w", err)
	}

	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.home)
	mux.HandleFunc("GET /search", s.search)
	mux.HandleFunc("GET /articles/{id}", s.article)
	mux.HandleFunc("GET /actors/{code}", s.actor)
	mux.HandleFunc("GET /timeline", s.timeline)
	mux.HandleFunc("GET /network", s.network)
	mux.HandleFunc("GET /map", s.worldMap)
	mux.HandleFunc("GET /analyze", s.analyzeForm)
	mux.Handle("POST /analyze", http.NewCrossOriginProtection().Handler(http.HandlerFunc(s.analyze)))
	mux.Handle("GET /static/", http.StripPrefix("/static/", cacheable(http.FileServerFS(static))))
	mux.HandleFunc("GET /", s.notFound)
	return secure(mux), nil
}

// parsePages parses each page template with the shared layout.
func parsePages() (map[string]*template.Template, error) {
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	pages := make(map[string]*template.Template)
	for _, name := range names {
		base := name[len("templates/") : len(name)-len(".html")]
		if base == "layout" || base == "parts" {
			continue
		}
		t, err := template.New(base).Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/parts.html", name)
		if err != nil {
			return nil, fmt.Errorf("parse template %s: %w", name, err)
		}
		pages[base] = t
	}
	return pages, nil
}

// secure sets the security headers of every response.
func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", contentSecurityPolicy)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("X-Frame-Options", "DENY")
		h.ServeHTTP(w, r)
	})
}

// cacheable lets browsers keep the embedded assets for an hour.
func cacheable(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		h.ServeHTTP(w, r)
	})
}

// A view is what the layout shows around a page's own content.
type view struct {
	Title  string // the page title, before " · herald"
	Active string // the navigation entry to mark
	Body   any    // the page's own data
}

// render writes page with the given view, or an error page when the
// template fails.
func (s *server) render(w http.ResponseWriter, r *http.Request, status int, page string, v view) {
	var buf bytes.Buffer
	if err := s.pages[page].ExecuteTemplate(&buf, "layout", v); err != nil {
		slog.ErrorContext(r.Context(), "render page", "page", page, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// A problem is what an error page says.
type problem struct {
	Status  int
	Message string
}

// fail renders an error page. Errors that are not the client's are logged
// and shown without their details.
func (s *server) fail(w http.ResponseWriter, r *http.Request, status int, msg string, err error) {
	if status >= 500 {
		slog.ErrorContext(r.Context(), "web ui", "path", r.URL.Path, "err", err)
	}
	s.render(w, r, status, "error", view{Title: http.StatusText(status), Body: problem{status, msg}})
}

// storeFailed renders the error page for err from the store.
func (s *server) storeFailed(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, herald.ErrNotFound):
		s.fail(w, r, http.StatusNotFound, "Nothing is stored under that name.", err)
	case errors.Is(err, herald.ErrBadQuery):
		s.fail(w, r, http.StatusBadRequest, "The filters are not valid: "+err.Error(), err)
	default:
		s.fail(w, r, http.StatusInternalServerError, "The store could not answer.", err)
	}
}

// notFound renders the page for paths the UI does not have.
func (s *server) notFound(w http.ResponseWriter, r *http.Request) {
	s.fail(w, r, http.StatusNotFound, "There is no page at this address.", nil)
}
