package ingest

import (
	"bufio"
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/heraldproject/herald"
)

func TestJSONL(t *testing.T) {
	got := collect(t, Read(context.Background(), "testdata/jsonl/articles.jsonl", Options{}))
	want := []struct {
		line int
		id   string // of the article; "" for an error
		msg  string // of the error
		kind error
	}{
		{line: 1, id: "a1"},
		{line: 3, msg: "line 3: malformed JSON: unexpected end of JSON input", kind: herald.ErrMalformed},
		{line: 4, id: contentID("Authorities issued a flood warning on Friday.")},
		{line: 5, msg: "line 5: empty input: the record has neither text nor html", kind: herald.ErrEmpty},
		{line: 6, msg: `line 6: malformed date: published "yesterday": unknown date format`, kind: herald.ErrMalformed},
		{line: 7, id: "6"},
		{line: 8, msg: "line 8: malformed JSON: the line is not a JSON object", kind: herald.ErrMalformed},
		{line: 9, msg: "line 9: malformed JSON: text is a JSON number, not a string", kind: herald.ErrMalformed},
		{line: 10, id: "a9"},
		{line: 11, id: "last"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d results, want %d: %v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		if g.a.Origin != (herald.Origin{Path: "testdata/jsonl/articles.jsonl", Format: "jsonl", Line: w.line}) {
			t.Errorf("result %d: origin %+v, want line %d", i, g.a.Origin, w.line)
		}
		if w.kind != nil {
			wantError(t, g.err, w.kind, `read "testdata/jsonl/articles.jsonl": `+w.msg)
		} else if g.err != nil || g.a.ID != w.id {
			t.Errorf("line %d: got ID %q, %v; want ID %q", w.line, g.a.ID, g.err, w.id)
		}
	}
	a := got[0].a
	if a.URL != "https://courier.example/a1" || a.Title != "Harbour workers end strike" || a.Source != "Elwin Courier" ||
		a.Author != "Jonas Brecht" || a.Published.Format(time.RFC3339) != "2024-03-12T09:30:00+01:00" ||
		a.Text != "Dock workers in Port Elwin ended a nine-day strike on Tuesday." {
		t.Errorf("line 1: got %+v", a)
	}
	if a := got[5].a; a.Title != "Minister visits towns" || a.Source != "Valley Wire" ||
		a.Text != "The interior minister visited three flooded towns on Friday and promised emergency funds to rebuild bridges and roads.\n\nAid would arrive on Monday, she said." {
		t.Errorf("line 7 (html): got %+v", a)
	}
	if a := got[8].a; a.Text != "First line.\nSecond line." {
		t.Errorf("line 10: text %q, want CRLF turned into LF", a.Text)
	}
}

func TestJSONLLimitsAndRepairs(t *testing.T) {
	long := `{"text": "` + strings.Repeat("x", 200) + `"}`
	in := "\ufeff" + `{"id": "1", "text": "short"}` + "\r\n" + long + "\n" + "{\"id\": \"3\", \"text\": \"Caf\xe9\"}\n" + "\n   \n"
	got := readString(t, "in.ndjson", in, Options{MaxBytes: 100})
	if len(got) != 3 {
		t.Fatalf("got %d results, want 3: %v", len(got), got)
	}
	if got[0].err != nil || got[0].a.ID != "1" || got[0].a.Text != "short" {
		t.Errorf("line 1: got %+v, %v", got[0].a, got[0].err)
	}
	wantError(t, got[1].err, herald.ErrTooLarge, `read "in.ndjson": line 2: 212 bytes is over the 100 bytes limit (raise it with --max-size)`)
	if a := got[2].a; got[2].err != nil || a.Text != "Caf\ufffd" || len(a.Diagnostics) != 1 || a.Origin.Line != 3 {
		t.Errorf("line 3: got %+v, %v", a, got[2].err)
	}

	r := only(t, readString(t, "blank.jsonl", "\n  \n\n", Options{}))
	wantError(t, r.err, herald.ErrEmpty, `read "blank.jsonl": empty input: no JSON lines`)

	r = only(t, readString(t, "x.jsonl", `{"id": "h", "html": "<html><head><title>T</title></head><body></body></html>"}`, Options{}))
	wantError(t, r.err, herald.ErrEmpty, `read "x.jsonl": line 1: html: empty input: no main text found in the page`)

	r = only(t, readString(t, "x.jsonl", `{"id": true, "text": "t"}`, Options{}))
	wantError(t, r.err, herald.ErrMalformed, `read "x.jsonl": line 1: malformed JSON: id is a JSON bool, not a string`)

	r = only(t, readString(t, "x.jsonl", `{"id": null, "text": "t", "extra": [1, 2]} trailing`, Options{}))
	wantError(t, r.err, herald.ErrMalformed, `read "x.jsonl": line 1: malformed JSON: invalid character 't' after top-level value`)

	r = only(t, readString(t, "x.jsonl", `{"id": null, "text": "t", "extra": [1, 2], "published": 1710236400}`, Options{}))
	wantError(t, r.err, herald.ErrMalformed, `read "x.jsonl": line 1: malformed date: published "1710236400": unknown date format`)

	r = only(t, readString(t, "x.jsonl", `{"id": null, "text": "t", "extra": [1, 2]}`, Options{}))
	if r.err != nil || r.a.ID != contentID("t") {
		t.Errorf("null id: got %+v, %v", r.a, r.err)
	}
}

func TestLineReader(t *testing.T) {
	in := "a\r\n\nbb\n" + strings.Repeat("c", 300) + "\n" + strings.Repeat("d", 70000) + "\nlast"
	lr := lineReader{br: bufio.NewReaderSize(strings.NewReader(in), 16), max: 100}
	type line struct {
		text string
		size int64
	}
	want := []line{{"a", 1}, {"", 0}, {"bb", 2}, {strings.Repeat("c", 102), 300}, {strings.Repeat("d", 102), 70000}, {"last", 4}}
	for i, w := range want {
		b, size, err := lr.next()
		if err != nil || string(b) != w.text || size != w.size {
			t.Errorf("line %d: got %q (%d bytes), %v; want %q (%d bytes)", i+1, b, size, err, w.text, w.size)
		}
	}
	if _, _, err := lr.next(); !errors.Is(err, io.EOF) {
		t.Errorf("after the last line: got %v, want io.EOF", err)
	}
	if lr.n != len(want) {
		t.Errorf("counted %d lines, want %d", lr.n, len(want))
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string // want in RFC 3339; "" for an error
	}{
		{"", "0001-01-01T00:00:00Z"},
		{"2024-03-12T09:30:00+01:00", "2024-03-12T09:30:00+01:00"},
		{"2024-03-12T09:30:00.123Z", "2024-03-12T09:30:00Z"},
		{"2024-03-12", "2024-03-12T00:00:00Z"},
		{"2024-03-12T09:30:00", "2024-03-12T09:30:00Z"},
		{"2024-03-12 09:30:00", "2024-03-12T09:30:00Z"},
		{"2024-03-12T09:30:00+0100", "2024-03-12T09:30:00+01:00"},
		{"2024/03/12", "2024-03-12T00:00:00Z"},
		{"Tue, 12 Mar 2024 09:30:00 +0100", "2024-03-12T09:30:00+01:00"},
		{"Tue, 12 Mar 2024 09:30:00 GMT", "2024-03-12T09:30:00Z"},
		{"Tue, 5 Mar 2024 09:30:00 EST", "2024-03-05T09:30:00-05:00"},
		{"12 March 2024", "2024-03-12T00:00:00Z"},
		{"March 12, 2024", "2024-03-12T00:00:00Z"},
		{"Mar 12, 2024", "2024-03-12T00:00:00Z"},
		{"Tue, 12 Mar 2024 09:30:00 XYZ", ""},
		{"yesterday", ""},
		{"2024-13-45", ""},
	}
	for _, tt := range tests {
		got, err := parseDate(tt.in)
		switch {
		case tt.want == "" && err == nil:
			t.Errorf("parseDate(%q) = %v, want an error", tt.in, got)
		case tt.want != "" && (err != nil || got.Format(time.RFC3339) != tt.want):
			t.Errorf("parseDate(%q) = %v, %v; want %s", tt.in, got.Format(time.RFC3339), err, tt.want)
		}
	}
}
