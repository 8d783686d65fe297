// Package postgres is herald's shared store: the herald.Store interface on
// PostgreSQL, for several workers that store and query documents at once.
//
// It keeps what the sqlite store keeps, in the same shape: each document
// whole, as store.Codec encodes it, normalised tables of its events,
// entities, quotes, times and places for querying, and the signatures, band
// keys and event clusters that link near-duplicates and count mentions
// (Put says how concurrent writers stay correct). Full-text search is
// PostgreSQL's own: a stored tsvector column of each article's title and
// text under a GIN index, in a text search configuration of this package's
// (English stemming, no stop words, so that every word of a query counts as
// it does in the sqlite store). Unlike sqlite's, it does not fold
// diacritics: that needs the unaccent extension, which not every server
// has.
//
// Each document is stored in one transaction, keyed by its content hash
// with INSERT … ON CONFLICT DO NOTHING, so that a document delivered twice,
// to one worker or to two at once, is stored once. Migrations run in one
// transaction under an advisory lock, so that workers may start together.
//
// Results are ordered, and cursors kept, by day and then by row ID, as in
// the sqlite store. Row IDs come from identity sequences, which hand out
// numbers as rows are inserted, not as they are committed: while workers
// store documents, a page may yet gain a row before the cursor it returned.
// Paging a store that is not being written to is exact. PostgreSQL caps a
// tsvector at 1 MB, so an article of more than about that much text cannot
// be stored.
//
// The store lives in the schema that the connection's search_path names
// first (public by default); Options.Schema sets it, so that one database
// may hold several stores. The driver is github.com/jackc/pgx/v5 with its
// pool, pgxpool.
package postgres

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strconv"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/store"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Options configures a store. The zero value opens the store for reading
// and writing in the DSN's search path with pgxpool's default pool size.
type Options struct {
	// ReadOnly opens an existing store for queries only: its schema must be
	// up to date, since it is not migrated, and Put fails.
	ReadOnly bool
	// Schema, when set, is the PostgreSQL schema that holds the store: it
	// must exist, and it becomes each connection's search_path.
	Schema string
	// MaxConns is the most connections the store opens at once; 0 means
	// pgxpool's default, the greater of 4 and the number of CPUs.
	MaxConns int32
}

// A Store is a herald store in a PostgreSQL database. It is safe for
// concurrent use, by goroutines and by processes.
type Store struct {
	name     string // host:port/database, for errors; never the password
	pool     *pgxpool.Pool
	readOnly bool
	codec    store.Codec
}

var _ herald.Store = (*Store)(nil)

// Open connects to the database that dsn names, a PostgreSQL URL or
// keyword/value string, and brings the store's schema up to date unless
// opts.ReadOnly. Its errors name the host and database, never the password.
func Open(ctx context.Context, dsn string, opts Options) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		// pgconn redacts the password in its parse errors.
		return nil, fmt.Errorf("open store: parse DSN: %w", err)
	}
	s := &Store{name: name(cfg), readOnly: opts.ReadOnly}
	if err := s.open(ctx, cfg, opts); err != nil {
		return nil, fmt.Errorf("open store %q: %w", s.name, ctxErr(ctx, err))
	}
	return s, nil
}

func (s *Store) open(ctx context.Context, cfg *pgxpool.Config, opts Options) error {
	if opts.Schema != "" {
		// Quoted, so that a name with capitals or punctuation is taken
		// as it is.
		cfg.ConnConfig.RuntimeParams["search_path"] = pgx.Identifier{opts.Schema}.Sanitize()
	}
	if opts.MaxConns > 0 {
		cfg.MaxConns = opts.MaxConns
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return err
	}
	s.pool = pool
	if opts.ReadOnly {
		err = checkVersion(ctx, pool)
	} else {
		err = migrate(ctx, pool)
	}
	if err != nil {
		pool.Close()
		return err
	}
	return nil
}

// name returns the host, port and database of cfg, which say which store
// an error is about without giving away credentials.
func name(cfg *pgxpool.Config) string {
	c := cfg.ConnConfig
	host := c.Host
	if c.Port != 0 {
		host = net.JoinHostPort(host, strconv.Itoa(int(c.Port)))
	}
	return host + "/" + c.Database
}

// Close closes the store's connections.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// ctxErr returns err, or the context's error when the context ended, which
// is what the caller tests for: the driver may report an interrupted
// statement in its own words.
func ctxErr(ctx context.Context, err error) error {
	if cerr := ctx.Err(); cerr != nil && !errors.Is(err, cerr) {
		return fmt.Errorf("%w (%v)", cerr, err)
	}
	return err
}
