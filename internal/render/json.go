// Package render writes analysed documents in herald's output formats: the
// herald/v1 JSON contract (one document, or one per line), and a readable
// text report for a person; and the flat records of stored events that
// herald query and the HTTP API print.
//
// Document spans are byte offsets; herald/v1 offsets are Unicode code
// points, end exclusive, as Python's text[start:end]. The conversion happens
// here and nowhere else. docs/schema.md documents the contract and
// docs/herald-v1.schema.json is its JSON Schema.
package render

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/heraldproject/herald"
)

// Schema is the version string every herald/v1 document carries.
const Schema = "herald/v1"

// JSON writes doc as one indented herald/v1 JSON document.
func JSON(w io.Writer, doc *herald.Document) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(contract(doc)); err != nil {
		return fmt.Errorf("write document %s: %w", doc.ID, err)
	}
	return nil
}

// JSONL writes doc as one herald/v1 JSON document on a single line.
func JSONL(w io.Writer, doc *herald.Document) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(contract(doc)); err != nil {
		return fmt.Errorf("write document %s: %w", doc.ID, err)
	}
	return nil
}

type span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

type document struct {
	Schema      string       `json:"schema"`
	ID          string       `json:"id"`
	Source      string       `json:"source"`
	URL         string       `json:"url"`
	Title       string       `json:"title"`
	Author      string       `json:"author,omitempty"`
	Published   string       `json:"published"`
	Origin      origin       `json:"origin"`
	Text        string       `json:"text"`
	Headline    *span        `json:"headline,omitempty"`
	Dateline    *dateline    `json:"dateline,omitempty"`
	Sentences   []sentence   `json:"sentences"`
	Entities    []entity     `json:"entities"`
	Events      []event      `json:"events"`
	Quotes      []quote      `json:"quotes"`
	Times       []timex      `json:"times"`
	Places      []place      `json:"places"`
	Diagnostics []diagnostic `json:"diagnostics"`
}

type origin struct {
	Path   string `json:"path,omitempty"`
	Format string `json:"format,omitempty"`
	Line   int    `json:"line,omitempty"`
	Item   int    `json:"item,omitempty"`
}

type dateline struct {
	span
	Source string `json:"source,omitempty"`
	Place  string `json:"place,omitempty"`
	Date   string `json:"date,omitempty"`
}

type sentence struct {
	span
	Headline bool `json:"headline,omitempty"`
}

type entity struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Type     string    `json:"type"`
	Role     string    `json:"role"`
	Actor    string    `json:"actor"`
	Mentions []mention `json:"mentions"`
}

type mention struct {
	span
	Kind string `json:"kind"`
}

type event struct {
	ID         string      `json:"id"`
	Sentence   int         `json:"sentence"`
	CAMEO      string      `json:"cameo"`
	QuadClass  int         `json:"quad_class"`
	Goldstein  float64     `json:"goldstein"`
	PLOVER     string      `json:"plover"`
	Source     participant `json:"source"`
	Target     participant `json:"target"`
	Trigger    span        `json:"trigger"`
	Modality   string      `json:"modality"`
	Speaker    string      `json:"speaker"`
	Date       string      `json:"date"`
	Place      string      `json:"place"`
	Confidence float64     `json:"confidence"`
}

type participant struct {
	Entity string `json:"entity"`
	Actor  string `json:"actor"`
	*span
}

type quote struct {
	span
	Speaker string `json:"speaker"`
	Cue     *span  `json:"cue"`
	Source  *span  `json:"source"`
	Kind    string `json:"kind"`
}

type timex struct {
	span
	Type  string `json:"type"`
	Value string `json:"value"`
}

type place struct {
	ID       string  `json:"id"`
	Name     string  `json:"name"`
	Country  string  `json:"country"`
	Admin1   string  `json:"admin1"`
	Lat      float64 `json:"lat"`
	Lon      float64 `json:"lon"`
	GeoNames int     `json:"geonames"`
	Mentions []span  `json:"mentions"`
	Reason   string  `json:"reason"`
	Score    float64 `json:"score"`
}

type diagnostic struct {
	Severity string `json:"severity"`
	Stage    string `json:"stage"`
	Message  string `json:"message"`
	*span
}
