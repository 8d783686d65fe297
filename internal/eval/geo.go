package eval

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/heraldproject/herald"
)

// A geoDoc is one article of a geoparsing corpus with its toponyms.
type geoDoc struct {
	ID        string // "<corpus>#<docid>"
	Path      string
	Corpus    string // the file's name without extension, e.g. "lgl"
	URL       string
	Published time.Time
	Text      string
	Toponyms  []toponym
}

// A toponym is a gold place name with its coordinates, when it has them.
type toponym struct {
	herald.Span
	Name     string
	Lat, Lon float64
	HasCoord bool
}

// geoArticle is an <article> element of LGL, TR-News or GeoVirus XML.
// LGL and TR-News list <toponyms><toponym> with <start>, <end>, <phrase>
// and <gaztag><lat><lon> (no gaztag when the annotator found no match);
// GeoVirus lists <locations><location> with <start>, <end>, <name>, <lat>
// and <lon>.
type geoArticle struct {
	DocID    string     `xml:"docid,attr"`
	URL      string     `xml:"url"`
	Source   string     `xml:"source"`
	DLTime   string     `xml:"dltime"`
	Text     string     `xml:"text"`
	Toponyms []geoPlace `xml:"toponyms>toponym"`
	Places   []geoPlace `xml:"locations>location"`
}

// geoPlace is a <toponym> or <location> element.
type geoPlace struct {
	Start  string `xml:"start"`
	End    string `xml:"end"`
	Phrase string `xml:"phrase"`
	Name   string `xml:"name"`
	Lat    string `xml:"lat"`
	Lon    string `xml:"lon"`
	GazLat string `xml:"gaztag>lat"`
	GazLon string `xml:"gaztag>lon"`
}

// geoRealign is how many characters a toponym's offsets may be off before
// the reader gives up looking for its name.
const geoRealign = 64

// readGeoGold reads the corpus file at goldPath, or every .xml file in the
// folder goldPath.
func readGeoGold(goldPath string) ([]geoDoc, []string, error) {
	paths, err := findFiles(goldPath, ".xml")
	if err != nil {
		return nil, nil, err
	}
	var docs []geoDoc
	var notes []string
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, nil, fmt.Errorf("read gold: %w", err)
		}
		d, n, err := readGeoXML(f, p)
		f.Close()
		if err != nil {
			return nil, nil, err
		}
		docs = append(docs, d...)
		notes = append(notes, n...)
	}
	return docs, notes, nil
}

// readGeoXML reads one corpus file. Offsets count characters; GeoVirus
// counts them from 1. When a toponym's offsets do not cover its name, as
// happens in TR-News, the reader looks for the name up to geoRealign
// characters away and takes the nearest; when it is not there, it drops
// the toponym. The notes count both.
func readGeoXML(r io.Reader, name string) ([]geoDoc, []string, error) {
	corpus := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	d := xml.NewDecoder(r)
	d.Entity = xml.HTMLEntity
	var docs []geoDoc
	var fix geoFixes
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, xmlError(name, d, err)
		}
		start, ok := tok.(xml.StartElement)
		if !ok || start.Name.Local != "article" {
			continue
		}
		line, _ := d.InputPos()
		var a geoArticle
		if err := d.DecodeElement(&a, &start); err != nil {
			return nil, nil, xmlError(name, d, err)
		}
		doc, err := a.doc(corpus, len(docs)+1, &fix)
		if err != nil {
			return nil, nil, fmt.Errorf("read gold %q: line %d: %w", name, line, err)
		}
		doc.Path = name
		docs = append(docs, doc)
	}
	return docs, fix.notes(corpus), nil
}

// geoFixes counts the offsets the reader repaired or gave up on.
type geoFixes struct{ realigned, dropped int }

// notes describes the repairs, if any.
func (f geoFixes) notes(corpus string) []string {
	var out []string
	if f.realigned > 0 {
		out = append(out, fmt.Sprintf("%s: realigned the offsets of %s to the name they annotate", corpus, plural(f.realigned, "toponym", "toponyms")))
	}
	if f.dropped > 0 {
		out = append(out, fmt.Sprintf("%s: dropped %s whose name was not found at its offsets", corpus, plural(f.dropped, "toponym", "toponyms")))
	}
	return out
}

