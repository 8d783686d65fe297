package eval

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"
)

// petrSentence is a <Sentence> record of the PETRARCH validation format.
type petrSentence struct {
	ID      string       `xml:"id,attr"`
	Date    string       `xml:"date,attr"`
	Codings []petrCoding `xml:"EventCoding"`
	Text    string       `xml:"Text"`
}

// petrCoding is an <EventCoding> element: an expected event, or
// noevents="True", or error="…" for records that test how the coder
// handles bad input.
type petrCoding struct {
	Source string `xml:"sourcecode,attr"`
	Target string `xml:"targetcode,attr"`
	Event  string `xml:"eventcode,attr"`
	Error  string `xml:"error,attr"`
}

// readPETRARCH reads PETRARCH validation records: <Sentence> elements with
// a date (YYYYMMDD), the expected <EventCoding sourcecode targetcode
// eventcode> elements and the <Text>. Records whose coding is an error
// test the coder's input handling rather than coding; they are skipped and
// counted in the notes. The text's line breaks become spaces. A repeated
// sentence ID gets "#2", "#3", … so that IDs stay unique.
func readPETRARCH(data []byte, name string) ([]eventDoc, []string, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Entity = xml.HTMLEntity
	var docs []eventDoc
	ids := make(map[string]int)
	skipped := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, xmlError(name, d, err)
		}
		start, ok := tok.(xml.StartElement)
		if !ok || start.Name.Local != "Sentence" {
			continue
		}
		var s petrSentence
		if err := d.DecodeElement(&s, &start); err != nil {
			return nil, nil, xmlError(name, d, err)
		}
		doc, ok := s.doc(len(docs) + skipped + 1)
		if !ok {
			skipped++
			continue
		}
		doc.ID = uniqueID(ids, doc.ID)
		docs = append(docs, doc)
	}
	var notes []string
	if skipped > 0 {
		notes = append(notes, "skipped "+plural(skipped, "record that tests", "records that test")+" error handling")
	}
	return docs, notes, nil
}

// doc converts the n-th sentence; it reports false for error records.
func (s petrSentence) doc(n int) (eventDoc, bool) {
	d := eventDoc{ID: s.ID, Text: strings.Join(strings.Fields(s.Text), " ")}
	if d.ID == "" {
		d.ID = fmt.Sprintf("sentence %d", n)
	}
	d.Published, _ = time.Parse("20060102", s.Date)
	for _, c := range s.Codings {
		if c.Error != "" {
			return eventDoc{}, false
		}
		if c.Event != "" {
			d.Triples = append(d.Triples, triple{Source: c.Source, Target: c.Target, Event: c.Event})
		}
	}
	d.Triples = dedupeTriples(d.Triples)
	return d, true
}
