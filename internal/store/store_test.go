package store

import (
	"bytes"
	"compress/flate"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
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
	for _, q := range []herald.Query{{Actor: "É*"}, {Actor: "A*B"}, {CAMEO: "0x"}, {QuadClass: 9}, {Text: "a\x00b"}, {Text: "\xff"}, {After: Cursor(EventCursor, "2025-01-01", 3)}} {
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
	tagged := slices.Clone(doc.Tokens)
	tagged[0].POS, tagged[0].Chunk = "DT", "B-NP"
	tagged[1].POS, tagged[1].Chunk = "NN", "I-NP"
	tagged[3].Chunk = "B-NP"
	var c Codec
	for _, toks := range [][]herald.Token{doc.Tokens, tagged, nil, {}} {
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

// TestDecodeVersion1 reads the form that stores written before tokens had
// tags hold: three varints a token and no tag table.
func TestDecodeVersion1(t *testing.T) {
	doc := herald.NewDocument(herald.Article{ID: "old", Text: "Ab c"})
	var buf bytes.Buffer
	zw, _ := flate.NewWriter(&buf, flate.BestSpeed)
	old := kept{Version: 1, Document: doc, Tokens: []byte{0, 4, 0, 2, 2, 0}} // zigzag varints
	if err := json.NewEncoder(zw).Encode(old); err != nil || zw.Close() != nil {
		t.Fatal(err)
	}
	got, err := Decode(buf.Bytes(), doc.Text)
	want := []herald.Token{{Span: sp(0, 2)}, {Span: sp(3, 4)}}
	if err != nil || !reflect.DeepEqual(got.Tokens, want) {
		t.Errorf("Decode of version 1 = %+v, %v; want tokens %+v", got, err, want)
	}
	old.Version = codecVersion + 1
	buf.Reset()
	zw.Reset(&buf)
	json.NewEncoder(zw).Encode(old)
	zw.Close()
	if _, err := Decode(buf.Bytes(), doc.Text); err == nil {
		t.Errorf("Decode of version %d succeeded; want an error", old.Version)
	}
}

func sp(start, end int) herald.Span { return herald.Span{Start: start, End: end} }

func FuzzUnpackTokens(f *testing.F) {
	plain, _ := packTokens([]herald.Token{{Span: sp(0, 3)}, {Span: sp(4, 5), Kind: 2}})
	f.Add(plain, false)
	tagged, _ := packTokens([]herald.Token{{Span: sp(0, 3), POS: "NNP", Chunk: "B-NP"}, {Span: sp(4, 5), Kind: 2, Chunk: "O"}})
	f.Add(tagged, true)
	f.Add([]byte{0x80}, true)
	f.Fuzz(func(t *testing.T, b []byte, withTags bool) {
		var tags []string
		if withTags {
			tags = []string{"NNP", "B-NP", "O"}
		}
		toks, err := unpackTokens(b, tags, true)
		if err != nil {
			return
		}
		packed, table := packTokens(toks)
		if again, err := unpackTokens(packed, table, true); err != nil || !reflect.DeepEqual(again, toks) {
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
