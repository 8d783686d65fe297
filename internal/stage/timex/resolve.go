package timex

import (
	"time"

	"github.com/heraldproject/herald"
)

// Reasons for an expression without a value, as diagnostic messages.
const (
	whyNoDate = "relative time expression has no value: the document has no publication date"
	whyNoRef  = "relative time expression has no value: no publication date or earlier date to count from"
	whyRange  = "time expression has no value: its year is out of range"
)

// A resolver normalises expressions to values, relative to the publication
// date and to the previous date expression of the document.
type resolver struct {
	dct    time.Time // publication date at midnight UTC
	hasDCT bool
	ref    time.Time // start of the period of the previous date expression
	refU   unit      // granularity of that expression
	hasRef bool
	// lastQ is the last quarter named, which "the quarter" of a company
	// report counts from even after other dates: "the fiscal first
	// quarter ... earlier this month ... the quarter".
	lastQ    time.Time
	hasLastQ bool
	adj      bool // the previous expression is a day just before this one: "Wednesday at 3 p.m."
	// ahead is the day of a date right after a time of day, which dates
	// it: "10:35 a.m. (0735 GMT) Friday".
	ahead    time.Time
	hasAhead bool
}

// newResolver returns a resolver for a document published at dct, or
// without a publication date when ok is false.
func newResolver(dct time.Time, ok bool) *resolver {
	r := &resolver{hasDCT: ok}
	if ok {
		r.dct = time.Date(dct.Year(), dct.Month(), dct.Day(), 0, 0, 0, 0, time.UTC)
	}
	return r
}

// resolve returns the value of x, read in a sentence of the given tense, or
// "" and the reason there is none. It remembers a calendar value as the
// anchor of later expressions.
func (r *resolver) resolve(x expr, tense int8) (string, string) {
	var t time.Time
	var g unit
	var why string
	switch x.kind {
	case kLiteral:
		r.remember(x.typ, x.lit)
		return x.lit, ""
	case kShift:
		t, g, why = r.shifted(x, tense)
	case kWeekday:
		t, g, why = r.weekday(x, tense)
	case kDate:
		t, g, why = r.date(x, tense)
	case kQuarter:
		t, g, why = r.quarter(x, tense)
	case kSeason:
		t, g, why = r.season(x, tense)
	case kHoliday:
		t, g, why = r.holiday(x, tense)
	case kClock:
		t, g, why = r.clockDay()
	}
	if why != "" {
		return "", why
	}
	if g == uDay {
		switch x.around {
		case aroundBefore:
			t = t.AddDate(0, 0, -1)
		case aroundAfter:
			t = t.AddDate(0, 0, 1)
		case aroundWeek:
			g = uWeek
		}
	}
	v := format(t, g)
	if v == "" {
		return "", whyRange
	}
	if g == uDay && x.typ == herald.Clock {
		v += timeSuffix(x)
	}
	if !x.anaphoric() {
		r.remember(x.typ, v)
		if g == uQuarter && x.q != 0 {
			r.lastQ, r.hasLastQ = t, true // a quarter named, not "the quarter"
		}
	}
	return v, ""
}

// remember makes a calendar value of a date or time the anchor of the
// expressions after it.
func (r *resolver) remember(typ herald.TimeType, v string) {
	if typ != herald.Date && typ != herald.Clock {
		return
	}
	if t, g, ok := parseValue(v); ok {
		r.ref, r.refU, r.hasRef = t, g, true
	}
}

// anchor returns the date an expression counts from and its granularity.
func (r *resolver) anchor(a anchor) (time.Time, unit, string) {
	if a == aRef && r.hasRef {
		return r.ref, r.refU, ""
	}
	if r.hasDCT {
		return r.dct, uDay, ""
	}
	if a == aRef {
		return time.Time{}, uNone, whyNoRef
	}
	return time.Time{}, uNone, whyNoDate
}

