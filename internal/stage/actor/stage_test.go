package actor

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"

	"github.com/heraldproject/herald"
)

// descriptions returns describe of every entity of doc.
func descriptions(doc *herald.Document) []string {
	var out []string
	for _, e := range doc.Entities {
		out = append(out, e.ID+" "+describe(doc, e))
	}
	return out
}

// TestConcurrent runs one stage on several documents at once; run with
// -race. Each must come out as it does alone.
func TestConcurrent(t *testing.T) {
	s := stage(t)
	want := descriptions(analyse(t, s, herald.Seed().Text, seedDate))
	docs := make([]*herald.Document, 8)
	for i := range docs {
		docs[i] = prepare(t, herald.Seed())
	}
	var wg sync.WaitGroup
	errs := make([]error, len(docs))
	for i, doc := range docs {
		wg.Go(func() { errs[i] = s.Process(context.Background(), doc) })
	}
	wg.Wait()
	for i, doc := range docs {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		if got := descriptions(doc); !slices.Equal(got, want) {
			t.Errorf("document %d:\n  %s\nwant\n  %s", i, joinLines(got), joinLines(want))
		}
	}
}

// TestIdempotent runs the stage twice: the second run reads the name
// mentions of the first and gives the same entities.
func TestIdempotent(t *testing.T) {
	s := stage(t)
	doc := analyse(t, s, herald.Seed().Text, seedDate)
	first := descriptions(doc)
	if err := s.Process(t.Context(), doc); err != nil {
		t.Fatal(err)
	}
	if got := descriptions(doc); !slices.Equal(got, first) {
		t.Errorf("second run:\n  %s\nfirst:\n  %s", joinLines(got), joinLines(first))
	}
}

// TestEmpty runs the stage on documents with nothing in them.
func TestEmpty(t *testing.T) {
	s := stage(t)
	for _, doc := range []*herald.Document{
		{},
		{Article: herald.Article{Text: "no tokens"}},
		{Article: herald.Article{Text: "x"}, Tokens: []herald.Token{{Span: herald.Span{Start: 0, End: 1}}},
			Sentences: []herald.Sentence{{FirstToken: 0, EndToken: 5}},
			Entities:  []herald.Entity{{ID: "E1", Mentions: []herald.Mention{{Span: herald.Span{Start: 0, End: 9}}}}}},
	} {
		if err := s.Process(t.Context(), doc); err != nil {
			t.Fatal(err)
		}
		if len(doc.Entities) > 1 {
			t.Errorf("entities from nothing: %+v", doc.Entities)
		}
	}
}

// TestCancelled checks that a done context stops the stage.
func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if err := New(Options{}).Process(ctx, &herald.Document{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Process with a cancelled context: %v", err)
	}
	if err := New(Options{}).Load(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("Load with a cancelled context: %v", err)
	}
}
