package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/render"
	"github.com/heraldproject/herald/internal/store"
)

const queryDetail = `Query searches the store that 'herald ingest' filled. "events" lists coded
events by date (the event's own when the text gives it, else the article's
publication date); "articles" lists articles by publication date, those with
a matching event when any event filter is given; "actors" lists the actor
codes of the matching events, those in the most events first (at most
1,000), with how many events each is the source or the target of.

Filters combine with AND. --actor matches the source or the target of an
event; "RUS*" matches every code that begins with RUS. --cameo matches a code
and every code below it, so "04" is the whole root. --country matches events
placed in a country. --q finds articles whose title or text hold all its
words.

Output is a table on a terminal and JSON lines elsewhere, unless --format
says otherwise. CSV keeps CAMEO codes as text, leading zeros and all.

Examples:
	herald query events --actor 'RUS*' --from 2025-08-01 --to 2025-08-31
	herald query events --cameo 19 --modality asserted --format csv > attacks.csv
	herald query articles --q "ceasefire talks" --limit 20
	herald query actors --cameo 19 --country UKR --limit 10`

func queryCommand() *command {
	c := &command{name: "query", summary: "search the events and articles in a store", usage: "query events|articles|actors"}
	c.run = func(ctx context.Context, e *env, args []string) int {
		fs := newFlags(e, c, queryDetail)
		qf := queryFlags{limit: herald.DefaultLimit}
		qf.register(fs)
		what, code := parseQueryArgs(e, fs, args)
		if code >= 0 {
			return code
		}
		q, err := qf.query()
		if err == nil {
			err = checkFormat(qf.format)
		}
		if err != nil {
			e.errorf("query: %v", err)
			return exitUsage
		}
		if qf.format == "" {
			qf.format = "json"
			if isTerminal(e.stdout) {
				qf.format = "table"
			}
		}
		return runQuery(ctx, e, what, qf, q)
	}
	return c
}

// queryFlags are the flags of the query command.
type queryFlags struct {
	storeFlags
	actor, cameo, plover, modality, country, from, to, text, format string
	quad, limit                                                     int
}

// registerFilters registers the store and the event filters, which query
// and export share.
func (f *queryFlags) registerFilters(fs *flag.FlagSet) {
	f.storeFlags.register(fs)
	fs.StringVar(&f.actor, "actor", "", "CAMEO actor `code` of the source or target; a trailing * matches a prefix, e.g. RUS*")
	fs.StringVar(&f.cameo, "cameo", "", "CAMEO event `code` or root, e.g. 04 or 036")
	fs.StringVar(&f.plover, "plover", "", "PLOVER event `type`, e.g. CONSULT")
	fs.IntVar(&f.quad, "quad", 0, "quad `class`: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict")
	fs.StringVar(&f.modality, "modality", "", "`modality`: asserted, planned, hypothetical, conditional, negated or reported")
	fs.StringVar(&f.country, "country", "", "ISO 3166-1 alpha-3 `code` of the country the event took place in, e.g. UKR")
	fs.StringVar(&f.from, "from", "", "first `YYYY-MM-DD` to include")
	fs.StringVar(&f.to, "to", "", "last `YYYY-MM-DD` to include")
	fs.StringVar(&f.text, "q", "", "`words` that must all occur in the article's title or text")
}

// register registers the filters and query's output flags.
func (f *queryFlags) register(fs *flag.FlagSet) {
	f.registerFilters(fs)
	fs.StringVar(&f.format, "format", "", "output `format`: table, json (JSON lines) or csv (default: table on a terminal, json otherwise)")
	fs.IntVar(&f.limit, "limit", f.limit, "most results to print, `N`; 0 prints all")
}

// parseQueryArgs parses the command line, whose first word, before or
// after the flags, says what to list. It returns that word, or the exit code
// to stop with.
func parseQueryArgs(e *env, fs *flag.FlagSet, args []string) (string, int) {
	what := ""
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		what, args = args[0], args[1:]
	}
	if code := parseFlags(e, fs, args); code >= 0 {
		return "", code
	}
	if what == "" && fs.NArg() > 0 {
		what = fs.Arg(0)
		if code := parseFlags(e, fs, fs.Args()[1:]); code >= 0 {
			return "", code
		}
	}
	if fs.NArg() > 0 || (what != "events" && what != "articles" && what != "actors") {
		e.errorf("query needs 'events', 'articles' or 'actors' and flags only; run 'herald help query'")
		return "", exitUsage
	}
	return what, -1
}

