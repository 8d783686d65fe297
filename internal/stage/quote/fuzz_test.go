package quote

import (
	"context"
	"fmt"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/heraldproject/herald"
)

// FuzzQuote runs the stage over arbitrary text, segmented, with an
// entity for every capitalised word and "he" as a mention of the first:
// it must not panic, and its quotes must lie in the text, in order, with
// known speakers. Seeds are in testdata/fuzz/FuzzQuote.
func FuzzQuote(f *testing.F) {
	f.Add("“We will,” he said, “prevail.” Putin said that talks would resume.")
	f.Fuzz(func(t *testing.T, text string) {
		doc := herald.NewDocument(herald.Article{Text: text})
		segmentDoc(t, doc)
		for _, tk := range doc.Tokens {
			r, _ := utf8.DecodeRuneInString(tk.In(text))
			w := tk.In(text)
			switch {
			case unicode.IsUpper(r):
				doc.Entities = append(doc.Entities, herald.Entity{
					ID: fmt.Sprintf("E%d", len(doc.Entities)+1), Type: herald.Person,
					Mentions: []herald.Mention{{Span: tk.Span}},
				})
			case w == "he" && len(doc.Entities) > 0:
				doc.Entities[0].Mentions = append(doc.Entities[0].Mentions, herald.Mention{Span: tk.Span, Kind: herald.PronounMention})
			}
		}
		if err := New().Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		checkQuotes(t, doc)
	})
}

// TestMisfit checks that tokens that do not fit the text leave the
// document without quotes and with a warning, instead of a panic.
func TestMisfit(t *testing.T) {
	doc := herald.NewDocument(herald.Article{Text: "“Yes,” he said."})
	doc.Tokens = []herald.Token{{Span: herald.Span{Start: 5, End: 99}}}
	if err := New().Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Quotes) != 0 || len(doc.Diagnostics) != 1 {
		t.Errorf("got %d quotes and %d diagnostics, want none and one", len(doc.Quotes), len(doc.Diagnostics))
	}
}

// TestCancel checks that a cancelled context stops the stage.
func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	doc := newDoc(t, "Putin said talks would resume.", nil)
	if err := New().Process(ctx, doc); err == nil {
		t.Error("got no error from a cancelled context")
	}
}
