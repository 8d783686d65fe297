package timex

import (
	"strconv"

	"github.com/heraldproject/herald"
)

// setExpr reads a set of times at token i: "daily", "weekly", "every
// Monday", "each year", "every two weeks", "twice a week", "$5 a year".
func (p *parser) setExpr(i int) (int, expr, bool) {
	switch p.cls(i) {
	case cSetAdv:
		if p.upper(i) && i > 0 && p.upper(i+1) {
			return 0, expr{}, false // "Daily Mail", a name
		}
		u := unit(p.val(i))
		if u == uPart {
			return i + 1, literal(herald.Set, "XXXX-XX-XXTNI"), true
		}
		if u == uQuarter {
			if i+1 < len(p.toks) && p.toks[i+1].kind == tWord {
				return 0, expr{}, false // "quarterly dividend": an adjective
			}
			return i + 1, literal(herald.Set, "P3M"), true
		}
		return i + 1, literal(herald.Set, durationValue(1, false, u)), true
	case cEvery:
		return p.every(i + 1)
	case cA:
		return p.perUnit(i)
	}
	switch p.word(i) {
	case "once", "twice", "thrice":
		if p.cls(i+1) == cA || p.cls(i+1) == cEvery {
			if end, x, ok := p.every(i + 2); ok {
				return end, x, true
			}
		}
	}
	return 0, expr{}, false
}

// every reads what follows "every" or "each" at token i: "day", "other
// week", "two weeks", "Monday", "July", "summer", "morning".
func (p *parser) every(i int) (int, expr, bool) {
	n := 1
	if p.is(i, "other") {
		n, i = 2, i+1
	} else if q, vague, k, ok := p.quantity(i); ok && !vague && p.cls(i) != cA && q == float64(int(q)) {
		n, i = int(q), k
	}
	switch p.cls(i) {
	case cUnit:
		return i + 1, literal(herald.Set, durationValue(float64(n), false, unit(p.val(i)))), true
	case cWeekday:
		v := "XXXX-WXX-" + strconv.Itoa(p.val(i))
		if part, k := p.partAt(i + 1); part > 0 {
			return k, literal(herald.Set, v+"T"+partCode[part]), true
		}
		return i + 1, literal(herald.Set, v), true
	case cMonth:
		if !p.upper(i) {
			return 0, expr{}, false
		}
		return i + 1, literal(herald.Set, "XXXX-"+pad2(p.val(i))), true
	case cSeason:
		return i + 1, literal(herald.Set, "XXXX-"+seasonCode[p.val(i)]), true
	case cPart:
		return i + 1, literal(herald.Set, "XXXX-XX-XXT"+partCode[p.val(i)]), true
	}
	return 0, expr{}, false
}

// perUnit reads "a year" at token i as a set when it follows an amount or a
// count: "$5 a year", "three times a day", "100 barrels a day".
func (p *parser) perUnit(i int) (int, expr, bool) {
	if p.cls(i+1) != cUnit || p.plural(i+1) {
		return 0, expr{}, false
	}
	switch u := unit(p.val(i + 1)); u {
	case uHour, uDay, uWeek, uMonth, uYear:
		if !p.amountBefore(i) || p.cls(i+2) == cAfter {
			return 0, expr{}, false
		}
		return i + 2, literal(herald.Set, durationValue(1, false, u)), true
	}
	return 0, expr{}, false
}

// amountBefore reports whether token i follows an amount or a count, so
// that "a year" after it is a rate.
func (p *parser) amountBefore(i int) bool {
	if i == 0 {
		return false
	}
	if p.isNum(i-1) || p.punct(i-1, '%') {
		return true
	}
	switch p.word(i - 1) {
	case "times", "once", "twice", "thrice", "million", "billion", "trillion", "thousand",
		"hundred", "percent", "dollars", "cents", "euros", "pounds", "barrels", "tons",
		"tonnes", "people":
		return true
	}
	return p.countedNoun(i - 1)
}

// countedNoun reports whether token i is a plural noun after a count:
// "700 seats", "fifty thousand CDs", "hundreds of interviews".
func (p *parser) countedNoun(i int) bool {
	w := p.word(i)
	if p.cls(i) != cNone || len(w) < 3 || w[len(w)-1] != 's' {
		return false
	}
	j := i - 1
	if p.is(j, "of") {
		j--
	}
	if p.isNum(j) || p.cls(j) == cNum || p.cls(j) == cTeen {
		return true
	}
	switch p.word(j) {
	case "hundred", "thousand", "million", "billion", "hundreds", "thousands", "millions",
		"billions", "dozen", "dozens":
		return true
	}
	return false
}

// reference reads a reference to the present, past or future: "now",
// "currently", "recently", "soon", "the past", "the future", "these days".
// "Former" and "formerly" are not: they qualify a title or a state
// ("a former minister"), which TimeML does not annotate.
func (p *parser) reference(i int, det bool) (int, expr, bool) {
	switch p.word(i) {
	case "right":
		if p.is(i+1, "now") {
			return i + 2, literal(herald.Date, "PRESENT_REF"), true
		}
	case "these":
		if p.is(i+1, "days") {
			return i + 2, literal(herald.Date, "PRESENT_REF"), true
		}
	case "more":
		if p.is(i+1, "recently") {
			return i + 2, literal(herald.Date, "PAST_REF"), true
		}
	case "past":
		if det && !p.quantityStart(i+1) {
			return i + 1, literal(herald.Date, "PAST_REF"), true
		}
	case "near", "short":
		if det && p.is(i+1, "term") || det && p.is(i+1, "future") {
			return i + 2, literal(herald.Date, "FUTURE_REF"), true
		}
	case "later":
		if p.cls(i-1) == cA && p.is(i+1, "date") {
			return i + 2, literal(herald.Date, "FUTURE_REF"), true
		}
	case "then":
		k := p.skipHyphen(i + 1)
		if p.cls(k) == cRef && p.val(k) == refCurrent {
			return k + 1, literal(herald.Date, "PAST_REF"), true // "the then current price"
		}
	}
	if p.cls(i) != cRef {
		return 0, expr{}, false
	}
	switch p.val(i) {
	case refPresent, refCurrent:
		return i + 1, literal(herald.Date, "PRESENT_REF"), true
	case refPast:
		return i + 1, literal(herald.Date, "PAST_REF"), true
	case refRecent:
		if p.cls(i+1) == cUnit {
			return 0, expr{}, false
		}
		return i + 1, literal(herald.Date, "PAST_REF"), true
	case refFuture:
		if p.is(i-1, "as") && p.is(i+1, "as") {
			return 0, expr{}, false // "as soon as", a conjunction
		}
		return i + 1, literal(herald.Date, "FUTURE_REF"), true
	case refFutureNoun:
		if det {
			return i + 1, literal(herald.Date, "FUTURE_REF"), true
		}
		if p.cls(i+1) == cUnit && p.plural(i+1) {
			return i + 2, literal(herald.Date, "FUTURE_REF"), true
		}
	}
	return 0, expr{}, false
}