// query returns the store query the flags describe.
func (f *queryFlags) query() (herald.Query, error) {
	q := herald.Query{Actor: f.actor, CAMEO: f.cameo, PLOVER: f.plover, QuadClass: f.quad,
		Modality: herald.Modality(strings.ToLower(f.modality)), Country: f.country, Text: f.text}
	var err error
	if q.From, err = parseDay("--from", f.from); err != nil {
		return q, err
	}
	if q.To, err = parseDay("--to", f.to); err != nil {
		return q, err
	}
	if f.limit < 0 {
		return q, fmt.Errorf("--limit %d is negative", f.limit)
	}
	// Check the filters before opening the store, so that a mistake is
	// told as one whether or not the store exists.
	if _, err := store.Check(q, store.EventCursor); err != nil {
		return q, err
	}
	return q, nil
}

func parseDay(flag, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return t, fmt.Errorf("%s %q is not a date in the form YYYY-MM-DD", flag, s)
	}
	return t, nil
}

func checkFormat(format string) error {
	switch format {
	case "", "table", "json", "csv":
		return nil
	}
	return fmt.Errorf("--format %q is not one of table, json, csv", format)
}

// isTerminal reports whether w is a terminal.
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// runQuery opens the store, pages through the results and prints them.
func runQuery(ctx context.Context, e *env, what string, f queryFlags, q herald.Query) int {
	s, err := f.open(ctx, true)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			e.errorf("%v; 'herald ingest' makes one", err)
		} else {
			e.errorf("%v", err)
		}
		return exitError
	}
	defer s.Close()
	out := newPrinter(e.stdout, f.format)
	var more bool
	if what == "actors" {
		more, err = actors(ctx, s, q, f.limit, out)
	} else {
		more, err = page(ctx, s, what, q, f.limit, out)
	}
	if err == nil {
		err = out.flush()
	}
	if err != nil {
		e.errorf("%v", err)
		return exitError
	}
	if more && isTerminal(e.stdout) {
		e.errorf("the first %s shown; --limit 0 shows all", commas(f.limit))
	}
	return exitOK
}

// page prints up to limit results (0: all), a store page at a time, and
// reports whether more were left.
func page(ctx context.Context, s herald.Searcher, what string, q herald.Query, limit int, out *printer) (bool, error) {
	left := limit
	for {
		q.Limit = herald.MaxLimit
		if limit > 0 {
			q.Limit = min(left, herald.MaxLimit)
		}
		var (
			n    int
			next string
			err  error
		)
		if what == "events" {
			var hits []herald.EventHit
			hits, next, err = s.Events(ctx, q)
			n = len(hits)
			for _, h := range hits {
				out.event(h)
			}
		} else {
			var hits []herald.ArticleHit
			hits, next, err = s.Articles(ctx, q)
			n = len(hits)
			for _, h := range hits {
				out.article(h)
			}
		}
		if err != nil || next == "" {
			return false, err
		}
		if left -= n; limit > 0 && left <= 0 {
			return true, nil
		}
		q.After = next
	}
}

// eventRecord is how query prints an event in JSON and CSV: the record
// the HTTP API gives, with the counts of the event's cluster.
type eventRecord struct {
	render.EventRecord
	// Mentions, Sources and Articles are the counts of the event's
	// cluster: the same event in every stored article.
	Mentions int `json:"mentions"`
	Sources  int `json:"sources"`
	Articles int `json:"articles"`
}

var eventHeader = []string{"date", "cameo", "quad_class", "goldstein", "plover", "source_actor", "source",
	"target_actor", "target", "modality", "trigger", "confidence", "sentence", "article", "event", "document", "coder",
	"mentions", "sources", "articles"}

func newEventRecord(h herald.EventHit) eventRecord {
	return eventRecord{EventRecord: render.NewEventRecord(h),
		Mentions: h.Cluster.Mentions, Sources: h.Cluster.Sources, Articles: h.Cluster.Articles}
}

func (r eventRecord) values() []string {
	return []string{r.Date, r.CAMEO, strconv.Itoa(r.QuadClass), num(r.Goldstein), r.PLOVER, r.SourceActor, r.Source,
		r.TargetActor, r.Target, r.Modality, r.Trigger, num(r.Confidence), r.Sentence, r.Article, r.Event, r.Document, r.Coder,
		strconv.Itoa(r.Mentions), strconv.Itoa(r.Sources), strconv.Itoa(r.Articles)}
}

