package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/heraldproject/herald"
)

// A record is one line of JSONL input.
type record struct {
	ID        flexString `json:"id"`
	URL       string     `json:"url"`
	Title     string     `json:"title"`
	Source    string     `json:"source"`
	Published flexString `json:"published"`
	Author    string     `json:"author"`
	Text      string     `json:"text"`
	HTML      string     `json:"html"`
}

// jsonl reads JSON Lines, one article per line. Blank lines are skipped; a
// bad line is reported and reading goes on.
func (r *run) jsonl(br *bufio.Reader, o herald.Origin) {
	lines := lineReader{br: br, max: r.opts.MaxBytes}
	found := false
	for {
		at := o
		at.Line = lines.n + 1
		if !r.live(at) {
			return
		}
		line, size, err := lines.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			r.fail(at, readError(o.Path, err))
			return
		}
		if at.Line == 1 {
			line = bytes.TrimPrefix(line, bomUTF8)
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 && size <= r.opts.MaxBytes {
			continue
		}
		found = true
		a, err := r.record(line, size)
		if err != nil {
			if !r.fail(at, fmt.Errorf("read %q: line %d: %w", o.Path, at.Line, err)) {
				return
			}
			continue
		}
		a.Origin = at
		if !r.emit(a) {
			return
		}
	}
	if !found {
		r.fail(o, fmt.Errorf("read %q: %w", o.Path, empty("no JSON lines")))
	}
}

// record returns the article of one JSONL line of size bytes.
func (r *run) record(line []byte, size int64) (herald.Article, error) {
	if size > r.opts.MaxBytes {
		return herald.Article{}, tooLarge(size, r.opts.MaxBytes)
	}
	if line[0] != '{' {
		return herald.Article{}, malformed("JSON: the line is not a JSON object")
	}
	bad := 0
	if !utf8.Valid(line) {
		// The decoder replaces invalid UTF-8 on its own; count it first.
		_, bad = cleanText(line)
	}
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		return herald.Article{}, jsonError(err)
	}
	a, err := rec.article()
	if err != nil {
		return herald.Article{}, err
	}
	a.Diagnostics = repairs(a.Diagnostics, bad)
	return a, nil
}

// article returns the article a record describes. Its text is the record's
// text or, without one, the main text extracted from its HTML; the record's
// fields win over the page metadata.
func (rec *record) article() (herald.Article, error) {
	published, err := parseDate(string(rec.Published))
	if err != nil {
		return herald.Article{}, malformed("date: published %q: %v", string(rec.Published), err)
	}
	var a herald.Article
	switch {
	case strings.TrimSpace(rec.Text) != "":
		a.Text, _ = cleanString(rec.Text)
	case strings.TrimSpace(rec.HTML) != "":
		if a, err = extractHTML([]byte(rec.HTML)); err != nil {
			return herald.Article{}, fmt.Errorf("html: %w", err)
		}
	default:
		return herald.Article{}, empty("the record has neither text nor html")
	}
	a.ID = strings.TrimSpace(string(rec.ID))
	a.URL = or(strings.TrimSpace(rec.URL), a.URL)
	a.Title = or(oneLine(rec.Title), a.Title)
	a.Source = or(oneLine(rec.Source), a.Source)
	a.Author = or(oneLine(rec.Author), a.Author)
	if !published.IsZero() {
		a.Published = published
	}
	return a, nil
}

// or returns s, or else when s is empty.
func or(s, orElse string) string {
	if s == "" {
		return orElse
	}
	return s
}

// jsonError rephrases a JSON decoding error as a one-line problem.
func jsonError(err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field != "" {
		return malformed("JSON: %s is a JSON %s, not a %s", te.Field, te.Value, te.Type)
	}
	return malformed("JSON: %s", strings.TrimPrefix(err.Error(), "json: "))
}

// A flexString is a JSON string that may also be written as a number, as
// IDs and Unix dates often are; null is the empty string.
type flexString string

// UnmarshalJSON implements json.Unmarshaler.
func (f *flexString) UnmarshalJSON(b []byte) error {
	switch {
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*f = flexString(s)
	case string(b) == "null":
		*f = ""
	case len(b) > 0 && (b[0] == '-' || b[0] >= '0' && b[0] <= '9'):
		*f = flexString(b)
	default:
		return &json.UnmarshalTypeError{Value: jsonKind(b), Type: stringType}
	}
	return nil
}

// stringType is the Go type that a flexString decodes to.
var stringType = reflect.TypeFor[string]()

// jsonKind names the kind of a JSON value by its first byte.
func jsonKind(b []byte) string {
	switch {
	case len(b) == 0:
		return "value"
	case b[0] == '{':
		return "object"
	case b[0] == '[':
		return "array"
	case b[0] == 't' || b[0] == 'f':
		return "bool"
	}
	return "value"
}

// A lineReader reads lines of any length from a bufio.Reader, keeping at
// most max bytes of each.
type lineReader struct {
	br  *bufio.Reader
	max int64
	n   int    // lines read
	buf []byte // the line being read
}

// next returns the next line without its line ending, and its length in
// bytes. A line longer than max is returned cut short, with its full
// length, so that the caller can refuse it without holding it whole. At the
// end of input next returns io.EOF.
func (lr *lineReader) next() ([]byte, int64, error) {
	lr.buf = lr.buf[:0]
	var size int64
	for {
		chunk, err := lr.br.ReadSlice('\n')
		size += int64(len(chunk))
		if room := lr.max + 2 - int64(len(lr.buf)); room > 0 { // +2 for "\r\n"
			lr.buf = append(lr.buf, chunk[:min(int64(len(chunk)), room)]...)
		}
		switch {
		case err == nil: // the line ends here
			size--
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && size == 0:
			return nil, 0, io.EOF
		case err != io.EOF:
			return nil, 0, err
		}
		break
	}
	lr.n++
	line := bytes.TrimSuffix(lr.buf, []byte("\n"))
	if n := len(line); n > 0 && line[n-1] == '\r' && int64(n) <= size {
		line, size = line[:n-1], size-1
	}
	return line, size, nil
}