// year returns the date whose year a date without one takes: the
// publication date, or else the previous absolute date of the text.
func (r *resolver) yearAnchor() (time.Time, string) {
	if r.hasDCT {
		return r.dct, ""
	}
	if r.hasRef {
		return r.ref, ""
	}
	return time.Time{}, whyNoDate
}

// shifted resolves a kShift: "yesterday", "last week", "two days later",
// "a year ago", "the weekend".
func (r *resolver) shifted(x expr, tense int8) (time.Time, unit, string) {
	base, bg, why := r.anchor(x.anch)
	if why != "" {
		return base, uNone, why
	}
	g := x.u
	if x.qaware {
		// Company reports compare with "a year earlier": the same quarter
		// a year before, or else the year before publication.
		if r.hasRef && r.refU == uQuarter {
			return add(r.ref, 4*x.n, uQuarter), uQuarter, ""
		}
		if r.hasDCT {
			base, bg = r.dct, uDay
		}
	}
	if bg > g && x.anch == aRef {
		g = bg // no finer than what it counts from
	}
	if g < uDay {
		g = uDay
	}
	if x.u == uWeekend && x.n == 0 && tense != tenseFuture && isoWeekday(base) < 6 {
		base = base.AddDate(0, 0, -7)
	}
	return add(base, x.n, x.u), g, ""
}

// weekday resolves a kWeekday: a bare weekday is the anchor day itself, or
// the nearest one before it, or after it in future-tense sentences.
func (r *resolver) weekday(x expr, tense int8) (time.Time, unit, string) {
	base, _, why := r.anchor(x.anch)
	if why != "" {
		return base, uNone, why
	}
	wd := isoWeekday(base)
	dir := x.dir
	if dir == dirTense {
		switch {
		case wd == x.wd:
			return base, uDay, ""
		case tense == tenseFuture:
			dir = dirNext
		default:
			dir = dirPast
		}
	}
	switch dir {
	case dirPast:
		return base.AddDate(0, 0, -((wd-x.wd+6)%7 + 1)), uDay, ""
	case dirNext:
		return base.AddDate(0, 0, (x.wd-wd+6)%7+1), uDay, ""
	}
	return base.AddDate(0, 0, x.wd-wd), uDay, ""
}

// date resolves a kDate, choosing the year of a month or day without one
// by the tense: the latest before the publication date in the past tense,
// the first after it in the future, the nearest otherwise.
func (r *resolver) date(x expr, tense int8) (time.Time, unit, string) {
	g := uDay
	d := x.d
	if d == 0 {
		g, d = uMonth, 1
	}
	if x.y != 0 && !x.yrel {
		return time.Date(x.y, time.Month(x.m), d, 0, 0, 0, 0, time.UTC), g, ""
	}
	base, why := r.yearAnchor()
	if why != "" {
		return base, uNone, why
	}
	y := base.Year()
	if x.yrel {
		y += x.y
	} else {
		y = pickYear(base, x.m, x.d, x.dir, tense)
		y = matchWeekday(y, x.m, x.d, x.wd)
	}
	if !validDate(y, x.m, d) {
		d = daysIn(y, x.m)
	}
	return time.Date(y, time.Month(x.m), d, 0, 0, 0, 0, time.UTC), g, ""
}

// matchWeekday returns the year next to y, y itself first, in which m-d
// falls on weekday wd, or y when none does or wd is 0.
func matchWeekday(y, m, d, wd int) int {
	if wd == 0 || d == 0 {
		return y
	}
	for _, c := range [...]int{y, y + 1, y - 1} {
		if validDate(c, m, d) && isoWeekday(time.Date(c, time.Month(m), d, 0, 0, 0, 0, time.UTC)) == wd {
			return c
		}
	}
	return y
}

