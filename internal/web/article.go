package web

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/heraldproject/herald"
)

// An articleView is a document shown with its annotations in place.
type articleView struct {
	Doc    *herald.Document
	Record herald.Record // zero for a document analysed but not stored
	URL    string        // the article's URL when it may be a link
	Pieces []piece
	Events []eventRow
	Quotes []quoteRow
}

// An eventRow is one line of an article's table of events.
type eventRow struct {
	herald.Event
	Name, SourceText, TargetText, Place string
}

// A quoteRow is one line of an article's table of quotes.
type quoteRow struct {
	Anchor, Kind, Text, Speaker, Actor string
}

// newArticleView lays out doc for the article and analyse pages.
func newArticleView(doc *herald.Document, rec herald.Record) articleView {
	v := articleView{Doc: doc, Record: rec, URL: webURL(doc.URL)}
	v.Pieces = pieces(doc.Text, marks(doc), doc.Sentences)
	for _, e := range doc.Events {
		row := eventRow{Event: e, Name: cameoName(e.CAMEO),
			SourceText: e.Source.Span.In(doc.Text), TargetText: e.Target.Span.In(doc.Text)}
		if p := placeOf(doc, e.Place); p != nil {
			row.Place = p.Name
		}
		v.Events = append(v.Events, row)
	}
	names := make(map[string]*herald.Entity, len(doc.Entities))
	for i := range doc.Entities {
		names[doc.Entities[i].ID] = &doc.Entities[i]
	}
	for i, q := range doc.Quotes {
		row := quoteRow{Anchor: quoteAnchor(i), Kind: string(q.Kind), Text: q.Span.In(doc.Text)}
		if e, ok := names[q.Speaker]; ok {
			row.Speaker, row.Actor = e.Name, e.Actor
		} else {
			row.Speaker = q.Source.In(doc.Text)
		}
		v.Quotes = append(v.Quotes, row)
	}
	return v
}

// quoteAnchor returns the id of the i'th quote of a document.
func quoteAnchor(i int) string { return "Q" + strconv.Itoa(i+1) }

// article shows one stored article.
func (s *server) article(w http.ResponseWriter, r *http.Request) {
	doc, rec, err := s.Store.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		s.storeFailed(w, r, err)
		return
	}
	title := strings.TrimSpace(doc.Title)
	if title == "" {
		title = doc.ID
	}
	s.render(w, r, http.StatusOK, "article", view{Title: title, Body: newArticleView(doc, rec)})
}
