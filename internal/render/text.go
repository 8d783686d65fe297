package render

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/heraldproject/herald"
)

// Text writes a readable report of doc for a person. stages names the
// stages that ran, so that an empty section can say whether nothing was
// found or nothing looked.
func Text(w io.Writer, doc *herald.Document, stages []string) error {
	r := &report{w: w, doc: doc, stages: stages}
	r.header()
	r.sentences()
	r.section("Entities", "entity", len(doc.Entities), r.entities)
	r.section("Events", "event", len(doc.Events), r.events)
	r.section("Quotes", "quote", len(doc.Quotes), r.quotes)
	r.section("Times", "timex", len(doc.Times), r.times)
	r.section("Places", "place", len(doc.Places), r.places)
	if len(doc.Diagnostics) > 0 {
		r.printf("\nDiagnostics (%d)\n", len(doc.Diagnostics))
		for _, d := range doc.Diagnostics {
			r.printf("  %s\n", d)
		}
	}
	if r.err != nil {
		return fmt.Errorf("write report for %s: %w", doc.ID, r.err)
	}
	return nil
}

// report keeps the first write error so the sections can be written
// without checking each line.
type report struct {
	w      io.Writer
	doc    *herald.Document
	stages []string
	err    error
}

func (r *report) printf(format string, args ...any) {
	if r.err == nil {
		_, r.err = fmt.Fprintf(r.w, format, args...)
	}
}

func (r *report) quote(s herald.Span) string {
	return fmt.Sprintf("%q", s.In(r.doc.Text))
}

func (r *report) header() {
	d := r.doc
	r.printf("Document %s", d.ID)
	if d.Source != "" {
		r.printf("  source %s", d.Source)
	}
	if t, ok := d.Date(); ok {
		r.printf("  published %s (%s)", t.Format("2006-01-02"), t.Weekday())
	} else {
		r.printf("  published unknown (give --date to resolve relative dates)")
	}
	r.printf("\n")
	if d.Title != "" {
		r.printf("Title:    %s\n", d.Title)
	}
	if d.URL != "" {
		r.printf("URL:      %s\n", d.URL)
	}
	if dl := d.Dateline; !dl.Empty() {
		r.printf("Dateline: %s", strings.TrimSpace(dl.In(d.Text)))
		if dl.Place != "" {
			r.printf("  place %s", dl.Place)
		}
		r.printf("\n")
	}
	if d.Origin.Path != "" {
		r.printf("Read from %s (%s)\n", d.Origin.Path, d.Origin.Format)
	}
}

func (r *report) sentences() {
	r.printf("\nSentences (%d)\n", len(r.doc.Sentences))
	for i, s := range r.doc.Sentences {
		mark := ""
		if s.Headline {
			mark = "[headline] "
		}
		r.printf("  %3d  %s%s\n", i, mark, s.In(r.doc.Text))
	}
}

// section prints a titled list, or says why it is empty.
func (r *report) section(title, stage string, n int, body func()) {
	switch {
	case n > 0:
		r.printf("\n%s (%d)\n", title, n)
		body()
	case slices.Contains(r.stages, stage):
		r.printf("\n%s: none found\n", title)
	default:
		r.printf("\n%s: not analysed (this build has no %s stage yet)\n", title, stage)
	}
}

func (r *report) entities() {
	for _, e := range r.doc.Entities {
		r.printf("  %-4s %-7s %-8s %s", e.ID, e.Type, e.Actor, e.Name)
		if e.Role != "" {
			r.printf("  (%s)", e.Role)
		}
		r.printf("  ×%d\n", len(e.Mentions))
	}
}

func (r *report) events() {
	for _, e := range r.doc.Events {
		r.printf("  %-4s %s → %s  CAMEO %s  %s  %s  trigger %s", e.ID, orNone(e.Source.Actor), orNone(e.Target.Actor),
			e.CAMEO, e.PLOVER, e.Modality, r.quote(e.Trigger))
		if e.Speaker != "" {
			r.printf("  said by %s", e.Speaker)
		}
		if e.Date != "" {
			r.printf("  on %s", e.Date)
		}
		for _, p := range r.doc.Places {
			if p.ID == e.Place && e.Place != "" {
				r.printf("  in %s", p.Name)
			}
		}
		r.printf("  (sentence %d)\n", e.Sentence)
	}
}

func (r *report) quotes() {
	for _, q := range r.doc.Quotes {
		r.printf("  %-8s %s  speaker %s\n", q.Kind, r.quote(q.Span), orNone(q.Speaker))
	}
}

func (r *report) times() {
	for _, t := range r.doc.Times {
		r.printf("  %-8s %-12s %s\n", t.Type, t.Value, r.quote(t.Span))
	}
}

func (r *report) places() {
	for _, p := range r.doc.Places {
		r.printf("  %-4s %s, %s  %.4f %.4f  ×%d\n", p.ID, p.Name, p.Country, p.Lat, p.Lon, len(p.Mentions))
	}
}

func orNone(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
