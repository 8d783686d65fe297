package herald

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"time"
)

// Errors that stores return and callers test for with errors.Is.
var (
	// ErrNotFound means the store holds no document with the given key.
	ErrNotFound = errors.New("not found")
	// ErrBadQuery means a Query has a value out of range, a malformed
	// pattern or a cursor that no page of this kind returned.
	ErrBadQuery = errors.New("bad query")
)

// ContentHash returns the key under which a store keeps an article: the
// lower-case hex SHA-256 of its text. Two articles with the same text are
// one document to a store, whatever their IDs.
func ContentHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// A Store keeps analysed documents and answers queries over their events
// and articles. Implementations live under internal/store and pass the
// conformance suite in internal/store/storetest; they are safe for
// concurrent use.
type Store interface {
	Writer
	Reader
	Searcher
	Aggregator
	io.Closer
}

// A Writer keeps analysed documents.
type Writer interface {
	// Put stores doc, analysed by the herald version coder, unless the
	// store already holds a document with the same ContentHash of its text.
	// It reports whether doc was new. A document is stored whole, with its
	// events, entities, quotes, times and places, or not at all. A
	// near-duplicate of a stored article is stored linked to that
	// article's canonical one (Record.Canonical), and its events count as
	// mentions of their clusters, not as new events.
	Put(ctx context.Context, doc *Document, coder string) (bool, error)
}

// A Replacer replaces the analysis of stored documents, for herald
// reprocess after an upgrade. Both stores implement it.
type Replacer interface {
	// Replace replaces the stored analysis of the document whose text is
	// doc.Text with doc, analysed by coder, in one transaction, keeping
	// its record's place and its link to a canonical article and bringing
	// the clusters of its old and new events up to date. It returns an
	// error wrapping ErrNotFound when no document has that text.
	Replace(ctx context.Context, doc *Document, coder string) error
}

// A Reader fetches stored documents.
type Reader interface {
	// Has reports whether the store holds a document whose text has the
	// given ContentHash, so that callers can skip analysing it again.
	Has(ctx context.Context, hash string) (bool, error)
	// Get returns the document whose content hash or, failing that,
	// article ID is key, with its record. Of several documents with one
	// article ID it returns the first stored. It returns an error wrapping
	// ErrNotFound when there is none.
	Get(ctx context.Context, key string) (*Document, Record, error)
}

// A Searcher answers queries over stored events and articles. Results come
// in pages in a stable order: by date, then by the order in which they were
// stored. Each call returns a cursor for the next page, "" after the last;
// pass it as Query.After to go on.
type Searcher interface {
	// Events returns a page of the events that q selects.
	Events(ctx context.Context, q Query) ([]EventHit, string, error)
	// Count returns how many events q selects, ignoring After and Limit.
	Count(ctx context.Context, q Query) (int, error)
	// Articles returns a page of the articles that q selects: those whose
	// title or text match q.Text, published between q.From and q.To, and,
	// when any event filter is set, with at least one event it selects.
	Articles(ctx context.Context, q Query) ([]ArticleHit, string, error)
}

// DefaultLimit is the page size of a Query whose Limit is 0, and MaxLimit
// the largest page a store returns.
const (
	DefaultLimit = 100
	MaxLimit     = 1000
)

