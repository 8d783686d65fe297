package timex

import (
	"context"
	"regexp"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/heraldproject/herald"
)

// Well-formed TimeML values, by type. An empty value is allowed where a
// diagnostic says why.
var (
	calendarValue   = `(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|\d{4}-W\d{2}(-WE)?|\d{4}-[QH]\d|\d{4}-(SP|SU|FA|WI)|\d{3}X?|\d{2}|\d)`
	refValue        = `(PRESENT_REF|PAST_REF|FUTURE_REF)`
	durationPattern = `P(T?X[A-Z]{1,2}|[0-9.]+(Y|M|W|D|Q|WE)([0-9.]+[MD])?(T[0-9.]+[HMS]([0-9.]+[MS])?)?|T[0-9.]+[HMS]([0-9.]+[MS])?)`
	partValue       = `T(MO|MI|AF|EV|NI|DT)`
	wellFormed      = map[herald.TimeType]*regexp.Regexp{
		herald.Date:     regexp.MustCompile(`^(` + calendarValue + `|` + refValue + `)$`),
		herald.Clock:    regexp.MustCompile(`^(` + calendarValue + `|\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}|` + partValue + `))$`),
		herald.Duration: regexp.MustCompile(`^` + durationPattern + `$`),
		herald.Set:      regexp.MustCompile(`^(` + durationPattern + `|XXXX(-(WXX-[1-7]|\d{2}|SP|SU|FA|WI|XX-XX))?(` + partValue + `)?)$`),
	}
)

// FuzzTimex checks that the stage never panics, keeps its spans in bounds,
// on character boundaries and in order, and gives well-formed values or a
// diagnostic. days is the publication date in days from 1970, or negative
// for none.
func FuzzTimex(f *testing.F) {
	f.Add("On Wednesday, the envoy met Putin. The meeting could come next week.", int64(20308))
	f.Add("Since taking office in January, he said it could end within 24 hours.", int64(20308))
	f.Add("It was signed on August 7, 2025, at 3 p.m. Two days later, riots began.", int64(-1))
	f.Add("Profit rose in the third quarter from $5 a share a year earlier.", int64(7242))
	f.Add("They meet every Monday and twice a week; the 1990s; fiscal 2024; Q3 2025.", int64(0))
	f.Add("10 p.m. Wednesday, 5 p.m. EST, Nov. 9, 08/07/2025, 1996-08-22T15:00", int64(2932896))
	f.Add("The day before last Tuesday, the week of March 6, April 24 and 25, mid-afternoon yesterday.", int64(10957))
	f.Fuzz(func(t *testing.T, text string, days int64) {
		a := herald.Article{Text: text}
		if days >= 0 {
			a.Published = time.Unix(days%3000000*86400, 0).UTC()
		}
		doc := herald.NewDocument(a)
		if err := New().Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		valid := utf8.ValidString(text)
		end := 0
		for _, tm := range doc.Times {
			s := tm.Span
			if s.Start < end || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("span %v out of order or bounds (previous end %d, text %d bytes)", s, end, len(text))
			}
			end = s.End
			if valid && (!utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End])) {
				t.Fatalf("span %v splits a character", s)
			}
			re, ok := wellFormed[tm.Type]
			switch {
			case !ok:
				t.Fatalf("%q: unknown type %q", tm.In(text), tm.Type)
			case tm.Value == "":
				if !diagnosed(doc, s) {
					t.Fatalf("%q: no value and no diagnostic", tm.In(text))
				}
			case !re.MatchString(tm.Value):
				t.Fatalf("%q: %s value %q is not well-formed", tm.In(text), tm.Type, tm.Value)
			}
		}
	})
}

// diagnosed reports whether doc has a timex diagnostic for span.
func diagnosed(doc *herald.Document, span herald.Span) bool {
	for _, d := range doc.Diagnostics {
		if d.Stage == "timex" && d.Span == span {
			return true
		}
	}
	return false
}
