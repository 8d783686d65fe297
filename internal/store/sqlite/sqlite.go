// Package sqlite is herald's embedded store: one SQLite file holding every
// analysed document whole, normalised tables of its events, entities,
// quotes, times and places for querying, and an FTS5 index over article
// titles and texts; and, to link near-duplicates and count event clusters,
// each article's dedup signature with its LSH band keys and a row per
// event cluster (see docs/ARCHITECTURE.md, "Near-duplicates and event
// clusters").
//
// The file is in WAL mode, so queries run while documents are stored, and
// each document is stored in one transaction, or a batch of them in one
// (PutBatch, which herald ingest uses), so a crash never leaves half of
// one. Writes go through a single connection: SQLite has one writer at a
// time, and queueing in Go is cheaper and fairer than SQLite's busy loop.
// Other processes' writes are waited for up to Options.BusyTimeout.
// synchronous=NORMAL means a power cut may lose the last few documents
// stored, never corrupt the file; herald ingest stores them again.
//
// The driver is modernc.org/sqlite, SQLite translated to pure Go, so herald
// builds without cgo. BenchmarkPut and BenchmarkQuery measure the store:
// with 10 events a document it stores 215 to 270 documents a second on two
// heavily shared cores (400 to 445 before near-duplicate lookup and event
// clusters, alternated runs) and, in batches of 64 (BenchmarkPutBatch),
// needs 1.2 ms of CPU a document against Put's 2.1; it takes 8.0 KB a
// document of 600 bytes of text (4.7 KB before: 42 band keys, a 525-byte
// signature and a cluster row per new event), and answers an
// actor-and-month query over a million events in 1 to 3 ms (median). The
// cgo driver mattn/go-sqlite3 (v1.14.53, -tags sqlite_fts5),
// run on a copy of this package, passed the same conformance suite and was
// 0 to 30% faster at putting and 10 to 30% at querying: a put is bound by
// writing its pages to the log (about 40 pages for 10 events), not by the
// driver, and that gain is not worth giving up a build without cgo.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/store"
	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// DefaultBusyTimeout is how long a store waits for another process's write
// lock when Options.BusyTimeout is 0.
const DefaultBusyTimeout = 10 * time.Second

// Options configures a store. The zero value opens the file for reading
// and writing, creating it if need be.
type Options struct {
	// ReadOnly opens an existing store for queries only: a missing file is
	// an error rather than created, and Put fails.
	ReadOnly bool
	// BusyTimeout is how long to wait for another process that holds the
	// write lock; 0 means DefaultBusyTimeout.
	BusyTimeout time.Duration
}

// A Store is a herald store in one SQLite file. It is safe for concurrent
// use.
type Store struct {
	path  string
	w     *sql.DB // nil when read-only
	r     *sql.DB
	stmts *statements // nil when read-only
	codec store.Codec
}

var _ herald.Store = (*Store)(nil)

// Open opens the store in the file at path, creating it unless
// opts.ReadOnly, and brings its schema up to date. Its errors name the
// file; a file that is not a store is left as it was.
func Open(ctx context.Context, path string, opts Options) (*Store, error) {
	s, err := open(ctx, path, opts)
	if err != nil {
		return nil, fmt.Errorf("open store %q: %w", path, err)
	}
	return s, nil
}

