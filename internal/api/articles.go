package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"slices"
	"time"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/ingest"
	"github.com/heraldproject/herald/internal/render"
	"github.com/heraldproject/herald/internal/store"
)

func (s *server) article(w http.ResponseWriter, r *http.Request) error {
	if _, err := params(r.URL); err != nil {
		return err
	}
	doc, _, err := s.opts.Store.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		return err
	}
	return writeDocument(w, doc)
}

// writeDocument writes doc as herald analyze prints it, rendered whole
// before the status is sent so that a failure is still a 500.
func writeDocument(w http.ResponseWriter, doc *herald.Document) error {
	var buf bytes.Buffer
	if err := render.JSON(&buf, doc); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json")
	_, err := buf.WriteTo(w)
	return err
}

func (s *server) analyze(w http.ResponseWriter, r *http.Request) error {
	v, err := params(r.URL, []string{"date"})
	if err != nil {
		return err
	}
	as, err := s.read(r, v.Get("date"), false)
	if err != nil {
		return err
	}
	if as[0].err != nil {
		return badRequest("bad_article", as[0].err.Error())
	}
	doc, err := s.opts.Analyze(r.Context(), as[0].article)
	if err != nil {
		return badRequest("bad_article", err.Error())
	}
	return writeDocument(w, doc)
}

// stored is the body of POST /api/v1/articles.
type stored struct {
	Stored  int      `json:"stored"`
	Skipped int      `json:"skipped"`
	Failed  int      `json:"failed"`
	Results []result `json:"results"`
}

// A result is what became of one article of a POST: stored, already
// stored, or failed with Error.
type result struct {
	Line     int    `json:"line"`
	Article  string `json:"article,omitempty"`
	Document string `json:"document,omitempty"`
	Stored   bool   `json:"stored"`
	Events   int    `json:"events"`
	Error    string `json:"error,omitempty"`
}

func (s *server) postArticles(w http.ResponseWriter, r *http.Request) error {
	v, err := params(r.URL, []string{"date"})
	if err != nil {
		return err
	}
	as, err := s.read(r, v.Get("date"), true)
	if err != nil {
		return err
	}
	body := stored{Results: make([]result, len(as))}
	var pending []int // results whose documents wait in docs to be stored
	var docs []*herald.Document
	flush := func() error {
		isNew, errs := store.PutAll(r.Context(), s.opts.Store, docs, s.opts.Coder)
		for k, i := range pending {
			if errs[k] != nil {
				// The store failed: what was stored stays stored, and
				// the client may post the batch again to store the rest.
				return errs[k]
			}
			body.Results[i].Stored = isNew[k]
		}
		pending, docs = pending[:0], docs[:0]
		return nil
	}
	for i, a := range as {
		res, doc, err := s.analyse(r, a)
		if err != nil {
			return err
		}
		body.Results[i] = res
		if doc != nil {
			pending, docs = append(pending, i), append(docs, doc)
		}
		if len(docs) == store.BatchSize {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}
	for _, res := range body.Results {
		switch {
		case res.Error != "":
			body.Failed++
		case res.Stored:
			body.Stored++
		default:
			body.Skipped++
		}
	}
	if r.Context().Err() != nil {
		return r.Context().Err()
	}
	if len(as) == 1 && body.Failed == 1 && !isBatch(r) {
		return badRequest("bad_article", body.Results[0].Error)
	}
	return writeJSON(w, http.StatusOK, body)
}

// analyse analyses one article unless its text is stored already, and
// returns the document to store, if any. What is wrong with the article is
// in the result; the error is the store's.
func (s *server) analyse(r *http.Request, a posted) (result, *herald.Document, error) {
	res := result{Line: a.line, Article: a.article.ID}
	if a.err != nil {
		res.Error = a.err.Error()
		return res, nil, nil
	}
	ctx := r.Context()
	res.Document = herald.ContentHash(a.article.Text)
	has, err := s.opts.Store.Has(ctx, res.Document)
	if err != nil || has {
		return res, nil, err
	}
	doc, err := s.opts.Analyze(ctx, a.article)
	if err != nil {
		res.Error = err.Error()
		return res, nil, nil
	}
	res.Events = len(doc.Events)
	return res, doc, nil
}

// A posted is one article of a request body, or why it could not be read.
type posted struct {
	line    int // 1-based line in a JSONL batch
	article herald.Article
	err     error
}

// jsonlTypes are the media types of a JSONL batch.
var jsonlTypes = []string{"application/x-ndjson", "application/jsonl", "application/x-jsonlines"}

func isBatch(r *http.Request) bool {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return slices.Contains(jsonlTypes, mt)
}

// read reads the articles of a request body with ingest's JSONL reader:
// one JSON object (application/json) or, when batch allows it, one per
// line (application/x-ndjson). Articles without a publication date get
// date. A batch of more than MaxBatch articles is refused whole.
func (s *server) read(r *http.Request, date string, batch bool) ([]posted, error) {
	var day time.Time
	if date != "" {
		var err error
		if day, err = time.Parse(time.DateOnly, date); err != nil {
			return nil, badRequest("bad_query", fmt.Sprintf("date %q is not a date in the form YYYY-MM-DD", date))
		}
	}
	var body io.Reader
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch {
	case mt == "application/json":
		line, err := oneLine(r.Body)
		if err != nil {
			return nil, err
		}
		body = bytes.NewReader(line)
	case batch && slices.Contains(jsonlTypes, mt):
		body = r.Body
	default:
		want := "application/json"
		if batch {
			want += " or application/x-ndjson"
		}
		return nil, &clientError{http.StatusUnsupportedMediaType, "unsupported_media_type", "send " + want}
	}
	var as []posted
	for a, err := range ingest.ReadFrom(r.Context(), body, "request", ingest.Options{Format: "jsonl", MaxBytes: s.opts.MaxBody}) {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return nil, tooLarge
		}
		if len(as) == s.opts.MaxBatch {
			return nil, &clientError{http.StatusRequestEntityTooLarge, "too_large", fmt.Sprintf("a batch holds at most %d articles", s.opts.MaxBatch)}
		}
		if a.Published.IsZero() {
			a.Published = day
		}
		as = append(as, posted{line: a.Origin.Line, article: a, err: err})
	}
	if err := r.Context().Err(); err != nil {
		return nil, err
	}
	if len(as) == 0 {
		return nil, badRequest("bad_article", "the request holds no article")
	}
	return as, nil
}

// oneLine reads a JSON object and returns it on one line, as the JSONL
// reader wants it.
func oneLine(r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := json.Compact(&buf, b); err != nil {
		return nil, badRequest("bad_article", "the body is not JSON: "+err.Error())
	}
	return buf.Bytes(), nil
}
