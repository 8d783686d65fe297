package timex

import (
	"strings"

	"github.com/heraldproject/herald"
)

// A parser recognises time expressions in the tokens of one unit of text, a
// sentence or a paragraph of it. Each rule is a method that reads the
// tokens from an index and reports the index after the expression; the
// longest reading wins.
type parser struct {
	text  string  // the document text
	lower string  // text with ASCII letters lower-cased
	toks  []token // tokens of the unit
	title bool    // the unit is in title case, as a headline is
}

// A mention is a time expression found in the tokens [first, end).
type mention struct {
	first, end int
	x          expr
}

// word returns the lower-case text of token i, or "" when i is out of range.
func (p *parser) word(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	t := &p.toks[i]
	return p.lower[t.start:t.end]
}

// is reports whether token i is the lower-case word w.
func (p *parser) is(i int, w string) bool { return p.word(i) == w }

// cls returns the lexicon class of token i, cNone for numbers, punctuation
// and indexes out of range.
func (p *parser) cls(i int) class {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tWord {
		return cNone
	}
	return p.toks[i].e.cls
}

// val returns the lexicon value of token i.
func (p *parser) val(i int) int {
	if i < 0 || i >= len(p.toks) {
		return 0
	}
	return int(p.toks[i].e.val)
}

// plural reports the lexicon flag of token i: plural or abbreviated.
func (p *parser) plural(i int) bool { return i >= 0 && i < len(p.toks) && p.toks[i].e.flag }

// upper reports whether token i starts with an upper-case letter.
func (p *parser) upper(i int) bool { return i >= 0 && i < len(p.toks) && p.toks[i].upper }

// punct reports whether token i is the ASCII punctuation mark c.
func (p *parser) punct(i int, c byte) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tPunct && p.toks[i].ch == c
}

// glued reports whether token i exists and follows the token before it
// without space.
func (p *parser) glued(i int) bool { return i > 0 && i < len(p.toks) && !p.toks[i].space }

// hyphen reports whether token i is a hyphen that joins two words, as in
// "third-quarter".
func (p *parser) hyphen(i int) bool { return p.punct(i, '-') && p.glued(i) && p.glued(i+1) }

// skipHyphen returns i+1 when token i is a joining hyphen, else i.
func (p *parser) skipHyphen(i int) int {
	if p.hyphen(i) {
		return i + 1
	}
	return i
}

// nameWord reports whether token i is a time word capitalised inside a
// sentence, part of a name such as "High Noon" or "60 Minutes" rather than
// a time. Names of months and days are capitalised anyway.
func (p *parser) nameWord(i int) bool {
	if !p.upper(i) || i == 0 || p.title || p.toks[i].line {
		return false
	}
	switch p.cls(i) {
	case cMonth, cWeekday, cHoliday:
		return false // capitalised always
	}
	prev := p.toks[i-1].kind
	return prev == tNum || prev == tWord
}

// titleCase reports whether the unit is in title case, as a headline may
// be, where capitals do not mark names: every word of four letters or more
// is capitalised, short function words aside.
func (p *parser) titleCase() bool {
	words := 0
	for i := range p.toks {
		t := &p.toks[i]
		if t.kind != tWord || t.end-t.start < 4 {
			continue
		}
		switch p.lower[t.start:t.end] {
		case "with", "from", "over", "into", "after", "amid", "than", "says":
			continue
		}
		if !t.upper {
			return false
		}
		words++
	}
	return words > 1
}

// number returns the value and digit count of number token i.
func (p *parser) number(i int) (n, digits int, ok bool) {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tNum || p.toks[i].num < 0 {
		return 0, 0, false
	}
	return p.toks[i].num, int(p.toks[i].nd), true
}

// isNum reports whether token i is a number.
func (p *parser) isNum(i int) bool { return i >= 0 && i < len(p.toks) && p.toks[i].kind == tNum }

// startsExpr reports whether an expression may start at token i: cheap, so
// that most words are passed over at the cost of one test.
func (p *parser) startsExpr(i int) bool {
	t := &p.toks[i]
	switch t.kind {
	case tNum:
		return true
	case tPunct:
		return t.ch == '\''
	}
	if t.e.cls != cNone {
		return true
	}
	switch p.lower[t.start:t.end] {
	case "q", "right", "these", "year", "then":
		return true
	}
	return false
}

// next returns the first mention that starts at or after token i.
func (p *parser) next(i int) (mention, bool) {
	for ; i < len(p.toks); i++ {
		if !p.startsExpr(i) {
			continue
		}
		if m, ok := p.match(i); ok {
			return m, true
		}
	}
	return mention{}, false
}

// match reads the longest expression that starts at token i: approximators
// ("about", "more than"), a determiner and a modifier ("early", "the end
// of"), then a core expression.
func (p *parser) match(i int) (mention, bool) {
	j := p.approx(i)
	det := false
	if p.cls(j) == cThe {
		det = true
		j++
	}
	if det {
		if m, ok := p.around(j); ok {
			m.first = i
			return m, true
		}
	}
	k, d := p.modifier(j)
	end, x, ok := p.core(k, det || d)
	if !ok && k > j {
		end, x, ok = p.modPart(j)
	}
	if !ok && k > j {
		k = j // "a later date": no modifier after all
		end, x, ok = p.core(k, det)
	}
	if !ok {
		return mention{}, false
	}
	if k > j && (x.typ != herald.Date && x.typ != herald.Clock || x.kind == kLiteral && strings.HasSuffix(x.lit, "_REF")) {
		return mention{}, false // "early" and "the end of" modify dates only
	}
	if x.typ == herald.Duration && p.is(end, "old") {
		return mention{}, false // an age: "Howes, 37 years old"
	}
	if det && i == j-1 && k == j && p.beforeNoun(end) {
		i = j // "the Aug. 7 bombings": "the" goes with the noun
	}
	return mention{first: i, end: end, x: x}, true
}