func open(ctx context.Context, path string, opts Options) (*Store, error) {
	if err := checkPath(path, opts.ReadOnly); err != nil {
		return nil, err
	}
	if opts.BusyTimeout <= 0 {
		opts.BusyTimeout = DefaultBusyTimeout
	}
	s := &Store{path: path}
	if !opts.ReadOnly {
		w, err := sql.Open("sqlite", dsn(path, opts, true))
		if err != nil {
			return nil, err
		}
		s.w = w
		w.SetMaxOpenConns(1)
		if err := migrate(ctx, w); err != nil {
			s.Close()
			return nil, err
		}
		if s.stmts, err = prepare(ctx, w); err != nil {
			s.Close()
			return nil, err
		}
	}
	r, err := sql.Open("sqlite", dsn(path, opts, false))
	if err != nil {
		s.Close()
		return nil, err
	}
	s.r = r
	n := max(4, runtime.GOMAXPROCS(0))
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	if err := s.checkVersion(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// checkPath refuses a directory, and a missing file when read-only, with
// messages plainer than SQLite's "unable to open database file".
func checkPath(path string, readOnly bool) error {
	if path == "" {
		return errors.New("no file named")
	}
	fi, err := os.Stat(path)
	switch {
	case err == nil && fi.IsDir():
		return errors.New("is a directory")
	case errors.Is(err, fs.ErrNotExist) && readOnly:
		return fs.ErrNotExist
	case errors.Is(err, fs.ErrNotExist):
		return create(path)
	case err != nil:
		return err
	}
	return nil
}

// create creates an empty file at path, which SQLite takes for an empty
// database, so that a path where no file can be made fails with the
// system's reason rather than SQLite's "unable to open database file".
func create(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	var pe *fs.PathError
	switch {
	case errors.Is(err, fs.ErrExist):
		return nil // made meanwhile by another process
	case errors.As(err, &pe):
		return fmt.Errorf("create file: %w", pe.Err)
	case err != nil:
		return err
	}
	return f.Close()
}

// checkVersion makes sure a read-only store has the schema this package
// writes, since it cannot migrate it.
func (s *Store) checkVersion(ctx context.Context) error {
	v, err := version(ctx, s.r)
	if err != nil {
		return err
	}
	switch {
	case v > len(migrations):
		return fmt.Errorf("schema version %d is newer than this herald knows (%d): use a newer herald", v, len(migrations))
	case v < len(migrations):
		return fmt.Errorf("schema version %d is older than this herald's (%d): open it for writing, e.g. with herald ingest, to migrate it", v, len(migrations))
	}
	return nil
}

// dsn returns the driver's name for the file at path: a URI, so that any
// path works, with the pragmas every connection needs.
func dsn(path string, opts Options, write bool) string {
	r := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", opts.BusyTimeout.Milliseconds()))
	if write {
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "synchronous(NORMAL)")
		q.Add("_pragma", "foreign_keys(ON)")
		// Writing is bound by system calls, not SQL (BenchmarkPutBatch):
		// statement journals, which let one statement of a transaction
		// fail alone, go to memory rather than to a temporary file; a
		// page cache of 64 MiB rather than 2 keeps the index pages that
		// every put touches; and the log is folded into the file every
		// 10,000 pages rather than 1,000, so that a page written by many
		// transactions is copied once. Together they halved the system
		// time of a batched put.
		q.Add("_pragma", "temp_store(MEMORY)")
		q.Add("_pragma", "cache_size(-65536)")
		q.Add("_pragma", "wal_autocheckpoint(10000)")
		// BEGIN IMMEDIATE takes the write lock at once, so that a
		// transaction never has to give up a read snapshot to write.
		q.Set("_txlock", "immediate")
	} else {
		q.Set("mode", "ro")
		q.Add("_pragma", "query_only(1)")
	}
	return "file:" + r.Replace(path) + "?" + q.Encode()
}

// Close closes the store. It runs SQLite's PRAGMA optimize first, which
// keeps the query planner's statistics fresh at little cost. The writing
// connection closes last, so that SQLite can fold the write-ahead log into
// the file and remove it: a read-only connection cannot.
func (s *Store) Close() error {
	var errs []error
	if s.r != nil {
		errs = append(errs, s.r.Close())
	}
	if s.stmts != nil {
		errs = append(errs, s.stmts.close())
	}
	if s.w != nil {
		// Optimizing is housekeeping: a failure does not make Close fail.
		s.w.Exec(`PRAGMA analysis_limit = 1000; PRAGMA optimize`)
		errs = append(errs, s.w.Close())
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close store %q: %w", s.path, err)
	}
	return nil
}

// ctxErr returns err, or the context's error when the context ended, which
// is what the caller tests for: the driver reports an interrupted statement
// in its own words.
func ctxErr(ctx context.Context, err error) error {
	if cerr := ctx.Err(); cerr != nil && !errors.Is(err, cerr) {
		return cerr
	}
	return err
}