// articleRecord is how query prints an article in JSON and CSV.
type articleRecord struct {
	Published string `json:"published"`
	Article   string `json:"article"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	URL       string `json:"url"`
	Events    int    `json:"events"`
	Snippet   string `json:"snippet,omitempty"`
	Document  string `json:"document"`
	Coder     string `json:"coder"`
}

var articleHeader = []string{"published", "article", "title", "source", "url", "events", "snippet", "document", "coder"}

func newArticleRecord(h herald.ArticleHit) articleRecord {
	a := h.Article
	pub := ""
	if !a.Published.IsZero() {
		pub = a.Published.Format(time.RFC3339)
	}
	return articleRecord{Published: pub, Article: a.ID, Title: a.Title, Source: a.Source, URL: a.URL,
		Events: h.Events, Snippet: h.Snippet, Document: h.Hash, Coder: h.Coder}
}

func (r articleRecord) values() []string {
	return []string{r.Published, r.Article, r.Title, r.Source, r.URL, strconv.Itoa(r.Events), r.Snippet, r.Document, r.Coder}
}

func num(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

// A printer writes query results in one format. It keeps the first error
// and writes nothing after it.
type printer struct {
	format string
	enc    *json.Encoder
	csv    *csv.Writer
	tab    *tabwriter.Writer
	rows   int
	err    error
}

func newPrinter(w io.Writer, format string) *printer {
	p := &printer{format: format}
	switch format {
	case "json":
		p.enc = json.NewEncoder(w)
		p.enc.SetEscapeHTML(false)
	case "csv":
		p.csv = csv.NewWriter(w)
	default:
		p.tab = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	}
	return p
}

func (p *printer) event(h herald.EventHit) {
	r := newEventRecord(h)
	p.print(r, eventHeader, r.values, func() ([]string, []string) {
		return []string{"DATE", "CAMEO", "QUAD", "PLOVER", "SOURCE", "TARGET", "MODALITY", "TRIGGER", "ARTICLE"},
			[]string{r.Date, r.CAMEO, strconv.Itoa(r.QuadClass), r.PLOVER, party(r.SourceActor, r.Source),
				party(r.TargetActor, r.Target), r.Modality, r.Trigger, r.Article}
	})
}

func (p *printer) article(h herald.ArticleHit) {
	r := newArticleRecord(h)
	p.print(r, articleHeader, r.values, func() ([]string, []string) {
		head := []string{"PUBLISHED", "SOURCE", "EVENTS", "ARTICLE", "TITLE"}
		row := []string{h.Article.Published.Format(time.DateOnly), r.Source, strconv.Itoa(r.Events), r.Article, clip(r.Title, 60)}
		if h.Article.Published.IsZero() {
			row[0] = "-"
		}
		if r.Snippet != "" {
			head, row = append(head, "SNIPPET"), append(row, clip(r.Snippet, 80))
		}
		return head, row
	})
}

// print writes one result: rec as JSON, values as CSV, or cells as a table
// row, each under its header.
func (p *printer) print(rec any, header []string, values func() []string, cells func() (head, row []string)) {
	if p.err != nil {
		return
	}
	first := p.rows == 0
	p.rows++
	switch p.format {
	case "json":
		p.err = p.enc.Encode(rec)
	case "csv":
		if first {
			p.csv.Write(header)
		}
		p.err = p.csv.Write(values())
	default:
		head, row := cells()
		if first {
			fmt.Fprintln(p.tab, strings.Join(head, "\t"))
		}
		_, p.err = fmt.Fprintln(p.tab, strings.Join(row, "\t"))
	}
}

// party names a participant in a table: its actor code, else its words.
func party(actor, text string) string {
	switch {
	case actor != "":
		return actor
	case text != "":
		return strconv.Quote(clip(text, 24))
	}
	return "-"
}

// clip shortens s to at most n runes, on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// flush writes what is buffered and returns the first error.
func (p *printer) flush() error {
	switch {
	case p.csv != nil:
		p.csv.Flush()
		if p.err == nil {
			p.err = p.csv.Error()
		}
	case p.tab != nil:
		if err := p.tab.Flush(); p.err == nil {
			p.err = err
		}
	}
	if p.err != nil {
		return fmt.Errorf("write results: %w", p.err)
	}
	return nil
}
