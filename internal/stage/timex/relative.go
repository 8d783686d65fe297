package timex

import "github.com/heraldproject/herald"

// weekday reads a day of the week at token i, with a part of day after it:
// "Thursday", "Wednesday night"; or, in the plural, a set: "Mondays",
// "Tuesday nights".
func (p *parser) weekday(i int) (int, expr, bool) {
	if p.cls(i) != cWeekday || !p.upper(i) {
		return 0, expr{}, false
	}
	wd := p.val(i)
	part, k := p.partAt(i + 1)
	if part == 0 && (p.is(i+1, "and") || p.is(i+1, "or")) && p.cls(i+2) == cWeekday {
		// "Monday and Tuesday nights": the plural of the second counts for both.
		if part2, k2 := p.partAt(i + 3); part2 > 0 && p.plural(k2-1) {
			return i + 1, literal(herald.Set, "XXXX-WXX-"+string(rune('0'+wd))+"T"+partCode[part2]), true
		}
	}
	if p.plural(i) || part > 0 && p.plural(k-1) {
		v := "XXXX-WXX-" + string(rune('0'+wd))
		if part > 0 {
			v += "T" + partCode[part]
		}
		return k, literal(herald.Set, v), true
	}
	x := expr{typ: herald.Date, kind: kWeekday, wd: wd, dir: dirTense, u: uDay}
	if part > 0 {
		x = x.withTime(0, 0, false, part)
	}
	return k, x, true
}

// partAt reads a part of day at token i ("morning", "night"), and returns
// it with the index after it, or 0 and i.
func (p *parser) partAt(i int) (int, int) {
	if p.cls(i) == cPart {
		return p.val(i), i + 1
	}
	return 0, i
}

// partDay reads a part of day before the day it is on: "afternoon
// yesterday", "mid-afternoon Friday".
func (p *parser) partDay(i int) (int, expr, bool) {
	part, k := p.partAt(i)
	if part == 0 || p.plural(i) {
		return 0, expr{}, false
	}
	x, end, ok := p.dayAfterClock(k)
	if !ok || p.punct(k, ',') {
		return 0, expr{}, false
	}
	return end, x.withTime(0, 0, false, part), true
}

// modPart reads a part of day after "mid", "early" or "late" with no day
// of its own, a time on the day of the narrative: "by mid afternoon",
// "late evening". One before a noun qualifies it: "an early morning raid".
func (p *parser) modPart(i int) (int, expr, bool) {
	switch p.word(i) {
	case "mid", "early", "late":
	default:
		return 0, expr{}, false
	}
	k := p.skipHyphen(i + 1)
	if p.cls(k) != cPart || p.plural(k) || p.is(k+1, "of") || p.beforeNoun(k+1) {
		return 0, expr{}, false // "the early morning of May 5" is that day's
	}
	return k + 1, expr{typ: herald.Clock, kind: kClock, u: uDay}.withTime(0, 0, false, p.val(k)), true
}

// thePart reads a part of day after "in the" or "during the", a time on
// the day of the narrative: "placed orders in the morning".
func (p *parser) thePart(i int, det bool) (int, expr, bool) {
	if !det || p.cls(i) != cPart || p.plural(i) || p.cls(i-1) != cThe || !p.is(i-2, "in") && !p.is(i-2, "during") {
		return 0, expr{}, false
	}
	if p.is(i+1, "of") || p.beforeNoun(i+1) {
		return 0, expr{}, false // "in the morning of May 5", "in the morning papers"
	}
	return i + 1, shift(aRef, 0, uDay).withTime(0, 0, false, p.val(i)), true
}

// deictic reads "yesterday", "today", "tomorrow" and "tonight" with a part
// of day ("yesterday morning"), and "the day before yesterday".
func (p *parser) deictic(i int, det bool) (int, expr, bool) {
	if det && p.is(i, "day") && (p.is(i+1, "before") && p.is(i+2, "yesterday") || p.is(i+1, "after") && p.is(i+2, "tomorrow")) {
		n := -2
		if p.is(i+2, "tomorrow") {
			n = 2
		}
		x := shift(aDCT, n, uDay)
		return i + 3, x, true
	}
	if p.cls(i) != cDeictic || p.nameWord(i) {
		return 0, expr{}, false
	}
	n := p.val(i)
	if n == 2 {
		return i + 1, shift(aDCT, 0, uDay).withTime(0, 0, false, pNight), true
	}
	x := shift(aDCT, n, uDay)
	if part, k := p.partAt(i + 1); part > 0 && !p.plural(i+1) {
		return k, x.withTime(0, 0, false, part), true
	}
	return i + 1, x, true
}

