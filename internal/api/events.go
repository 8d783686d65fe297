package api

import (
	"net/http"
	"slices"
	"strings"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/render"
)

// pageParams are the parameters of a paged list.
var pageParams = []string{"limit", "after"}

// listQuery reads the filter and paging parameters of a paged list.
func listQuery(r *http.Request) (herald.Query, error) {
	v, err := params(r.URL, filterParams, pageParams)
	if err != nil {
		return herald.Query{}, err
	}
	return query(v)
}

// eventPage is the body of GET /api/v1/events.
type eventPage struct {
	Events []render.EventRecord `json:"events"`
	// Next is the cursor of the next page, for ?after=; "" after the last.
	Next string `json:"next"`
}

func (s *server) events(w http.ResponseWriter, r *http.Request) error {
	q, err := listQuery(r)
	if err != nil {
		return err
	}
	hits, next, err := s.opts.Store.Events(r.Context(), q)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, eventPage{Events: eventRecords(hits), Next: next})
}

// articlePage is the body of GET /api/v1/search.
type articlePage struct {
	Articles []articleRecord `json:"articles"`
	Next     string          `json:"next"`
}

func (s *server) search(w http.ResponseWriter, r *http.Request) error {
	q, err := listQuery(r)
	if err != nil {
		return err
	}
	if strings.TrimSpace(q.Text) == "" {
		return badRequest("bad_query", "search needs words to find: ?q=…")
	}
	hits, next, err := s.opts.Store.Articles(r.Context(), q)
	if err != nil {
		return err
	}
	page := articlePage{Articles: make([]articleRecord, len(hits)), Next: next}
	for i, h := range hits {
		page.Articles[i] = newArticleRecord(h)
	}
	return writeJSON(w, http.StatusOK, page)
}

// Sizes of an actor's summary.
const (
	actorCounterparts = 20
	actorRecent       = 20
)

// actorSummary is the body of GET /api/v1/actors/{code}.
type actorSummary struct {
	render.ActorRecord
	Counterparts []actorPair `json:"counterparts"`
	// Recent is the actor's latest events, the latest first.
	Recent []render.EventRecord `json:"recent"`
}

func (s *server) actor(w http.ResponseWriter, r *http.Request) error {
	v, err := params(r.URL, slices.DeleteFunc(slices.Clone(filterParams), func(p string) bool { return p == "actor" }))
	if err != nil {
		return err
	}
	q, err := query(v)
	if err != nil {
		return err
	}
	code := strings.ToUpper(r.PathValue("code"))
	if code == "" || strings.ContainsAny(code, "*") {
		return badRequest("bad_query", "an actor page is for one actor code, without *")
	}
	q.Actor = code
	// Every event selected has the code, so it counts among the most;
	// the limit leaves room for counterparts tied with it.
	counts, err := s.opts.Stats.Actors(r.Context(), q, herald.MaxLimit)
	if err != nil {
		return err
	}
	sum := actorSummary{ActorRecord: render.ActorRecord{Code: code}}
	for _, c := range counts {
		if strings.EqualFold(c.Code, code) {
			sum.ActorRecord = render.NewActorRecord(c)
		}
	}
	if sum.Events == 0 {
		return &clientError{http.StatusNotFound, "not_found", "no events with actor " + code}
	}
	pairs, err := s.opts.Stats.Network(r.Context(), q, actorCounterparts)
	if err != nil {
		return err
	}
	sum.Counterparts = actorPairs(pairs)
	if sum.Recent, err = s.recent(r, q, actorRecent); err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, sum)
}

// recent returns the latest n events q selects, the latest first. Stores
// page from the earliest, so it finds the first day of the last n events
// on a timeline and pages from there.
func (s *server) recent(r *http.Request, q herald.Query, n int) ([]render.EventRecord, error) {
	days, err := s.opts.Stats.Timeline(r.Context(), q, herald.Day, herald.ByQuadClass)
	if err != nil {
		return nil, err
	}
	total := 0
	for i := len(days) - 1; i >= 0 && total < n; i-- {
		total += days[i].Events
		q.From = dayOf(days[i].Start)
	}
	var hits []herald.EventHit
	q.Limit = herald.MaxLimit
	for {
		page, next, err := s.opts.Store.Events(r.Context(), q)
		if err != nil {
			return nil, err
		}
		hits = append(hits, page...)
		if len(hits) > n {
			hits = hits[len(hits)-n:]
		}
		if next == "" {
			break
		}
		q.After = next
	}
	rs := eventRecords(hits)
	slices.Reverse(rs)
	return rs, nil
}
