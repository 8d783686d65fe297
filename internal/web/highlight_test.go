package web

import (
	"reflect"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
)

func TestPieces(t *testing.T) {
	sp := func(a, b int) herald.Span { return herald.Span{Start: a, End: b} }
	for _, tc := range []struct {
		name      string
		text      string
		marks     []mark
		sentences []herald.Sentence
		want      []piece
	}{
		{"unmarked", "Hello.", nil, nil, []piece{{Text: "Hello."}}},
		{"one mark and a sentence", "Putin met Trump.", []mark{{span: sp(6, 9), class: "trig q1", title: "V1", anchor: "V1", event: "V1"}},
			[]herald.Sentence{{Span: sp(0, 16)}},
			[]piece{{Text: "Putin ", Anchors: []string{"s0"}}, {Text: "met", Class: "trig q1", Title: "V1", Anchors: []string{"V1"}, Event: "V1"}, {Text: " Trump."}}},
		{"overlapping", "abcdef", []mark{{span: sp(0, 4), class: "quote", title: "q"}, {span: sp(2, 6), class: "ent", title: "e"}}, nil,
			[]piece{{Text: "ab", Class: "quote", Title: "q"}, {Text: "cd", Class: "quote ent", Title: "q\ne"}, {Text: "ef", Class: "ent", Title: "e"}}},
		{"out of range", "abc", []mark{{span: sp(-5, 2), class: "a"}, {span: sp(2, 99), class: "b"}, {span: sp(3, 1), class: "c"}}, nil,
			[]piece{{Text: "ab", Class: "a"}, {Text: "c", Class: "b"}}},
		{"inside a character", "é!", []mark{{span: sp(1, 3), class: "x"}}, nil,
			[]piece{{Text: "é!", Class: "x"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := pieces(tc.text, tc.marks, tc.sentences)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("pieces:\n got %#v\nwant %#v", got, tc.want)
			}
			var joined strings.Builder
			for _, p := range got {
				joined.WriteString(p.Text)
			}
			if joined.String() != tc.text {
				t.Errorf("pieces join to %q, want the text %q", joined.String(), tc.text)
			}
		})
	}
}

func TestSeedMarks(t *testing.T) {
	f := newFixture(t)
	doc := f.docs["menafn-2025-08-08-putin-trump"]
	v := newArticleView(doc, herald.Record{})
	found := map[string]bool{}
	for _, p := range v.Pieces {
		for _, c := range strings.Fields(p.Class) {
			found[c] = true
		}
		if p.Event != "" && !strings.Contains(p.Title, "CAMEO") {
			t.Errorf("trigger piece %q has title %q, without its CAMEO code", p.Text, p.Title)
		}
	}
	for _, c := range []string{"ent", "ent-person", "trig", "quote", "time", "place"} {
		if !found[c] {
			t.Errorf("no piece of the seed is marked %q", c)
		}
	}
	if len(v.Events) != len(doc.Events) || len(v.Quotes) != len(doc.Quotes) {
		t.Errorf("tables have %d events and %d quotes, want %d and %d", len(v.Events), len(v.Quotes), len(doc.Events), len(doc.Quotes))
	}
}

func TestSnips(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []snip
	}{
		{"", nil},
		{"plain", []snip{{Text: "plain"}}},
		{"…envoy [Witkoff] met [Putin]", []snip{{Text: "…envoy "}, {Text: "Witkoff", Match: true}, {Text: " met "}, {Text: "Putin", Match: true}}},
		{"[a]b[", []snip{{Text: "a", Match: true}, {Text: "b["}}},
	} {
		if got := snips(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("snips(%q) = %#v, want %#v", tc.in, got, tc.want)
		}
	}
}