// relWord reads the words that pick an occurrence at token i ("last",
// "this past", "the following", "current", "that same") and returns the
// rel value and the index after them, or 0.
func (p *parser) relWord(i int) (int, int) {
	var r int
	switch {
	case p.cls(i) == cRel:
		r = p.val(i)
	case p.cls(i) == cRef && p.val(i) == refCurrent:
		r = rThis
	default:
		return 0, i
	}
	k := i + 1
	if p.cls(k) == cRel {
		switch n := p.val(k); {
		case r == rThis && (n == rPast || n == rLast):
			r, k = rLast, k+1
		case r == rThis && (n == rComing || n == rNext):
			r, k = rNext, k+1
		case r == rThat && n == rThat:
			k++
		}
	}
	return r, k
}

// relative reads an expression that picks a period relative to the
// publication date or to the previous expression: "last week", "next
// Monday", "this summer", "last April", "the following year", "that day",
// "this morning", "last night", "the current fiscal year".
func (p *parser) relative(i int, det bool) (int, expr, bool) {
	r, k := p.relWord(i)
	if r == 0 {
		if det && p.is(i, "weekend") {
			return i + 1, expr{typ: herald.Date, kind: kShift, u: uWeekend, dir: dirTense}, true
		}
		if end, x, ok := p.theYear(i, det); ok {
			return end, x, true
		}
		return p.dayBefore(i, det)
	}
	if det && (r == rNext || r == rLast) {
		// "the next day" follows the previous expression; "the last week" is
		// the week before the publication date.
		if r == rNext {
			r = rFollow
		}
	}
	if p.cls(k) == cFiscal && p.is(k+1, "year") {
		k++
	}
	if p.nameWord(k) {
		return 0, expr{}, false // "This Week", a television programme
	}
	switch p.cls(k) {
	case cUnit:
		if p.plural(k) {
			return 0, expr{}, false
		}
		return p.relUnit(k, r, unit(p.val(k)))
	case cPeriod:
		if r == rThis || r == rLast {
			return 0, expr{}, false
		}
		return p.relUnit(k, r, uQuarter)
	case cWeekday:
		return p.relWeekday(k, r)
	case cMonth:
		if !p.upper(k) || r == rThat || r == rFollow || r == rPrevious || r == rLatest {
			return 0, expr{}, false
		}
		end, x, ok := p.monthDate(k)
		if !ok {
			end, x = k+1, expr{typ: herald.Date, kind: kDate, m: p.val(k)}
		}
		if x.y == 0 {
			x.dir = relDir(r)
		}
		return end, x, true
	case cSeason:
		if r == rThat || r == rLatest {
			return 0, expr{}, false
		}
		return k + 1, expr{typ: herald.Date, kind: kSeason, q: p.val(k), dir: relDir(r)}, true
	case cPart:
		return p.relPart(k, r)
	}
	return 0, expr{}, false
}

// relDir gives the direction of a rel word before a weekday, month or
// season.
func relDir(r int) int8 {
	switch r {
	case rLast, rPast, rPrevious:
		return dirPast
	case rNext, rComing, rFollow:
		return dirNext
	}
	return dirThis
}

// relUnit makes the expression of a rel word and a unit at token k.
func (p *parser) relUnit(k, r int, u unit) (int, expr, bool) {
	if u == uPart || u == uHalf {
		return 0, expr{}, false
	}
	var x expr
	switch r {
	case rPast:
		if u == uDecade {
			return k + 1, literal(herald.Duration, "P10Y"), true // "over the past decade"
		}
		x = shift(aDCT, -1, u)
	case rLast:
		x = shift(aDCT, -1, u)
	case rNext, rComing:
		x = shift(aDCT, 1, u)
	case rThis:
		x = shift(aDCT, 0, u)
	case rLatest:
		if u != uQuarter && u != uYear && u != uMonth {
			return 0, expr{}, false
		}
		x = shift(aDCT, -1, u)
	case rThat:
		x = shift(aRef, 0, u)
	case rPrevious:
		x = shift(aRef, -1, u)
	case rFollow:
		x = shift(aRef, 1, u)
	}
	return k + 1, x, true
}

// relWeekday makes the expression of a rel word and a weekday at token k.
func (p *parser) relWeekday(k, r int) (int, expr, bool) {
	if p.plural(k) || !p.upper(k) || r == rThat || r == rLatest {
		return 0, expr{}, false
	}
	x := expr{typ: herald.Date, kind: kWeekday, wd: p.val(k), dir: relDir(r), u: uDay}
	if r == rPrevious || r == rFollow {
		x.anch = aRef
	}
	end := k + 1
	if part, e := p.partAt(end); part > 0 {
		x, end = x.withTime(0, 0, false, part), e
	}
	return end, x, true
}

