package storetest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/heraldproject/herald"
)

// story is the body of a wire story that the near-duplicate tests store
// with edits: long enough that its word shingles tell copies from other
// stories as they do in real news.
const story = "Russia met Ukraine in Istanbul on Tuesday for the first direct talks in three years. " +
	"The delegations spent four hours discussing a ceasefire, the exchange of prisoners and the return of children taken during the war. " +
	"Officials on both sides described the meeting as difficult but useful and agreed to meet again within a month. " +
	"Turkish diplomats who hosted the talks said the two sides had also discussed grain shipments across the Black Sea. " +
	"Neither delegation would say whether the presidents of the two countries might meet later in the year."

// meeting is the event that every copy of the story reports.
var meeting = ev{sentence: 0, trigger: "met", source: "Russia", target: "Ukraine", sourceActor: "RUS", targetActor: "UKR",
	cameo: "040", quad: 1, plover: "CONSULT", modality: herald.Asserted, date: "2025-05-13", place: "P1"}

var istanbul = herald.Place{ID: "P1", Name: "Istanbul", Country: "TUR", Lat: 41.0138, Lon: 28.9497, GeoNames: 745044}

// storyCopy returns a copy of the story as another outlet would run it:
// its own dateline, headline, source and tail.
func storyCopy(t testing.TB, id, source, dateline, tail, published string) *herald.Document {
	t.Helper()
	f := fixture{id: id, title: "Talks in Istanbul (" + source + ")", published: published,
		text: dateline + story + tail, events: []ev{meeting}, places: []herald.Place{istanbul}}
	doc := f.document(t)
	doc.Source = source
	return doc
}

