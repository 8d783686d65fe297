package wire

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/heraldproject/herald"
)

// Parse reads a source tag or dateline at byte offset pos of text. A
// dateline is
//
//	[PLACE[, Region]][, Month Day[, Year]] [(SOURCE)] [DASH]
//
// followed by white space, where PLACE is written in capitals. It must name a
// source in parentheses, or a place followed by a dash, so that an ordinary
// first word in capitals is not taken for a dateline. The returned span runs
// to the first letter of the body.
func Parse(text string, pos int) (herald.Dateline, bool) {
	var d herald.Dateline
	p := pos
	if end := capsPlace(text, p); end > p {
		d.Place = text[p:end]
		p = end
		if end := region(text, p); end > p {
			p = end
		}
		if start, end := date(text, p); end > p {
			d.Date = text[start:end]
			p = end
		}
	}
	if start, end := source(text, skipBlanks(text, p)); end > start {
		d.Source = text[start+1 : end-1]
		p = end
	}
	dashed := false
	if end := dash(text, skipBlanks(text, p)); end > 0 {
		p, dashed = end, true
	}
	if d.Source == "" && !(d.Place != "" && dashed) {
		return herald.Dateline{}, false
	}
	body := skipBlanks(text, p)
	if body == p || body >= len(text) {
		// The tag must be followed by white space and then the body.
		return herald.Dateline{}, false
	}
	d.Span = herald.Span{Start: pos, End: body}
	return d, true
}

// capsPlace returns the end of a place name in capitals starting at p
// ("MOSCOW", "NEW YORK", "KYIV", "ST. PETERSBURG"), or p when there is none.
func capsPlace(text string, p int) int {
	end, words := p, 0
	for q := p; words < 5; {
		w := q
		for w < len(text) {
			r, n := utf8.DecodeRuneInString(text[w:])
			if !(unicode.IsUpper(r) || (w > q && strings.ContainsRune(".-'’", r))) {
				break
			}
			w += n
		}
		if w-q < 2 && !(w > q && words > 0) {
			break
		}
		if w < len(text) {
			if r, _ := utf8.DecodeRuneInString(text[w:]); unicode.IsLower(r) {
				break // "MOSCOWs" or "The": not a capitals word
			}
		}
		end, words = w, words+1
		if w >= len(text) || text[w] != ' ' {
			break
		}
		q = w + 1
	}
	return end
}

// region returns the end of ", Region" after a place ("KYIV, Ukraine"), or
// p when the text continues otherwise. A month name is left for date.
func region(text string, p int) int {
	if !strings.HasPrefix(text[p:], ", ") {
		return p
	}
	q := p + 2
	w := q
	for w < len(text) {
		r, n := utf8.DecodeRuneInString(text[w:])
		if !(unicode.IsLetter(r) || r == '.' || (r == ' ' && w+1 < len(text) && isUpperAt(text, w+1))) {
			break
		}
		w += n
	}
	if w == q || !isUpperAt(text, q) || isMonth(text[q:w]) {
		return p
	}
	// A region is followed by a date, a source or a dash.
	next := skipBlanks(text, w)
	if strings.HasPrefix(text[w:], ", ") || strings.HasPrefix(text[next:], "(") || dash(text, next) > 0 {
		return w
	}
	return p
}

// date returns the span of ", Month Day[, Year]" after p, or (p, p).
func date(text string, p int) (int, int) {
	if !strings.HasPrefix(text[p:], ", ") {
		return p, p
	}
	start := p + 2
	q := start
	for q < len(text) && isASCIILetter(text[q]) {
		q++
	}
	if !isMonth(text[start:q]) {
		return p, p
	}
	if q < len(text) && text[q] == '.' {
		q++
	}
	if q >= len(text) || text[q] != ' ' {
		return p, p
	}
	d := q + 1
	for d < len(text) && d-q <= 2 && text[d] >= '0' && text[d] <= '9' {
		d++
	}
	if d == q+1 {
		return p, p
	}
	if strings.HasPrefix(text[d:], ", ") && d+6 <= len(text) && allDigits(text[d+2:d+6]) {
		d += 6
	}
	return start, d
}

// source returns the span of "(SOURCE)" at p including the parentheses, or
// (p, p). A source is a short name that starts with a letter.
func source(text string, p int) (int, int) {
	if p >= len(text) || text[p] != '(' {
		return p, p
	}
	close := strings.IndexByte(text[p:], ')')
	if close < 2 || close > 32 {
		return p, p
	}
	name := text[p+1 : p+close]
	r, _ := utf8.DecodeRuneInString(name)
	// Sources are proper names ("Reuters", "AP"); dpa is the one wire
	// service that writes itself in lower case.
	if !unicode.IsUpper(r) && name != "dpa" || strings.TrimSpace(name) != name {
		return p, p
	}
	for _, r := range name {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(" .&-'/", r)) {
			return p, p
		}
	}
	return p, p + close + 1
}

// dash returns the end of a dash ("-", "--", "–", "—") or colon at p, or 0.
func dash(text string, p int) int {
	for _, d := range []string{"--", "-", "–", "—", ":"} {
		if strings.HasPrefix(text[p:], d) {
			return p + len(d)
		}
	}
	return 0
}

var months = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"}

func isMonth(s string) bool {
	for _, m := range months {
		if strings.EqualFold(s, m) {
			return true
		}
	}
	return false
}

func skipBlanks(text string, p int) int {
	for p < len(text) && (text[p] == ' ' || text[p] == '\t') {
		p++
	}
	return p
}

func isUpperAt(text string, p int) bool {
	r, _ := utf8.DecodeRuneInString(text[p:])
	return unicode.IsUpper(r)
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
