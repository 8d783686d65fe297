package nats

import (
	"reflect"
	"strings"
	"testing"
	"time"

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
