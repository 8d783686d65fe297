package entity

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/heraldproject/herald"
)

// embedded decodes the embedded model once for all tests.
var embedded = sync.OnceValues(Embedded)

func loadEmbedded(t testing.TB) *Recognizer {
	t.Helper()
	r, err := embedded()
	if err != nil {
		t.Fatalf("Embedded: %v", err)
	}
	return r
}

// entities runs the stage over text and returns its entities as
// "Name/TYPE" strings.
func entities(t *testing.T, s *Stage, text string) []string {
	t.Helper()
	doc := tokenize(text)
	if err := s.Process(context.Background(), doc); err != nil {
		t.Fatalf("Process: %v", err)
	}
	var out []string
	for _, e := range doc.Entities {
		out = append(out, e.Name+"/"+string(e.Type))
	}
	return out
}

func TestPutinWitkoff(t *testing.T) {
	s := NewWith(loadEmbedded(t))
	got := entities(t, s, "Russian President Vladimir Putin met US special envoy Steve Witkoff in Moscow .")
	want := []string{"Russian/NORP", "Vladimir Putin/PERSON", "US/GPE", "Steve Witkoff/PERSON", "Moscow/GPE"}
	if strings.Join(got, ", ") != strings.Join(want, ", ") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestGolden(t *testing.T) {
	s := NewWith(loadEmbedded(t))
	tests := []struct {
		text string
		want []string
	}{
		{
			"German Chancellor Angela Merkel and French President Emmanuel Macron met in Berlin on Monday.",
			[]string{"German/NORP", "Angela Merkel/PERSON", "French/NORP", "Emmanuel Macron/PERSON", "Berlin/GPE"},
		},
		{
			"The European Union and NATO warned Iran over its nuclear programme.",
			[]string{"European Union/ORG", "NATO/ORG", "Iran/GPE"},
		},
		{
			"King Abdullah of Jordan met Georgian officials in Tbilisi.",
			[]string{"Abdullah/PERSON", "Jordan/GPE", "Georgian/NORP", "Tbilisi/GPE"},
		},
		{
			"Michael Jordan scored 30 points for the Chicago Bulls.",
			[]string{"Michael Jordan/PERSON", "Chicago Bulls/ORG"},
		},
		{
			"Georgia and Armenia signed a trade deal with Chad and Niger.",
			[]string{"Georgia/GPE", "Armenia/GPE", "Chad/GPE", "Niger/GPE"},
		},
		{
			"Chad Johnson said Microsoft would open an office in London.",
			[]string{"Chad Johnson/PERSON", "Microsoft/ORG", "London/GPE"},
		},
		{
			"Hamas and Israel agreed to a truce brokered by Egypt and Qatar.",
			[]string{"Hamas/ORG", "Israel/GPE", "Egypt/GPE", "Qatar/GPE"},
		},
		{
			"The Kremlin said the White House had not replied.",
			[]string{"Kremlin/ORG", "White House/ORG"},
		},
		{
			"Ukrainian troops crossed the Dnieper near Kherson, the Pentagon said.",
			[]string{"Ukrainian/NORP", "Dnieper/LOC", "Kherson/GPE", "Pentagon/ORG"},
		},
	}
	for _, tt := range tests {
		got := entities(t, s, tt.text)
		if strings.Join(got, ", ") != strings.Join(tt.want, ", ") {
			t.Errorf("%s\ngot  %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestProcessEntities(t *testing.T) {
	s := NewWith(loadEmbedded(t))
	text := "Kirill Dmitriev met Donald Trump. Trump’s envoy flew to Moscow."
	doc := tokenize(text)
	doc.Entities = []herald.Entity{{ID: "E1", Name: "earlier"}}
	if err := s.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Entities[1:] {
		if len(e.Mentions) != 1 || e.Mentions[0].Kind != herald.NameMention || e.Mentions[0].In(text) != e.Name {
			t.Errorf("%s: mentions %+v do not cover the name", e.ID, e.Mentions)
		}
		got = append(got, fmt.Sprintf("%s %s/%s", e.ID, e.Name, e.Type))
	}
	want := []string{"E2 Kirill Dmitriev/PERSON", "E3 Donald Trump/PERSON", "E4 Trump/PERSON", "E5 Moscow/GPE"}
	if strings.Join(got, ", ") != strings.Join(want, ", ") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestProcessOddInput(t *testing.T) {
	s := NewWith(loadEmbedded(t))
	docs := []*herald.Document{
		{},
		{Article: herald.Article{Text: "Paris"}, Tokens: []herald.Token{{Span: herald.Span{Start: 0, End: 5}}},
			Sentences: []herald.Sentence{{FirstToken: 0, EndToken: 3}, {FirstToken: 1, EndToken: 1}, {FirstToken: 0, EndToken: 1}}},
		{Article: herald.Article{Text: "x"}, Tokens: []herald.Token{{Span: herald.Span{Start: 4, End: 9}}},
			Sentences: []herald.Sentence{{FirstToken: 0, EndToken: 1}}},
	}
	for i, doc := range docs {
		if err := s.Process(context.Background(), doc); err != nil {
			t.Errorf("doc %d: %v", i, err)
		}
	}
	if n := len(docs[1].Diagnostics); n != 1 {
		t.Errorf("got %d diagnostics for a sentence out of range, want 1", n)
	}
}

func TestLoad(t *testing.T) {
	s := New()
	if s.Name() != "entity" {
		t.Errorf("Name() = %q", s.Name())
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.Load(ctx); err == nil {
		t.Error("Load with a cancelled context succeeded")
	}
	if err := s.Load(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := s.Process(ctx, tokenize("Putin")); err == nil {
		t.Error("Process with a cancelled context succeeded")
	}
}

func TestSeedArticle(t *testing.T) {
	s := NewWith(loadEmbedded(t))
	got := strings.Join(entities(t, s, seedText(t)), ", ")
	for _, want := range []string{
		"Vladimir Putin/PERSON", "Donald Trump/PERSON", "Kirill Dmitriev/PERSON", "Steve Witkoff/PERSON",
		"Kremlin/ORG", "Moscow/GPE", "Ukraine/GPE", "Russia/GPE", "Ukrainian/NORP", "Western/NORP",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no %s in %s", want, got)
		}
	}
	if strings.Contains(got, "MENAFN/PERSON") {
		t.Errorf("MENAFN is not a person: %s", got)
	}
}

func TestConcurrent(t *testing.T) {
	s := NewWith(loadEmbedded(t))
	want := entities(t, s, seedText(t))
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 5 {
				doc := tokenize(seedText(t))
				if err := s.Process(context.Background(), doc); err != nil {
					t.Error(err)
					return
				}
				if len(doc.Entities) != len(want) {
					t.Errorf("got %d entities, want %d", len(doc.Entities), len(want))
				}
			}
		})
	}
	wg.Wait()
}

func TestDocumentAPI(t *testing.T) {
	r := loadEmbedded(t)
	doc := tokenize("Vladimir Putin met Donald Trump.\nPutin said Russia would agree.")
	names := r.Document(doc)
	if len(names) != len(doc.Sentences) {
		t.Fatalf("got names for %d sentences, want %d", len(names), len(doc.Sentences))
	}
	var got []string
	for i, sent := range names {
		for _, n := range sent {
			s := doc.Sentences[i]
			if n.First < s.FirstToken || n.End > s.EndToken {
				t.Errorf("name %+v outside sentence %d", n, i)
			}
			got = append(got, fmt.Sprintf("%s/%s/%s", n.Span.In(doc.Text), n.Class, n.Type))
		}
	}
	want := "Vladimir Putin/PER/PERSON Donald Trump/PER/PERSON Putin/PER/PERSON Russia/LOC/GPE"
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
}
