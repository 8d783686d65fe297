package place

import (
	"context"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
)

var stage = New()

// entityDoc returns a document of text whose entities are the given
// (type, name) pairs, each occurrence of a name in text one entity.
func entityDoc(text string, ents ...any) *herald.Document {
	doc := herald.NewDocument(herald.Article{Text: text})
	for i := 0; i+1 < len(ents); i += 2 {
		typ, name := ents[i].(herald.EntityType), ents[i+1].(string)
		for off := 0; ; {
			j := strings.Index(text[off:], name)
			if j < 0 {
				break
			}
			start := off + j
			doc.Entities = append(doc.Entities, herald.Entity{
				ID: "E", Name: name, Type: typ,
				Mentions: []herald.Mention{{Span: herald.Span{Start: start, End: start + len(name)}}},
			})
			off = start + len(name)
		}
	}
	return doc
}

func TestProcess(t *testing.T) {
	type place struct {
		name, country string
		geonames      int
		mentions      int
	}
	tests := []struct {
		name string
		doc  *herald.Document
		want []place
	}{
		{"plain", entityDoc("Officials met in Moscow and Paris.", herald.GPE, "Moscow", herald.GPE, "Paris"),
			[]place{{"Moscow", "RUS", 524901, 1}, {"Paris", "FRA", 2988507, 1}}},
		{"texas", entityDoc("Paris, Texas, is small. Texas officials said Paris would grow.", herald.GPE, "Paris", herald.GPE, "Texas"),
			[]place{{"Paris", "USA", 4717560, 2}, {"Texas", "USA", 0, 2}}},
		{"georgia-country", entityDoc("Protests in Georgia spread to Tbilisi. Georgia is tense.", herald.GPE, "Georgia", herald.GPE, "Tbilisi"),
			[]place{{"Georgia", "GEO", 0, 2}, {"Tbilisi", "GEO", 611717, 1}}},
		{"georgia-state", entityDoc("Voters in Georgia lined up in Atlanta.", herald.GPE, "Georgia", herald.GPE, "Atlanta"),
			[]place{{"Georgia", "USA", 0, 1}, {"Atlanta", "USA", 4180439, 1}}},
		{"kyiv-kiev", entityDoc("Kyiv, once spelt Kiev, was shelled.", herald.GPE, "Kyiv", herald.GPE, "Kiev"),
			[]place{{"Kyiv", "UKR", 703448, 2}}},
		{"washington", entityDoc("Washington and Moscow spoke.", herald.GPE, "Washington", herald.GPE, "Moscow"),
			[]place{{"Washington, D.C.", "USA", 4140963, 1}, {"Moscow", "RUS", 524901, 1}}},
		{"demonym", entityDoc("Russian troops entered Georgia.", herald.NORP, "Russian", herald.GPE, "Georgia"),
			[]place{{"Georgia", "GEO", 0, 1}}},
		{"unknown", entityDoc("They fled Xqzzyville.", herald.GPE, "Xqzzyville", herald.Person, "They"), nil},
	}
	for _, tt := range tests {
		if err := stage.Process(context.Background(), tt.doc); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		got := tt.doc.Places
		if len(got) != len(tt.want) {
			t.Errorf("%s: %d places %+v, want %d", tt.name, len(got), got, len(tt.want))
			continue
		}
		for i, w := range tt.want {
			g := got[i]
			if g.Name != w.name || g.Country != w.country || g.GeoNames != w.geonames || len(g.Mentions) != w.mentions {
				t.Errorf("%s: place %d = %+v, want %+v", tt.name, i, g, w)
			}
			if g.ID != "P"+string(rune('1'+i)) {
				t.Errorf("%s: place %d ID %q", tt.name, i, g.ID)
			}
		}
	}
}

func TestDateline(t *testing.T) {
	text := "MOSCOW (Reuters) - Talks resumed."
	doc := entityDoc(text)
	doc.Dateline = herald.Dateline{Span: herald.Span{Start: 0, End: 19}, Source: "Reuters", Place: "MOSCOW"}
	if err := stage.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Places) != 1 || doc.Places[0].GeoNames != 524901 || doc.Places[0].Mentions[0] != (herald.Span{Start: 0, End: 6}) {
		t.Errorf("places = %+v, want Moscow at 0-6", doc.Places)
	}
}

func TestUnknownDiagnosed(t *testing.T) {
	doc := entityDoc("They fled Xqzzyville.", herald.GPE, "Xqzzyville")
	if err := stage.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Diagnostics) != 1 || doc.Diagnostics[0].Stage != "place" || doc.Diagnostics[0].Severity != herald.Info {
		t.Errorf("diagnostics = %v", doc.Diagnostics)
	}
}

func TestBadInput(t *testing.T) {
	doc := herald.NewDocument(herald.Article{Text: "Paris"})
	doc.Entities = []herald.Entity{
		{Name: "Paris", Type: herald.GPE, Mentions: []herald.Mention{{Span: herald.Span{Start: 3, End: 99}}}},
		{Name: "", Type: herald.GPE, Mentions: []herald.Mention{{Span: herald.Span{Start: 0, End: 5}}}},
		{Name: "Paris", Type: herald.Location},
	}
	doc.Dateline = herald.Dateline{Span: herald.Span{Start: 4, End: 2}, Place: "PARIS"}
	if err := stage.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Places) != 0 {
		t.Errorf("places = %+v, want none", doc.Places)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := stage.Process(ctx, doc); err == nil {
		t.Error("Process with a cancelled context succeeded")
	}
	if stage.Name() != "place" {
		t.Errorf("Name = %q", stage.Name())
	}
}

func BenchmarkProcess(b *testing.B) {
	text := strings.Repeat("Officials in Moscow, Kyiv and Washington met in Paris, Texas, near Dallas. ", 20)
	if err := stage.Load(context.Background()); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		doc := entityDoc(text, herald.GPE, "Moscow", herald.GPE, "Kyiv", herald.GPE, "Washington",
			herald.GPE, "Paris", herald.GPE, "Texas", herald.GPE, "Dallas")
		if err := stage.Process(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
}

func TestRegionActorIsNoPlace(t *testing.T) {
	text := "Ukraine wants Western aid."
	doc := herald.NewDocument(herald.Article{Text: text})
	doc.Entities = []herald.Entity{
		{ID: "E1", Name: "Ukraine", Type: herald.GPE, Actor: "UKR", Mentions: []herald.Mention{{Span: herald.Span{Start: 0, End: 7}}}},
		{ID: "E2", Name: "the West", Type: herald.GPE, Actor: "WST", Mentions: []herald.Mention{{Span: herald.Span{Start: 14, End: 21}}}},
	}
	if err := New().Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Places) != 1 || doc.Places[0].Country != "UKR" {
		t.Errorf("places = %+v, want only Ukraine", doc.Places)
	}
}
