package eval

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/heraldproject/herald"
)

// A timemlDoc is one TimeML document: the TEXT element with its tags
// stripped, the document creation time, and the TIMEX3 spans in the text.
type timemlDoc struct {
	ID    string
	Path  string
	Text  string
	DCT   string // value of the CREATION_TIME TIMEX3; "" when absent
	Times []goldTime
}

// A goldTime is a TIMEX3 annotation.
type goldTime struct {
	herald.Span
	Type  string
	Value string
}

// readTimeMLGold reads the .tml file at goldPath, or every .tml file below
// the folder goldPath in lexical order. A document whose DOCID was already
// read is skipped (the TempEval-3 training folder holds one file twice);
// the notes say how many.
func readTimeMLGold(goldPath string) ([]timemlDoc, []string, error) {
	paths, err := findFiles(goldPath, ".tml")
	if err != nil {
		return nil, nil, err
	}
	var docs []timemlDoc
	seen := make(map[string]bool)
	dups := 0
	for _, p := range paths {
		d, err := readTimeMLFile(p)
		if err != nil {
			return nil, nil, err
		}
		if seen[d.ID] {
			dups++
			continue
		}
		seen[d.ID] = true
		docs = append(docs, d)
	}
	var notes []string
	if dups > 0 {
		notes = append(notes, "skipped "+plural(dups, "document", "documents")+" whose DOCID was read before")
	}
	return docs, notes, nil
}

// readTimeMLFile reads the TimeML file at path.
func readTimeMLFile(path string) (timemlDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return timemlDoc{}, fmt.Errorf("read gold: %w", err)
	}
	defer f.Close()
	return readTimeML(f, path)
}

// A timemlReader walks the XML tokens of one document.
type timemlReader struct {
	doc      timemlDoc
	text     strings.Builder
	inText   int // depth inside TEXT; 0 outside
	seenText bool
	inDocID  bool
	docID    strings.Builder
	open     []goldTime // TIMEX3 elements open inside TEXT
}

// readTimeML reads one TimeML document. The text is the character data of
// the TEXT element with all tags removed and entities decoded; line ends
// are normalised to "\n" as XML requires.
func readTimeML(r io.Reader, name string) (timemlDoc, error) {
	t := &timemlReader{doc: timemlDoc{Path: name}}
	d := xml.NewDecoder(r)
	d.Entity = xml.HTMLEntity
	d.CharsetReader = latin1Reader
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err == nil {
			err = t.token(tok)
		}
		if err != nil {
			return timemlDoc{}, xmlError(name, d, err)
		}
	}
	if !t.seenText {
		return timemlDoc{}, fmt.Errorf("read gold %q: %w: no TEXT element", name, herald.ErrMalformed)
	}
	t.doc.Text = t.text.String()
	t.doc.ID = strings.TrimSpace(t.docID.String())
	if t.doc.ID == "" {
		t.doc.ID = strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	}
	return t.doc, nil
}

// token handles one XML token.
func (t *timemlReader) token(tok xml.Token) error {
	switch tok := tok.(type) {
	case xml.StartElement:
		return t.start(tok)
	case xml.EndElement:
		t.end(tok)
	case xml.CharData:
		if t.inText > 0 {
			t.text.Write(tok)
		}
		if t.inDocID {
			t.docID.Write(tok)
		}
	}
	return nil
}

// start handles a start tag.
func (t *timemlReader) start(el xml.StartElement) error {
	switch {
	case t.inText > 0:
		t.inText++
	case el.Name.Local == "TEXT":
		if t.seenText {
			return fmt.Errorf("%w: a second TEXT element", herald.ErrMalformed)
		}
		t.seenText = true
		t.inText = 1
		return nil
	case el.Name.Local == "DOCID":
		t.inDocID = true
	}
	if el.Name.Local != "TIMEX3" {
		return nil
	}
	if attr(el, "functionInDocument") == "CREATION_TIME" && t.doc.DCT == "" {
		t.doc.DCT = attr(el, "value")
	}
	if t.inText > 0 {
		t.open = append(t.open, goldTime{Span: herald.Span{Start: t.text.Len()}, Type: attr(el, "type"), Value: attr(el, "value")})
	}
	return nil
}

// end handles an end tag. The decoder has already checked that tags
// nest properly.
func (t *timemlReader) end(el xml.EndElement) {
	if el.Name.Local == "DOCID" {
		t.inDocID = false
	}
	if t.inText == 0 {
		return
	}
	t.inText--
	if el.Name.Local != "TIMEX3" || len(t.open) == 0 {
		return
	}
	g := t.open[len(t.open)-1]
	t.open = t.open[:len(t.open)-1]
	g.End = t.text.Len()
	if !g.Empty() {
		t.doc.Times = append(t.doc.Times, g)
	}
}

// attr returns the value of el's attribute named local, or "".
func attr(el xml.StartElement, local string) string {
	for _, a := range el.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// latin1Reader lets the XML decoder read ISO-8859-1 files, the one legacy
// encoding found in news corpora of the TimeBank era.
func latin1Reader(charset string, input io.Reader) (io.Reader, error) {
	switch strings.ToLower(charset) {
	case "iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii":
		b, err := io.ReadAll(input)
		if err != nil {
			return nil, err
		}
		var s strings.Builder
		for _, c := range b {
			s.WriteRune(rune(c))
		}
		return strings.NewReader(s.String()), nil
	}
	return nil, fmt.Errorf("unsupported charset %q", charset)
}

// parseDCT parses a TimeML creation-time value such as "1998-08-07" or
// "1990-08-15T13:37" as UTC.
func parseDCT(v string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02", "20060102"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
