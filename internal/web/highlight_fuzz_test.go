package web

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/heraldproject/herald"
)

// FuzzArticleBody highlights arbitrary spans over arbitrary text — out of
// range, reversed, overlapping, inside a UTF-8 sequence — and renders the
// article body: it must never panic, and the page must hold the text
// exactly, escaped, with every span it opens closed.
//
//	go test -run XXX -fuzz FuzzArticleBody -fuzztime 1m ./internal/web/
func FuzzArticleBody(f *testing.F) {
	f.Add("Putin met Trump.", []byte{0, 0, 0, 5, 0, 6, 0, 9, 0, 10, 0, 16})
	f.Add("é<b>&\"'</b>", []byte{0, 1, 0, 3, 255, 250, 0, 99, 0, 9, 0, 2})
	f.Add("“We will,” he said.\r\nà\x00", []byte{0, 3, 0, 4, 0, 2, 0, 20, 0, 1, 0, 23})
	pages, err := parsePages()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, spans []byte) {
		// Every piece repeats the titles of the marks over it, so a page
		// grows as pieces × marks; real documents have few marks over one
		// place, and thousands over the same text would only slow the fuzzer.
		text, spans = text[:min(len(text), 1<<12)], spans[:min(len(spans), 4*64)]
		text = strings.ToValidUTF8(text, "\uFFFD") // a document's text is valid UTF-8
		doc := fuzzDocument(text, spans)
		var buf bytes.Buffer
		if err := pages["article"].ExecuteTemplate(&buf, "articlebody", newArticleView(doc, herald.Record{})); err != nil {
			t.Fatalf("render: %v", err)
		}
		got, err := bodyText(buf.Bytes())
		if err != nil {
			t.Fatalf("%v in\n%s", err, buf.Bytes())
		}
		// An HTML parser reads CR LF and CR as LF, and html/template
		// writes NUL as U+FFFD.
		want := strings.NewReplacer("\r\n", "\n", "\r", "\n", "\x00", "\uFFFD").Replace(text)
		if got != want {
			t.Errorf("the page shows %q, want the text %q", got, want)
		}
	})
}

// fuzzDocument returns a document over text whose entities, times,
// places, quotes and events take their spans from pairs of big-endian
// int16s in spans, and their names and codes from the text they cover.
func fuzzDocument(text string, spans []byte) *herald.Document {
	doc := &herald.Document{Article: herald.Article{Text: text}}
	for i := 0; i+4 <= len(spans); i += 4 {
		s := herald.Span{Start: int(int16(binary.BigEndian.Uint16(spans[i:]))), End: int(int16(binary.BigEndian.Uint16(spans[i+2:])))}
		words := s.In(text)
		switch i / 4 % 6 {
		case 0:
			doc.Sentences = append(doc.Sentences, herald.Sentence{Span: s})
		case 1:
			doc.Entities = append(doc.Entities, herald.Entity{ID: "E1", Name: words, Type: herald.EntityType(words), Actor: words,
				Mentions: []herald.Mention{{Span: s}}})
		case 2:
			doc.Times = append(doc.Times, herald.Time{Span: s, Value: words})
		case 3:
			doc.Places = append(doc.Places, herald.Place{ID: "P1", Name: words, Mentions: []herald.Span{s, {Start: s.End, End: s.Start}}})
		case 4:
			doc.Quotes = append(doc.Quotes, herald.Quote{Span: s, Speaker: "E1", Source: s})
		case 5:
			doc.Events = append(doc.Events, herald.Event{ID: words, CAMEO: words, PLOVER: words, Trigger: s, Speaker: "E1", Place: "P1",
				Source: herald.Participant{Actor: words, Span: s}, Target: herald.Participant{Actor: words}})
		}
	}
	return doc
}

// bodyText parses a rendered article body and returns the text of its
// div#text, or an error when a tag in it is left open or closed twice.
func bodyText(page []byte) (string, error) {
	z := html.NewTokenizer(bytes.NewReader(page))
	var text strings.Builder
	depth := 0 // open elements inside div#text, the div included
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				return "", z.Err()
			}
			if depth != 0 {
				return "", errors.New("the article body leaves a tag open")
			}
			return text.String(), nil
		case html.StartTagToken:
			tok := z.Token()
			if depth > 0 || tok.Data == "div" && hasID(tok, "text") {
				depth++
			}
		case html.EndTagToken:
			if depth > 0 {
				depth--
			}
		case html.TextToken:
			if depth > 0 {
				t := z.Text()
				if !utf8.Valid(t) {
					return "", errors.New("the article body holds invalid UTF-8")
				}
				text.Write(t)
			}
		}
	}
}

func hasID(tok html.Token, id string) bool {
	for _, a := range tok.Attr {
		if a.Key == "id" && a.Val == id {
			return true
		}
	}
	return false
}