// clusterOf returns the cluster of the only event q selects.
func clusterOf(t *testing.T, s herald.Store, q herald.Query) herald.Cluster {
	t.Helper()
	hits, _, err := s.Events(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 {
		t.Fatalf("Events(%+v) = %d hits; want 1", q, len(hits))
	}
	return hits[0].Cluster
}

func testNearDuplicate(t *testing.T, s herald.Store) {
	ctx := context.Background()
	orig := storyCopy(t, "orig", "Test Wire", "", "", "2025-05-13")
	copied := storyCopy(t, "copy", "Other Wire", "ISTANBUL (Reuters) - ",
		" Sign up for our morning newsletter. Copyright 2025 Other Wire.", "2025-05-14")
	put(t, s, orig, copied)
	_, rec, err := s.Get(ctx, "copy")
	if err != nil {
		t.Fatal(err)
	}
	if rec.Canonical != herald.ContentHash(orig.Text) || rec.Similarity < 0.3 || rec.Similarity > 1 {
		t.Errorf("copy's record = %+v; want canonical %s, similarity in [0.3, 1]", rec, herald.ContentHash(orig.Text))
	}
	if _, rec, err := s.Get(ctx, "orig"); err != nil || rec.Canonical != "" || rec.Similarity != 0 {
		t.Errorf("original's record = %+v, %v; want no canonical", rec, err)
	}
	// The copy's event is a mention of the original's, not an event.
	if n, err := s.Count(ctx, herald.Query{}); err != nil || n != 1 {
		t.Errorf("Count = %d, %v; want 1 event", n, err)
	}
	c := clusterOf(t, s, herald.Query{})
	if c.Mentions != 2 || c.Articles != 1 || c.Sources != 2 {
		t.Errorf("cluster = %+v; want 2 mentions from 2 sources in 1 article", c)
	}
	if got, want := c.FirstSeen.Format("2006-01-02"), "2025-05-13"; got != want {
		t.Errorf("first seen %s; want %s", got, want)
	}
	if got, want := c.LastSeen.Format("2006-01-02"), "2025-05-14"; got != want {
		t.Errorf("last seen %s; want %s", got, want)
	}
	// Both articles are stored and listed, the copy with its link.
	arts, _, err := s.Articles(ctx, herald.Query{})
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 || arts[0].Canonical != "" || arts[1].Canonical != herald.ContentHash(orig.Text) {
		t.Errorf("articles = %+v; want the original, then the copy linked to it", arts)
	}
	// A different story on the same topic is no copy.
	other := fixture{id: "other", published: "2025-05-14", text: "Grain prices fell in Chicago after Turkish diplomats " +
		"said shipments across the Black Sea would continue. Traders expect exports from Odesa to rise in June."}
	put(t, s, other.document(t))
	if _, rec, err := s.Get(ctx, "other"); err != nil || rec.Canonical != "" {
		t.Errorf("other story's record = %+v, %v; want no canonical", rec, err)
	}
}

func testClusters(t *testing.T, s herald.Store) {
	ctx := context.Background()
	// Two distinct articles report the meeting, one also as planned.
	a := fixture{id: "a", published: "2025-05-13", places: []herald.Place{istanbul},
		text:   "Russia met Ukraine in Istanbul. Russia will meet Ukraine again in June.",
		events: []ev{meeting, {sentence: 1, trigger: "meet", source: "Russia", target: "Ukraine", sourceActor: "RUS", targetActor: "UKR", cameo: "040", quad: 1, plover: "CONSULT", modality: herald.Planned, date: "2025-05-13", place: "P1"}},
	}
	b := fixture{id: "b", published: "2025-05-15", places: []herald.Place{withID(istanbul, "P7")},
		text:   "Diplomats said Russia met Ukraine for four hours on Tuesday, in talks hosted by Turkey.",
		events: []ev{{sentence: 0, trigger: "met", source: "Russia", target: "Ukraine", sourceActor: "rus", targetActor: "ukr", cameo: "040", quad: 1, plover: "CONSULT", modality: herald.Asserted, date: "2025-05-13", place: "P7"}},
	}
	bdoc := b.document(t)
	bdoc.Source = "Other Wire"
	put(t, s, a.document(t), bdoc)
	hits, _, err := s.Events(ctx, herald.Query{Modality: herald.Asserted})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 2 {
		t.Fatalf("asserted events = %d; want one from each article", len(hits))
	}
	for _, h := range hits {
		c := h.Cluster
		if c.ID != hits[0].Cluster.ID || c.Mentions != 2 || c.Articles != 2 || c.Sources != 2 ||
			c.FirstSeen.Format("2006-01-02") != "2025-05-13" || c.LastSeen.Format("2006-01-02") != "2025-05-15" {
			t.Errorf("%s's cluster = %+v; want the one cluster of 2 mentions, 2 articles, 2 sources, seen 2025-05-13 to 15", h.Article, c)
		}
	}
	planned := clusterOf(t, s, herald.Query{Modality: herald.Planned})
	if planned.ID == hits[0].Cluster.ID || planned.Mentions != 1 || planned.Articles != 1 {
		t.Errorf("planned meeting's cluster = %+v; want a cluster of its own with 1 mention", planned)
	}
	// Storing an article again changes no count.
	if isNew, err := s.Put(ctx, bdoc, coder); err != nil || isNew {
		t.Fatalf("Put again = %v, %v; want false, nil", isNew, err)
	}
	if c := clusterOf(t, s, herald.Query{Modality: herald.Asserted, Text: "diplomats"}); c.Mentions != 2 || c.Articles != 2 {
		t.Errorf("cluster after putting b again = %+v; want 2 mentions in 2 articles", c)
	}
	// Events without a day, or without actors, are too vague to be one
	// event across stories: each stays in a cluster of its own.
	for id, text := range map[string]string{"v1": "Gunmen attacked a convoy near the border at dawn.",
		"v2": "Rebels say they attacked an army post after a week of heavy rain."} {
		f := fixture{id: id, text: text,
			events: []ev{{trigger: "attacked", cameo: "190", quad: 4, plover: "ASSAULT", modality: herald.Asserted}}}
		put(t, s, f.document(t))
	}
	hits, _, err = s.Events(ctx, herald.Query{CAMEO: "190"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 2 || hits[0].Cluster.ID == hits[1].Cluster.ID || hits[0].Cluster.Mentions != 1 || hits[1].Cluster.Mentions != 1 {
		t.Errorf("vague events = %+v; want 2, in clusters of 1 mention each", hits)
	}
}

func testConcurrentCopies(t *testing.T, s herald.Store) {
	const copies = 8
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make([]error, copies)
	for i := range copies {
		wg.Go(func() {
			tail := fmt.Sprintf(" Reporting by desk %d.", i)
			_, errs[i] = s.Put(ctx, storyCopy(t, fmt.Sprintf("copy%d", i), fmt.Sprintf("Wire %d", i), "", tail, "2025-05-13"), coder)
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	arts, _, err := s.Articles(ctx, herald.Query{})
	if err != nil {
		t.Fatal(err)
	}
	var canon []string
	links := map[string]int{}
	for _, a := range arts {
		if a.Canonical == "" {
			canon = append(canon, a.Hash)
		}
		links[a.Canonical]++
	}
	if len(arts) != copies || len(canon) != 1 || links[canon[0]] != copies-1 {
		t.Fatalf("of %d copies put at once, %d are canonical and %d link to the first; want 1 and %d (links %v)",
			len(arts), len(canon), links[strings.Join(canon, "")], copies-1, links)
	}
	c := clusterOf(t, s, herald.Query{})
	if c.Mentions != copies || c.Articles != 1 || c.Sources != copies {
		t.Errorf("cluster = %+v; want %d mentions from %d sources in 1 article", c, copies, copies)
	}
}

func testReplace(t *testing.T, s herald.Store) {
	r, ok := s.(herald.Replacer)
	if !ok {
		t.Skip("store does not replace documents")
	}
	ctx := context.Background()
	orig := storyCopy(t, "orig", "Test Wire", "", "", "2025-05-13")
	copied := storyCopy(t, "copy", "Other Wire", "ISTANBUL (Reuters) - ", "", "2025-05-13")
	put(t, s, orig, copied)
	_, before, err := s.Get(ctx, "copy")
	if err != nil {
		t.Fatal(err)
	}
	// Coded again, the copy's meeting becomes a visit: the meeting's
	// cluster loses a mention and the visit's gains one.
	recoded := storyCopy(t, "copy", "Other Wire", "ISTANBUL (Reuters) - ", "", "2025-05-13")
	recoded.Events[0].CAMEO, recoded.Events[0].PLOVER = "042", "CONSULT"
	if err := r.Replace(ctx, recoded, "storetest v2"); err != nil {
		t.Fatal(err)
	}
	got, rec, err := s.Get(ctx, "copy")
	if err != nil {
		t.Fatal(err)
	}
	if got.Events[0].CAMEO != "042" || rec.Coder != "storetest v2" || !rec.Stored.Equal(before.Stored) || rec.Canonical != before.Canonical {
		t.Errorf("after Replace: event %s, record %+v; want 042, coder storetest v2, the record otherwise as before %+v",
			got.Events[0].CAMEO, rec, before)
	}
	if c := clusterOf(t, s, herald.Query{CAMEO: "040"}); c.Mentions != 1 {
		t.Errorf("meeting's cluster after Replace = %+v; want 1 mention", c)
	}
	// The copy's visit is a mention only: no event of a copy is listed.
	if n, err := s.Count(ctx, herald.Query{CAMEO: "042"}); err != nil || n != 0 {
		t.Errorf("Count of visits = %d, %v; want 0", n, err)
	}
	// Replacing the original's analysis by the same one changes nothing.
	if err := r.Replace(ctx, orig, coder); err != nil {
		t.Fatal(err)
	}
	if c := clusterOf(t, s, herald.Query{}); c.Mentions != 1 || c.Articles != 1 {
		t.Errorf("cluster after replacing the original = %+v; want 1 mention in 1 article", c)
	}
	missing := minimal("missing", "Never stored.")
	if err := r.Replace(ctx, missing, coder); !errors.Is(err, herald.ErrNotFound) {
		t.Errorf("Replace of a missing document: %v; want ErrNotFound", err)
	}
}
