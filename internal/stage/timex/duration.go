package timex

import (
	"strconv"

	"github.com/heraldproject/herald"
)

// quantity reads a number of units at token i: "24", "2 1/2", "two",
// "twenty-four", "a", "a couple of", "a dozen", "half a", or a vague one:
// "several", "a few", "many".
func (p *parser) quantity(i int) (q float64, vague bool, next int, ok bool) {
	switch {
	case p.isNum(i):
		return p.digits(i)
	case p.cls(i) == cNum || p.cls(i) == cTeen:
		q, j := float64(p.val(i)), i+1
		if q >= 20 && int(q)%10 == 0 {
			if k := p.skipHyphen(j); p.cls(k) == cNum && p.val(k) >= 1 && p.val(k) <= 9 && (k > j || !p.glued(k)) {
				q, j = q+float64(p.val(k)), k+1
			}
		}
		if p.cls(j) == cMult {
			q, j = q*float64(p.val(j)), j+1
		}
		return q, false, j, true
	case p.cls(i) == cA:
		j := i + 1
		switch p.word(j) {
		case "couple":
			if p.is(j+1, "of") {
				return 2, false, j + 2, true
			}
			return 0, false, i, false
		case "few":
			return 0, true, j + 1, true
		case "dozen", "hundred", "thousand":
			return float64(p.val(j)), false, j + 1, true
		case "half":
			return 0.5, false, j + 1, true
		}
		return 1, false, j, true
	case p.cls(i) == cVague:
		if p.is(i, "couple") {
			if p.is(i+1, "of") && (p.is(i-1, "next") || p.is(i-1, "past") || p.is(i-1, "last")) {
				return 2, false, i + 2, true // "the next couple of years"
			}
			return 0, false, i, false
		}
		return 0, true, i + 1, true
	case p.is(i, "half") && p.cls(i+1) == cA:
		return 0.5, false, i + 2, true
	}
	return 0, false, i, false
}

// digits reads a quantity in figures at token i: "24", "1,000", "5.5",
// "2 1/2".
func (p *parser) digits(i int) (float64, bool, int, bool) {
	n, _, ok := p.number(i)
	if !ok {
		return 0, false, i, false
	}
	q, j := float64(n), i+1
	for p.punct(j, ',') && p.glued(j) && p.glued(j+1) {
		m, d, ok := p.number(j + 1)
		if !ok || d != 3 {
			break
		}
		q, j = q*1000+float64(m), j+2
	}
	if p.punct(j, '.') && p.glued(j) && p.glued(j+1) {
		m, d, ok := p.number(j + 1)
		if !ok || d > 6 {
			return 0, false, i, false
		}
		f := float64(m)
		for ; d > 0; d-- {
			f /= 10
		}
		return q + f, false, j + 2, true
	}
	if a, _, ok := p.number(j); ok && !p.glued(j) && p.punct(j+1, '/') && p.glued(j+1) && p.glued(j+2) {
		if b, _, ok := p.number(j + 2); ok && b > a && a > 0 {
			return q + float64(a)/float64(b), false, j + 3, true
		}
	}
	return q, false, j, true
}

// unitAt reads a unit at token i, after an optional adjective such as
// "more" or "trading": "years", "trading days".
func (p *parser) unitAt(i int) (u unit, plural bool, next int, ok bool) {
	switch p.word(i) {
	case "more", "additional", "full", "straight", "consecutive", "trading", "business",
		"working", "long", "whole", "extra", "further", "successive":
		if p.cls(i+1) == cUnit {
			i++
		}
	}
	if p.cls(i) != cUnit || p.val(i) == int(uHalf) || p.nameWord(i) {
		return uNone, false, i, false
	}
	return unit(p.val(i)), p.plural(i), i + 1, true
}

// bareUnit reports whether the plural of u makes a vague duration alone:
// "years", "weeks".
func bareUnit(u unit) bool {
	switch u {
	case uHour, uDay, uWeek, uMonth, uYear, uDecade, uCentury:
		return true
	}
	return false
}

