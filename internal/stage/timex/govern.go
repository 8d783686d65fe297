package timex

import (
	"sort"
	"strings"

	"github.com/heraldproject/herald"
)

// A Precision is how finely a calendar value fixes a time.
type Precision uint8

// Precisions, from coarsest to finest. NoPrecision is that of values that
// are not on the calendar: durations, sets, "PRESENT_REF".
const (
	NoPrecision Precision = iota
	Millennium
	Century
	Decade
	Year
	Half
	Quarter
	Season
	Month
	Week
	Day
	PartOfDay
	Minute
)

// String returns the precision's lower-case name.
func (p Precision) String() string {
	switch p {
	case Millennium:
		return "millennium"
	case Century:
		return "century"
	case Decade:
		return "decade"
	case Year:
		return "year"
	case Half:
		return "half"
	case Quarter:
		return "quarter"
	case Season:
		return "season"
	case Month:
		return "month"
	case Week:
		return "week"
	case Day:
		return "day"
	case PartOfDay:
		return "part of day"
	case Minute:
		return "minute"
	}
	return "none"
}

// PrecisionOf returns the precision of a TimeML value: Day for
// "2025-08-07", Week for "2025-W33" and "2025-W33-WE", Month for "2025-08",
// Minute for "2025-08-07T15:00", PartOfDay for "2025-08-07TMO", Decade for
// "199" (or "199X"). It returns NoPrecision for values that are not calendar values.
func PrecisionOf(value string) Precision {
	if i := strings.IndexByte(value, 'T'); i == 10 {
		if _, g, ok := parseValue(value[:i]); !ok || g != uDay {
			return NoPrecision
		}
		switch rest := value[i+1:]; {
		case len(rest) == 2:
			for _, c := range partCode[1:] {
				if rest == c {
					return PartOfDay
				}
			}
			return NoPrecision
		case len(rest) == 5 && rest[2] == ':':
			return Minute
		}
		return NoPrecision
	}
	_, g, ok := parseValue(value)
	if !ok {
		return NoPrecision
	}
	switch g {
	case uDay:
		return Day
	case uWeek, uWeekend:
		return Week
	case uMonth:
		return Month
	case uSeason:
		return Season
	case uQuarter:
		return Quarter
	case uHalf:
		return Half
	case uYear:
		return Year
	case uDecade:
		return Decade
	case uCentury:
		return Century
	}
	return NoPrecision
}

// Governing returns the time expression that dates the words at span, as
// an event stage needs: a DATE or TIME with a calendar value in the same
// sentence, the one in the same clause first, then the nearest. It reports
// false when the sentence has none.
func Governing(doc *herald.Document, span herald.Span) (herald.Time, Precision, bool) {
	span.Start = min(max(span.Start, 0), len(doc.Text))
	span.End = min(max(span.End, span.Start), len(doc.Text))
	sent := sentenceOf(doc, span)
	var best herald.Time
	var bestP Precision
	bestScore := -1
	i := sort.Search(len(doc.Times), func(i int) bool { return doc.Times[i].End > sent.Start })
	for ; i < len(doc.Times) && doc.Times[i].Start < sent.End; i++ {
		t := doc.Times[i]
		if !sent.Contains(t.Span) || t.Type != herald.Date && t.Type != herald.Clock {
			continue
		}
		prec := PrecisionOf(t.Value)
		if prec == NoPrecision {
			continue
		}
		score := distance(doc.Text, t.Span, span)
		if bestScore < 0 || score < bestScore {
			best, bestP, bestScore = t, prec, score
		}
	}
	return best, bestP, bestScore >= 0
}

// sentenceOf returns the span of the sentence that holds the start of span,
// or of the whole text when there are no sentences.
func sentenceOf(doc *herald.Document, span herald.Span) herald.Span {
	s := doc.Sentences
	i := sort.Search(len(s), func(i int) bool { return s[i].End > span.Start })
	if i < len(s) && s[i].Start <= span.Start {
		return s[i].Span
	}
	if len(s) == 0 {
		return herald.Span{Start: 0, End: len(doc.Text)}
	}
	return span
}

// clauseCost is what crossing a clause boundary adds to the distance
// between a time expression and the words it may date.
const clauseCost = 1000

// distance scores how far the time expression at t is from the words at
// span: the bytes between them plus clauseCost for every clause boundary
// between them (a semicolon, a dash, a colon, or "but", "while", "which",
// "who", "because", "although", "whereas").
func distance(text string, t, span herald.Span) int {
	from, to := t.End, span.Start
	if span.End <= t.Start {
		from, to = span.End, t.Start
	}
	if from >= to || from < 0 || to > len(text) {
		return 0
	}
	between := text[from:to]
	cost := len(between)
	for _, mark := range [...]string{";", "—", "–", " - ", ":", " but ", " while ", " which ", " who ", " because ", " although ", " whereas "} {
		cost += clauseCost * strings.Count(between, mark)
	}
	return cost
}
