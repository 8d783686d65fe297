package timex

import "github.com/heraldproject/herald"

// clockTime reads a time of day at token i, with a day after it: "3 p.m.",
// "10:35 a.m.", "15:00 GMT", "noon", "4 in the morning", "10 p.m.
// Wednesday", "5 p.m. EST Nov. 9".
func (p *parser) clockTime(i int) (int, expr, bool) {
	hh, mm, k, ok := p.clockAt(i)
	if !ok {
		return 0, expr{}, false
	}
	if p.cls(k) == cZone {
		k++
	} else if p.is(k, "local") && p.is(k+1, "time") {
		k += 2
	}
	x := expr{typ: herald.Clock, kind: kClock, u: uDay}
	if p.is(k, "on") {
		// "3 p.m. on Friday": the day is a time expression of its own
		// but gives the time its date.
		if day, _, ok := p.dayAfterClock(k + 1); ok {
			x = day
		}
		return k, x.withTime(hh, mm, true, 0), true
	}
	day, end, ok := p.dayAfterClock(k)
	if ok {
		x = day
	} else {
		end = k
	}
	return end, x.withTime(hh, mm, true, 0), true
}

// clockAt reads the hour and minute at token i and returns them with the
// index after them.
func (p *parser) clockAt(i int) (hh, mm, next int, ok bool) {
	if p.cls(i) == cClock {
		return p.val(i), 0, i + 1, !p.nameWord(i) && !p.is(i-1, "high") // "high noon", a climax
	}
	h, nd, ok := p.number(i)
	if !ok || nd > 2 || h > 24 || p.glued(i) && p.isNum(i-2) && p.punct(i-1, ':') {
		return 0, 0, i, false
	}
	k := i + 1
	minutes := false
	if p.punct(k, ':') && p.glued(k) && p.glued(k+1) {
		m, dm, ok := p.number(k + 1)
		if !ok || dm != 2 || m > 59 {
			return 0, 0, i, false
		}
		mm, k, minutes = m, k+2, true
		if p.punct(k, ':') && p.glued(k) && p.isNum(k+1) {
			return 0, 0, i, false // "12:30:45" or a score: not taken
		}
	}
	if mer, k2, ok := p.meridiem(k); ok {
		if h == 0 || h > 12 {
			return 0, 0, i, false
		}
		return h%12 + mer, mm, k2, true
	}
	if p.is(k, "o") && p.punct(k+1, '\'') && p.is(k+2, "clock") {
		return h, mm, k + 3, h <= 12
	}
	if !minutes && p.is(k, "in") && p.cls(k+1) == cThe && p.cls(k+2) == cPart {
		switch p.val(k + 2) {
		case pAfternoon, pEvening:
			if h < 12 {
				h += 12
			}
		}
		return h, mm, k + 3, h <= 24
	}
	if minutes && h < 24 && !p.isNum(i-1) {
		return h, mm, k, true
	}
	return 0, 0, i, false
}

// meridiem reads "a.m.", "p.m", "am", "PM" at token i and returns the hours
// to add (0 or 12) and the index after it. A period that also ends the
// sentence is left out, as TimeML does.
func (p *parser) meridiem(i int) (int, int, bool) {
	if p.cls(i) == cMeridiem {
		return p.val(i), i + 1, true
	}
	w := p.word(i)
	if (w != "a" && w != "p") || !p.punct(i+1, '.') || !p.glued(i+1) || !p.is(i+2, "m") || !p.glued(i+2) {
		return 0, i, false
	}
	add, k := 0, i+3
	if w == "p" {
		add = 12
	}
	if p.punct(k, '.') && p.glued(k) && (!p.sentenceEnd(k) || p.dayWordAt(k+1)) {
		k++
	}
	return add, k, true
}

// sentenceEnd reports whether the period at token i ends a sentence: the
// unit ends there, or a capitalised word follows it after a space.
func (p *parser) sentenceEnd(i int) bool {
	if i+1 >= len(p.toks) {
		return true
	}
	t := &p.toks[i+1]
	return t.space && (t.upper || t.kind == tPunct)
}

// dayWordAt reports whether token i is a word that may start the day of a
// time of day: "Wednesday", "Nov.", "EST", "today".
func (p *parser) dayWordAt(i int) bool {
	switch p.cls(i) {
	case cWeekday, cMonth, cZone, cDeictic:
		return true
	}
	return false
}

// dayAfterClock reads the day that a time of day is on, at token i: "on
// Wednesday", "Thursday", "today", ", Nov. 6".
func (p *parser) dayAfterClock(i int) (expr, int, bool) {
	if p.punct(i, ',') {
		i++
	}
	var b best
	b.offer(p.weekday(i))
	b.offer(p.deictic(i, false))
	b.offer(p.calendar(i, false))
	if !b.ok || b.x.kind == kLiteral || b.x.kind == kDate && b.x.d == 0 || b.x.typ == herald.Clock {
		return expr{}, i, false
	}
	return b.x, b.end, true
}
