package web

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/heraldproject/herald"
)

// A mark is one annotation to highlight: a span of the text with the class
// that colours it and the title that hover shows.
type mark struct {
	span   herald.Span
	class  string
	title  string
	anchor string // id of the annotation's first piece, e.g. "V3"; "" for none
	event  string // event ID, for the script that links triggers and rows
}

// A piece is a run of text under one set of marks: the unit the article
// view renders.
type piece struct {
	Text    string
	Class   string   // the classes of every mark over it; "" when unmarked
	Title   string   // the titles of those marks, one a line
	Anchors []string // ids of sentences and annotations that begin here
	Event   string   // the event whose trigger covers it, if any
}

// marks returns the annotations of doc to highlight.
func marks(doc *herald.Document) []mark {
	var ms []mark
	entities := make(map[string]*herald.Entity, len(doc.Entities))
	for i := range doc.Entities {
		e := &doc.Entities[i]
		entities[e.ID] = e
		title := entityTitle(e)
		for _, m := range e.Mentions {
			ms = append(ms, mark{span: m.Span, class: "ent ent-" + strings.ToLower(string(e.Type)), title: title})
		}
	}
	for _, t := range doc.Times {
		ms = append(ms, mark{span: t.Span, class: "time", title: fmt.Sprintf("%s %s", t.Type, t.Value)})
	}
	for _, p := range doc.Places {
		title := fmt.Sprintf("%s, %s · %.2f, %.2f", p.Name, p.Country, p.Lat, p.Lon)
		for _, m := range p.Mentions {
			ms = append(ms, mark{span: m, class: "place", title: title})
		}
	}
	for i, q := range doc.Quotes {
		ms = append(ms, mark{span: q.Span, class: "quote", title: quoteTitle(q, entities), anchor: quoteAnchor(i)})
	}
	for _, e := range doc.Events {
		ms = append(ms, mark{span: e.Trigger, class: fmt.Sprintf("trig q%d", e.QuadClass), title: eventTitle(e, doc, entities), anchor: e.ID, event: e.ID})
	}
	return ms
}

// entityTitle describes an entity for hover.
func entityTitle(e *herald.Entity) string {
	parts := []string{e.Name, string(e.Type)}
	if e.Actor != "" {
		parts = append(parts, e.Actor)
	}
	if e.Role != "" {
		parts = append(parts, e.Role)
	}
	return strings.Join(parts, " · ")
}

// quoteTitle describes a quote for hover.
func quoteTitle(q herald.Quote, entities map[string]*herald.Entity) string {
	s := string(q.Kind) + " quote"
	if e, ok := entities[q.Speaker]; ok {
		s += " · speaker " + e.Name
		if e.Actor != "" {
			s += " (" + e.Actor + ")"
		}
	}
	return s
}

// eventTitle describes an event for hover: its code and name, modality
// and who reported it, date, actors and place.
func eventTitle(e herald.Event, doc *herald.Document, entities map[string]*herald.Entity) string {
	parts := []string{e.ID, "CAMEO " + e.CAMEO + " " + cameoName(e.CAMEO)}
	if e.PLOVER != "" {
		parts = append(parts, e.PLOVER)
	}
	modality := string(e.Modality)
	if sp, ok := entities[e.Speaker]; ok {
		modality += " by " + sp.Name
	}
	parts = append(parts, modality)
	if e.Date != "" {
		parts = append(parts, e.Date)
	}
	parts = append(parts, orDash(e.Source.Actor)+" → "+orDash(e.Target.Actor))
	if p := placeOf(doc, e.Place); p != nil {
		parts = append(parts, "in "+p.Name)
	}
	return strings.Join(parts, " · ")
}

// pieces cuts text at every boundary of the marks and sentences and gives
// each run the marks that cover it. Offsets out of range are clamped, and
// offsets inside a UTF-8 sequence move to its start, so a bad span can
// never split a character.
func pieces(text string, ms []mark, sentences []herald.Sentence) []piece {
	fix := func(i int) int {
		i = min(max(i, 0), len(text))
		for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
			i--
		}
		return i
	}
	anchors := make(map[int][]string)
	cuts := []int{0, len(text)}
	for i, s := range sentences {
		at := fix(s.Start)
		anchors[at] = append(anchors[at], fmt.Sprintf("s%d", i))
		cuts = append(cuts, at)
	}
	for i := range ms {
		ms[i].span = herald.Span{Start: fix(ms[i].span.Start), End: fix(ms[i].span.End)}
		if ms[i].span.Empty() {
			continue
		}
		cuts = append(cuts, ms[i].span.Start, ms[i].span.End)
		if ms[i].anchor != "" {
			anchors[ms[i].span.Start] = append(anchors[ms[i].span.Start], ms[i].anchor)
		}
	}
	sort.Ints(cuts)
	var out []piece
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		if a == b {
			continue
		}
		p := piece{Text: text[a:b], Anchors: anchors[a]}
		delete(anchors, a)
		var classes, titles []string
		for _, m := range ms {
			if m.span.Start <= a && b <= m.span.End && !m.span.Empty() {
				classes = append(classes, m.class)
				titles = append(titles, m.title)
				if m.event != "" {
					p.Event = m.event
				}
			}
		}
		p.Class = strings.Join(classes, " ")
		p.Title = strings.Join(titles, "\n")
		out = append(out, p)
	}
	return out
}