// doc converts the n-th article of corpus.
func (a geoArticle) doc(corpus string, n int, fix *geoFixes) (geoDoc, error) {
	id := a.DocID
	if id == "" {
		id = strconv.Itoa(n)
	}
	d := geoDoc{ID: corpus + "#" + id, Corpus: corpus, URL: strings.TrimSpace(a.URL), Text: a.Text}
	if d.URL == "" {
		d.URL = strings.TrimSpace(a.Source)
	}
	d.Published = parseDLTime(strings.TrimSpace(a.DLTime))
	offs := charOffsets(a.Text)
	base := 0
	places := a.Toponyms
	if len(a.Places) > 0 {
		base, places = 1, a.Places
	}
	for _, p := range places {
		t, err := p.toponym(base)
		if err != nil {
			return geoDoc{}, err
		}
		span, moved, ok := realign(a.Text, offs, t.Start, t.End, t.Name)
		switch {
		case !ok:
			fix.dropped++
			continue
		case moved:
			fix.realigned++
		}
		t.Span = span
		d.Toponyms = append(d.Toponyms, t)
	}
	return d, nil
}

// toponym converts p, whose offsets count characters from base, into a
// toponym whose Span still counts characters from 0.
func (p geoPlace) toponym(base int) (toponym, error) {
	start, err1 := strconv.Atoi(strings.TrimSpace(p.Start))
	end, err2 := strconv.Atoi(strings.TrimSpace(p.End))
	if err := errors.Join(err1, err2); err != nil {
		return toponym{}, fmt.Errorf("read toponym offsets: %w", err)
	}
	t := toponym{Span: herald.Span{Start: start - base, End: end - base}, Name: p.Phrase}
	if t.Name == "" {
		t.Name = p.Name
	}
	lat, lon := p.Lat, p.Lon
	if lat == "" && lon == "" {
		lat, lon = p.GazLat, p.GazLon
	}
	if lat == "" && lon == "" {
		return t, nil
	}
	latF, err1 := strconv.ParseFloat(strings.TrimSpace(lat), 64)
	lonF, err2 := strconv.ParseFloat(strings.TrimSpace(lon), 64)
	if err := errors.Join(err1, err2); err != nil {
		return toponym{}, fmt.Errorf("read coordinates of %q: %w", t.Name, err)
	}
	t.Lat, t.Lon = latF, lonF
	t.HasCoord = true
	return t, nil
}

// realign converts the character span [start, end) of name into a byte
// span. When the text there does not read name, it looks for name at the
// nearest start within geoRealign characters, trusting the name's length
// over the offsets'. It reports whether it moved the span and whether it
// found name at all; an empty name is taken as written.
func realign(text string, offs []int, start, end int, name string) (herald.Span, bool, bool) {
	if sp, ok := byteSpan(offs, start, end); ok && sp.Len() > 0 && (name == "" || sp.In(text) == name) {
		return sp, false, true
	}
	if name == "" {
		return herald.Span{}, false, false
	}
	n := utf8.RuneCountInString(name)
	for d := 0; d <= geoRealign; d++ {
		for _, s := range []int{start - d, start + d} {
			if sp, ok := byteSpan(offs, s, s+n); ok && sp.In(text) == name {
				return sp, true, true
			}
		}
	}
	return herald.Span{}, false, false
}

// parseDLTime parses a download time such as "2009-03-20 12:24:52.002364-05"
// or "2016-12-19"; it returns the zero time when it cannot.
func parseDLTime(s string) time.Time {
	if len(s) >= 19 {
		if t, err := time.Parse("2006-01-02 15:04:05", s[:19]); err == nil {
			return t
		}
	}
	for _, layout := range []string{"2006-01-02", "Jan 2, 2006 3:04 PM"} {
		if t, err := time.Parse(layout, strings.TrimSuffix(s, " CT")); err == nil {
			return t
		}
	}
	return time.Time{}
}
