package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/store"
)

// TestMigrateFromVersion1 opens a store written by the first schema, with
// an article and an event in it, and checks that the event is still listed
// (in no cluster, until reprocessed) and that new documents are clustered.
func TestMigrateFromVersion1(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	db, err := sql.Open("sqlite", dsn(path, Options{BusyTimeout: DefaultBusyTimeout}, true))
	if err != nil {
		t.Fatal(err)
	}
	doc := herald.NewDocument(herald.Article{ID: "old", Text: "Russia met Ukraine."})
	var codec store.Codec
	blob, err := codec.Encode(doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)`,
		migrations[0],
		`INSERT INTO schema_version VALUES (1, '2026-01-01T00:00:00Z')`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.ExecContext(ctx, `INSERT INTO articles VALUES (1, ?, 'old', '2025-08-01', '', '', '', '', '', '', '', 0, 0, 1, 'v1', '2026-01-01T00:00:00Z', ?, ?)`,
		herald.ContentHash(doc.Text), doc.Text, blob); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, `INSERT INTO events VALUES (1, 1, '2025-08-01', 'RUS', 'UKR', '040', 1, 'CONSULT', 'asserted',
		0, 0, 19, 'v1', 'V1', 0, 1, 0.5, '', '', '', 0, 0, '', 0, 0, 7, 10)`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	hits, _, err := s.Events(ctx, herald.Query{})
	if err != nil || len(hits) != 1 || hits[0].Trigger != "met" || hits[0].Cluster.ID != 0 {
		t.Fatalf("events after migrating = %+v, %v; want the old event, in no cluster", hits, err)
	}
	fresh := herald.NewDocument(herald.Article{ID: "new", Text: "Ukraine met Russia."})
	fresh.Events = []herald.Event{{ID: "V1", CAMEO: "040", Source: herald.Participant{Actor: "UKR"}, Target: herald.Participant{Actor: "RUS"}}}
	if _, err := s.Put(ctx, fresh, "v2"); err != nil {
		t.Fatal(err)
	}
	if n, err := s.Count(ctx, herald.Query{}); err != nil || n != 2 {
		t.Errorf("Count = %d, %v; want 2", n, err)
	}
	if rep, err := s.Check(ctx); err != nil || len(rep.Problems) != 0 {
		t.Errorf("Check after migrating = %+v, %v; want no problems", rep, err)
	}
}
