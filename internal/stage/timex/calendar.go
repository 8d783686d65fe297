package timex

import (
	"strconv"

	"github.com/heraldproject/herald"
)

// calendar reads a calendar date at token i: "Aug. 7", "August 7, 2025",
// "7 August 2025", "Friday, Oct. 23", "2025-08-07", "08/07/2025",
// "January", "July 1997", "2024", "the 1990s", "fiscal 2024", "the 20th
// century", "nineteen ninety-six".
func (p *parser) calendar(i int, det bool) (int, expr, bool) {
	j := i
	if p.cls(i) == cWeekday && !p.plural(i) && p.upper(i) {
		j = i + 1
		if p.punct(j, ',') {
			j++
		}
		if p.cls(j) != cMonth && !p.isNum(j) {
			return 0, expr{}, false
		}
	}
	var b best
	b.offer(p.numericDate(j))
	b.offer(p.monthDate(j))
	b.offer(p.dayMonth(j))
	if j > i {
		if b.x.d == 0 {
			return 0, expr{}, false
		}
		b.x.wd = p.val(i) // the weekday tells the year: "Saturday, April 25"
		return b.end, b.x, b.ok
	}
	b.offer(p.yearExpr(i, det))
	b.offer(p.century(i))
	return b.end, b.x, b.ok
}

// numericDate reads a date in figures: "2025-08-07", "2025/08/07",
// "08/07/2025" (US order, or day first when the first number exceeds 12),
// "8/7/25", with a time "T15:00" after an ISO date.
func (p *parser) numericDate(i int) (int, expr, bool) {
	a, da, ok1 := p.number(i)
	b, _, ok2 := p.number(i + 2)
	c, dc, ok3 := p.number(i + 4)
	if !ok1 || !ok2 || !ok3 || !p.glued(i+1) || !p.glued(i+2) || !p.glued(i+3) || !p.glued(i+4) {
		return 0, expr{}, false
	}
	sep := byte(0)
	if p.punct(i+1, '-') && p.punct(i+3, '-') {
		sep = '-'
	} else if p.punct(i+1, '/') && p.punct(i+3, '/') {
		sep = '/'
	} else {
		return 0, expr{}, false
	}
	if p.glued(i+5) && (p.isNum(i+6) && (p.punct(i+5, sep) || p.punct(i+5, '.'))) {
		return 0, expr{}, false // a longer run of numbers: a code, not a date
	}
	var y, m, d int
	switch {
	case da == 4:
		y, m, d = a, b, c
	case sep == '/' && (dc == 4 || dc == 2):
		y, m, d = c, a, b
		if dc == 2 {
			y = expandYear(c)
		}
		if m > 12 && d <= 12 {
			m, d = d, m
		}
	default:
		return 0, expr{}, false
	}
	if !validDate(y, m, d) {
		return 0, expr{}, false
	}
	x := expr{typ: herald.Date, kind: kDate, y: y, m: m, d: d}
	end := i + 5
	if sep == '-' && p.is(end, "t") && p.glued(end) {
		if hh, _, ok := p.number(end + 1); ok && p.glued(end+1) && p.punct(end+2, ':') {
			if mm, dm, ok := p.number(end + 3); ok && dm == 2 && hh < 24 && mm < 60 && p.glued(end+3) {
				return end + 4, x.withTime(hh, mm, true, 0), true
			}
		}
	}
	return end, x, true
}

// expandYear makes a year of two digits a full one: 25 → 2025, 98 → 1998.
func expandYear(y int) int {
	if y < 50 {
		return 2000 + y
	}
	return 1900 + y
}

// monthDate reads a date that starts with a month: "Aug. 7", "August 7,
// 2025", "August 7th", "July 1997", "January of 1990", "June last year",
// "January".
func (p *parser) monthDate(i int) (int, expr, bool) {
	if p.cls(i) != cMonth || !p.upper(i) {
		return 0, expr{}, false
	}
	m, abbr := p.val(i), p.plural(i)
	k := i + 1
	dot := false
	if abbr && p.punct(k, '.') && p.glued(k) {
		k, dot = k+1, true
	}
	x := expr{typ: herald.Date, kind: kDate, m: m, dir: dirTense}
	if d, k2, ok := p.dayNumber(k); ok && validDate(2000, m, d) {
		x.d = d
		if y, k3, ok := p.yearAfter(k2, true); ok {
			x.y = y
			return k3, x, validDate(y, m, d)
		}
		return k2, x, true
	}
	if p.is(k, "of") {
		if y, k3, ok := p.yearAfter(k+1, false); ok {
			x.y = y
			return k3, x, true
		}
	}
	if y, k3, ok := p.yearAfter(k, true); ok {
		x.y = y
		return k3, x, true
	}
	if p.cls(k+1) == cUnit && p.val(k+1) == int(uYear) && !p.plural(k+1) {
		switch p.word(k) {
		case "this":
			x.yrel = true
			return k + 2, x, true
		case "last", "next":
			x.yrel, x.y = true, -1
			if p.is(k, "next") {
				x.y = 1
			}
			return k + 2, x, true
		}
	}
	if abbr && !dot || !p.bareMonth(i, k) {
		return 0, expr{}, false
	}
	return k, x, true
}

