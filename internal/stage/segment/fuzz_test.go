package segment

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/heraldproject/herald"
)

// FuzzSegment checks that segmentation never panics and that what it
// returns is well formed: spans in bounds and on character boundaries,
// sentences in order without overlap, each with its own tokens.
func FuzzSegment(f *testing.F) {
	for _, c := range goldenRules {
		f.Add(c.in, uint16(0), uint16(0))
	}
	f.Add("Headline\n(MENAFN) Body. More “quotes.” End", uint16(8), uint16(9))
	f.Add("A U.S. b... c. . . “d?” e!! 1,2.3 https://x.y/z. a@b.cd 🇺🇦‍ \r\n\n", uint16(3), uint16(4))
	f.Fuzz(func(t *testing.T, text string, h, d uint16) {
		doc := herald.NewDocument(herald.Article{Text: text})
		if n := len(text); n > 0 {
			hl := int(h) % (n + 1)
			doc.Headline = herald.Span{Start: 0, End: hl}
			ds := hl + int(d)%(n-hl+1)
			doc.Dateline.Span = herald.Span{Start: hl, End: ds}
		}
		st := New(Options{MaxSentence: 200})
		if err := st.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		checkWellFormed(t, doc, 200)
		if len(doc.Diagnostics) == 0 || doc.Diagnostics[0].Span.Empty() && !strings.HasPrefix(doc.Diagnostics[0].Message, "ignored") {
			checkRegions(t, doc)
		}
		sents, toks := Segment(text, 0, nil, nil)
		checkWellFormed(t, &herald.Document{Article: herald.Article{Text: text}, Sentences: sents, Tokens: toks}, DefaultMaxSentence)
	})
}

// checkWellFormed reports every way in which doc's sentences and tokens
// break the segmenter's contract.
func checkWellFormed(t *testing.T, doc *herald.Document, limit int) {
	t.Helper()
	text := doc.Text
	valid := utf8.ValidString(text)
	inText := func(what string, s herald.Span) {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			t.Fatalf("%s span %v out of bounds or empty in %d bytes", what, s, len(text))
		}
		if valid && (!utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End])) {
			t.Fatalf("%s span %v not on character boundaries of %q", what, s, text)
		}
	}
	prev := -1
	for i, tok := range doc.Tokens {
		inText("token", tok.Span)
		if tok.Start < prev {
			t.Fatalf("token %d %v overlaps the previous one", i, tok.Span)
		}
		prev = tok.End
		if s := tok.In(text); strings.TrimSpace(s) != s {
			t.Fatalf("token %d %q has white space at an edge", i, s)
		}
	}
	end, next := -1, 0
	for i, s := range doc.Sentences {
		inText("sentence", s.Span)
		if s.Start < end {
			t.Fatalf("sentence %d %v overlaps the previous one", i, s.Span)
		}
		end = s.End
		if s.FirstToken != next || s.EndToken <= s.FirstToken || s.EndToken > len(doc.Tokens) {
			t.Fatalf("sentence %d has tokens [%d, %d), want from %d", i, s.FirstToken, s.EndToken, next)
		}
		next = s.EndToken
		first, last := doc.Tokens[s.FirstToken], doc.Tokens[s.EndToken-1]
		if first.Start != s.Start || last.End != s.End {
			t.Fatalf("sentence %d %v does not run from its first token to its last", i, s.Span)
		}
		if s.Len() > limit && s.EndToken-s.FirstToken > 1 && !s.Headline {
			t.Fatalf("sentence %d of %d bytes is longer than %d", i, s.Len(), limit)
		}
	}
	if next != len(doc.Tokens) {
		t.Fatalf("tokens from %d on belong to no sentence", next)
	}
}

// checkRegions checks, for a document whose headline and dateline spans
// were accepted, that the headline is sentence 0 and that no token lies in
// the dateline.
func checkRegions(t *testing.T, doc *herald.Document) {
	t.Helper()
	h, d := doc.Headline, doc.Dateline.Span
	if len(Tokenize(doc.Text, h.Start, h.End, nil)) > 0 {
		if len(doc.Sentences) == 0 || !doc.Sentences[0].Headline || !h.Contains(doc.Sentences[0].Span) {
			t.Fatalf("headline %v is not sentence 0 of %q", h, doc.Text)
		}
	}
	for i, s := range doc.Sentences {
		if i > 0 && s.Headline {
			t.Fatalf("sentence %d is marked as a headline", i)
		}
	}
	if d.Start < h.End {
		return // a dateline inside the headline is ignored
	}
	for _, tok := range doc.Tokens {
		if tok.Overlaps(d) {
			t.Fatalf("token %v lies in the dateline %v of %q", tok.Span, d, doc.Text)
		}
	}
}
