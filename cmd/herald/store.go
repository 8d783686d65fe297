package main

import (
	"context"
	"flag"
	"os"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/store/postgres"
	"github.com/heraldproject/herald/internal/store/sqlite"
)

// storeFlags name the store a command reads or writes: an SQLite file by
// default, or a PostgreSQL database when --postgres (or HERALD_POSTGRES)
// gives its DSN.
type storeFlags struct {
	db       string
	postgres string
}

// register adds --db and --postgres to fs.
func (f *storeFlags) register(fs *flag.FlagSet) {
	if f.db == "" {
		f.db = "herald.db"
	}
	fs.StringVar(&f.db, "db", f.db, "SQLite store `file`")
	fs.StringVar(&f.postgres, "postgres", os.Getenv("HERALD_POSTGRES"), "PostgreSQL store `DSN` (default $HERALD_POSTGRES); overrides --db")
}

// name is how messages name the store: its file, or the PostgreSQL DSN.
func (f *storeFlags) name() string {
	if f.postgres != "" {
		return "postgres"
	}
	return f.db
}

// open opens the store, read-only when readOnly.
func (f *storeFlags) open(ctx context.Context, readOnly bool) (herald.Store, error) {
	if f.postgres != "" {
		return postgres.Open(ctx, f.postgres, postgres.Options{ReadOnly: readOnly})
	}
	return sqlite.Open(ctx, f.db, sqlite.Options{ReadOnly: readOnly})
}