// pickYear returns the year of month m, day d (0 for the whole month) as
// seen from base, in direction dir. Without a direction, the tense
// decides, with some slack: news dates a past event a few weeks after
// publication ("payable Dec. 1") as readily as one before it.
func pickYear(base time.Time, m, d int, dir, tense int8) int {
	y := base.Year()
	// cmp compares m-d with the base date: <0 before, 0 same, >0 after.
	cmp := m - int(base.Month())
	if cmp == 0 && d != 0 {
		cmp = d - base.Day()
	}
	switch dir {
	case dirPast:
		if cmp >= 0 {
			return y - 1
		}
		return y
	case dirNext:
		if cmp <= 0 {
			return y + 1
		}
		return y
	case dirThis:
		return y
	}
	days := time.Date(y, time.Month(m), max(d, 15), 0, 0, 0, 0, time.UTC).Sub(base).Hours() / 24
	switch {
	case tense == tensePast && days > slackDays:
		return y - 1
	case tense == tenseFuture && days < -slackDays:
		return y + 1
	case tense == tenseNone && days > 120:
		return y - 1
	case tense == tenseNone && days < -240:
		return y + 1
	}
	return y
}

// slackDays is how far a date without a year may lie on the other side of
// the publication date from where the tense points.
const slackDays = 62

// quarter resolves a kQuarter. A quarter named without a year is in the
// publication year, or the year before in the past tense when it is still
// to come; "the quarter" is that of the previous expression, or the latest
// complete one, and so is the quarter of "the 1988 quarter".
func (r *resolver) quarter(x expr, tense int8) (time.Time, unit, string) {
	var base time.Time
	switch {
	case r.hasRef && r.refU == uQuarter && x.dir != dirThis:
		base = r.ref
	case r.hasLastQ && x.dir != dirThis && !x.vague:
		base = r.lastQ
	case r.hasDCT:
		base = add(r.dct, -1, uQuarter)
		if x.dir == dirThis {
			base = add(r.dct, 0, uQuarter)
		}
	case x.y != 0 && !x.yrel:
	default:
		return time.Time{}, uNone, whyNoDate
	}
	if x.q == 0 && x.y != 0 && x.vague && !(r.hasRef && r.refU == uQuarter) {
		return time.Date(x.y, 1, 1, 0, 0, 0, 0, time.UTC), uYear, "" // "the 1988 period"
	}
	q, y := x.q, 0
	if q == 0 {
		q = (int(base.Month())-1)/3 + 1
	}
	switch {
	case x.y != 0 && !x.yrel:
		y = x.y
	case x.yrel:
		if !r.hasDCT {
			return time.Time{}, uNone, whyNoDate
		}
		y = r.dct.Year() + x.n
	case x.q == 0:
		y = base.Year() + x.n
	default:
		if !r.hasDCT {
			return time.Time{}, uNone, whyNoDate
		}
		y = r.dct.Year() + x.n
		dq := (int(r.dct.Month())-1)/3 + 1
		if x.u == uHalf {
			dq = (int(r.dct.Month())-1)/6 + 1
		}
		if q > dq && tense == tensePast {
			y--
		}
	}
	months := 3
	if x.u == uHalf {
		months = 6
	}
	return time.Date(y, time.Month((q-1)*months+1), 1, 0, 0, 0, 0, time.UTC), x.u, ""
}

// clockDay resolves the day of a time of day given alone: the day just
// before it ("Wednesday at 3 p.m."), or just after it past a parenthesis
// ("10:35 a.m. (0735 GMT) Friday"), or the publication date.
func (r *resolver) clockDay() (time.Time, unit, string) {
	if r.adj {
		return r.ref, r.refU, ""
	}
	if r.hasAhead {
		return r.ahead, uDay, ""
	}
	if r.hasDCT {
		return r.dct, uDay, ""
	}
	return time.Time{}, uNone, whyNoDate
}

// timeSuffix returns the time part of a value: "T15:00", "TMO".
func timeSuffix(x expr) string {
	if x.clock {
		return "T" + pad2(x.hh) + ":" + pad2(x.mm)
	}
	if x.part > 0 {
		return "T" + partCode[x.part]
	}
	return ""
}