// around reads "day before", "day after" or "week of" at token j, after
// "the", and the date that follows: "the day before last Tuesday", "the
// week of March 6".
func (p *parser) around(j int) (mention, bool) {
	var a int8
	switch {
	case p.is(j, "day") && p.is(j+1, "before"):
		a = aroundBefore
	case p.is(j, "day") && p.is(j+1, "after"):
		a = aroundAfter
	case p.is(j, "week") && p.is(j+1, "of"):
		a = aroundWeek
	default:
		return mention{}, false
	}
	m, ok := p.match(j + 2)
	if !ok || m.first != j+2 || m.x.typ != herald.Date || !m.x.aDay() {
		return mention{}, false // "the week of March": no day to count from
	}
	m.x.around = a
	return m, true
}

// beforeNoun reports whether token i, just after a time expression, looks
// like the noun the expression modifies: a word or number that is not a
// function word or one of the verbs that follow a time expression.
func (p *parser) beforeNoun(i int) bool {
	if i >= len(p.toks) || p.toks[i].kind == tPunct {
		return false
	}
	if p.toks[i].kind == tNum {
		return true
	}
	switch p.word(i) {
	case "of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or", "but", "nor",
		"that", "which", "who", "when", "while", "as", "than", "was", "were", "is", "are", "be",
		"been", "has", "had", "have", "will", "would", "could", "should", "may", "might", "can",
		"did", "does", "do", "ended", "ending", "ends", "through", "after", "before", "since",
		"until", "ago", "earlier", "later", "alone", "also", "it", "he", "she", "they", "we",
		"i", "you", "the", "a", "an", "its", "their", "his", "her", "there", "compared", "so",
		"too", "only", "because", "if", "not", "however", "during", "said", "says", "ahead",
		"amid", "against", "about", "into", "over", "under", "per", "versus", "vs",
		"this", "these", "those", "then", "now", "again", "already", "still", "even", "just",
		"rose", "fell", "came", "saw", "brought", "began", "included", "includes", "show",
		"showed", "shows", "where", "whose", "here", "alike", "left", "all", "both", "each",
		"onward", "onwards", "forward", "last", "next", "up", "down", "out", "off":
		return false
	}
	return p.cls(i) == cNone || p.upper(i)
}

// best keeps the longest of the readings offered to it; the first offered
// wins a tie.
type best struct {
	end int
	x   expr
	ok  bool
}

// offer records a reading that ends before token end.
func (b *best) offer(end int, x expr, ok bool) {
	if ok && end > b.end {
		b.end, b.x, b.ok = end, x, true
	}
}

// core reads a core expression at token i; det says a "the" came before.
func (p *parser) core(i int, det bool) (int, expr, bool) {
	if i >= len(p.toks) {
		return 0, expr{}, false
	}
	var b best
	b.offer(p.setExpr(i))
	b.offer(p.calendar(i, det))
	b.offer(p.weekday(i))
	b.offer(p.deictic(i, det))
	b.offer(p.partDay(i))
	b.offer(p.thePart(i, det))
	b.offer(p.aWhile(i))
	b.offer(p.relative(i, det))
	b.offer(p.quarter(i, det))
	b.offer(p.duration(i, det))
	b.offer(p.season(i, det))
	b.offer(p.clockTime(i))
	b.offer(p.reference(i, det))
	b.offer(p.holiday(i))
	return b.end, b.x, b.ok
}

// approx returns the index after the approximators at token i ("about",
// "nearly", "more than", "at least", "up to"), or i when there are none or
// no quantity or date follows them.
func (p *parser) approx(i int) int {
	j := i + 1
	switch p.word(i) {
	case "about", "around", "nearly", "almost", "approximately", "roughly":
		if p.cls(j) == cMonth || p.cls(j) == cClock || p.quantityStart(j) {
			return j
		}
		return i
	case "over":
		if p.cls(j) == cA {
			return j // "over a week"; "over three years" is a preposition
		}
		return i
	case "some", "under":
	case "more", "less", "fewer":
		if !p.is(j, "than") {
			return i
		}
		j++
	case "at":
		if !p.is(j, "least") && !p.is(j, "most") {
			return i
		}
		j++
	case "up":
		if !p.is(j, "to") {
			return i
		}
		j++
	case "no":
		if !(p.is(j, "more") || p.is(j, "less")) || !p.is(j+1, "than") {
			return i
		}
		j += 2
	default:
		return i
	}
	if p.quantityStart(j) {
		return j
	}
	return i
}

// quantityStart reports whether a quantity may start at token i.
func (p *parser) quantityStart(i int) bool {
	switch p.cls(i) {
	case cNum, cTeen, cA, cVague:
		return true
	}
	return p.isNum(i) || p.is(i, "half")
}

// modifier returns the index after a modifier at token i and whether it
// ends in a determiner: "early", "late", "mid-", "earlier", "later",
// "sometime", "the end of", "the beginning of the". It returns i when there
// is none.
func (p *parser) modifier(i int) (int, bool) {
	w := p.word(i)
	if p.cls(i) != cMod && w != "earlier" && w != "later" {
		return i, false
	}
	switch w {
	case "end", "beginning", "middle", "start":
		if !p.is(i+1, "of") {
			return i, false
		}
		if p.cls(i+2) == cThe {
			return i + 3, true
		}
		return i + 2, false
	case "mid":
		if p.hyphen(i + 1) {
			return i + 2, false
		}
		return i + 1, false
	}
	return p.skipHyphen(i + 1), false
}
