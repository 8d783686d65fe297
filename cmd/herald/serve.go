package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/api"
	"github.com/heraldproject/herald/internal/web"
)

const serveDetail = `Serve serves a store as a JSON API under /api/v1/ (docs/api.md; the OpenAPI
document is at /api/v1/openapi.json) and as a web UI at /, from this one
program and without anything from the internet.

It listens on 127.0.0.1 only unless --addr names another address. Reading is
open to anyone who can reach it, unless --protect-reads. Storing articles
(POST /api/v1/articles) needs the token, given with --token or HERALD_TOKEN
and sent as "Authorization: Bearer TOKEN"; so does analysing them when a
token is set. Without a token the store is opened read-only and nothing can
be stored.

Ctrl-C or SIGTERM stops it gracefully: it takes no new requests and lets
those under way, writes included, finish (for up to a minute).

Examples:
	herald serve --db news.db
	HERALD_TOKEN=$(openssl rand -hex 16) herald serve --db news.db --addr 127.0.0.1:9000`

// Server timeouts. Writing allows for a batch of articles to analyse or
// a large export to stream.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = 2 * time.Minute
	writeTimeout      = 10 * time.Minute
	idleTimeout       = 2 * time.Minute
	shutdownTimeout   = time.Minute
)

func serveCommand() *command {
	c := &command{name: "serve", summary: "serve a store as a JSON API and a web UI", usage: "serve [flags]"}
	c.run = func(ctx context.Context, e *env, args []string) int {
		fs := newFlags(e, c, serveDetail)
		var sf storeFlags
		sf.register(fs)
		addr := fs.String("addr", "127.0.0.1:8080", "`address` to listen on, host:port")
		token := fs.String("token", "", "bearer `token` that storing and analysing need (default $HERALD_TOKEN)")
		protect := fs.Bool("protect-reads", false, "make reading need the token too")
		maxBody := byteSize(api.DefaultMaxBody)
		fs.Var(&maxBody, "max-body", "largest request body, `size`")
		maxBatch := fs.Int("max-batch", api.DefaultMaxBatch, "most articles, `N`, in one POST /api/v1/articles")
		var pc pipelineConfig
		pc.flags(fs)
		if code := parseFlags(e, fs, args); code >= 0 {
			return code
		}
		if *token == "" {
			*token = os.Getenv("HERALD_TOKEN")
		}
		if fs.NArg() > 0 || *maxBatch <= 0 || maxBody <= 0 {
			e.errorf("serve takes flags only, with --max-batch and --max-body above 0; run 'herald help serve'")
			return exitUsage
		}
		if *protect && *token == "" {
			e.errorf("serve: --protect-reads needs a token (--token or HERALD_TOKEN)")
			return exitUsage
		}
		ln, err := net.Listen("tcp", *addr)
		if err != nil {
			e.errorf("serve: %v", err)
			return exitError
		}
		sv := serving{store: sf, pc: pc, token: *token, protectReads: *protect,
			maxBody: int64(maxBody), maxBatch: *maxBatch, log: e.stderr}
		if err := sv.run(ctx, e, ln); err != nil {
			e.errorf("serve: %v", err)
			return exitError
		}
		return exitOK
	}
	return c
}

// serving is one run of the serve command.
type serving struct {
	store        storeFlags
	pc           pipelineConfig
	token        string
	protectReads bool
	maxBody      int64
	maxBatch     int
	log          io.Writer
}

// run opens the store and the pipeline and serves on ln until ctx ends.
func (sv serving) run(ctx context.Context, e *env, ln net.Listener) error {
	s, err := sv.store.open(ctx, sv.token == "")
	if err != nil {
		ln.Close()
		if errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("%w; 'herald ingest' makes one", err)
		}
		return err
	}
	defer s.Close()
	p := newPipeline(sv.pc)
	if err := p.Load(ctx); err != nil {
		ln.Close()
		return err
	}
	h, err := sv.handler(s, p.Analyze)
	if err != nil {
		ln.Close()
		return err
	}
	if ip, ok := ln.Addr().(*net.TCPAddr); ok && ip.IP.IsLoopback() {
		h = loopbackOnly(h)
	}
	fmt.Fprintf(e.stdout, "herald: serving %s at http://%s/ (API at /api/v1/, Ctrl-C stops)\n", sv.store.name(), ln.Addr())
	return serve(ctx, sv.server(h), ln)
}

// handler returns the API at /api/ and the web UI at /.
func (sv serving) handler(s herald.Store, analyze func(context.Context, herald.Article) (*herald.Document, error)) (http.Handler, error) {
	a, err := api.New(api.Options{Store: s, Stats: s, Analyze: analyze, Coder: coderVersion(), Token: sv.token,
		ProtectReads: sv.protectReads, MaxBody: sv.maxBody, MaxBatch: sv.maxBatch,
		Log: slog.New(slog.NewTextHandler(sv.log, nil))})
	if err != nil {
		return nil, err
	}
	ui, err := web.New(web.Options{Store: s, Stats: s, Analyze: analyze, Token: sv.token})
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("/api/", a)
	mux.Handle("/", ui)
	return mux, nil
}

// loopbackOnly refuses requests that name the server other than by a
// loopback address or localhost, so that a web page cannot reach a server
// on 127.0.0.1 through a name of its own (DNS rebinding) and read the
// store.
func loopbackOnly(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := r.Host
		if name, _, err := net.SplitHostPort(host); err == nil {
			host = name
		}
		ip := net.ParseIP(strings.Trim(host, "[]"))
		if !strings.EqualFold(host, "localhost") && (ip == nil || !ip.IsLoopback()) {
			http.Error(w, "this herald server answers to localhost only", http.StatusMisdirectedRequest)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// server returns an http.Server for h with a timeout on every phase.
func (sv serving) server(h http.Handler) *http.Server {
	return &http.Server{Handler: h, ReadHeaderTimeout: readHeaderTimeout, ReadTimeout: readTimeout,
		WriteTimeout: writeTimeout, IdleTimeout: idleTimeout, MaxHeaderBytes: 64 << 10,
		ErrorLog: log.New(sv.log, "herald: ", 0)}
}

// serve serves srv on ln until ctx ends, then shuts it down gracefully:
// no new connections, and the requests under way run to their end, for
// up to shutdownTimeout. Their contexts are not ctx, so an article being
// stored when the signal comes is stored.
func serve(ctx context.Context, srv *http.Server, ln net.Listener) error {
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return fmt.Errorf("serve http: %w", err)
	case <-ctx.Done():
	}
	stop, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(stop); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve http: %w", err)
	}
	return nil
}