// duration reads a duration at token i, or a date made of one and "ago",
// "earlier" or "later": "24 hours", "the past three months", "two-year",
// "years", "a week ago", "two days later".
func (p *parser) duration(i int, det bool) (int, expr, bool) {
	j, lead := p.durationLead(i)
	q, vague, k, ok := p.quantity(j)
	var u unit
	var plural bool
	if ok {
		if p.is(k, "and") && p.cls(k+1) == cA && p.is(k+2, "half") && p.cls(k+3) == cUnit {
			q, k = q+0.5, k+3 // "two and a half years"
		}
		k = p.durationRange(k)
		if k2 := p.skipHyphen(k); k2 > k {
			k = k2
		}
		if u, plural, k, ok = p.unitAt(k); !ok {
			return 0, expr{}, false
		}
		if p.cls(j) == cA && plural && q == 1 {
			return 0, expr{}, false
		}
		if u == uQuarter && (p.cls(j) == cA || p.glued(k-1)) {
			return 0, expr{}, false // "a quarter of", "three-quarters": fractions
		}
	} else {
		u, plural, k, ok = p.unitAt(j)
		switch {
		case ok && lead == "" && p.hyphen(k) && p.is(k+1, "long"):
			return k + 2, literal(herald.Duration, durationValue(1, plural, u)), true // "day-long", "decades-long"
		case !ok || !plural || !bareUnit(u) && !(u == uQuarter && lead != ""):
			return 0, expr{}, false
		case det && lead == "" && u == uDay:
			return 0, expr{}, false // "the days of", not a time
		case p.is(k, "of") && p.dayWordAt(k+1):
			return 0, expr{}, false // "the early hours of Thursday": a part of the day
		}
		vague = true
		if p.is(k, "or") {
			if u2, plural2, k2, ok := p.unitAt(k + 1); ok && plural2 && u2 != u {
				k = k2 // "weeks or months": the first unit, as TimeBank has it
			}
		}
	}
	if p.hyphen(k) {
		if !p.is(k+1, "long") || p.cls(j) == cA {
			return 0, expr{}, false // "year-old", "year-end"; "a" of "a day-long meeting"
		}
		k += 2
	}
	if p.is(k, "and") && p.cls(k+1) == cA && p.is(k+2, "half") {
		q, k = q+0.5, k+3
	}
	if p.is(k, "or") && p.is(k+1, "so") && p.cls(k+2) == cAfter {
		k += 2 // "a week or so ago"
	}
	if p.is(j, "one") && u == uDay && !plural && modal(p.word(i-1)) {
		return k, literal(herald.Date, "FUTURE_REF"), true // "Islam will one day be"
	}
	if lead == "recent" && u == uYear {
		return k, literal(herald.Date, "PAST_REF"), true
	}
	if lead == "" {
		if end, x, ok := p.durationAnchor(k, q, vague, u); ok {
			return end, x, true
		}
	}
	return k, literal(herald.Duration, durationValue(q, vague, u)), true
}

// aWhile reads a duration of no stated length after "for": "for a while",
// "for some time".
func (p *parser) aWhile(i int) (int, expr, bool) {
	if !p.is(i-1, "for") || !(p.cls(i) == cA && p.is(i+1, "while") || p.is(i, "some") && p.is(i+1, "time")) {
		return 0, expr{}, false
	}
	return i + 2, literal(herald.Duration, "PXX"), true
}

// modal reports whether w is a modal verb, after which "one day" means
// some time to come.
func modal(w string) bool {
	switch w {
	case "will", "would", "could", "might", "may", "can", "shall", "should", "must":
		return true
	}
	return false
}

// durationLead returns the index after a word that may come before the
// quantity of a duration ("the past three months", "the first nine
// months", "recent weeks"), and the word.
func (p *parser) durationLead(i int) (int, string) {
	w := p.word(i)
	switch w {
	case "first", "final", "initial", "recent", "last", "past", "next", "coming", "latest",
		"previous", "following", "upcoming", "preceding":
		return i + 1, w
	}
	return i, ""
}

