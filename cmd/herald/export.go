package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/export"
)

const exportDetail = `Export writes the events in a store for other event-data tools: "gdelt" is
the 61 tab-separated columns of the GDELT 2.0 event table (no header row
unless --header), "plover" is PLOVER JSON lines, "csv" is one row an event
under a header, "parquet" is the GDELT table's columns, typed, as a Parquet
file for pandas, R and DuckDB (it needs --out). Columns herald cannot fill
are left empty. GDELT and Parquet have one row an event cluster, with its
counts in NumMentions, NumSources and NumArticles, as GDELT does.

It takes the event filters of 'herald query events'. With --out the export
is written to a temporary file that replaces FILE only when it is whole, so
a failed export leaves no half file.

Examples:
	herald export --format gdelt --out events.tsv
	herald export --format plover --actor 'RUS*' --from 2025-08-01 > rus.jsonl
	herald export --format csv --cameo 19 --modality asserted --out attacks.csv
	herald export --format parquet --out events.parquet`

func exportCommand() *command {
	c := &command{name: "export", summary: "write a store's events as GDELT, PLOVER, CSV or Parquet",
		usage: "export --format FMT [flags]"}
	c.run = func(ctx context.Context, e *env, args []string) int {
		fs := newFlags(e, c, exportDetail)
		qf := queryFlags{}
		qf.registerFilters(fs)
		fs.StringVar(&qf.format, "format", "", "export `format`: "+strings.Join(export.Formats, ", ")+" (required)")
		fs.IntVar(&qf.limit, "limit", 0, "most events to export, `N`; 0 exports all")
		var (
			out    string
			header bool
		)
		fs.StringVar(&out, "out", "", "write to `FILE` instead of standard output")
		fs.BoolVar(&header, "header", false, "begin the GDELT table with a header row")
		if code := parseFlags(e, fs, args); code >= 0 {
			return code
		}
		if fs.NArg() > 0 {
			e.errorf("export takes flags only; run 'herald help export'")
			return exitUsage
		}
		q, err := qf.query()
		if err == nil {
			err = checkExportFormat(qf.format)
		}
		if err == nil && out == "" && strings.EqualFold(qf.format, "parquet") {
			err = fmt.Errorf("--format parquet needs --out FILE: a Parquet file is binary and written whole")
		}
		if err == nil && header && !strings.EqualFold(qf.format, "gdelt") {
			err = fmt.Errorf("--header is for --format gdelt; csv always has a header and plover none")
		}
		if err != nil {
			e.errorf("export: %v", err)
			return exitUsage
		}
		return runExport(ctx, e, qf, q, out, header)
	}
	return c
}

func checkExportFormat(format string) error {
	if format == "" {
		return fmt.Errorf("--format is required: one of %s", strings.Join(export.Formats, ", "))
	}
	if _, err := export.New(format, io.Discard, false); err != nil {
		return fmt.Errorf("--format %q is not one of %s", format, strings.Join(export.Formats, ", "))
	}
	return nil
}

// runExport opens the store and writes the events q selects to out, or
// to standard output when out is "".
func runExport(ctx context.Context, e *env, f queryFlags, q herald.Query, out string, header bool) int {
	s, err := f.open(ctx, true)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			e.errorf("%v; 'herald ingest' makes one", err)
		} else {
			e.errorf("%v", err)
		}
		return exitError
	}
	defer s.Close()
	write := func(w io.Writer) (int, error) {
		x, err := export.New(f.format, w, header)
		if err != nil {
			return 0, err
		}
		n, err := export.Run(ctx, s, q, f.limit, x)
		if ferr := x.Flush(); err == nil {
			err = ferr
		}
		return n, err
	}
	var n int
	if out == "" {
		n, err = write(e.stdout)
	} else {
		n, err = writeFile(out, write)
	}
	if err != nil {
		e.errorf("export: %v", err)
		return exitError
	}
	if out != "" {
		fmt.Fprintf(e.stdout, "%s events exported to %s\n", commas(n), out)
	}
	return exitOK
}

// writeFile calls write with a temporary file beside path and renames it
// to path when write and closing succeed; otherwise it removes it, so that
// path is either whole or as it was.
func writeFile(path string, write func(io.Writer) (int, error)) (int, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return 0, fmt.Errorf("create output: %w", err)
	}
	n, err := write(tmp)
	if cerr := tmp.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("close output: %w", cerr)
	}
	if err == nil {
		// CreateTemp makes files only their owner can read.
		if err = os.Chmod(tmp.Name(), 0o644); err == nil {
			err = os.Rename(tmp.Name(), path)
		}
		if err != nil {
			err = fmt.Errorf("write %s: %w", path, err)
		}
	}
	if err != nil {
		os.Remove(tmp.Name())
		return 0, err
	}
	return n, nil
}
