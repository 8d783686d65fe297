package place

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
)

// ent is an entity for TestResolve: each of names, found in order in the
// text, is one mention of kind kinds[i] (NameMention when kinds is short).
type ent struct {
	typ   herald.EntityType
	actor string
	names []string
	kinds []herald.MentionKind
}

func resolveDoc(text string, ents ...ent) *herald.Document {
	doc := herald.NewDocument(herald.Article{Text: text})
	off := 0
	for _, e := range ents {
		he := herald.Entity{ID: "E", Name: e.names[0], Type: e.typ, Actor: e.actor}
		for i, n := range e.names {
			j := strings.Index(text[off:], n)
			if j < 0 {
				j, off = strings.Index(text, n), 0
			}
			start := off + j
			k := herald.NameMention
			if i < len(e.kinds) {
				k = e.kinds[i]
			}
			he.Mentions = append(he.Mentions, herald.Mention{Span: herald.Span{Start: start, End: start + len(n)}, Kind: k})
			off = start + len(n)
		}
		doc.Entities = append(doc.Entities, he)
		off = 0
	}
	return doc
}

func TestResolve(t *testing.T) {
	type want struct {
		mention  string // text of the place's first mention
		name     string
		country  string
		lat, lon float64 // within 0.5°
	}
	tests := []struct {
		name string
		doc  *herald.Document
		want []want
	}{
		{"country-centroid", resolveDoc("Russia and Texas", ent{typ: herald.GPE, actor: "RUS", names: []string{"Russia"}}, ent{typ: herald.GPE, names: []string{"Texas"}}),
			[]want{{"Russia", "Russia", "RUS", 60, 100}, {"Texas", "Texas", "USA", 31.3, -99.3}}},
		{"capital-for-state", resolveDoc("France said Paris would act.", ent{typ: herald.GPE, actor: "FRA", names: []string{"France", "Paris"}}),
			[]want{{"France", "France", "FRA", 46, 2}, {"Paris", "Paris", "FRA", 48.85, 2.35}}},
		{"demonym", resolveDoc("Russian troops left.", ent{typ: herald.GPE, actor: "RUS", names: []string{"Russian"}, kinds: []herald.MentionKind{herald.DemonymMention}}),
			[]want{{"Russian", "Russia", "RUS", 60, 100}}},
		{"area", resolveDoc("Aid for Africa and the West.", ent{typ: herald.GPE, actor: "AFR", names: []string{"Africa"}}, ent{typ: herald.GPE, actor: "WST", names: []string{"West"}}),
			[]want{{"Africa", "Africa", "", 7.2, 21.1}}},
		{"abbreviation", resolveDoc("Charleston, W.Va. is wet.", ent{typ: herald.GPE, names: []string{"Charleston"}}, ent{typ: herald.Location, names: []string{"W.Va"}}),
			[]want{{"Charleston", "Charleston", "USA", 38.35, -81.63}, {"W.Va.", "West Virginia", "USA", 38.6, -80.6}}},
		{"org-town", resolveDoc("Gainesville beat Ocala.", ent{typ: herald.Organization, names: []string{"Gainesville"}}),
			[]want{{"Gainesville", "Gainesville", "USA", 29.65, -82.32}}},
		{"org-prefix", resolveDoc("The Alexandria Police and Laurel County Sheriff said.",
			ent{typ: herald.Organization, names: []string{"Alexandria Police"}}, ent{typ: herald.Organization, names: []string{"Laurel County Sheriff"}}),
			[]want{{"Alexandria", "Alexandria", "EGY", 31.2, 29.9}}},
		{"org-common-word", resolveDoc("The Union said the police would come.", ent{typ: herald.Organization, names: []string{"Union"}}), nil},
		{"near-town", resolveDoc("Paris police said a McKenzie man was held.", ent{typ: herald.GPE, names: []string{"Paris"}}, ent{typ: herald.GPE, names: []string{"McKenzie"}}),
			[]want{{"Paris", "Paris", "USA", 36.3, -88.3}, {"McKenzie", "McKenzie", "USA", 36.1, -88.5}}},
		{"known-town-over-country", resolveDoc("U.S. negotiators return to Geneva.", ent{typ: herald.GPE, actor: "USA", names: []string{"U.S."}}, ent{typ: herald.GPE, names: []string{"Geneva"}}),
			[]want{{"U.S.", "United States", "USA", 39.8, -98.6}, {"Geneva", "Genève", "CHE", 46.2, 6.15}}},
		{"known-town-region-homonym", resolveDoc("Police in Geneva, Illinois, said.", ent{typ: herald.GPE, names: []string{"Geneva"}}, ent{typ: herald.GPE, names: []string{"Illinois"}}),
			[]want{{"Geneva", "Geneva", "USA", 41.9, -88.3}, {"Illinois", "Illinois", "USA", 40, -89}}},
		{"country-part", resolveDoc("Israel invaded South Lebanon.", ent{typ: herald.GPE, actor: "ISR", names: []string{"Israel"}}, ent{typ: herald.GPE, names: []string{"South Lebanon"}}),
			[]want{{"Israel", "Israel", "ISR", 31.5, 34.9}, {"South Lebanon", "South Lebanon", "LBN", 33.9, 35.9}}},
		{"country-part-homonym", resolveDoc("South Lebanon, Ohio, voted.", ent{typ: herald.GPE, names: []string{"South Lebanon"}}, ent{typ: herald.GPE, names: []string{"Ohio"}}),
			[]want{{"South Lebanon", "South Lebanon", "USA", 39.4, -84.2}, {"Ohio", "Ohio", "USA", 40.4, -82.5}}},
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
			m := g.Mentions[0].In(tt.doc.Text)
			if m != w.mention || g.Name != w.name || g.Country != w.country || math.Abs(g.Lat-w.lat) > 0.5 || math.Abs(g.Lon-w.lon) > 0.5 {
				t.Errorf("%s: place %d = %q %+v, want %+v", tt.name, i, m, g, w)
			}
		}
	}
}
