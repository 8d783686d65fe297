// Package storetest is the conformance suite of herald stores: every
// implementation of herald.Store passes Run, so that herald's commands
// behave the same over each.
//
// The suite builds its documents by hand, with events, entities, quotes,
// times and places, rather than running the pipeline: it tests the store,
// not the stages.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"testing"

	"github.com/heraldproject/herald"
)

// coder is the herald version the suite stores documents as.
const coder = "storetest v1"

// Run runs the conformance suite. open returns a new, empty store for each
// test; Run closes it.
func Run(t *testing.T, open func(t *testing.T) herald.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s herald.Store)
	}{
		{"PutIsIdempotent", testIdempotent},
		{"GetRoundTrip", testRoundTrip},
		{"GetMissing", testMissing},
		{"EventFilters", testEventFilters},
		{"EventText", testEventText},
		{"ArticleFilters", testArticleFilters},
		{"FullText", testFullText},
		{"Pagination", testPagination},
		{"BadQueries", testBadQueries},
		{"Timeline", testTimeline},
		{"Network", testNetwork},
		{"Actors", testActors},
		{"Places", testPlaces},
		{"BadCounts", testBadCounts},
		{"ConcurrentWriters", testConcurrentWriters},
		{"ContextCancelled", testCancelled},
		{"NearDuplicate", testNearDuplicate},
		{"Clusters", testClusters},
		{"ConcurrentCopies", testConcurrentCopies},
		{"Replace", testReplace},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			defer func() {
				if err := s.Close(); err != nil {
					t.Errorf("close: %v", err)
				}
			}()
			tt.fn(t, s)
		})
	}
}

// put stores docs and fails the test on an error or an old document.
func put(t *testing.T, s herald.Store, docs ...*herald.Document) {
	t.Helper()
	for _, d := range docs {
		isNew, err := s.Put(context.Background(), d, coder)
		if err != nil {
			t.Fatal(err)
		}
		if !isNew {
			t.Fatalf("put %s: not new", d.ID)
		}
	}
}

func testIdempotent(t *testing.T, s herald.Store) {
	ctx := context.Background()
	doc := minimal("first", "The same text twice.")
	hash := herald.ContentHash(doc.Text)
	if has, err := s.Has(ctx, hash); err != nil || has {
		t.Fatalf("Has before Put = %v, %v; want false, nil", has, err)
	}
	for i, want := range []bool{true, false} {
		got, err := s.Put(ctx, doc, coder)
		if err != nil || got != want {
			t.Fatalf("Put #%d = %v, %v; want %v, nil", i+1, got, err, want)
		}
	}
	// The key is the text, not the ID: the same text under another ID is
	// the same document.
	if got, err := s.Put(ctx, minimal("second", doc.Text), coder); err != nil || got {
		t.Fatalf("Put of the same text under another ID = %v, %v; want false, nil", got, err)
	}
	if has, err := s.Has(ctx, hash); err != nil || !has {
		t.Fatalf("Has after Put = %v, %v; want true, nil", has, err)
	}
	hits, _, err := s.Articles(ctx, herald.Query{})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].Article.ID != "first" || hits[0].Hash != hash {
		t.Errorf("stored articles = %+v; want one, first, with hash %s", hits, hash)
	}
}

func testRoundTrip(t *testing.T, s herald.Store) {
	ctx := context.Background()
	want, min := full(t), minimal("min", "Nothing to see.")
	put(t, s, want, min)
	for _, d := range []*herald.Document{want, min} {
		for _, key := range []string{d.ID, herald.ContentHash(d.Text)} {
			got, rec, err := s.Get(ctx, key)
			if err != nil {
				t.Fatalf("Get(%s): %v", key, err)
			}
			if !reflect.DeepEqual(got, d) {
				t.Errorf("Get(%s) changed the document:\n got %+v\nwant %+v", key, got, d)
			}
			if rec.Hash != herald.ContentHash(d.Text) || rec.Coder != coder || rec.Stored.IsZero() {
				t.Errorf("Get(%s) record = %+v; want hash %s, coder %q, a stored time", key, rec, herald.ContentHash(d.Text), coder)
			}
		}
	}
}

func testMissing(t *testing.T, s herald.Store) {
	put(t, s, minimal("here", "Present."))
	for _, key := range []string{"nothere", herald.ContentHash("Absent."), ""} {
		if _, _, err := s.Get(context.Background(), key); !errors.Is(err, herald.ErrNotFound) {
			t.Errorf("Get(%q) error = %v; want ErrNotFound", key, err)
		}
	}
}

func testConcurrentWriters(t *testing.T, s herald.Store) {
	const writers, docs = 8, 20
	ctx := context.Background()
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		fresh = map[string]int{}
		errs  []error
	)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range docs {
				k := (i + w*3) % docs // every writer puts every document, in its own order
				f := fixture{id: fmt.Sprintf("doc%d", k), published: "2025-08-01",
					text:   fmt.Sprintf("Document %d says Russia met Ukraine.", k),
					events: []ev{{trigger: "met", source: "Russia", target: "Ukraine", sourceActor: "RUS", targetActor: "UKR", cameo: "036", quad: 1}}}
				isNew, err := s.Put(ctx, f.document(t), coder)
				mu.Lock()
				if err != nil {
					errs = append(errs, err)
				} else if isNew {
					fresh[f.id]++
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if len(errs) > 0 {
		t.Fatalf("%d puts failed, the first: %v", len(errs), errs[0])
	}
	for k := range docs {
		if n := fresh[fmt.Sprintf("doc%d", k)]; n != 1 {
			t.Errorf("doc%d was new %d times; want once", k, n)
		}
	}
	if n, err := s.Count(ctx, herald.Query{}); err != nil || n != docs {
		t.Errorf("Count = %d, %v; want %d events", n, err, docs)
	}
}

func testCancelled(t *testing.T, s herald.Store) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	doc := minimal("late", "Too late to store.")
	if _, err := s.Put(ctx, doc, coder); !errors.Is(err, context.Canceled) {
		t.Errorf("Put error = %v; want context.Canceled", err)
	}
	if has, err := s.Has(context.Background(), herald.ContentHash(doc.Text)); err != nil || has {
		t.Errorf("Has after a cancelled Put = %v, %v; want false, nil", has, err)
	}
	put(t, s, doc)
	if _, err := s.Has(ctx, herald.ContentHash(doc.Text)); !errors.Is(err, context.Canceled) {
		t.Errorf("Has error = %v; want context.Canceled", err)
	}
	if _, _, err := s.Get(ctx, doc.ID); !errors.Is(err, context.Canceled) {
		t.Errorf("Get error = %v; want context.Canceled", err)
	}
	if _, _, err := s.Events(ctx, herald.Query{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Events error = %v; want context.Canceled", err)
	}
	if _, err := s.Count(ctx, herald.Query{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Count error = %v; want context.Canceled", err)
	}
	if _, _, err := s.Articles(ctx, herald.Query{}); !errors.Is(err, context.Canceled) {
		t.Errorf("Articles error = %v; want context.Canceled", err)
	}
	if _, err := s.Timeline(ctx, herald.Query{}, herald.Week, herald.ByRoot); !errors.Is(err, context.Canceled) {
		t.Errorf("Timeline error = %v; want context.Canceled", err)
	}
	if _, err := s.Actors(ctx, herald.Query{}, 10); !errors.Is(err, context.Canceled) {
		t.Errorf("Actors error = %v; want context.Canceled", err)
	}
}
