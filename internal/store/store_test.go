package store

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/heraldproject/herald"
)

func TestDay(t *testing.T) {
	pub := time.Date(2025, 8, 8, 23, 30, 0, 0, time.FixedZone("", -2*3600)) // 2025-08-09 in UTC
	tests := []struct {
		date string
		pub  time.Time
		want string
	}{
		{"2025-08-15", pub, "2025-08-15"},
		{"2025-08-15T10:00:00Z", pub, "2025-08-15"},
		{"2025-08", pub, "2025-08-09"},
		{"2025-W33", pub, "2025-08-09"},
		{"2025-02-30", pub, "2025-08-09"},
		{"2025-08-15x", pub, "2025-08-09"},
		{"", pub, "2025-08-09"},
		{"", time.Time{}, ""},
		{"PT24H", time.Time{}, ""},
	}
	for _, tt := range tests {
		if got := Day(tt.date, tt.pub); got != tt.want {
			t.Errorf("Day(%q, %v) = %q; want %q", tt.date, tt.pub, got, tt.want)
		}
	}
}

func TestCheck(t *testing.T) {
	f, err := Check(herald.Query{Actor: " rus* ", CAMEO: "04", PLOVER: "consult", Text: `putin "trump" zel* * **`}, EventCursor)
	if err != nil {
		t.Fatal(err)
	}
	want := Filter{Actor: &Range{"RUS", "RUT"}, CAMEO: &Range{"04", "05"}, PLOVER: "CONSULT", Limit: herald.DefaultLimit,
		Terms: []Term{{Word: "putin"}, {Word: "trump"}, {Word: "zel", Prefix: true}}}
	if !reflect.DeepEqual(f, want) {
		t.Errorf("Check = %+v; want %+v", f, want)
	}
	f, err = Check(herald.Query{Actor: "USAGOV", CAMEO: "0369", Limit: 5000}, ArticleCursor)
	if err != nil || *f.Actor != (Range{Lo: "USAGOV"}) || *f.CAMEO != (Range{"0369", "036:"}) || f.Limit != herald.MaxLimit {
		t.Errorf("Check = %+v, %v; want exact actor, CAMEO range and MaxLimit", f, err)
	}
	for _, q := range []herald.Query{{Actor: "É*"}, {Actor: "A*B"}, {CAMEO: "0x"}, {QuadClass: 9}, {After: Cursor(EventCursor, "2025-01-01", 3)}} {
		if _, err := Check(q, ArticleCursor); !errors.Is(err, herald.ErrBadQuery) {
			t.Errorf("Check(%+v) error = %v; want ErrBadQuery", q, err)
		}
	}
}

func TestCursorRoundTrip(t *testing.T) {
	for _, c := range []struct {
		day string
		id  int64
	}{{"2025-08-08", 42}, {"", 1}, {"1999-12-31", 1 << 40}} {
		f, err := Check(herald.Query{After: Cursor(EventCursor, c.day, c.id)}, EventCursor)
		if err != nil || !f.After || f.AfterDay != c.day || f.AfterID != c.id {
			t.Errorf("cursor (%q, %d) came back as %+v, %v", c.day, c.id, f, err)
		}
	}
}

func TestCodecRoundTrip(t *testing.T) {
	doc := herald.NewDocument(herald.Article{ID: "x", Text: "A b, c.", Published: time.Date(2025, 1, 2, 3, 4, 5, 6, time.UTC)})
	doc.Tokens = []herald.Token{{Span: sp(0, 1)}, {Span: sp(2, 3)}, {Span: sp(3, 4), Kind: herald.Punctuation},
		{Span: sp(5, 6)}, {Span: sp(6, 7), Kind: herald.Punctuation}, {Span: sp(1, 0), Kind: 200}}
	doc.Article.Diagnostics = []herald.Diagnostic{{Stage: "ingest", Message: "kept"}}
	var c Codec
	for _, toks := range [][]herald.Token{doc.Tokens, nil, {}} {
		doc.Tokens = toks
		b, err := c.Encode(doc)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Decode(b, doc.Text)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, doc) {
			t.Errorf("round trip:\n got %+v\nwant %+v", got, doc)
		}
	}
	for _, b := range [][]byte{[]byte(`{"v":1}`), nil, {0xff, 0x00}} {
		if _, err := Decode(b, ""); err == nil {
			t.Errorf("Decode(%q) succeeded; want an error", b)
		}
	}
}

func sp(start, end int) herald.Span { return herald.Span{Start: start, End: end} }

func FuzzUnpackTokens(f *testing.F) {
	f.Add(packTokens([]herald.Token{{Span: sp(0, 3)}, {Span: sp(4, 5), Kind: 2}}))
	f.Add([]byte{0x80})
	f.Fuzz(func(t *testing.T, b []byte) {
		toks, err := unpackTokens(b)
		if err != nil {
			return
		}
		if again, err := unpackTokens(packTokens(toks)); err != nil || !reflect.DeepEqual(again, toks) {
			t.Errorf("repacking %v gave %v, %v", toks, again, err)
		}
	})
}

func FuzzCheckCursor(f *testing.F) {
	f.Add(Cursor(EventCursor, "2025-08-08", 7))
	f.Add("ZTIwMjUtMDgtMDgvNw")
	f.Fuzz(func(t *testing.T, c string) {
		Check(herald.Query{After: c}, EventCursor)
	})
}
