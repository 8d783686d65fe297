package ingest

import (
	"context"
	"testing"

	"github.com/heraldproject/herald"
)

func TestText(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // text; "" when an error is wanted
		diag     string // message of the one diagnostic, if any
		max      int64  // Options.MaxBytes
		kind     error
		msg      string
	}{
		{name: "plain", in: "Talks resumed in Geneva.\n", want: "Talks resumed in Geneva.\n"},
		{name: "keeps spacing", in: "  Two  spaces\t\ttabs\n\n\n\nlines  ", want: "  Two  spaces\t\ttabs\n\n\n\nlines  "},
		{name: "BOM", in: "\ufeffTalks resumed.", want: "Talks resumed."},
		{name: "CRLF", in: "One.\r\nTwo.\r\n\r\nThree.", want: "One.\nTwo.\n\nThree."},
		{name: "CR", in: "One.\rTwo.\r\rThree.", want: "One.\nTwo.\n\nThree."},
		{name: "invalid UTF-8", in: "Caf\xe9 and cr\xe8me \xff\xfe\xfd.", want: "Caf\ufffd and cr\ufffdme \ufffd.",
			diag: "replaced 3 invalid UTF-8 sequences with U+FFFD"},
		{name: "one invalid sequence", in: "Na\xefve", want: "Na\ufffdve", diag: "replaced 1 invalid UTF-8 sequence with U+FFFD"},
		{name: "truncated rune at end", in: "Euro \xe2\x82", want: "Euro \ufffd", diag: "replaced 1 invalid UTF-8 sequence with U+FFFD"},
		{name: "UTF-16LE", in: "\xff\xfeH\x00i\x00\n\x00", want: "Hi\n"},
		{name: "UTF-16BE", in: "\xfe\xff\x00H\x00i", want: "Hi"},
		{name: "empty", in: "", kind: herald.ErrEmpty, msg: `read "a.txt": empty input: no text`},
		{name: "white space", in: " \n\t\r\n ", kind: herald.ErrEmpty, msg: `read "a.txt": empty input: no text`},
		{name: "BOM only", in: "\ufeff", kind: herald.ErrEmpty, msg: `read "a.txt": empty input: no text`},
		{name: "NUL", in: "ab\x00cd", kind: herald.ErrBinary, msg: `read "a.txt": binary input: not text (NUL bytes)`},
		{name: "PNG", in: "\x89PNG\r\n\x1a\n", kind: herald.ErrBinary, msg: `read "a.txt": binary input: not text (a known binary file signature)`},
		{name: "too large", in: "0123456789ABCDEF", max: 10, kind: herald.ErrTooLarge, msg: `read "a.txt": input is over the 10 bytes limit (raise it with --max-size)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := only(t, readString(t, "a.txt", tt.in, Options{MaxBytes: tt.max}))
			if tt.kind != nil {
				wantError(t, r.err, tt.kind, tt.msg)
				return
			}
			if r.err != nil {
				t.Fatal(r.err)
			}
			if r.a.Text != tt.want {
				t.Errorf("text = %q, want %q", r.a.Text, tt.want)
			}
			if r.a.ID != contentID(tt.want) || r.a.Origin != (herald.Origin{Path: "a.txt", Format: "text"}) {
				t.Errorf("ID %s, origin %+v; want %s, a.txt as text", r.a.ID, r.a.Origin, contentID(tt.want))
			}
			var diag string
			if len(r.a.Diagnostics) == 1 {
				d := r.a.Diagnostics[0]
				diag = d.Message
				if d.Stage != "ingest" || d.Severity != herald.Warning {
					t.Errorf("diagnostic %v: want an ingest warning", d)
				}
			}
			if diag != tt.diag || len(r.a.Diagnostics) > 1 {
				t.Errorf("diagnostics %v, want %q", r.a.Diagnostics, tt.diag)
			}
		})
	}
}

func TestTextFixtures(t *testing.T) {
	got := collect(t, Read(context.Background(), "testdata/text/article.txt", Options{}))
	r := only(t, got)
	want := "Harbour workers end strike in Port Elwin\n\nPORT ELWIN (Herald Wire) - Dock workers in Port Elwin ended a nine-day strike on Tuesday after the port authority agreed to raise wages by 6 percent, union leaders said.\n\nThe union’s chair, Mara Lind, said the deal \"keeps the port open and our members paid\".\nShipping resumed on Wednesday.\n"
	if r.err != nil || r.a.Text != want {
		t.Errorf("article.txt: got %q, %v\nwant %q", r.a.Text, r.err, want)
	}
	for path, kind := range map[string]error{
		"testdata/text/empty.txt":      herald.ErrEmpty,
		"testdata/text/blank.txt":      herald.ErrEmpty,
		"testdata/binary/photo.png":    herald.ErrBinary,
		"testdata/binary/image.gif":    herald.ErrBinary,
		"testdata/binary/controls.dat": herald.ErrBinary,
	} {
		wantError(t, only(t, collect(t, Read(context.Background(), path, Options{}))).err, kind, "")
	}
	r = only(t, collect(t, Read(context.Background(), "testdata/text/latin1.txt", Options{})))
	if r.err != nil || r.a.Text != "Caf\ufffd owners in Tr\ufffds-Rivi\ufffdres protested on Monday.\n" || len(r.a.Diagnostics) != 1 {
		t.Errorf("latin1.txt: got %q %v, %v", r.a.Text, r.a.Diagnostics, r.err)
	}
}

func TestCleanText(t *testing.T) {
	tests := []struct {
		in, want string
		bad      int
	}{
		{"", "", 0},
		{"ok", "ok", 0},
		{"\ufeff\ufeffx", "\ufeffx", 0}, // only a leading BOM goes
		{"a\r\n\r\nb\rc", "a\n\nb\nc", 0},
		{"\x80\x80\x80x", "\ufffdx", 1},
		{"x\xc3", "x\ufffd", 1},
		{"\xed\xa0\x80", "\ufffd", 1}, // an encoded surrogate
		{"\xc0\xafé\xff", "\ufffdé\ufffd", 2},
	}
	for _, tt := range tests {
		got, bad := cleanText([]byte(tt.in))
		if got != tt.want || bad != tt.bad {
			t.Errorf("cleanText(%q) = %q, %d; want %q, %d", tt.in, got, bad, tt.want, tt.bad)
		}
	}
}
