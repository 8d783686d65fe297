package api

import (
	"time"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/render"
)

func eventRecords(hits []herald.EventHit) []render.EventRecord {
	rs := make([]render.EventRecord, len(hits))
	for i, h := range hits {
		rs[i] = render.NewEventRecord(h)
	}
	return rs
}

// articleRecord is an article as search gives it, without its text.
type articleRecord struct {
	Published string `json:"published"`
	Article   string `json:"article"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	URL       string `json:"url"`
	Events    int    `json:"events"`
	Snippet   string `json:"snippet"`
	Document  string `json:"document"`
	Coder     string `json:"coder"`
}

func newArticleRecord(h herald.ArticleHit) articleRecord {
	a := h.Article
	pub := ""
	if !a.Published.IsZero() {
		pub = a.Published.Format(time.RFC3339)
	}
	return articleRecord{Published: pub, Article: a.ID, Title: a.Title, Source: a.Source, URL: a.URL,
		Events: h.Events, Snippet: h.Snippet, Document: h.Hash, Coder: h.Coder}
}
