package postgres

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/heraldproject/herald"
)

func TestOpenTwice(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Options{})
	doc := herald.NewDocument(herald.Article{ID: "kept", Text: "Kept across opens."})
	if _, err := s.Put(ctx, doc, "test"); err != nil {
		t.Fatal(err)
	}
	schema := s.schema(t)
	s.Close()
	for range 2 {
		s := openTest(t, Options{Schema: schema})
		if has, err := s.Has(ctx, herald.ContentHash(doc.Text)); err != nil || !has {
			t.Errorf("Has after reopening = %v, %v; want true, nil", has, err)
		}
		var n int
		if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM schema_version`).Scan(&n); err != nil || n != len(migrations) {
			t.Errorf("schema_version has %d rows, %v; want %d", n, err, len(migrations))
		}
		s.Close()
	}
}

// schema returns the schema the store is in.
func (s *Store) schema(t *testing.T) string {
	t.Helper()
	var schema string
	if err := s.pool.QueryRow(context.Background(), `SELECT current_schema()`).Scan(&schema); err != nil {
		t.Fatal(err)
	}
	return schema
}

func TestConcurrentOpen(t *testing.T) {
	const workers = 8
	dsn := testDSN(t)
	schema := testSchema(t, dsn)
	var wg sync.WaitGroup
	errs := make([]error, workers)
	for i := range workers {
		wg.Go(func() {
			s, err := Open(context.Background(), dsn, Options{Schema: schema, MaxConns: 2})
			if err == nil {
				err = s.Close()
			}
			errs[i] = err
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("worker %d: %v", i, err)
		}
	}
	s := openTest(t, Options{Schema: schema, ReadOnly: true})
	var n int
	if err := s.pool.QueryRow(context.Background(), `SELECT count(*) FROM schema_version`).Scan(&n); err != nil || n != len(migrations) {
		t.Errorf("schema_version has %d rows, %v; want %d", n, err, len(migrations))
	}
}

func TestReadOnly(t *testing.T) {
	ctx := context.Background()
	dsn := testDSN(t)
	schema := testSchema(t, dsn)
	if s, err := Open(ctx, dsn, Options{Schema: schema, ReadOnly: true}); err == nil || !strings.Contains(err.Error(), "no herald store") {
		if s != nil {
			s.Close()
		}
		t.Errorf("opening an empty schema read-only: error = %v; want one saying there is no store", err)
	}
	openTest(t, Options{Schema: schema}).Close()
	s := openTest(t, Options{Schema: schema, ReadOnly: true})
	if _, err := s.Put(ctx, herald.NewDocument(herald.Article{ID: "x", Text: "x"}), "test"); err == nil || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("Put on a read-only store: error = %v; want one saying it is read-only", err)
	}
}

func TestBadDSN(t *testing.T) {
	tests := []struct {
		dsn  string
		want string // in the error
	}{
		// Nothing listens on port 1; the password must not show.
		{"postgres://herald:s3cretpw@127.0.0.1:1/newsdb?sslmode=disable&connect_timeout=5", "127.0.0.1:1/newsdb"},
		{"postgres://herald:s3cretpw@127.0.0.1:1/newsdb?sslmode=nonsense", "parse DSN"},
		{"host=127.0.0.1 port=1 dbname=newsdb user=herald password=s3cretpw sslmode=disable connect_timeout=5", "127.0.0.1:1/newsdb"},
		{"no such option=1", "parse DSN"},
	}
	for _, tt := range tests {
		s, err := Open(context.Background(), tt.dsn, Options{})
		if err == nil {
			s.Close()
			t.Errorf("Open(%q) succeeded; want an error", tt.dsn)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, tt.want) || strings.Contains(msg, "s3cretpw") {
			t.Errorf("Open(%q) error = %q; want one with %q and no password", tt.dsn, msg, tt.want)
		}
	}
}
