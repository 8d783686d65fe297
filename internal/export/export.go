package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/heraldproject/herald"
)

// ErrFormat is returned by New for a format it does not know.
var ErrFormat = errors.New("unknown export format")

// Formats are the formats New knows, in the order help lists them.
var Formats = []string{"gdelt", "plover", "csv", "parquet"}

// An Event is one event to export: the store's hit and what its document
// adds.
type Event struct {
	herald.EventHit
	URL       string        // the article's URL; "" when unknown
	Title     string        // the article's title; "" when unknown
	Publisher string        // the article's source, e.g. "Reuters"; "" when unknown
	Place     *herald.Place // the event's place; nil when it has none
	// SourceName and TargetName name the participants: their entities'
	// canonical names, else the words naming them; "" when neither.
	SourceName, TargetName string
}

// A Writer writes events in one format. Flush writes what is buffered and
// returns the first error met; nothing is written after an error.
type Writer interface {
	Write(e Event) error
	Flush() error
}

// A clusterWriter writes one row a cluster, as GDELT does: Run gives it
// the first listed event of each cluster only.
type clusterWriter interface {
	Writer
	perCluster()
}

// New returns a writer of format to w. header adds a header row to the
// GDELT table, which has none by default; CSV always has one. Parquet is
// written whole only by Flush.
func New(format string, w io.Writer, header bool) (Writer, error) {
	switch strings.ToLower(format) {
	case "gdelt":
		return NewGDELT(w, header), nil
	case "plover":
		return NewPLOVER(w), nil
	case "csv":
		return NewCSV(w), nil
	case "parquet":
		return NewParquet(w), nil
	}
	return nil, fmt.Errorf("%w %q: want %s", ErrFormat, format, strings.Join(Formats, ", "))
}

// A Source is what Run reads: a store's events and the documents they
// came from.
type Source interface {
	herald.Searcher
	herald.Reader
}

// Run writes the events q selects in s to w, a store page at a time, and
// returns how many it wrote. It stops after limit events unless limit is
// 0. It does not flush w. To a writer of one row a cluster (GDELT,
// Parquet) it writes the first event of each cluster and passes over the
// others, which the counts of that first one include.
func Run(ctx context.Context, s Source, q herald.Query, limit int, w Writer) (int, error) {
	docs := &documents{r: s}
	var written map[int64]bool // clusters written, for a clusterWriter
	if _, ok := w.(clusterWriter); ok {
		written = make(map[int64]bool)
	}
	n := 0
	for {
		q.Limit = herald.MaxLimit
		if limit > 0 {
			q.Limit = min(limit-n, herald.MaxLimit)
		}
		hits, next, err := s.Events(ctx, q)
		if err != nil {
			return n, err
		}
		for _, h := range hits {
			if written != nil && h.Cluster.ID != 0 {
				if written[h.Cluster.ID] {
					continue
				}
				written[h.Cluster.ID] = true
			}
			e, err := docs.event(ctx, h)
			if err != nil {
				return n, err
			}
			if err := w.Write(e); err != nil {
				return n, err
			}
			n++
		}
		if next == "" || (limit > 0 && n >= limit) {
			return n, nil
		}
		q.After = next
	}
}

// cachedDocuments is how many documents Run keeps between events.
const cachedDocuments = 64

// documents fetches the documents of hits and keeps the last few: a store
// returns a document's events together unless their dates differ, and
// then mostly within a few pages.
type documents struct {
	r    herald.Reader
	docs map[string]*herald.Document
}

// event returns h with what its document adds.
func (d *documents) event(ctx context.Context, h herald.EventHit) (Event, error) {
	doc, ok := d.docs[h.Hash]
	if !ok {
		var err error
		if doc, _, err = d.r.Get(ctx, h.Hash); err != nil {
			return Event{}, fmt.Errorf("look up the document of event %s: %w", h.Event.ID, err)
		}
		// Forgetting them all at once is crude but keeps memory bounded
		// without the bookkeeping of a true LRU.
		if d.docs == nil || len(d.docs) >= cachedDocuments {
			d.docs = make(map[string]*herald.Document)
		}
		d.docs[h.Hash] = doc
	}
	return Resolve(h, doc), nil
}

// Resolve returns h with what doc, the document it came from, adds. doc
// may be nil.
func Resolve(h herald.EventHit, doc *herald.Document) Event {
	e := Event{EventHit: h, SourceName: h.Source, TargetName: h.Target}
	if doc == nil {
		return e
	}
	e.URL, e.Title, e.Publisher = doc.URL, doc.Title, doc.Article.Source
	for i := range doc.Places {
		if p := &doc.Places[i]; h.Event.Place != "" && p.ID == h.Event.Place {
			e.Place = p
		}
	}
	for _, ent := range doc.Entities {
		if ent.ID == "" || ent.Name == "" {
			continue
		}
		if ent.ID == h.Event.Source.Entity {
			e.SourceName = ent.Name
		}
		if ent.ID == h.Event.Target.Entity {
			e.TargetName = ent.Name
		}
	}
	return e
}

// ID returns the event's identifier in the PLOVER and CSV exports: the
// document's content hash and the event's ID, unique in a store.
func (e Event) ID() string { return e.Hash + "-" + e.Event.ID }