// relPart makes the expression of a rel word and a part of day at token k:
// "this morning", "last night", "the next morning", "that night".
func (p *parser) relPart(k, r int) (int, expr, bool) {
	part := p.val(k)
	var x expr
	switch r {
	case rThis:
		x = shift(aDCT, 0, uDay)
	case rLast:
		if part != pNight {
			return 0, expr{}, false
		}
		x = shift(aDCT, -1, uDay)
	case rThat:
		x = shift(aRef, 0, uDay)
	case rFollow, rNext:
		x = shift(aRef, 1, uDay)
	case rPrevious:
		x = shift(aRef, -1, uDay)
	default:
		return 0, expr{}, false
	}
	return k + 1, x.withTime(0, 0, false, part), true
}

// theYear reads "the year", "the full year", "the fiscal year", the year of
// the publication date, or a year's duration before "ended": "for the year
// ended Sept. 30"; and "year-end", "year's end".
func (p *parser) theYear(i int, det bool) (int, expr, bool) {
	k := i
	if det && (p.is(k, "full") || p.cls(k) == cFiscal || p.is(k, "calendar")) {
		k++
	}
	if !p.is(k, "year") || p.nameWord(k) {
		return 0, expr{}, false
	}
	k++
	switch {
	case p.hyphen(k) && p.is(k+1, "end") || p.is(k, "end"):
		return p.skipHyphen(k) + 1, shift(aDCT, 0, uYear), true
	case p.punct(k, '\'') && p.is(k+1, "s") && p.is(k+2, "end"):
		return k + 3, shift(aDCT, 0, uYear), true
	case !det || p.punct(k, '-') || p.punct(k, '\'') || p.isNum(k) || p.cls(k) == cAfter:
		return 0, expr{}, false
	}
	switch p.word(k) {
	case "ended", "ending", "ends", "to", "through":
		return k, literal(herald.Duration, "P1Y"), true
	}
	return k, shift(aDCT, 0, uYear), true
}

// dayBefore reads "the day before", "the week after", "the year earlier":
// one unit from the previous expression, at the end of a clause.
func (p *parser) dayBefore(i int, det bool) (int, expr, bool) {
	if !det || p.cls(i) != cUnit || p.plural(i) || p.cls(i+1) != cAfter {
		return 0, expr{}, false
	}
	end := i + 2
	if end < len(p.toks) && p.toks[end].kind != tPunct {
		return 0, expr{}, false
	}
	n := 1
	if p.val(i+1) < 0 {
		n = -1
	}
	return end, shift(aRef, n, unit(p.val(i))), true
}

// season reads a season at token i: "summer", "the winter of 1994",
// "summer 2025".
func (p *parser) season(i int, det bool) (int, expr, bool) {
	if p.cls(i) != cSeason {
		return 0, expr{}, false
	}
	x := expr{typ: herald.Date, kind: kSeason, q: p.val(i), dir: dirTense}
	k := i + 1
	if p.is(k, "of") {
		if y, k2, ok := p.yearAfter(k+1, false); ok {
			x.y = y
			return k2, x, true
		}
	}
	if y, k2, ok := p.yearAfter(k, false); ok {
		x.y = y
		return k2, x, true
	}
	switch p.word(i - 1) {
	case "the", "in", "during", "early", "late", "mid", "this", "since", "until", "by", "over", "-":
		return k, x, det || !p.plural(i)
	}
	return 0, expr{}, false
}

// holiday reads a holiday: "Thanksgiving", "Christmas Day", "Easter week",
// "New Year's Day", "Election Day", with a year after it.
func (p *parser) holiday(i int) (int, expr, bool) {
	h, k := p.holidayName(i)
	if h == 0 {
		return 0, expr{}, false
	}
	x := expr{typ: herald.Date, kind: kHoliday, q: h, dir: dirTense, u: uDay}
	if p.is(k, "week") {
		x.u, k = uWeek, k+1
	}
	if y, k2, ok := p.yearAfter(k, false); ok {
		x.y, k = y, k2
	}
	return k, x, true
}

// holidayName reads the name of a holiday at token i and returns it with
// the index after it, or 0.
func (p *parser) holidayName(i int) (int, int) {
	if !p.upper(i) {
		return 0, i
	}
	day := p.is(i+1, "day") && p.upper(i+1)
	if p.is(i, "new") && p.is(i+1, "year") && p.punct(i+2, '\'') && p.is(i+3, "s") {
		switch {
		case p.is(i+4, "day"):
			return hNewYear, i + 5
		case p.is(i+4, "eve"):
			return hNewYearEve, i + 5
		}
		return 0, i
	}
	if p.cls(i) != cHoliday {
		return 0, i
	}
	h := p.val(i)
	switch h {
	case hChristmas:
		if p.is(i+1, "eve") {
			return hChristmasEve, i + 2
		}
	case hThanksgiving, hEaster, hHalloween:
	case hValentine:
		if p.punct(i+1, '\'') && p.is(i+2, "s") && p.is(i+3, "day") {
			return h, i + 4
		}
		return 0, i
	default:
		if !day {
			return 0, i
		}
	}
	if day || h == hEaster && p.is(i+1, "sunday") {
		return h, i + 2
	}
	return h, i + 1
}
