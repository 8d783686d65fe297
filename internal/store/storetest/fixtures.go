package storetest

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/heraldproject/herald"
)

// day returns midnight UTC of a YYYY-MM-DD date.
func day(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// spanOf returns the byte span of the first occurrence of sub in text at or
// after from; the empty span when sub is "".
func spanOf(t testing.TB, text, sub string, from int) herald.Span {
	t.Helper()
	if sub == "" {
		return herald.Span{}
	}
	i := strings.Index(text[from:], sub)
	if i < 0 {
		t.Fatalf("fixture: %q not in %q", sub, text[from:])
	}
	return herald.Span{Start: from + i, End: from + i + len(sub)}
}

// An ev describes an event of a fixture by the words of its sentence.
type ev struct {
	sentence                 int
	trigger, source, target  string // words of the sentence; "" for none
	sourceActor, targetActor string
	cameo                    string
	quad                     int
	plover                   string
	modality                 herald.Modality
	date                     string
	place                    string // ID of a place of the document
}

// A fixture describes a document to store: its article and events.
type fixture struct {
	id, title, text string
	published       string // YYYY-MM-DD, or "" for unknown
	events          []ev
	places          []herald.Place
}

// document builds the document a fixture describes. Sentences end at ". ".
func (f fixture) document(t testing.TB) *herald.Document {
	t.Helper()
	a := herald.Article{ID: f.id, Title: f.title, Text: f.text, Source: "Test Wire",
		Origin: herald.Origin{Path: "fixtures.jsonl", Format: "jsonl", Line: 1}}
	if f.published != "" {
		a.Published = day(t, f.published)
	}
	doc := herald.NewDocument(a)
	doc.Places = f.places
	start := 0
	for start < len(f.text) {
		end := strings.Index(f.text[start:], ". ")
		if end < 0 {
			end = len(f.text)
		} else {
			end += start + 1
		}
		doc.Sentences = append(doc.Sentences, herald.Sentence{Span: herald.Span{Start: start, End: end}})
		start = end + 1
	}
	for i, e := range f.events {
		from := doc.Sentences[e.sentence].Start
		doc.Events = append(doc.Events, herald.Event{
			ID: fmt.Sprintf("V%d", i+1), Sentence: e.sentence, CAMEO: e.cameo, QuadClass: e.quad,
			Goldstein: float64(i) + 0.5, PLOVER: e.plover, Modality: e.modality, Date: e.date, Place: e.place, Confidence: 0.75,
			Source:  herald.Participant{Actor: e.sourceActor, Span: spanOf(t, f.text, e.source, from)},
			Target:  herald.Participant{Actor: e.targetActor, Span: spanOf(t, f.text, e.target, from)},
			Trigger: spanOf(t, f.text, e.trigger, from),
		})
	}
	return doc
}

// corpus is the documents the filter tests query. Event keys are
// "article/event", e.g. "a/V1".
var corpus = []fixture{
	{id: "a", title: "Putin and Trump plan a summit", published: "2025-08-08",
		text: "Putin will meet Trump in Alaska. Russia shelled Kharkiv on Monday.",
		events: []ev{
			{sentence: 0, trigger: "meet", source: "Putin", target: "Trump", sourceActor: "RUSGOV", targetActor: "USAGOV",
				cameo: "036", quad: 1, plover: "CONSULT", modality: herald.Planned, date: "2025-08-15", place: "P1"},
			{sentence: 1, trigger: "shelled", source: "Russia", target: "Kharkiv", sourceActor: "RUSMIL", targetActor: "UKR",
				cameo: "190", quad: 4, plover: "ASSAULT", modality: herald.Asserted, place: "P2"},
		},
		places: []herald.Place{alaska, kharkiv, kyiv}}, // no event is in Kyiv
	{id: "b", title: "Київ condemns strikes", published: "2025-07-01",
		text: "Київ — the Ukrainian government — condemned the strikes. Zelensky asked Washington for help.",
		events: []ev{
			{sentence: 0, trigger: "condemned", source: "the Ukrainian government", sourceActor: "UKRGOV", targetActor: "RUS",
				cameo: "111", quad: 3, plover: "DISAPPROVE", modality: herald.Asserted, place: "P1"},
			{sentence: 1, trigger: "asked", source: "Zelensky", target: "Washington", sourceActor: "UKRGOV", targetActor: "USA",
				cameo: "023", quad: 1, plover: "REQUEST", modality: herald.Asserted, date: "2025-07", place: "P1"},
		},
		places: []herald.Place{withID(kyiv, "P1")}},
	{id: "c", title: "", published: "",
		text: "Officials said talks could resume.",
		events: []ev{
			{sentence: 0, trigger: "talks", cameo: "040", quad: 1, plover: "CONSULT", modality: herald.Hypothetical, place: "P1"},
		},
		places: []herald.Place{withID(kyiv, "P1")}},
	{id: "d", title: "Moscow says no", published: "2025-01-02",
		text: "Moscow rejected the proposal from the EU.",
		events: []ev{
			{sentence: 0, trigger: "rejected", source: "Moscow", target: "the EU", sourceActor: "RUS", targetActor: "IGOEU",
				cameo: "120", quad: 3, plover: "REJECT", modality: herald.Negated, date: "2024-12-31T09:00:00Z", place: "P1"},
		},
		places: []herald.Place{moscow}},
}

// Places of the corpus. Each document numbers its own places, so that one
// ID names different places in different documents.
var (
	alaska  = herald.Place{ID: "P1", Name: "Alaska", Country: "USA", Lat: 64.0002, Lon: -150.0002, GeoNames: 5879092}
	kharkiv = herald.Place{ID: "P2", Name: "Kharkiv", Country: "UKR", Lat: 49.9808, Lon: 36.2527, GeoNames: 706483}
	kyiv    = herald.Place{ID: "P3", Name: "Kyiv", Country: "UKR", Lat: 50.4547, Lon: 30.5238, GeoNames: 703448}
	moscow  = herald.Place{ID: "P1", Name: "Moscow", Country: "RUS", Lat: 55.7522, Lon: 37.6156, GeoNames: 524901}
)

// withID returns p under another ID.
func withID(p herald.Place, id string) herald.Place {
	p.ID = id
	return p
}

// full returns a document with every kind of annotation, non-ASCII text and
// diagnostics, for the round-trip test.
func full(t testing.TB) *herald.Document {
	t.Helper()
	text := "Путин and Trump — “a historic meeting”.\nMOSCOW (Reuters) - Putin said he would meet Trump on Friday in Alaska."
	a := herald.Article{ID: "full-1", URL: "https://example.com/a", Title: "Путин and Trump", Source: "Reuters",
		Author: "A. Writer", Published: time.Date(2025, 8, 8, 14, 30, 5, 123456789, time.UTC), Text: text,
		Origin:      herald.Origin{Path: "in/batch.jsonl", Format: "jsonl", Line: 7},
		Diagnostics: []herald.Diagnostic{{Severity: herald.Warning, Stage: "ingest", Message: "replaced 1 invalid UTF-8 sequence"}},
	}
	doc := herald.NewDocument(a)
	doc.Article.Diagnostics = []herald.Diagnostic{{Severity: herald.Info, Stage: "ingest", Message: "kept by the reader"}}
	head := spanOf(t, text, "Путин and Trump — “a historic meeting”.", 0)
	body := spanOf(t, text, "Putin said he would meet Trump on Friday in Alaska.", 0)
	doc.Headline = head
	doc.Dateline = herald.Dateline{Span: spanOf(t, text, "MOSCOW (Reuters) - ", 0), Source: "Reuters", Place: "MOSCOW"}
	doc.Sentences = []herald.Sentence{{Span: head, FirstToken: 0, EndToken: 3, Headline: true}, {Span: body, FirstToken: 3, EndToken: 5}}
	doc.Tokens = []herald.Token{{Span: spanOf(t, text, "Путин", 0)}, {Span: spanOf(t, text, "—", 0), Kind: herald.Punctuation},
		{Span: spanOf(t, text, "“", 0), Kind: herald.Punctuation}, {Span: spanOf(t, text, "Putin", 0)},
		{Span: herald.Span{Start: body.End - 1, End: body.End}, Kind: herald.Punctuation}}
	putin := spanOf(t, text, "Putin", body.Start)
	trump := spanOf(t, text, "Trump", body.Start)
	doc.Entities = []herald.Entity{
		{ID: "E1", Name: "Vladimir Putin", Type: herald.Person, Role: "Russian President", Actor: "RUSGOV",
			Mentions: []herald.Mention{{Span: spanOf(t, text, "Путин", 0)}, {Span: putin}, {Span: spanOf(t, text, "he", body.Start), Kind: herald.PronounMention}}},
		{ID: "E2", Name: "Donald Trump", Type: herald.Person, Actor: "USAGOV", Mentions: []herald.Mention{{Span: trump}}},
		{ID: "E3", Name: "Alaska", Type: herald.GPE, Actor: "USA", Mentions: []herald.Mention{{Span: spanOf(t, text, "Alaska", 0)}}},
	}
	doc.Events = []herald.Event{{ID: "V1", Sentence: 1, CAMEO: "036", QuadClass: 1, Goldstein: 4, PLOVER: "CONSULT",
		Source: herald.Participant{Entity: "E1", Actor: "RUSGOV", Span: putin}, Target: herald.Participant{Entity: "E2", Actor: "USAGOV", Span: trump},
		Trigger: spanOf(t, text, "meet", body.Start), Modality: herald.Planned, Date: "2025-08-15", Place: "P1", Confidence: 0.875}}
	doc.Quotes = []herald.Quote{{Span: spanOf(t, text, "a historic meeting", 0), Kind: herald.Fragment},
		{Span: spanOf(t, text, "he would meet Trump on Friday in Alaska", 0), Kind: herald.Indirect, Speaker: "E1", Cue: spanOf(t, text, "said", 0)}}
	doc.Times = []herald.Time{{Span: spanOf(t, text, "Friday", 0), Type: herald.Date, Value: "2025-08-15"}}
	doc.Places = []herald.Place{{ID: "P1", Name: "Alaska", Country: "USA", Lat: 64.0002, Lon: -150.0002, GeoNames: 5879092,
		Mentions: []herald.Span{spanOf(t, text, "Alaska", 0)}}}
	doc.Diagnose(herald.Warning, "segment", head, "headline without a full stop")
	return doc
}

// minimal returns a document with nothing but its article.
func minimal(id, text string) *herald.Document {
	return herald.NewDocument(herald.Article{ID: id, Text: text})
}
