package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"iter"
	"os"
	"strings"

	"github.com/heraldproject/herald"
)

// DefaultMaxBytes is the size limit that applies when Options.MaxBytes is 0:
// 32 MiB.
const DefaultMaxBytes = 32 << 20

// Input formats, as named in Options.Format and herald.Origin.Format.
const (
	formatText  = "text"
	formatHTML  = "html"
	formatRSS   = "rss"
	formatJSONL = "jsonl"
)

// Options configures how input is read. The zero value detects the format
// and applies DefaultMaxBytes.
type Options struct {
	// Format is "text", "html", "rss" or "jsonl"; "" detects it from the file
	// extension, then from the content.
	Format string
	// MaxBytes is the largest article accepted: a text, HTML or feed file,
	// or one JSONL line. 0 means DefaultMaxBytes.
	MaxBytes int64
}

// Read yields the articles of the file or directory at path. The path "-"
// is standard input. Directories are walked recursively in lexical order,
// skipping hidden files and directories (names starting with ".").
//
// Each step yields either an article or an error. An error that concerns one
// article is followed by the rest of the input; an error that stops the input
// is the last thing yielded. With an error comes an article that is empty but
// for its Origin, when that is known.
func Read(ctx context.Context, path string, opts Options) iter.Seq2[herald.Article, error] {
	return func(yield func(herald.Article, error) bool) {
		r := &run{ctx: ctx, opts: opts, yield: yield}
		if !r.valid(path) {
			return
		}
		if path == "-" {
			r.stream(os.Stdin, path, path, -1, 0)
			return
		}
		r.path(path)
	}
}

// ReadFrom yields the articles of an open reader, as Read does for a file.
// The name is used in messages, in Origin.Path and, through its extension,
// to detect the format.
func ReadFrom(ctx context.Context, rd io.Reader, name string, opts Options) iter.Seq2[herald.Article, error] {
	return func(yield func(herald.Article, error) bool) {
		r := &run{ctx: ctx, opts: opts, yield: yield}
		if !r.valid(name) {
			return
		}
		r.stream(rd, name, name, -1, 0)
	}
}

// A run is one iteration over an input: its options, its consumer and what
// has been yielded so far.
type run struct {
	ctx      context.Context
	opts     Options
	yield    func(herald.Article, error) bool
	articles int  // articles yielded
	failures int  // errors yielded
	done     bool // the consumer stopped or the context ended: yield no more
}

// valid checks the options, yielding an error naming the input if they are
// wrong, and fills in the default size limit.
func (r *run) valid(name string) bool {
	r.opts.Format = strings.ToLower(r.opts.Format)
	switch r.opts.Format {
	case "", formatText, formatHTML, formatRSS, formatJSONL:
	default:
		r.fail(herald.Origin{Path: name}, fmt.Errorf("read %q: unknown format %q (want text, html, rss or jsonl)", name, r.opts.Format))
		return false
	}
	if r.opts.MaxBytes < 0 {
		r.fail(herald.Origin{Path: name}, fmt.Errorf("read %q: size limit %d is negative", name, r.opts.MaxBytes))
		return false
	}
	if r.opts.MaxBytes == 0 {
		r.opts.MaxBytes = DefaultMaxBytes
	}
	return true
}

// emit yields an article, deriving its ID from the text when it has none,
// and reports whether to go on.
func (r *run) emit(a herald.Article) bool {
	if r.done {
		return false
	}
	if a.ID == "" {
		a.ID = contentID(a.Text)
	}
	r.articles++
	if !r.yield(a, nil) {
		r.done = true
	}
	return !r.done
}

// fail yields an error about the input at o and reports whether to go on.
func (r *run) fail(o herald.Origin, err error) bool {
	if r.done {
		return false
	}
	r.failures++
	if !r.yield(herald.Article{Origin: o}, err) {
		r.done = true
	}
	return !r.done
}

// live reports whether to go on. The first time it finds the context done,
// it yields the context's error naming the input and ends the run.
func (r *run) live(o herald.Origin) bool {
	if r.done {
		return false
	}
	if err := r.ctx.Err(); err != nil {
		r.fail(o, fmt.Errorf("read %q: %w", o.Path, err))
		r.done = true
		return false
	}
	return true
}

// contentID derives an article ID from its text: the first 16 hex digits of
// its SHA-256.
func contentID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:8])
}
