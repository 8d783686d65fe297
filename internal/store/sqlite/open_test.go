package sqlite

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
)

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	corrupt := filepath.Join(dir, "corrupt.db")
	junk := bytes.Repeat([]byte("this is not a SQLite database\n"), 200)
	if err := os.WriteFile(corrupt, junk, 0o644); err != nil {
		t.Fatal(err)
	}
	notDir := filepath.Join(dir, "file")
	if err := os.WriteFile(notDir, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path string
		opts       Options
		want       string
	}{
		{"directory", dir, Options{}, "is a directory"},
		{"corrupt", corrupt, Options{}, "file is not a database"},
		{"corrupt read-only", corrupt, Options{ReadOnly: true}, "file is not a database"},
		{"missing read-only", filepath.Join(dir, "missing.db"), Options{ReadOnly: true}, "file does not exist"},
		{"under a file", filepath.Join(notDir, "x.db"), Options{}, "not a directory"},
		{"no such directory", filepath.Join(dir, "nope", "x.db"), Options{}, "create file: no such file or directory"},
		{"no name", "", Options{}, "no file named"},
	}
	if runtime.GOOS == "linux" {
		// Not even root can create a file in /proc.
		tests = append(tests, struct {
			name, path string
			opts       Options
			want       string
		}{"read-only place", "/proc/herald-test.db", Options{}, "create file: "})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Open(context.Background(), tt.path, tt.opts)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%q) succeeded; want an error", tt.path)
			}
			prefix := `open store "` + tt.path + `": `
			if !strings.HasPrefix(err.Error(), prefix) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Open(%q) error = %q; want %q…%q", tt.path, err, prefix, tt.want)
			}
		})
	}
	got, err := os.ReadFile(corrupt)
	if err != nil || !bytes.Equal(got, junk) {
		t.Errorf("opening a corrupt file changed it (%v)", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "missing.db")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("opening a missing file read-only created it (%v)", err)
	}
}

func TestReopenKeepsDocuments(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "h.db")
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := herald.NewDocument(herald.Article{ID: "a", Text: "Kept across opening."})
	if _, err := s.Put(ctx, doc, "test"); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for _, opts := range []Options{{}, {ReadOnly: true}} {
		s, err := Open(ctx, path, opts)
		if err != nil {
			t.Fatal(err)
		}
		v, err := version(ctx, s.r)
		if err != nil || v != len(migrations) {
			t.Errorf("schema version = %d, %v; want %d", v, err, len(migrations))
		}
		if has, err := s.Has(ctx, herald.ContentHash(doc.Text)); err != nil || !has {
			t.Errorf("Has after reopening (%+v) = %v, %v; want true", opts, has, err)
		}
		if opts.ReadOnly {
			if _, err := s.Put(ctx, herald.NewDocument(herald.Article{ID: "b", Text: "New."}), "test"); err == nil || !strings.Contains(err.Error(), "read-only") {
				t.Errorf("Put on a read-only store: error = %v; want one saying read-only", err)
			}
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "h.db")
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.w.Exec(`INSERT INTO schema_version (version, applied) VALUES (99, 'later')`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, opts := range []Options{{}, {ReadOnly: true}} {
		if s, err := Open(ctx, path, opts); err == nil || !strings.Contains(err.Error(), "schema version 99 is newer") {
			if s != nil {
				s.Close()
			}
			t.Errorf("Open(%+v) of a newer schema: error = %v; want one about version 99", opts, err)
		}
	}
}

// TestPutIsAtomic makes the last row of a document fail and checks that
// nothing of the document was stored.
func TestPutIsAtomic(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "h.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.w.Exec(`CREATE TRIGGER fail BEFORE INSERT ON places BEGIN SELECT RAISE(ABORT, 'injected failure'); END`); err != nil {
		t.Fatal(err)
	}
	doc := herald.NewDocument(herald.Article{ID: "half", Text: "Russia met Ukraine in Geneva.", Title: "Half"})
	doc.Events = []herald.Event{{ID: "V1", CAMEO: "036", Source: herald.Participant{Actor: "RUS"}}}
	doc.Places = []herald.Place{{ID: "P1", Name: "Geneva"}}
	if _, err := s.Put(ctx, doc, "test"); err == nil || !strings.Contains(err.Error(), "injected failure") {
		t.Fatalf("Put error = %v; want the injected failure", err)
	}
	for _, table := range []string{"articles", "events", "articles_fts"} {
		var n int
		if err := s.r.QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil || n != 0 {
			t.Errorf("%s holds %d rows (%v) after a failed Put; want 0", table, n, err)
		}
	}
	hits, _, err := s.Articles(ctx, herald.Query{Text: "Geneva"})
	if err != nil || len(hits) != 0 {
		t.Errorf("full-text search after a failed Put = %v, %v; want nothing", hits, err)
	}
}
