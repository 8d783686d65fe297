package timex

import (
	"os"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
)

func TestPrecisionOf(t *testing.T) {
	for _, c := range []struct {
		value string
		want  Precision
	}{
		{"2025-08-07", Day},
		{"2025-08-07T15:00", Minute},
		{"2025-08-07TMO", PartOfDay},
		{"2025-W33", Week},
		{"2025-W33-WE", Week},
		{"2025-08", Month},
		{"2025-SU", Season},
		{"2025-Q3", Quarter},
		{"2025-H1", Half},
		{"2025", Year},
		{"199X", Decade},
		{"199", Decade},
		{"19", Century},
		{"PRESENT_REF", NoPrecision},
		{"PT24H", NoPrecision},
		{"XXXX-WXX-1", NoPrecision},
		{"", NoPrecision},
		{"2025-13", NoPrecision},
		{"2025-02-30", NoPrecision},
		{"2025-08-07T", NoPrecision},
	} {
		if got := PrecisionOf(c.value); got != c.want {
			t.Errorf("PrecisionOf(%q) = %v, want %v", c.value, got, c.want)
		}
	}
}

// sentences splits text into sentences at ". " for the tests, as the
// segmenter would.
func sentences(text string) []herald.Sentence {
	var out []herald.Sentence
	start := 0
	for i := 0; i+1 < len(text); i++ {
		if (text[i] == '.' || text[i] == '\n') && (text[i+1] == ' ' || text[i+1] == '\n') {
			out = append(out, herald.Sentence{Span: herald.Span{Start: start, End: i + 1}})
			start = i + 2
		}
	}
	return append(out, herald.Sentence{Span: herald.Span{Start: start, End: len(text)}})
}

func TestGoverning(t *testing.T) {
	b, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	doc := process(t, fri, text)
	doc.Sentences = sentences(text)
	for _, c := range []struct {
		trigger string // first occurrence in the text
		value   string // "" when no date governs it
		prec    Precision
	}{
		{"met with Putin", "2025-08-06", Day},
		{"confirmed", "2025-08-07", Day},
		{"agreeing", "2025-08-07", Day},
		{"take place", "2025-W33", Week},
		{"taking office", "2025-01", Month},
		{"anticipated meeting", "", NoPrecision},
		{"came just days", "", NoPrecision},
	} {
		i := strings.Index(text, c.trigger)
		if i < 0 {
			t.Fatalf("no %q in the seed", c.trigger)
		}
		tm, prec, ok := Governing(doc, herald.Span{Start: i, End: i + len(c.trigger)})
		if ok != (c.value != "") || tm.Value != c.value || prec != c.prec {
			t.Errorf("%q: got %q %v %v, want %q %v", c.trigger, tm.Value, prec, ok, c.value, c.prec)
		}
	}
}

func TestGoverningOutOfRange(t *testing.T) {
	doc := process(t, fri, "They met on Monday.")
	for _, s := range []herald.Span{{Start: -5, End: 3}, {Start: 10, End: 500}, {Start: 900, End: 901}} {
		Governing(doc, s) // must not panic
	}
}

func TestGoverningClause(t *testing.T) {
	text := "Troops withdrew on Monday; the talks resume on Aug. 20, officials said."
	doc := process(t, fri, text)
	for _, c := range []struct{ trigger, value string }{
		{"withdrew", "2025-08-04"},
		{"resume", "2025-08-20"},
		{"officials said", "2025-08-20"},
	} {
		i := strings.Index(text, c.trigger)
		tm, _, ok := Governing(doc, herald.Span{Start: i, End: i + len(c.trigger)})
		if !ok || tm.Value != c.value {
			t.Errorf("%q: got %q %v, want %q", c.trigger, tm.Value, ok, c.value)
		}
	}
}
