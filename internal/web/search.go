package web

import (
	"errors"
	"net/http"
	"net/url"
	"strings"

	"github.com/heraldproject/herald"
)

// searchPage is the size of a page of search results, and searchArticles
// the most articles listed above them.
const (
	searchPage     = 50
	searchArticles = 10
)

// A searchView is a page of events that a filter selects.
type searchView struct {
	Filter filter
	Error  string // why the filter could not be used, if it could not
	Total  int
	Hits   []eventHit
	Next   string // link to the next page; "" on the last
	// Articles are the first articles whose words match, when the
	// search has words: they show articles without events too.
	Articles []articleHit
}

// An articleHit is an article that a search's words match.
type articleHit struct {
	herald.ArticleHit
	Link    string
	Snippet []snip
}

// A snip is a run of a snippet, matching the search's words or not.
type snip struct {
	Text  string
	Match bool
}

// An eventHit is an event found by a search, with its sentence cut around
// the trigger so that the trigger can be marked.
type eventHit struct {
	herald.EventHit
	Name                 string
	Before, Match, After string
	Link                 string // the evidence: the article at the event
}

// search shows the events that the request's filter selects.
func (s *server) search(w http.ResponseWriter, r *http.Request) {
	f, err := parseFilter(r.URL.Query())
	v := searchView{Filter: f}
	if err != nil {
		v.Error = err.Error()
		s.render(w, r, http.StatusBadRequest, "search", view{Title: "Search", Active: "search", Body: v})
		return
	}
	q := f.Query
	q.Limit = searchPage
	hits, next, err := s.Store.Events(r.Context(), q)
	if err == nil {
		v.Total, err = s.Store.Count(r.Context(), q)
	}
	if errors.Is(err, herald.ErrBadQuery) {
		v.Error = err.Error()
		s.render(w, r, http.StatusBadRequest, "search", view{Title: "Search", Active: "search", Body: v})
		return
	}
	if err != nil {
		s.storeFailed(w, r, err)
		return
	}
	for _, h := range hits {
		v.Hits = append(v.Hits, newEventHit(h))
	}
	if f.Text != "" && q.After == "" {
		aq := f.Query
		aq.Limit = searchArticles
		arts, _, err := s.Store.Articles(r.Context(), aq)
		if err != nil {
			s.storeFailed(w, r, err)
			return
		}
		for _, a := range arts {
			v.Articles = append(v.Articles, articleHit{ArticleHit: a, Link: "/articles/" + url.PathEscape(a.Hash), Snippet: snips(a.Snippet)})
		}
	}
	if next != "" {
		vals := f.Values()
		vals.Set("after", next)
		v.Next = "/search?" + vals.Encode()
	}
	s.render(w, r, http.StatusOK, "search", view{Title: "Search", Active: "search", Body: v})
}

// newEventHit cuts the hit's sentence at its trigger and links the hit to
// its article.
func newEventHit(h herald.EventHit) eventHit {
	e := eventHit{EventHit: h, Name: cameoName(h.Event.CAMEO), Before: h.Sentence,
		Link: "/articles/" + url.PathEscape(h.Hash) + "#" + url.PathEscape(h.Event.ID)}
	if i := strings.Index(h.Sentence, h.Trigger); h.Trigger != "" && i >= 0 {
		e.Before, e.Match, e.After = h.Sentence[:i], h.Trigger, h.Sentence[i+len(h.Trigger):]
	}
	return e
}

// snips cuts a store's snippet, whose matches lie between [ and ], into
// runs.
func snips(snippet string) []snip {
	var out []snip
	for snippet != "" {
		open := strings.IndexByte(snippet, '[')
		if open < 0 {
			break
		}
		end := strings.IndexByte(snippet[open:], ']')
		if end < 0 {
			break
		}
		if open > 0 {
			out = append(out, snip{Text: snippet[:open]})
		}
		out = append(out, snip{Text: snippet[open+1 : open+end], Match: true})
		snippet = snippet[open+end+1:]
	}
	if snippet != "" {
		out = append(out, snip{Text: snippet})
	}
	return out
}