// bareMonth reports whether the month name at token i, with no day or year
// after it, is a month and not the verb "may", the noun "march" or a name
// such as "April Glaspie". The token after it is k.
func (p *parser) bareMonth(i, k int) bool {
	prev := p.word(i - 1)
	if p.punct(i-1, '-') {
		prev = p.word(i - 2)
	}
	switch prev {
	case "in", "since", "until", "till", "by", "from", "to", "of", "during", "early", "late",
		"mid", "last", "next", "this", "before", "after", "through", "between", "and", "or",
		"end", "beginning", "middle", "start", "throughout", "on", "that", "each", "every",
		"around", "about", "for", "earlier", "later", "into", "as":
		return true
	}
	if prev == "the" && p.upper(i) && k < len(p.toks) && p.toks[k].kind == tWord && !p.upper(k) && !p.is(k, "of") {
		return true // "the March accession", not "the March of Dimes"
	}
	if p.val(i) == 5 || p.val(i) == 3 {
		return false
	}
	// A capitalised word after it is a surname: "April Glaspie".
	return !(k < len(p.toks) && p.toks[k].kind == tWord && p.upper(k) && p.cls(k) == cNone)
}

// dayMonth reads a date that starts with the day: "7 August 2025", "7th
// of August".
func (p *parser) dayMonth(i int) (int, expr, bool) {
	d, k, ok := p.dayNumber(i)
	if !ok {
		return 0, expr{}, false
	}
	if p.is(k, "of") {
		k++
	}
	if p.cls(k) != cMonth || !p.upper(k) {
		return 0, expr{}, false
	}
	m := p.val(k)
	k++
	if p.plural(k-1) && p.punct(k, '.') && p.glued(k) {
		k++
	}
	if !validDate(2000, m, d) {
		return 0, expr{}, false
	}
	x := expr{typ: herald.Date, kind: kDate, m: m, d: d, dir: dirTense}
	if y, k2, ok := p.yearAfter(k, true); ok {
		x.y = y
		return k2, x, validDate(y, m, d)
	}
	return k, x, true
}

// dayNumber reads a day of the month at token i: "7", "7th", "eighth".
func (p *parser) dayNumber(i int) (int, int, bool) {
	if p.cls(i) == cOrd {
		return p.val(i), i + 1, true
	}
	d, nd, ok := p.number(i)
	if !ok || nd > 2 || d < 1 || d > 31 {
		return 0, i, false
	}
	k := i + 1
	switch p.word(k) {
	case "st", "nd", "rd", "th":
		if p.glued(k) {
			k++
		}
	}
	if p.glued(k) && (p.isNum(k+1) && p.glued(k+1) && (p.punct(k, ':') || p.punct(k, '.') || p.punct(k, ',')) || p.punct(k, '%')) {
		return 0, i, false // "7:30", "7.5", "7%"
	}
	return d, k, true
}

// yearAfter reads a year at token i, after a comma when comma is set:
// ", 2025", "2025", "nineteen ninety-six".
func (p *parser) yearAfter(i int, comma bool) (int, int, bool) {
	if comma && p.punct(i, ',') {
		i++
	}
	if y, nd, ok := p.number(i); ok && nd == 4 && y >= 1000 && !p.numberGoesOn(i+1) {
		return y, i + 1, true
	}
	return p.spokenYear(i)
}

// numberGoesOn reports whether the token at i continues a number: "1,200",
// "1990.5", "2025-26".
func (p *parser) numberGoesOn(i int) bool {
	if !p.glued(i) {
		return false
	}
	if p.punct(i, '%') {
		return true
	}
	return p.isNum(i+1) && p.glued(i+1) && (p.punct(i, ',') || p.punct(i, '.') || p.punct(i, ':') || p.punct(i, '/'))
}

// spokenYear reads a year in words: "nineteen ninety-six", "nineteen
// eighty", "two thousand".
func (p *parser) spokenYear(i int) (int, int, bool) {
	if p.cls(i) == cTeen && p.val(i) >= 11 {
		c := p.val(i)
		if q, _, k, ok := p.quantity(i + 1); ok && p.cls(i+1) == cNum && q >= 10 && q < 100 {
			return c*100 + int(q), k, true
		}
		return 0, i, false
	}
	if p.is(i, "two") && p.is(i+1, "thousand") {
		k := i + 2
		if p.is(k, "and") && (p.cls(k+1) == cNum || p.cls(k+1) == cTeen) {
			k++
		}
		if q, _, k2, ok := p.quantity(k); ok && p.cls(k) != cA && q < 100 {
			return 2000 + int(q), k2, true
		}
		return 2000, i + 2, true
	}
	return 0, i, false
}

