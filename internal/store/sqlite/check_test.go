package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/heraldproject/herald"
)

func TestCheck(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "h.db")
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, text := range []string{"Russia struck Ukraine.", "Talks resumed in Geneva."} {
		doc := herald.NewDocument(herald.Article{ID: text[:5], Text: text, Published: time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC)})
		doc.Events = []herald.Event{{ID: "V1", CAMEO: "190", QuadClass: 4, Modality: herald.Asserted,
			Source: herald.Participant{Actor: "RUS"}, Target: herald.Participant{Actor: "UKR"}}}
		if _, err := s.Put(ctx, doc, "test"); err != nil {
			t.Fatal(err)
		}
	}
	rep, err := s.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Articles != 2 || rep.Events != 2 || len(rep.Problems) != 0 {
		t.Fatalf("report = %+v, want 2 articles, 2 events, no problems", rep)
	}

	// A document whose stored form is damaged is found and named.
	if _, err := s.w.ExecContext(ctx, `UPDATE articles SET document = x'00ff' WHERE article_id = 'Talks'`); err != nil {
		t.Fatal(err)
	}
	rep, err = s.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Problems) != 1 || !strings.HasPrefix(rep.Problems[0], "document ") {
		t.Errorf("problems = %q, want the damaged document", rep.Problems)
	}

	// A cluster whose count is wrong is found: both events are in one.
	if _, err := s.w.ExecContext(ctx, `UPDATE clusters SET mentions = 5`); err != nil {
		t.Fatal(err)
	}
	rep, err = s.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Problems) != 2 || !strings.HasPrefix(rep.Problems[1], "cluster ") || !strings.HasSuffix(rep.Problems[1], "counts 5 mentions, has 2 events") {
		t.Errorf("problems = %q, want the damaged document and the miscounted cluster", rep.Problems)
	}
}
