package store

import (
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/heraldproject/herald"
)

// Cursor kinds: a cursor from a page of events is no good for articles.
const (
	EventCursor   = 'e'
	ArticleCursor = 'a'
)

// A Range is a half-open range [Lo, Hi) of strings: the codes with a prefix.
// Hi == "" means exactly Lo.
type Range struct{ Lo, Hi string }

// A Term is one word of a full-text query.
type Term struct {
	Word   string
	Prefix bool // the word ended in *: match every word beginning with it
}

// A Filter is a checked herald.Query in the form stores build SQL from.
// Zero fields do not filter.
type Filter struct {
	Actor     *Range // source or target actor
	CAMEO     *Range
	PLOVER    string // upper case
	QuadClass int
	Modality  string
	Country   string // ISO 3166-1 alpha-3, upper case
	From, To  string // YYYY-MM-DD, inclusive
	Terms     []Term
	Limit     int
	// AfterDay and AfterID are the last result of the previous page;
	// After is false on the first page.
	After    bool
	AfterDay string
	AfterID  int64
}

// Check checks q and returns its filter for results of the given cursor
// kind. Its errors wrap herald.ErrBadQuery.
func Check(q herald.Query, kind byte) (Filter, error) {
	var f Filter
	var err error
	if f.Actor, err = actorRange(q.Actor); err != nil {
		return f, err
	}
	if f.CAMEO, err = cameoRange(q.CAMEO); err != nil {
		return f, err
	}
	f.PLOVER = strings.ToUpper(strings.TrimSpace(q.PLOVER))
	if q.QuadClass < 0 || q.QuadClass > 4 {
		return f, fmt.Errorf("%w: quad class %d is not 1 to 4", herald.ErrBadQuery, q.QuadClass)
	}
	f.QuadClass = q.QuadClass
	switch q.Modality {
	case "", herald.Asserted, herald.Planned, herald.Hypothetical, herald.Conditional, herald.Negated, herald.Reported:
		f.Modality = string(q.Modality)
	default:
		return f, fmt.Errorf("%w: modality %q is not one of asserted, planned, hypothetical, conditional, negated, reported", herald.ErrBadQuery, q.Modality)
	}
	if f.Country, err = country(q.Country); err != nil {
		return f, err
	}
	f.From, f.To = PublishedDay(q.From), PublishedDay(q.To)
	if f.From != "" && f.To != "" && f.To < f.From {
		return f, fmt.Errorf("%w: date range ends (%s) before it begins (%s)", herald.ErrBadQuery, f.To, f.From)
	}
	if strings.IndexFunc(q.Text, isControl) >= 0 || !utf8.ValidString(q.Text) {
		return f, fmt.Errorf("%w: full-text query %q holds a control character or invalid UTF-8", herald.ErrBadQuery, q.Text)
	}
	f.Terms = terms(q.Text)
	switch {
	case q.Limit < 0:
		return f, fmt.Errorf("%w: limit %d is negative", herald.ErrBadQuery, q.Limit)
	case q.Limit == 0:
		f.Limit = herald.DefaultLimit
	default:
		f.Limit = min(q.Limit, herald.MaxLimit)
	}
	if q.After != "" {
		f.After = true
		if f.AfterDay, f.AfterID, err = parseCursor(q.After, kind); err != nil {
			return f, err
		}
	}
	return f, nil
}

// actorRange checks an actor pattern: a code of letters and digits, with
// an optional trailing * for a prefix. "*" alone matches everything.
func actorRange(p string) (*Range, error) {
	p = strings.ToUpper(strings.TrimSpace(p))
	code, prefix := strings.CutSuffix(p, "*")
	if code == "" {
		return nil, nil
	}
	for _, r := range code {
		if r > unicode.MaxASCII || !(unicode.IsUpper(r) || unicode.IsDigit(r)) {
			return nil, fmt.Errorf("%w: actor %q is not a code of letters and digits with an optional trailing *", herald.ErrBadQuery, p)
		}
	}
	if !prefix {
		return &Range{Lo: code}, nil
	}
	return &Range{Lo: code, Hi: next(code)}, nil
}

// country checks an ISO 3166-1 alpha-3 country code, three letters, and
// returns it in upper case.
func country(c string) (string, error) {
	c = strings.ToUpper(strings.TrimSpace(c))
	if c == "" {
		return "", nil
	}
	if len(c) != 3 || strings.Trim(c, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return "", fmt.Errorf("%w: country %q is not an ISO 3166-1 alpha-3 code of three letters", herald.ErrBadQuery, c)
	}
	return c, nil
}

// cameoRange checks a CAMEO code: one to four digits, matching the code and
// every code below it.
func cameoRange(c string) (*Range, error) {
	c = strings.TrimSuffix(strings.TrimSpace(c), "*")
	if c == "" {
		return nil, nil
	}
	if len(c) > 4 || strings.Trim(c, "0123456789") != "" {
		return nil, fmt.Errorf("%w: CAMEO code %q is not one to four digits", herald.ErrBadQuery, c)
	}
	return &Range{Lo: c, Hi: next(c)}, nil
}

// next returns the least string greater than every string with prefix p,
// for p of ASCII letters and digits.
func next(p string) string {
	return p[:len(p)-1] + string(p[len(p)-1]+1)
}

// isControl reports whether r is a control character other than white
// space, which no full-text engine's query syntax accepts.
func isControl(r rune) bool {
	return unicode.IsControl(r) && !unicode.IsSpace(r)
}

// terms splits a full-text query into words, dropping double quotes, which
// every backend's query syntax treats specially.
func terms(text string) []Term {
	var ts []Term
	for _, w := range strings.Fields(strings.ReplaceAll(text, `"`, " ")) {
		word, prefix := strings.CutSuffix(w, "*")
		word = strings.Trim(word, "*")
		if word != "" {
			ts = append(ts, Term{Word: word, Prefix: prefix})
		}
	}
	return ts
}

// Cursor returns the cursor of a page that ended with the result of the
// given kind filed under day with the store's id.
func Cursor(kind byte, day string, id int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(string(kind) + day + "/" + strconv.FormatInt(id, 10)))
}

func parseCursor(c string, kind byte) (string, int64, error) {
	bad := fmt.Errorf("%w: cursor %q is not one that a page of %s returned", herald.ErrBadQuery, c, kindName(kind))
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || len(b) == 0 || b[0] != kind {
		return "", 0, bad
	}
	day, id, ok := strings.Cut(string(b[1:]), "/")
	n, err := strconv.ParseInt(id, 10, 64)
	if !ok || err != nil || (day != "" && !isDay(day)) {
		return "", 0, bad
	}
	return day, n, nil
}

func isDay(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

func kindName(kind byte) string {
	if kind == EventCursor {
		return "events"
	}
	return "articles"
}
