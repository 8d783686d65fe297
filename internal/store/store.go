// Package store holds what herald's store implementations share: the form
// in which a document is kept, the day an event is filed under, the
// checking of queries and cursors, and the signing of documents and keying
// of event clusters by which stores link near-duplicates and count
// mentions. Each implementation is a package of its
// own (sqlite; postgres to come) and passes the conformance suite in
// storetest.
//
// A store keeps each document twice over: whole, as Encode writes it, so
// that Get returns exactly what was put; and as normalised rows of events,
// entities, quotes, times and places, so that queries need not decode
// documents. The whole document is the truth; the rows are an index that
// can be rebuilt from it.
package store

import (
	"time"

	"github.com/heraldproject/herald"
)

// Day returns the day, YYYY-MM-DD, that an event is filed under: its own
// date when it is a full ISO 8601 date (with or without a time), else the
// UTC day of its article's publication; "" when neither is known.
func Day(date string, published time.Time) string {
	if len(date) >= 10 && (len(date) == 10 || date[10] == 'T') {
		if _, err := time.Parse(time.DateOnly, date[:10]); err == nil {
			return date[:10]
		}
	}
	return PublishedDay(published)
}

// PublishedDay returns the UTC day of a publication time, or "" when it
// is zero.
func PublishedDay(published time.Time) string {
	if published.IsZero() {
		return ""
	}
	return published.UTC().Format(time.DateOnly)
}

// SentenceSpan returns the span of the sentence an event was found in, or
// the empty span when the index is out of range.
func SentenceSpan(doc *herald.Document, i int) herald.Span {
	if i < 0 || i >= len(doc.Sentences) {
		return herald.Span{}
	}
	return doc.Sentences[i].Span
}

// Within returns the text of s inside a sentence whose text is sentence and
// which starts at byte offset start of the document; "" when s is empty or
// not inside the sentence.
func Within(sentence string, start int, s herald.Span) string {
	if s.Empty() {
		return ""
	}
	return herald.Span{Start: s.Start - start, End: s.End - start}.In(sentence)
}
