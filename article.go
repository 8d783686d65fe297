package herald

import "time"

// An Article is one news story as a reader found it, before analysis.
type Article struct {
	ID        string    // stable identifier: given by the input, or derived from the content
	URL       string    // canonical URL, when known
	Title     string    // headline, when known from metadata or detected in the text
	Source    string    // publisher or wire service, e.g. "MENAFN", "Reuters"
	Author    string    // byline, when known
	Published time.Time // publication time; zero when unknown
	Text      string    // body text, valid UTF-8
	Origin    Origin    // where the article was read from

	// Diagnostics records what the reader noticed or repaired, such as
	// invalid UTF-8 or a missing date.
	Diagnostics []Diagnostic
}

// An Origin says where an article came from, so that every record herald
// produces can be traced back to its input.
type Origin struct {
	Path   string // file path, URL or "-" for standard input
	Format string // reader that produced it: "text", "html", "rss", "jsonl"
	Line   int    // 1-based line of a JSONL record; 0 otherwise
	Item   int    // 1-based item of a feed; 0 otherwise
}

// A Document is an article under analysis. Stages add annotations to it in
// pipeline order; each annotation's spans point into Text.
type Document struct {
	Article

	// Headline is the span of a headline line at the top of Text, when the
	// text begins with one. It is segmented as a sentence of its own.
	Headline Span
	// Dateline is the leading wire tag or dateline of the body, if any.
	Dateline Dateline

	Sentences   []Sentence
	Tokens      []Token
	Entities    []Entity
	Events      []Event
	Quotes      []Quote
	Times       []Time
	Places      []Place
	Diagnostics []Diagnostic
}

// NewDocument returns a document for a, taking over the reader's diagnostics.
func NewDocument(a Article) *Document {
	d := &Document{Article: a, Diagnostics: a.Diagnostics}
	d.Article.Diagnostics = nil
	return d
}

// Date returns the publication date that relative expressions such as
// "on Thursday" are resolved against, and whether it is known.
func (d *Document) Date() (time.Time, bool) {
	return d.Published, !d.Published.IsZero()
}

// Diagnose records a positioned diagnostic on the document.
func (d *Document) Diagnose(severity Severity, stage string, span Span, msg string) {
	d.Diagnostics = append(d.Diagnostics, Diagnostic{Severity: severity, Stage: stage, Span: span, Message: msg})
}

// A Dateline is the wire convention that opens a story body: a source tag
// such as "(MENAFN)" or a dateline such as "MOSCOW (Reuters) -" or
// "WASHINGTON, Aug. 7 (AP) —". The span covers the whole tag including the
// trailing dash and space, so that the first body sentence starts after it.
type Dateline struct {
	Span
	Source string // "MENAFN", "Reuters", "AP"; "" when the dateline names none
	Place  string // dateline place as written, e.g. "MOSCOW"; "" when absent
	Date   string // dateline date as written, e.g. "Aug. 7"; "" when absent
}
