package export

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
)

// PLOVERVersion is the version of the PLOVER manual whose field names
// PLOVER follows.
const PLOVERVersion = "PLOVER manual draft 2.0 (4 February 2024), table 6.1"

// A PLOVER writes events as PLOVER JSON lines.
type PLOVER struct {
	w   *bufio.Writer
	enc *json.Encoder
	err error
}

// NewPLOVER returns a writer of PLOVER JSON lines to w.
func NewPLOVER(w io.Writer) *PLOVER {
	b := bufio.NewWriter(w)
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	return &PLOVER{w: b, enc: enc}
}

// Write writes e as one line.
func (p *PLOVER) Write(e Event) error {
	if p.err != nil {
		return p.err
	}
	if err := p.enc.Encode(newPloverRecord(e)); err != nil {
		p.err = fmt.Errorf("write plover record: %w", err)
	}
	return p.err
}

// Flush writes what is buffered.
func (p *PLOVER) Flush() error {
	if p.err != nil {
		return p.err
	}
	if err := p.w.Flush(); err != nil {
		p.err = fmt.Errorf("write plover records: %w", err)
	}
	return p.err
}

// ploverRecord is one event under the names of the PLOVER manual's table
// 6.1, then herald's own fields.
type ploverRecord struct {
	ID         string         `json:"id"`
	Date       string         `json:"date"`
	Actor      []ploverEntity `json:"actor"`
	Recipient  []ploverEntity `json:"recipient"`
	Event      []string       `json:"event"`
	EventText  []string       `json:"event_text,omitempty"`
	EventLoc   *ploverLoc     `json:"event_loc,omitempty"`
	QuadCode   int            `json:"quad_code,omitempty"`
	EventScale *float64       `json:"event_scale,omitempty"`
	Text       string         `json:"text,omitempty"`
	TextInfo   ploverText     `json:"text_info"`
	CiteInfo   ploverCite     `json:"cite_info"`
	Coder      string         `json:"coder,omitempty"`
	CodedDate  string         `json:"coded_date,omitempty"`

	Modality   string  `json:"modality,omitempty"`
	CAMEO      string  `json:"cameo,omitempty"`
	Confidence float64 `json:"confidence"`
	StoryID    string  `json:"story_id"`
	Document   string  `json:"document"`
}

// ploverEntity is an entity object (table 6.2) with herald's full CAMEO
// actor code added.
type ploverEntity struct {
	Code       string `json:"code,omitempty"`
	Sector     string `json:"sector,omitempty"`
	EntityText string `json:"entity_text,omitempty"`
	CAMEO      string `json:"cameo,omitempty"`
}

// ploverLoc is a location object (table 6.6).
type ploverLoc struct {
	ResolvedPlace string   `json:"resolved_place"`
	GeonameID     int      `json:"geonameid,omitempty"`
	Lat           *float64 `json:"lat,omitempty"`
	Lon           *float64 `json:"lon,omitempty"`
	CountryCode   string   `json:"country_code,omitempty"`
}

// ploverText is a textInfo object (table 6.3).
type ploverText struct {
	Sequence int `json:"sequence"`
}

// ploverCite is a citeInfo object (table 6.5).
type ploverCite struct {
	URL         string `json:"url,omitempty"`
	Title       string `json:"title,omitempty"`
	Publication string `json:"publication,omitempty"`
	Coder       string `json:"coder,omitempty"`
}

func newPloverRecord(e Event) ploverRecord {
	ev := e.Event
	r := ploverRecord{
		ID: e.ID(), Date: e.Date, Actor: ploverEntities(ev.Source.Actor, e.SourceName),
		Recipient: ploverEntities(ev.Target.Actor, e.TargetName), Event: []string{}, QuadCode: ev.QuadClass,
		Text: e.Sentence, TextInfo: ploverText{Sequence: ev.Sentence},
		CiteInfo: ploverCite{URL: e.URL, Title: e.Title, Publication: e.Publisher, Coder: e.Coder},
		Coder:    e.Coder, Modality: string(ev.Modality), CAMEO: ev.CAMEO, Confidence: ev.Confidence,
		StoryID: e.Article, Document: e.Hash,
	}
	if !e.Stored.IsZero() {
		r.CodedDate = e.Stored.UTC().Format("2006-01-02")
	}
	if ev.PLOVER != "" {
		r.Event = []string{ev.PLOVER}
	}
	if e.Trigger != "" {
		r.EventText = []string{e.Trigger}
	}
	if ev.CAMEO != "" {
		g := ev.Goldstein
		r.EventScale = &g
	}
	if p := e.Place; p != nil {
		r.EventLoc = &ploverLoc{ResolvedPlace: p.Name, GeonameID: p.GeoNames, CountryCode: p.Country}
		if p.Lat != 0 || p.Lon != 0 {
			lat, lon := p.Lat, p.Lon
			r.EventLoc.Lat, r.EventLoc.Lon = &lat, &lon
		}
	}
	return r
}

// ploverEntities returns the entity list of one participant: empty when
// it has neither a code nor words.
func ploverEntities(code, name string) []ploverEntity {
	if code == "" && name == "" {
		return []ploverEntity{}
	}
	ent := ploverEntity{EntityText: name, CAMEO: code}
	if a := SplitActor(code); a.Country != "" {
		ent.Code, ent.Sector = a.Country, code[3:]
	} else {
		ent.Sector = code
	}
	return []ploverEntity{ent}
}