// durationRange skips the second quantity of a range such as "12 to 18
// months" or "two or three weeks", from the token after the first.
func (p *parser) durationRange(k int) int {
	if p.is(k, "to") || p.is(k, "or") || p.punct(k, '-') && !p.glued(k+1) {
		if _, _, k2, ok := p.quantity(k + 1); ok && p.cls(k2) == cUnit {
			return k2
		}
	}
	return k
}

// durationAnchor reads "ago", "earlier", "later", "from now" after a
// duration that ends before token k, making a date of it.
func (p *parser) durationAnchor(k int, q float64, vague bool, u unit) (int, expr, bool) {
	w := p.word(k)
	dir, a, end := 0, aDCT, k+1
	switch w {
	case "ago":
		dir = -1
	case "hence":
		dir = 1
	case "from":
		if !p.is(k+1, "now") {
			return 0, expr{}, false
		}
		dir, end = 1, k+2
	case "earlier", "later", "before", "after":
		dir, a = 1, aRef
		if w == "earlier" || w == "before" {
			dir = -1
		}
		if (w == "before" || w == "after") && end < len(p.toks) && p.toks[end].kind != tPunct {
			return 0, expr{}, false // "two days after the vote": a duration
		}
		if u == uSecond || u == uMinute || u == uHour {
			return 0, expr{}, false // "an hour later": no day to count, the duration, as TimeBank has it
		}
	default:
		return 0, expr{}, false
	}
	if vague || q != float64(int(q)) {
		if a == aRef {
			return 0, expr{}, false // "a few days later": the duration, as TimeBank has it
		}
		if dir < 0 {
			return end, literal(herald.Date, "PAST_REF"), true
		}
		return end, literal(herald.Date, "FUTURE_REF"), true
	}
	x := shift(a, dir*int(q), u)
	x.qaware = u == uYear && int(q) == 1
	return end, x, true
}

// durationValue returns the TimeML value of a duration of q units: "P3D",
// "PT24H", "P2Y6M", "PXY".
func durationValue(q float64, vague bool, u unit) string {
	t := ""
	switch u {
	case uSecond, uMinute, uHour:
		t = "T"
	case uHalf:
		q, u = q*6, uMonth
	case uDecade:
		if vague {
			return "PXY" // "decades-long": TimeBank and MEANTIME count decades in years
		}
		q, u = q*10, uYear
	case uCentury:
		if vague {
			return "PXC"
		}
		q, u = q*100, uYear
	case uMillennium:
		if vague {
			return "PXL"
		}
		q, u = q*1000, uYear
	}
	letter := unitLetter(u)
	if vague {
		return "P" + t + "X" + letter
	}
	whole := float64(int(q))
	if q == whole {
		return "P" + t + strconv.Itoa(int(q)) + letter
	}
	if q-whole == 0.5 {
		switch {
		case whole == 0 && u == uYear:
			return "P6M"
		case whole == 0 && u == uDay:
			return "PT12H"
		case whole == 0 && u == uHour:
			return "PT30M"
		}
		switch u {
		case uYear:
			return "P" + strconv.Itoa(int(q)) + "Y6M"
		case uDay:
			return "P" + strconv.Itoa(int(q)) + "DT12H"
		case uHour:
			return "PT" + strconv.Itoa(int(q)) + "H30M"
		case uMinute:
			return "PT" + strconv.Itoa(int(q)) + "M30S"
		}
	}
	return "P" + t + strconv.FormatFloat(q, 'f', -1, 64) + letter
}

// unitLetter returns the designator of a unit in a TimeML duration.
func unitLetter(u unit) string {
	switch u {
	case uSecond:
		return "S"
	case uMinute, uMonth:
		return "M"
	case uHour:
		return "H"
	case uDay:
		return "D"
	case uWeekend:
		return "WE"
	case uWeek:
		return "W"
	case uQuarter:
		return "Q"
	}
	return "Y"
}
