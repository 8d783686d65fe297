package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"

	"github.com/heraldproject/herald/internal/store/sqlite"
)

const checkDetail = `Check verifies a store without changing it: SQLite's integrity check of
every table and index, the foreign keys, and that every stored document reads
back. It prints the store's size and each problem found, and exits with 1
when there is any.`

func checkCommand() *command {
	c := &command{name: "check", summary: "verify a store's integrity", usage: "check [--db FILE]"}
	c.run = func(ctx context.Context, e *env, args []string) int {
		fs := newFlags(e, c, checkDetail)
		db := fs.String("db", "herald.db", "store `file`")
		if code := parseFlags(e, fs, args); code >= 0 {
			return code
		}
		if fs.NArg() > 0 {
			e.errorf("check takes no arguments; name the store with --db")
			return exitUsage
		}
		return runCheck(ctx, e, *db)
	}
	return c
}

func runCheck(ctx context.Context, e *env, db string) int {
	s, err := sqlite.Open(ctx, db, sqlite.Options{ReadOnly: true})
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			e.errorf("%v; 'herald ingest' makes one", err)
		} else {
			e.errorf("%v", err)
		}
		return exitError
	}
	defer s.Close()
	rep, err := s.Check(ctx)
	if err != nil {
		e.errorf("%v", err)
		return exitError
	}
	for _, p := range rep.Problems {
		e.errorf("%s: %s", db, p)
	}
	if len(rep.Problems) > 0 {
		e.errorf("%s: %d problems in %d articles, %d events", db, len(rep.Problems), rep.Articles, rep.Events)
		return exitError
	}
	fmt.Fprintf(e.stdout, "%s: ok, %d articles, %d events\n", db, rep.Articles, rep.Events)
	return exitOK
}
