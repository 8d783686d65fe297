package timex

import "github.com/heraldproject/herald"

// quarter reads a quarter or half year, the periods of company reports:
// "the third quarter", "third-quarter", "the fiscal first quarter", "the
// third quarter of 1990", "the 1988 third quarter", "this year's third
// quarter", "the year-ago quarter", "the quarter", "Q3 2025", "the first
// half", "year-earlier".
func (p *parser) quarter(i int, det bool) (int, expr, bool) {
	if p.is(i, "q") && p.upper(i) {
		return p.quarterCode(i)
	}
	x := expr{typ: herald.Date, kind: kQuarter, u: uQuarter}
	k, pre := p.quarterPrefix(i, &x)
	if p.cls(k) == cFiscal {
		k = p.skipHyphen(k + 1)
	}
	if (p.is(k, "last") || p.is(k, "latter")) && p.is(k+1, "half") {
		x.u, x.q = uHalf, 2
		return p.quarterYear(k+2, x)
	}
	if p.cls(k) == cOrd {
		n := p.val(k)
		k = p.skipHyphen(k + 1)
		if p.cls(k) == cFiscal {
			k++
		}
		if p.cls(k) != cUnit || p.plural(k) {
			return 0, expr{}, false
		}
		switch unit(p.val(k)) {
		case uQuarter:
			if n > 4 {
				return 0, expr{}, false
			}
		case uHalf:
			if n > 2 {
				return 0, expr{}, false
			}
			x.u = uHalf
		default:
			return 0, expr{}, false
		}
		x.q = n
		return p.quarterYear(k+1, x)
	}
	if (p.is(k, "quarter") || p.cls(k) == cPeriod) && (pre || det && k == i) {
		x.qref = x.y == 0
		x.vague = !p.is(k, "quarter")
		return p.quarterYear(k+1, x)
	}
	if pre && x.n == -1 && !x.yrel {
		return k, shiftYearAgo(), true // "year-earlier" alone
	}
	return 0, expr{}, false
}

// shiftYearAgo is "a year earlier" in the sense of the year or quarter
// before the previous expression.
func shiftYearAgo() expr {
	x := shift(aRef, -1, uYear)
	x.qaware = true
	return x
}

// quarterPrefix reads what may come before "quarter" or "period" and fills
// x: a year ("the 1988 quarter"), "year-ago", "year-earlier", "this
// year's", "last year's", "comparable", "latest". It reports the index
// after it and whether there was one.
func (p *parser) quarterPrefix(i int, x *expr) (int, bool) {
	k, pre := i, false
	for {
		switch {
		case p.is(k, "year") && p.hyphen(k+1) && (p.is(k+2, "ago") || p.is(k+2, "earlier")):
			x.n, x.qref, k, pre = -1, true, k+3, true
		case p.isNum(k) && p.toks[k].nd == 4 && !p.numberGoesOn(k+1):
			x.y, k, pre = p.toks[k].num, k+1, true
			if p.punct(k, '\'') && p.is(k+1, "s") {
				k += 2
			}
		case yearRel(p.word(k)) != 2 && p.is(k+1, "year") && p.punct(k+2, '\'') && p.is(k+3, "s"):
			x.yrel, x.n = true, yearRel(p.word(k))
			k, pre = k+4, true
		case p.is(k, "comparable") || p.is(k, "corresponding") || p.is(k, "same") || p.is(k, "latest") || p.is(k, "current") || p.is(k, "flat") || p.is(k, "its"):
			if p.is(k, "current") {
				x.dir = dirThis // the quarter of the publication date
			}
			k, pre = k+1, true
		default:
			return k, pre
		}
	}
}

// quarterYear reads the year after a quarter, "of 1990", "of this year",
// "1990", and returns the expression ending there.
func (p *parser) quarterYear(k int, x expr) (int, expr, bool) {
	if p.is(k, "of") || p.punct(k, ',') {
		if p.cls(k+1) == cFiscal {
			k++
		}
		if y, k2, ok := p.yearAfter(k+1, false); ok {
			x.y, x.yrel, x.qref = y, false, false
			return k2, x, true
		}
		if n := yearRel(p.word(k + 1)); n != 2 && p.is(k+2, "year") {
			x.yrel, x.qref, x.n = true, false, n
			return k + 3, x, true
		}
	}
	if y, k2, ok := p.yearAfter(k, false); ok && x.y == 0 {
		x.y, x.qref = y, false
		return k2, x, true
	}
	if x.y == 0 && !x.yrel {
		// "the third quarter last year", "the quarter a year ago"
		switch {
		case p.is(k, "last") && p.is(k+1, "year"):
			x.n = -1
			return k + 2, x, true
		case p.cls(k) == cA && p.is(k+1, "year") && (p.is(k+2, "ago") || p.is(k+2, "earlier")):
			x.n = -1
			return k + 3, x, true
		}
	}
	if x.y != 0 {
		x.n, x.yrel = 0, false
	}
	return k, x, true
}

// quarterCode reads "Q3", "Q3 2025", "Q3 FY2025" at token i.
func (p *parser) quarterCode(i int) (int, expr, bool) {
	n, nd, ok := p.number(i + 1)
	if !ok || nd != 1 || n < 1 || n > 4 || !p.glued(i+1) || p.glued(i+2) && !p.punct(i+2, ',') {
		return 0, expr{}, false
	}
	x := expr{typ: herald.Date, kind: kQuarter, u: uQuarter, q: n}
	k := i + 2
	if p.cls(k) == cFiscal {
		k++
	}
	if y, k2, ok := p.yearAfter(k, false); ok {
		x.y = y
		return k2, x, true
	}
	return k, x, true
}

// yearRel returns the years from the publication year that "this", "last"
// and "next" before "year" stand for, or 2 for other words.
func yearRel(w string) int {
	switch w {
	case "this":
		return 0
	case "last":
		return -1
	case "next":
		return 1
	}
	return 2
}

// itoa4 formats a year with four digits.
func itoa4(y int) string {
	b := [4]byte{byte('0' + y/1000%10), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10)}
	return string(b[:])
}
