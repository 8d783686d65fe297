// Package wire recognises the conventions that wire stories open with: a
// headline line above the body, and a source tag or dateline at the start of
// the body, such as
//
//	(MENAFN) The anticipated meeting …
//	MOSCOW (Reuters) - Russia said …
//	WASHINGTON, Aug. 7 (AP) — The Senate …
//	LONDON, Aug 7 (AFP) - Britain …
//
// It records them as spans on the document (Document.Headline and
// Document.Dateline) instead of cutting them out of the text, so every
// offset still points into the text as read; the segmenter then starts the
// body after the dateline. The tag's source fills Document.Source when the
// reader did not know it.
package wire

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/heraldproject/herald"
)

// Stage finds the headline and dateline of a document.
type Stage struct{}

// New returns the wire-convention stage.
func New() *Stage { return &Stage{} }

// Name returns "wire".
func (*Stage) Name() string { return "wire" }

// Process sets doc.Headline, doc.Dateline and, where empty, doc.Title and
// doc.Source.
func (*Stage) Process(ctx context.Context, doc *herald.Document) error {
	text := doc.Text
	body := skipSpace(text, 0)
	if h, ok := headline(text, body, doc.Title); ok {
		doc.Headline = h
		if doc.Title == "" {
			doc.Title = h.In(text)
		}
		body = skipSpace(text, h.End)
	}
	if d, ok := Parse(text, body); ok {
		doc.Dateline = d
		if doc.Source == "" {
			doc.Source = d.Source
		}
	}
	return nil
}

// maxHeadline is the longest first line taken for a headline, in bytes.
const maxHeadline = 300

// headline reports the span of a headline line starting at pos: a line of
// its own that matches the known title, or a short line without terminal
// punctuation that is followed by more text.
func headline(text string, pos int, title string) (herald.Span, bool) {
	nl := strings.IndexByte(text[pos:], '\n')
	if nl < 0 {
		return herald.Span{}, false
	}
	line := strings.TrimRight(text[pos:pos+nl], " \t\r")
	span := herald.Span{Start: pos, End: pos + len(line)}
	if line == "" || strings.TrimSpace(text[pos+nl:]) == "" {
		return herald.Span{}, false
	}
	if title != "" {
		return span, strings.EqualFold(strings.TrimSpace(line), strings.TrimSpace(title))
	}
	if len(line) > maxHeadline || strings.Count(line, " ") < 2 {
		return herald.Span{}, false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	switch last {
	case '.', '!', ',', ';', ':', '"', '”', '’', ')':
		// A line that ends like a sentence is body text that happens to
		// sit on a line of its own.
		return herald.Span{}, false
	}
	return span, true
}

func skipSpace(text string, pos int) int {
	for pos < len(text) {
		switch text[pos] {
		case ' ', '\t', '\n', '\r':
			pos++
		default:
			return pos
		}
	}
	return pos
}