// yearExpr reads a year or decade at token i: "2024", "the 1990s", "the
// '90s", "the nineties", "fiscal 2024", "FY2024", "the year 2000".
func (p *parser) yearExpr(i int, det bool) (int, expr, bool) {
	switch {
	case p.cls(i) == cFiscal:
		k := p.skipHyphen(i + 1)
		if p.is(k, "year") {
			k++
		}
		if y, nd, ok := p.number(k); ok && (nd == 4 && y >= 1000 || nd == 2 && p.is(i, "fy") && p.glued(k)) {
			if nd == 2 {
				y = expandYear(y)
			}
			return k + 1, literal(herald.Date, itoa4(y)), true
		}
	case p.is(i, "year") && det:
		if y, k, ok := p.yearAfter(i+1, false); ok {
			return k, literal(herald.Date, itoa4(y)), true
		}
	case p.cls(i) == cDecade && (det || p.punct(i-1, '-')):
		return i + 1, literal(herald.Date, "19"+strconv.Itoa(p.val(i))), true
	case p.punct(i, '\'') && p.is(i+2, "s") && p.glued(i+1) && p.glued(i+2):
		if n, nd, ok := p.number(i + 1); ok && nd == 2 && n%10 == 0 {
			return i + 3, literal(herald.Date, strconv.Itoa(expandYear(n)/10)), true
		}
	case p.isNum(i):
		return p.yearNumber(i)
	default:
		if y, k, ok := p.spokenYear(i); ok && (det || p.cls(i) == cTeen) {
			return k, literal(herald.Date, itoa4(y)), true
		}
	}
	return 0, expr{}, false
}

// yearNumber reads a year or decade in figures at token i, where the
// context makes a year of the number: "2024", "1990s", not "$1990" or
// "1,990".
func (p *parser) yearNumber(i int) (int, expr, bool) {
	y, nd, _ := p.number(i)
	if nd != 4 || y < 1000 || y > 2199 || p.numberGoesOn(i+1) {
		return 0, expr{}, false
	}
	if p.glued(i) && (p.punct(i-1, '$') || p.punct(i-1, ',') || p.punct(i-1, '.') || p.punct(i-1, '#') || p.toks[i-1].kind == tWord) {
		return 0, expr{}, false
	}
	if p.is(i+1, "s") && p.glued(i+1) {
		if y%10 != 0 {
			return 0, expr{}, false
		}
		return i + 2, literal(herald.Date, strconv.Itoa(y/10)), true
	}
	if y < 1800 || y > 2100 {
		switch p.word(i - 1) {
		case "in", "since", "of", "from", "until", "by", "year", "before", "after":
		default:
			return 0, expr{}, false
		}
	}
	if p.unitAfterNumber(i + 1) {
		return 0, expr{}, false
	}
	return i + 1, literal(herald.Date, itoa4(y)), true
}

// unitAfterNumber reports whether the word at i makes the number before it
// a count or a measure: "2000 troops", "1990 percent".
func (p *parser) unitAfterNumber(i int) bool {
	switch p.word(i) {
	case "percent", "people", "troops", "soldiers", "men", "women", "children", "shares",
		"dollars", "euros", "pounds", "yen", "points", "tons", "tonnes", "barrels", "miles",
		"kilometers", "kilometres", "meters", "metres", "feet", "acres", "units", "cars",
		"jobs", "workers", "employees", "homes", "houses", "votes", "members", "residents",
		"deaths", "cases", "years", "days", "hours", "times", "km", "kg", "mw", "cents":
		return true
	}
	return false
}

// century reads a century at token i: "the 20th century", "the twentieth
// century", "11th century".
func (p *parser) century(i int) (int, expr, bool) {
	n, k := 0, i+1
	switch {
	case p.cls(i) == cOrd:
		n = p.val(i)
	case p.isNum(i):
		c, nd, _ := p.number(i)
		switch p.word(k) {
		case "st", "nd", "rd", "th":
			if nd <= 2 && p.glued(k) {
				n, k = c, k+1
			}
		}
	}
	if n < 1 || n > 30 || !p.is(k, "century") {
		return 0, expr{}, false
	}
	return k + 1, literal(herald.Date, pad2(n-1)), true
}

// pad2 formats n with at least two digits.
func pad2(n int) string {
	if n < 10 && n >= 0 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// validDate reports whether y-m-d is a day of the Gregorian calendar; a day
// of 0 stands for the whole month.
func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 0 || d > 31 || y < 0 || y > 9999 {
		return false
	}
	return d == 0 || d <= daysIn(y, m)
}

// daysIn returns the number of days of month m of year y.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
