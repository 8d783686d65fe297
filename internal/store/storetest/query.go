package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
)

// putCorpus stores the filter tests' corpus.
func putCorpus(t *testing.T, s herald.Store) {
	t.Helper()
	for _, f := range corpus {
		put(t, s, f.document(t))
	}
}

// eventKeys pages through the events q selects and returns their keys,
// "article/event", in the order the store returned them.
func eventKeys(t *testing.T, s herald.Store, q herald.Query) []string {
	t.Helper()
	var keys []string
	for {
		hits, next, err := s.Events(context.Background(), q)
		if err != nil {
			t.Fatalf("Events(%+v): %v", q, err)
		}
		for _, h := range hits {
			keys = append(keys, h.Article+"/"+h.Event.ID)
		}
		if next == "" {
			return keys
		}
		q.After = next
	}
}

func testEventFilters(t *testing.T, s herald.Store) {
	putCorpus(t, s)
	d := func(s string) herald.Query { return herald.Query{From: day(t, s)} }
	tests := []struct {
		name string
		q    herald.Query
		want string // keys in order: by day, then as stored
	}{
		{"all", herald.Query{}, "c/V1 d/V1 b/V1 b/V2 a/V2 a/V1"},
		{"actor prefix", herald.Query{Actor: "RUS*"}, "d/V1 b/V1 a/V2 a/V1"},
		{"actor exact", herald.Query{Actor: "RUS"}, "d/V1 b/V1"},
		{"actor any case", herald.Query{Actor: "rusgov"}, "a/V1"},
		{"actor as target", herald.Query{Actor: "USA*"}, "b/V2 a/V1"},
		{"actor star", herald.Query{Actor: "*"}, "c/V1 d/V1 b/V1 b/V2 a/V2 a/V1"},
		{"cameo root", herald.Query{CAMEO: "04"}, "c/V1"},
		{"cameo code", herald.Query{CAMEO: "036"}, "a/V1"},
		{"cameo digit", herald.Query{CAMEO: "1"}, "d/V1 b/V1 a/V2"},
		{"plover", herald.Query{PLOVER: "consult"}, "c/V1 a/V1"},
		{"quad", herald.Query{QuadClass: 1}, "c/V1 b/V2 a/V1"},
		{"modality", herald.Query{Modality: herald.Planned}, "a/V1"},
		{"modality hypothetical", herald.Query{Modality: herald.Hypothetical}, "c/V1"},
		{"from", d("2025-08-01"), "a/V2 a/V1"},
		{"to", herald.Query{To: day(t, "2025-07-31")}, "d/V1 b/V1 b/V2"},
		{"from and to inclusive", herald.Query{From: day(t, "2025-07-01"), To: day(t, "2025-08-08")}, "b/V1 b/V2 a/V2"},
		{"own date first", herald.Query{From: day(t, "2024-12-31"), To: day(t, "2024-12-31")}, "d/V1"},
		{"text", herald.Query{Text: "Zelensky"}, "b/V1 b/V2"},
		{"text any case", herald.Query{Text: "KHARKIV"}, "a/V2 a/V1"},
		{"actor and date", herald.Query{Actor: "RUS*", From: day(t, "2025-08-01")}, "a/V2 a/V1"},
		{"actor and quad", herald.Query{Actor: "RUS*", QuadClass: 4}, "a/V2"},
		{"actor, cameo and text", herald.Query{Actor: "UKR*", CAMEO: "02", Text: "Washington"}, "b/V2"},
		{"country", herald.Query{Country: "ukr"}, "c/V1 b/V1 b/V2 a/V2"},
		{"other country", herald.Query{Country: "USA"}, "a/V1"},
		{"country and actor", herald.Query{Country: "RUS", Actor: "RUS*"}, "d/V1"},
		{"country of no place", herald.Query{Country: "FRA"}, ""},
		{"nothing", herald.Query{Actor: "CHN*"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(eventKeys(t, s, tt.q), " ")
			if got != tt.want {
				t.Errorf("Events(%+v) = %q; want %q", tt.q, got, tt.want)
			}
			n, err := s.Count(context.Background(), tt.q)
			if err != nil || n != len(strings.Fields(tt.want)) {
				t.Errorf("Count(%+v) = %d, %v; want %d", tt.q, n, err, len(strings.Fields(tt.want)))
			}
		})
	}
}

