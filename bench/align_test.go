package bench

import (
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/heraldproject/herald"
	"github.com/jdkato/prose/v2"
)

func TestTokenSpans(t *testing.T) {
	tests := []struct {
		name string
		text string
		toks []string
		want []string // text under each span
	}{
		{"plain", "EU rejects  German\ncall .", []string{"EU", "rejects", "German", "call", "."},
			[]string{"EU", "rejects", "German", "call", "."}},
		{"curly quotes", "He said \u201cno\u201d, it\u2019s over", []string{"He", "said", `"`, "no", `"`, ",", "it", "'s", "over"},
			[]string{"He", "said", "\u201c", "no", "\u201d", ",", "it", "\u2019s", "over"}},
		{"lost rest of word", "Mark O'Meara , who", []string{"Mark", "O", ",", "who"},
			[]string{"Mark", "O", ",", "who"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := make([]prose.Token, len(tt.toks))
			for i, s := range tt.toks {
				toks[i].Text = s
			}
			spans, err := tokenSpans(tt.text, toks)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range spans {
				got = append(got, tt.text[s.Start:s.End])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTokenSpansMismatch(t *testing.T) {
	_, err := tokenSpans("EU rejects", []prose.Token{{Text: "EU"}, {Text: "accepts"}})
	if !errors.Is(err, ErrAlign) {
		t.Errorf("got %v, want ErrAlign", err)
	}
}

var (
	modelOnce sync.Once
	model     *prose.Model
)

// testModel returns prose's default model, decoded once for all tests.
func testModel(t *testing.T) *prose.Model {
	t.Helper()
	modelOnce.Do(func() {
		var err error
		model, _, err = LoadModel()
		if err != nil {
			t.Fatal(err)
		}
	})
	return model
}

// TestEntitySpansSeed checks, on the seed article, that the entities cut
// from prose's token labels are prose's own and that each span covers the
// entity's words.
func TestEntitySpansSeed(t *testing.T) {
	text := herald.Seed().Text
	doc, err := prose.NewDocument(text, prose.UsingModel(testModel(t)))
	if err != nil {
		t.Fatal(err)
	}
	ents := doc.Entities()
	got, err := entitySpans(text, doc.Tokens(), ents)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) == 0 {
		t.Fatal("got no entities in the seed")
	}
	for i, e := range got {
		if under := strings.Join(strings.Fields(text[e.Start:e.End]), " "); under != ents[i].Text {
			// Only a split such as "Trump—who" or "it's" may differ by
			// white space.
			if strings.ReplaceAll(under, " ", "") != strings.ReplaceAll(ents[i].Text, " ", "") {
				t.Errorf("entity %d: span holds %q, prose says %q", i, under, ents[i].Text)
			}
		}
	}
}
