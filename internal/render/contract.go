package render

import (
	"github.com/heraldproject/herald"
)

// contract converts doc to its herald/v1 form. Every array is present, empty
// where no stage filled it.
func contract(doc *herald.Document) document {
	ro := newRuneOffsets(doc.Text)
	out := document{
		Schema:      Schema,
		ID:          doc.ID,
		Source:      doc.Source,
		URL:         doc.URL,
		Title:       doc.Title,
		Author:      doc.Author,
		Origin:      origin{Path: doc.Origin.Path, Format: doc.Origin.Format, Line: doc.Origin.Line, Item: doc.Origin.Item},
		Text:        doc.Text,
		Headline:    ro.optSpan(doc.Headline),
		Sentences:   make([]sentence, len(doc.Sentences)),
		Entities:    make([]entity, len(doc.Entities)),
		Events:      make([]event, len(doc.Events)),
		Quotes:      make([]quote, len(doc.Quotes)),
		Times:       make([]timex, len(doc.Times)),
		Places:      make([]place, len(doc.Places)),
		Diagnostics: make([]diagnostic, len(doc.Diagnostics)),
	}
	if t, ok := doc.Date(); ok {
		out.Published = t.Format("2006-01-02")
	}
	if d := doc.Dateline; !d.Empty() {
		out.Dateline = &dateline{span: ro.span(d.Span), Source: d.Source, Place: d.Place, Date: d.Date}
	}
	for i, s := range doc.Sentences {
		out.Sentences[i] = sentence{span: ro.span(s.Span), Headline: s.Headline}
	}
	for i, e := range doc.Entities {
		out.Entities[i] = entity{ID: e.ID, Name: e.Name, Type: string(e.Type), Role: e.Role, Actor: e.Actor,
			Mentions: make([]mention, len(e.Mentions))}
		for j, m := range e.Mentions {
			out.Entities[i].Mentions[j] = mention{span: ro.span(m.Span), Kind: m.Kind.String()}
		}
	}
	for i, e := range doc.Events {
		out.Events[i] = event{ID: e.ID, Sentence: e.Sentence, CAMEO: e.CAMEO, QuadClass: e.QuadClass,
			Goldstein: e.Goldstein, PLOVER: e.PLOVER,
			Source:  participant{Entity: e.Source.Entity, Actor: e.Source.Actor, span: ro.optSpan(e.Source.Span)},
			Target:  participant{Entity: e.Target.Entity, Actor: e.Target.Actor, span: ro.optSpan(e.Target.Span)},
			Trigger: ro.span(e.Trigger), Modality: string(e.Modality), Speaker: e.Speaker, Date: e.Date, Place: e.Place,
			Confidence: e.Confidence}
	}
	for i, q := range doc.Quotes {
		out.Quotes[i] = quote{span: ro.span(q.Span), Speaker: q.Speaker, Cue: ro.optSpan(q.Cue), Source: ro.optSpan(q.Source), Kind: string(q.Kind)}
	}
	for i, t := range doc.Times {
		out.Times[i] = timex{span: ro.span(t.Span), Type: string(t.Type), Value: t.Value}
	}
	for i, p := range doc.Places {
		out.Places[i] = place{ID: p.ID, Name: p.Name, Country: p.Country, Admin1: p.Admin1, Lat: p.Lat, Lon: p.Lon,
			GeoNames: p.GeoNames, Mentions: make([]span, len(p.Mentions)), Reason: p.Reason, Score: p.Score}
		for j, m := range p.Mentions {
			out.Places[i].Mentions[j] = ro.span(m)
		}
	}
	for i, d := range doc.Diagnostics {
		out.Diagnostics[i] = diagnostic{Severity: d.Severity.String(), Stage: d.Stage, Message: d.Message,
			span: ro.optSpan(d.Span)}
	}
	return out
}
