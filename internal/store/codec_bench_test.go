package store

import (
	"strconv"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
)

func benchDoc() *herald.Document {
	text := strings.Repeat("Putin will meet Trump in Alaska on Friday. ", 50)
	doc := herald.NewDocument(herald.Article{ID: "b", Text: text})
	for i := 0; i+5 < len(text); i += 6 {
		doc.Tokens = append(doc.Tokens, herald.Token{Span: herald.Span{Start: i, End: i + 5}})
	}
	for i := range 10 {
		doc.Events = append(doc.Events, herald.Event{ID: "V" + strconv.Itoa(i), CAMEO: "036", PLOVER: "CONSULT",
			Source: herald.Participant{Actor: "RUSGOV", Span: herald.Span{Start: i * 10, End: i*10 + 5}}, Modality: herald.Asserted})
	}
	return doc
}

// BenchmarkEncode measures the codec on a document of 2 KB of text, 350
// tokens and 10 events.
func BenchmarkEncode(b *testing.B) {
	var c Codec
	doc := benchDoc()
	var n int
	for b.Loop() {
		blob, err := c.Encode(doc)
		if err != nil {
			b.Fatal(err)
		}
		n = len(blob)
	}
	b.ReportMetric(float64(n), "bytes/doc")
}

func BenchmarkDecode(b *testing.B) {
	var c Codec
	doc := benchDoc()
	blob, err := c.Encode(doc)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Decode(blob, doc.Text); err != nil {
			b.Fatal(err)
		}
	}
}