// testEventText checks that hits carry the event as coded and the text its
// spans point at, past non-ASCII text.
func testEventText(t *testing.T, s herald.Store) {
	putCorpus(t, s)
	hits, _, err := s.Events(context.Background(), herald.Query{Actor: "UKRGOV"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 2 {
		t.Fatalf("got %d hits; want 2", len(hits))
	}
	b := corpus[1].document(t)
	h := hits[0]
	if !equalEvent(h.Event, b.Events[0]) {
		t.Errorf("hit event = %+v; want %+v", h.Event, b.Events[0])
	}
	want := herald.EventHit{Record: herald.Record{Hash: herald.ContentHash(b.Text), Coder: coder}, Article: "b",
		Published: b.Published, Date: "2025-07-01", Sentence: "Київ — the Ukrainian government — condemned the strikes.",
		Trigger: "condemned", Source: "the Ukrainian government", Target: "",
		Cluster: herald.Cluster{Mentions: 1, Sources: 1, Articles: 1, FirstSeen: b.Published, LastSeen: b.Published}}
	if h.Cluster.ID == 0 {
		t.Errorf("hit has no cluster: %+v", h.Cluster)
	}
	h.Event, h.Stored, h.Cluster.ID = herald.Event{}, want.Stored, 0
	if h != want {
		t.Errorf("hit = %+v; want %+v", h, want)
	}
	if hits[1].Trigger != "asked" || hits[1].Target != "Washington" || hits[1].Event.Date != "2025-07" {
		t.Errorf("second hit = %+v; want trigger asked, target Washington, date 2025-07", hits[1])
	}
}

// equalEvent compares events as a store returns them: actor codes and
// PLOVER types in upper case.
func equalEvent(got, want herald.Event) bool {
	want.Source.Actor = strings.ToUpper(want.Source.Actor)
	want.Target.Actor = strings.ToUpper(want.Target.Actor)
	want.PLOVER = strings.ToUpper(want.PLOVER)
	return got == want
}

// articleIDs pages through the articles q selects and returns their IDs.
func articleIDs(t *testing.T, s herald.Store, q herald.Query) string {
	t.Helper()
	var ids []string
	for {
		hits, next, err := s.Articles(context.Background(), q)
		if err != nil {
			t.Fatalf("Articles(%+v): %v", q, err)
		}
		for _, h := range hits {
			ids = append(ids, h.Article.ID)
		}
		if next == "" {
			return strings.Join(ids, " ")
		}
		q.After = next
	}
}

func testArticleFilters(t *testing.T, s herald.Store) {
	putCorpus(t, s)
	tests := []struct {
		q    herald.Query
		want string
	}{
		{herald.Query{}, "c d b a"},
		{herald.Query{From: day(t, "2025-07-01")}, "b a"},
		{herald.Query{To: day(t, "2025-07-01")}, "d b"},
		{herald.Query{Actor: "RUS*"}, "d b a"},
		{herald.Query{Actor: "RUS*", QuadClass: 4}, "a"},
		{herald.Query{Modality: herald.Hypothetical}, "c"},
		{herald.Query{Actor: "USA*", From: day(t, "2025-08-01")}, "a"},
		{herald.Query{Country: "UKR"}, "c b a"},
		{herald.Query{Country: "rus"}, "d"},
		{herald.Query{Country: "UKR", Text: "Putin"}, "a"},
	}
	for _, tt := range tests {
		if got := articleIDs(t, s, tt.q); got != tt.want {
			t.Errorf("Articles(%+v) = %q; want %q", tt.q, got, tt.want)
		}
	}
	hits, _, err := s.Articles(context.Background(), herald.Query{Actor: "RUSGOV"})
	if err != nil || len(hits) != 1 {
		t.Fatalf("Articles = %v, %v; want one hit", hits, err)
	}
	a := corpus[0].document(t)
	got := hits[0]
	if got.Article.Title != a.Title || !got.Article.Published.Equal(a.Published) || got.Article.Origin != a.Origin ||
		got.Article.Source != a.Source || got.Article.Text != "" || got.Events != 2 || got.Coder != coder || got.Snippet != "" {
		t.Errorf("article hit = %+v; want title, date, origin and source of a, no text, 2 events, coder %q", got, coder)
	}
}

func testFullText(t *testing.T, s herald.Store) {
	putCorpus(t, s)
	tests := []struct {
		text string
		want string
	}{
		{"Putin", "a"},
		{"putin TRUMP", "a"},
		{"summit", "a"},           // title only
		{"Putin Zelensky", ""},    // every word must occur
		{"Zelen*", "b"},           // prefix
		{"київ", "b"},             // non-ASCII, any case
		{"officials", "c"},        // no date
		{`"talks" resume`, "c"},   // quotes are no syntax
		{"U.S. - ( ) NOT OR", ""}, // neither are operators
		{"Putin AND", "a"},        // "and" is a word of its title
		{"Putin OR Zelensky", ""},
	}
	for _, tt := range tests {
		if got := articleIDs(t, s, herald.Query{Text: tt.text}); got != tt.want {
			t.Errorf("Articles(Text: %q) = %q; want %q", tt.text, got, tt.want)
		}
	}
	hits, _, err := s.Articles(context.Background(), herald.Query{Text: "Kharkiv"})
	if err != nil || len(hits) != 1 {
		t.Fatalf("Articles = %v, %v; want one hit", hits, err)
	}
	if !strings.Contains(hits[0].Snippet, "[Kharkiv]") {
		t.Errorf("snippet %q does not mark [Kharkiv]", hits[0].Snippet)
	}
}

func testPagination(t *testing.T, s herald.Store) {
	const docs, perDoc = 12, 21
	for i := range docs {
		f := fixture{id: fmt.Sprintf("p%02d", i), published: fmt.Sprintf("2025-03-%02d", 1+i%4),
			text: fmt.Sprintf("Page test %d: Russia met Ukraine.", i)}
		for j := range perDoc {
			e := ev{trigger: "met", source: "Russia", target: "Ukraine", sourceActor: "RUS", targetActor: "UKR", cameo: "036", quad: 1 + j%4}
			if j%3 == 0 {
				e.date = fmt.Sprintf("2025-02-%02d", 1+j%5) // days shared across documents
			}
			f.events = append(f.events, e)
		}
		put(t, s, f.document(t))
	}
	for _, q := range []herald.Query{{Limit: 7}, {Limit: 1}, {}, {Limit: 50, QuadClass: 2}, {Limit: 3, Actor: "UKR", From: day(t, "2025-03-02")}} {
		all := q
		all.Limit = herald.MaxLimit
		want := eventKeys(t, s, all)
		got := eventKeys(t, s, q)
		if !slices.Equal(got, want) {
			t.Errorf("paging by %d gave %d events; want the same %d as one page", q.Limit, len(got), len(want))
		}
		seen := map[string]bool{}
		for _, k := range got {
			if seen[k] {
				t.Errorf("paging %+v: %s twice", q, k)
			}
			seen[k] = true
		}
		if n, err := s.Count(context.Background(), q); err != nil || n != len(got) {
			t.Errorf("Count(%+v) = %d, %v; paging gave %d", q, n, err, len(got))
		}
	}
	if got := len(eventKeys(t, s, herald.Query{})); got != docs*perDoc {
		t.Errorf("paged through %d events; want %d", got, docs*perDoc)
	}
	hits, next, err := s.Events(context.Background(), herald.Query{})
	if err != nil || len(hits) != herald.DefaultLimit || next == "" {
		t.Errorf("first page = %d hits, cursor %q, %v; want %d and a cursor", len(hits), next, err, herald.DefaultLimit)
	}
	for i := 1; i < len(hits); i++ {
		if hits[i].Date < hits[i-1].Date {
			t.Errorf("hit %d on %s comes after one on %s", i, hits[i].Date, hits[i-1].Date)
		}
	}
	for _, limit := range []int{1, 5, 100} {
		if got := articleIDs(t, s, herald.Query{Limit: limit}); len(strings.Fields(got)) != docs {
			t.Errorf("paging articles by %d gave %q; want %d articles", limit, got, docs)
		}
	}
}

func testBadQueries(t *testing.T, s herald.Store) {
	putCorpus(t, s)
	ctx := context.Background()
	_, eventCursor, err := s.Events(ctx, herald.Query{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	_, articleCursor, err := s.Articles(ctx, herald.Query{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	bad := []herald.Query{
		{QuadClass: 5}, {QuadClass: -1}, {Limit: -1}, {Actor: "R*S"}, {Actor: "RUS GOV"}, {CAMEO: "abc"},
		{CAMEO: "01234"}, {Modality: "maybe"}, {From: day(t, "2025-08-02"), To: day(t, "2025-08-01")},
		{After: "garbage"}, {After: articleCursor}, {Country: "UK"}, {Country: "UKRA"}, {Country: "U1A"},
	}
	for _, q := range bad {
		if _, _, err := s.Events(ctx, q); !errors.Is(err, herald.ErrBadQuery) {
			t.Errorf("Events(%+v) error = %v; want ErrBadQuery", q, err)
		}
		if q.After == "" {
			if _, err := s.Count(ctx, q); !errors.Is(err, herald.ErrBadQuery) {
				t.Errorf("Count(%+v) error = %v; want ErrBadQuery", q, err)
			}
		}
	}
	if _, _, err := s.Articles(ctx, herald.Query{After: eventCursor}); !errors.Is(err, herald.ErrBadQuery) {
		t.Errorf("Articles with an events cursor: error = %v; want ErrBadQuery", err)
	}
}