// A Query selects stored events or articles. Every filter is optional: its
// zero value selects everything, so the zero Query pages through the whole
// store, DefaultLimit results at a time. Filters combine with AND.
type Query struct {
	// Actor is a CAMEO actor code that the source or the target of an
	// event must have: "RUSGOV" matches that code only, "RUS*" every code
	// that begins with RUS. Matching ignores case.
	Actor string
	// CAMEO is a CAMEO event code; it matches that code and every code
	// below it, so a root such as "04" matches 04, 040, 042 and 0421.
	CAMEO string
	// PLOVER is a PLOVER event type such as "CONSULT"; matching ignores case.
	PLOVER string
	// QuadClass is 1 (verbal cooperation) to 4 (material conflict); 0 is any.
	QuadClass int
	// Modality is the modality an event must have; "" is any.
	Modality Modality
	// Country is the ISO 3166-1 alpha-3 code, such as "UKR", of the
	// country an event's place must be in; matching ignores case.
	Country string
	// From and To bound the date, inclusive, by calendar day in UTC. An
	// event's date is its own when the text gives a full date, else its
	// article's publication date; an article's is its publication date.
	// Results without a date never match a bounded range. Zero is
	// unbounded.
	From, To time.Time
	// Text is words that must all occur in the article's title or text.
	// Matching ignores case and diacritics and may match inflected forms;
	// a word ending in * matches every word beginning with it.
	Text string
	// Limit is the page size: 0 means DefaultLimit; more than MaxLimit
	// means MaxLimit.
	Limit int
	// After is the cursor returned with the previous page; "" starts at
	// the first.
	After string
}

// EventFilter reports whether q sets any filter that concerns events
// (Actor, CAMEO, PLOVER, QuadClass, Modality or Country).
func (q Query) EventFilter() bool {
	return q.Actor != "" || q.CAMEO != "" || q.PLOVER != "" || q.QuadClass != 0 || q.Modality != "" || q.Country != ""
}

// A Record says what a store knows about a stored document besides the
// document itself.
type Record struct {
	Hash   string    // ContentHash of the text: the document's key
	Coder  string    // the herald version and pattern set that analysed it
	Stored time.Time // when it was stored, in UTC
	// Canonical is the ContentHash of the article this one is a
	// near-duplicate of (a syndicated or lightly edited copy): the first
	// stored copy of the story. It is "" for a canonical article. The
	// events of a copy are mentions of the canonical article's events,
	// not events of their own.
	Canonical string
	// Similarity is the estimated Jaccard similarity of the copy's word
	// shingles to its nearest stored article; 0 for a canonical article.
	Similarity float64
}

// A Cluster is one real-world event as every stored article reports it:
// the events with the same source and target actor, CAMEO code, day,
// place and modality, kept up to date as articles are stored, as GDELT's
// NumMentions, NumSources and NumArticles are. An event without a day, or
// without an actor code on either side, is too vague to match across
// stories: its cluster holds the mentions of its own story only.
type Cluster struct {
	ID       int64 // the store's number for the cluster, shared by its events
	Mentions int   // events in stored articles, near-duplicate copies included
	Sources  int   // distinct sources of those articles; one of unknown source counts as its own
	Articles int   // distinct canonical articles: a copy counts with its canonical one
	// FirstSeen and LastSeen are the earliest and latest publication
	// times, in UTC, of the articles that mention it; an article without
	// one counts as published when it was stored.
	FirstSeen, LastSeen time.Time
}

// An EventHit is one stored event with the article it came from and the
// text its spans point at.
type EventHit struct {
	Record
	Article   string    // ID of the article
	Published time.Time // publication time of the article; zero when unknown
	// Date is the day the hit was filtered and ordered by, YYYY-MM-DD: the
	// event's own date when the text gives a full date, else the
	// article's publication date; "" when neither is known.
	Date     string
	Event    Event  // the event as coded; its spans point into the article text
	Sentence string // text of the sentence the event was found in
	Trigger  string // text of the trigger
	Source   string // text naming the source; "" when it has no span
	Target   string // text naming the target; "" when it has no span
	// Cluster is the event as all stored articles report it. Searches
	// list the events of canonical articles only: those of near-duplicate
	// copies count in Cluster.Mentions but are not listed again.
	Cluster Cluster
}

// An ArticleHit is one stored article, without its text: Get returns the
// whole document.
type ArticleHit struct {
	Record
	Article Article // the article less its Text and Diagnostics
	Events  int     // number of events coded in it
	// Snippet is a short passage around the words of Query.Text, with each
	// match between [ and ]; "" when the query had no Text.
	Snippet string
}
