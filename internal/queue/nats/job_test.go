package nats

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/queue/queuetest"
)

func TestJobRoundTrip(t *testing.T) {
	zoned := queuetest.Article(1)
	zoned.Published = time.Date(2025, 8, 8, 10, 30, 0, 123456789, time.FixedZone("", 3*3600))
	undated := queuetest.Article(2)
	undated.Published = time.Time{}
	for _, a := range []herald.Article{queuetest.Article(0), zoned, undated, {Text: "x"}} {
		b, err := encode(a)
		if err != nil {
			t.Fatal(err)
		}
		got, err := decode(b)
		if err != nil {
			t.Fatal(err)
		}
		// The instant and its offset come back; the *Location is a new one.
		_, wantOff := a.Published.Zone()
		_, gotOff := got.Published.Zone()
		if !got.Published.Equal(a.Published) || gotOff != wantOff {
			t.Errorf("Published %v came back as %v", a.Published, got.Published)
		}
		got.Published, a.Published = time.Time{}, time.Time{}
		if !reflect.DeepEqual(got, a) {
			t.Errorf("round trip:\n got %+v\nwant %+v", got, a)
		}
	}
}

func TestDecodeRefuses(t *testing.T) {
	for _, body := range []string{``, `{`, `{"v":2,"article":{}}`, `[1]`} {
		if _, err := decode([]byte(body)); err == nil || !strings.HasPrefix(err.Error(), "decode message") {
			t.Errorf("decode(%q) = %v, want an error", body, err)
		}
	}
}

func TestReasonHeader(t *testing.T) {
	long := `decode message: parsing time "` + strings.Repeat("é", 400) + `"`
	for _, tc := range []struct{ in, want string }{
		{"decode message: unexpected end of JSON input", "decode message: unexpected end of JSON input"},
		{"line one\r\nline two\n", "line one  line two "},
		{long, long[:maxReason-len("…")-1] + "…"},
	} {
		if got := reasonHeader(tc.in); got != tc.want {
			t.Errorf("reasonHeader(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzDecode reads arbitrary message bodies: a body is an article or a
// clear error, never a panic, and an article read encodes back to a body
// that reads as the same article.
//
//	go test -run XXX -fuzz FuzzDecode -fuzztime 1m ./internal/queue/nats/
func FuzzDecode(f *testing.F) {
	b, err := encode(queuetest.Article(0))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	for _, body := range []string{``, `null`, `{"v":1}`, `{"v":1,"article":null}`, `{"v":2,"article":{}}`, `[1]`,
		`{"v":1,"article":{"Text":"\ud800 \u0000","Published":"2025-08-08T10:30:00+03:00","Origin":{"Line":-1}}}`,
		`{"v":1,"article":{"Published":"0000-01-01T00:00:00Z"}}`, `{"v":1e400}`, "{\"v\":1,\"article\":{\"Text\":\"\xff\"}}"} {
		f.Add([]byte(body))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		a, err := decode(body)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "decode message: ") {
				t.Errorf("decode(%q) = %q, want an error that begins %q", body, err, "decode message: ")
			}
			if h := reasonHeader(err.Error()); len(h) > maxReason || strings.ContainsAny(h, "\r\n") || !utf8.ValidString(h) {
				t.Errorf("decode(%q) = %q, whose dead-letter header %q is not one valid line of at most %d bytes", body, err, h, maxReason)
			}
			return
		}
		again, err := encode(a)
		if err != nil {
			t.Fatalf("decode(%q) gave %+v, which does not encode: %v", body, a, err)
		}
		b, err := decode(again)
		if err != nil {
			t.Fatalf("decode(encode(%+v)) = %v", a, err)
		}
		if twice, _ := encode(b); !bytes.Equal(twice, again) {
			t.Errorf("the article of %q changed on a round trip:\n got %s\nwant %s", body, twice, again)
		}
	})
}
