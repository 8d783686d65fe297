package quote

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/stage/segment"
)

// newDoc returns a segmented document of text with the given entities.
func newDoc(t testing.TB, text string, ents []herald.Entity) *herald.Document {
	t.Helper()
	doc := herald.NewDocument(herald.Article{Text: text})
	segmentDoc(t, doc)
	doc.Entities = ents
	return doc
}

// segmentDoc fills the sentences and tokens of doc.
func segmentDoc(t testing.TB, doc *herald.Document) {
	t.Helper()
	if err := segment.New(segment.Options{}).Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
}

// run processes doc with the stage and returns its quotes.
func run(t testing.TB, doc *herald.Document) []herald.Quote {
	t.Helper()
	if err := New().Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	return doc.Quotes
}

// at returns the span of the n-th (1-based) occurrence of s in text, or
// fails the test.
func at(t testing.TB, text, s string, n int) herald.Span {
	t.Helper()
	from := 0
	for k := 1; ; k++ {
		i := strings.Index(text[from:], s)
		if i < 0 {
			t.Fatalf("%q: occurrence %d not found", s, n)
		}
		if k == n {
			return herald.Span{Start: from + i, End: from + i + len(s)}
		}
		from += i + len(s)
	}
}

// entity returns an entity with a name mention on each listed occurrence:
// "Putin#2" is the second occurrence of "Putin".
func entity(t testing.TB, text, id, name string, typ herald.EntityType, role string, mentions ...string) herald.Entity {
	t.Helper()
	e := herald.Entity{ID: id, Name: name, Type: typ, Role: role}
	for _, m := range mentions {
		s, n := m, 1
		if i := strings.LastIndexByte(m, '#'); i > 0 {
			s = m[:i]
			fmt.Sscanf(m[i+1:], "%d", &n)
		}
		kind := herald.NameMention
		if strings.ToLower(s) == s {
			kind = herald.PronounMention
		}
		e.Mentions = append(e.Mentions, herald.Mention{Span: at(t, text, s, n), Kind: kind})
	}
	return e
}

// show renders quotes one a line, for failure messages and goldens.
func show(text string, ents []herald.Entity, qs []herald.Quote) string {
	names := map[string]string{}
	for _, e := range ents {
		names[e.ID] = e.Name
	}
	var sb strings.Builder
	for _, q := range qs {
		fmt.Fprintf(&sb, "%s | %q | %s | %q\n", q.Kind, q.In(text), names[q.Speaker], q.Cue.In(text))
	}
	return sb.String()
}

// readSeed returns the seed article.
func readSeed(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("testdata/menafn-2025-08-08-putin-trump.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
