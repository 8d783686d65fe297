package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"testing"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/store/storetest"
	"github.com/jackc/pgx/v5"
)

// envDSN names the environment variable that holds the DSN of a database
// to test against, e.g.
// postgres://postgres@127.0.0.1:5432/test?sslmode=disable. The tests
// create a schema of their own in it for each store, and drop it after.
const envDSN = "HERALD_TEST_POSTGRES"

// testDSN returns the DSN to test against, or skips the test when none is
// set.
func testDSN(t *testing.T) string {
	t.Helper()
	dsn := os.Getenv(envDSN)
	if dsn == "" {
		t.Skipf("set %s to a PostgreSQL DSN, e.g. postgres://postgres@127.0.0.1:5432/test?sslmode=disable, to test the postgres store", envDSN)
	}
	return dsn
}

// testSchema creates a fresh schema, herald_test_<random>, and drops it
// with all it holds when the test ends, so that tests may run in parallel
// and again without meeting each other's data.
func testSchema(t *testing.T, dsn string) string {
	t.Helper()
	var b [8]byte
	rand.Read(b[:])
	schema := "herald_test_" + hex.EncodeToString(b[:])
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatalf("connect to %s: %v", envDSN, err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, dsn)
		if err != nil {
			t.Errorf("connect to drop schema %s: %v", schema, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	return schema
}

// openTest opens a store, in a fresh schema unless opts names one, and
// closes it when the test ends, before the schema is dropped.
func openTest(t *testing.T, opts Options) *Store {
	t.Helper()
	dsn := testDSN(t)
	if opts.Schema == "" {
		opts.Schema = testSchema(t, dsn)
	}
	s, err := Open(context.Background(), dsn, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	dsn := testDSN(t)
	storetest.Run(t, func(t *testing.T) herald.Store {
		s, err := Open(context.Background(), dsn, Options{Schema: testSchema(t, dsn)})
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}
