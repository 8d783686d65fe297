package timex

import "github.com/heraldproject/herald"

// A kind says how an expression's value is computed.
type kind uint8

// Expression kinds.
const (
	kLiteral kind = iota // the value is known from the words alone
	kShift               // an anchor moved by n units: "yesterday", "last week", "two days later"
	kWeekday             // a day of the week: "Thursday", "last Friday"
	kDate                // a calendar date, the year perhaps missing: "Aug. 7", "January"
	kQuarter             // a quarter or half year: "the third quarter", "the year-ago quarter"
	kSeason              // a season: "this summer", "last fall"
	kHoliday             // a holiday: "Thanksgiving"
	kClock               // a time of day alone: "3 p.m.", "noon"
)

// An anchor says what a relative expression is relative to.
type anchor uint8

// Anchors.
const (
	aDCT anchor = iota // the publication date
	aRef               // the previous date expression of the text
)

// Directions of expressions whose occurrence the words leave open.
const (
	dirTense int8 = iota // read it from the tense of the sentence
	dirPast              // the latest before the anchor
	dirNext              // the first after the anchor
	dirThis              // the one in the anchor's week, month or year
)

// An expr is the meaning of a time expression before normalisation.
type expr struct {
	typ   herald.TimeType
	kind  kind
	lit   string // value of a kLiteral
	anch  anchor // what a kShift, kWeekday or kQuarter is relative to
	dir   int8   // direction of a kWeekday, kDate, kSeason or kHoliday
	u     unit   // unit of a kShift; granularity of the value
	n     int    // units to move a kShift by; years to move a kQuarter by
	y     int    // year; 0 when the words leave it open
	m, d  int    // month and day of a kDate; 0 when absent
	wd    int    // day of the week of a kWeekday, 1 (Monday) to 7
	q     int    // quarter, half, season or holiday number
	part  int    // part of day, an index into partCode; 0 when none
	hh    int    // hour of a time of day
	mm    int    // minute of a time of day
	clock bool   // hh and mm are set
	yrel  bool   // a kDate's year is y years from the anchor's: "June last year"
	qref  bool   // a kQuarter is the quarter of the previous expression, or the latest
	vague bool   // a kQuarter says "period", not "quarter": "the 1988 period"
	// around moves a day-precise value by days ("the day before last
	// Tuesday") or widens it to its week ("the week of March 6"), as
	// aroundBefore, aroundAfter or aroundWeek; 0 when none.
	around int8
	// qaware makes a shift by one year give a quarter when the previous
	// expression was one: "third-quarter profit rose from a year earlier".
	qaware bool
}

// What "the day before", "the day after" and "the week of" do to the
// date after them.
const (
	aroundBefore int8 = iota + 1
	aroundAfter
	aroundWeek
)

// literal returns a kLiteral expression.
func literal(t herald.TimeType, v string) expr { return expr{typ: t, kind: kLiteral, lit: v} }

// shift returns a kShift expression of n units from the anchor.
func shift(a anchor, n int, u unit) expr {
	return expr{typ: herald.Date, kind: kShift, anch: a, n: n, u: u}
}

// anaphoric reports whether x counts from the previous expression by a
// year or more, as "a year earlier" and "the year-ago quarter" do. Such an
// expression does not become the anchor of the next: in "profit rose from
// a year earlier ... the year-ago results", both count from the same
// quarter.
func (x expr) anaphoric() bool {
	switch x.kind {
	case kShift:
		return x.qaware || x.anch == aRef && x.u >= uYear
	case kQuarter:
		return x.n != 0 && !x.yrel
	}
	return false
}

// aDay reports whether x names one day: "March 6", "last Tuesday",
// "yesterday", "Christmas".
func (x expr) aDay() bool {
	switch x.kind {
	case kWeekday, kHoliday:
		return true
	case kDate:
		return x.d != 0
	case kShift:
		return x.u == uDay
	}
	return false
}

// withTime returns x with a time of day or part of day, typed TIME.
func (x expr) withTime(hh, mm int, clock bool, part int) expr {
	x.typ = herald.Clock
	x.hh, x.mm, x.clock, x.part = hh, mm, clock, part
	return x
}
