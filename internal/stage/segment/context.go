package segment

import (
	"strings"
	"unicode/utf8"
)

// A category says how the text after a possible sentence end begins.
type category uint8

const (
	catNone     category = iota // nothing that can start a sentence
	catUpper                    // a capitalised word
	catLower                    // a lower-case word or a clitic
	catCaseless                 // a word in a script without case
	catDigit                    // a number
	catSymbol                   // a symbol, a handle or a hashtag
	catPunct                    // punctuation that continues a sentence: , ; : -
)

// lead returns how the text at token m begins, looking through opening
// quotes and brackets, and the token where the word is.
func (s *splitter) lead(m int) (category, int) {
	for n := m; n < s.hi && n < m+4; n++ {
		tok := s.str(n)
		r, cl, size := next(tok, 0)
		dash := size == len(tok) && isBullet(r) || cl == clHyphen || cl == clDash
		if n == m && dash && n+1 < s.hi && !s.adjacent(n) {
			continue // "• The next item", "-- Chicago newsdesk"
		}
		switch cl {
		case clUpper:
			return catUpper, n
		case clLower:
			return catLower, n
		case clLetter:
			return catCaseless, n
		case clDigit:
			return catDigit, n
		case clSymbol:
			return catSymbol, n
		case clApos:
			if len(tok) > 1 {
				return catLower, n // "'s"
			}
		case clQuote, clOpen:
		case clPunct:
			if len(tok) > 1 {
				return catSymbol, n // "@Reuters", "#Ukraine"
			}
			return catPunct, n
		default:
			return catPunct, n
		}
	}
	return catNone, m
}

// newlines returns the number of line breaks between token k and the next,
// 2 for a blank line or more.
func (s *splitter) newlines(k int) int {
	g := s.text[s.toks[k].End:s.toks[k+1].Start]
	if len(g) == 0 || len(g) == 1 && g[0] == ' ' {
		return 0
	}
	n := 0
	for i := 0; i < len(g) && n < 2; i++ {
		switch g[i] {
		case '\n':
			n++
		case '\r':
			if i+1 == len(g) || g[i+1] != '\n' {
				n++
			}
		case 0xc2: // U+0085 next line
			if strings.HasPrefix(g[i:], "\u0085") {
				n++
			}
		case 0xe2:
			if strings.HasPrefix(g[i:], "\u2028") {
				n++
			} else if strings.HasPrefix(g[i:], "\u2029") {
				n += 2
			}
		}
	}
	return min(n, 2)
}

// lineBreak reports whether the line breaks after token k end the sentence.
// A blank line always does. A single line break does unless the line
// plainly goes on: it ends with an opening bracket or a title, or the next
// line begins in lower case and finishes the sentence. In hard-wrapped text
// a single line break ends a sentence only after a short line.
func (s *splitter) lineBreak(k int) bool {
	nl := s.newlines(k)
	switch {
	case nl == 0:
		return false
	case nl >= 2:
		s.quote, s.list = false, 0
		return true
	}
	if s.width == 0 {
		s.quote = false // a quotation re-opens in each paragraph
	}
	if continues(s.str(k), s.width > 0) {
		return false
	}
	cat, _ := s.lead(k + 1)
	if s.width > 0 {
		return cat != catLower && s.lineLen(k) < s.width*3/5
	}
	return cat != catLower || !s.lineEnds(k+1)
}

// continues reports whether a line that ends with tok goes on in the next.
// A comma or a hyphen at the end of a line says so only in hard-wrapped
// text; elsewhere a line is a paragraph, and one that ends with a comma is
// an item of a list or a row of a table.
func continues(tok string, wrapped bool) bool {
	switch tok {
	case "(", "[", "&", "/", "+", "=":
		return true
	case ",", ";", "-":
		return wrapped
	}
	return isTitle(tok)
}

// lineLen returns the length in bytes of the line that ends with token k.
func (s *splitter) lineLen(k int) int {
	end := s.toks[k].End
	return end - (strings.LastIndexAny(s.text[:end], "\r\n") + 1)
}

// lineEnds reports whether the line that begins with token m holds a
// sentence terminator: . ! or ? before a space, a quote or the line's end.
func (s *splitter) lineEnds(m int) bool {
	line := s.text[s.toks[m].Start:]
	if i := strings.IndexAny(line, "\r\n\u0085\u2028\u2029"); i >= 0 {
		line = line[:i]
	}
	for {
		i := strings.IndexAny(line, ".!?")
		if i < 0 {
			return false
		}
		if cl := classAt(line, i+1); cl == clSpace || cl == clQuote || cl == clApos || cl == clClose {
			return true
		}
		line = line[i+1:]
	}
}

// track follows straight double quotes, whose direction the text does not
// show, so that a closing one after a full stop stays with its sentence.
func (s *splitter) track(k int) {
	tok := s.toks[k]
	if tok.Len() != 1 || s.text[tok.Start] != '"' {
		return
	}
	before := tok.Start == 0 || s.text[tok.Start-1] <= ' '
	if !before {
		_, cl := lastRune(s.text[:tok.Start])
		before = cl == clOpen || cl == clDash || cl == clSpace || cl == clNewline
	}
	after := classAt(s.text, tok.End)
	opens := after.isWord() || after == clOpen || after == clQuote || after == clApos
	switch {
	case before && opens:
		s.quote = true
	case !before && !opens:
		s.quote = false
	default:
		s.quote = !s.quote
	}
}

// wrapWidth returns the line width of hard-wrapped text, where at least
// half the lines break in mid-sentence near a common width, or 0 when the
// text's line breaks end paragraphs, headlines or rows of tables.
func wrapWidth(t string) int {
	width := 0
	for line := range strings.Lines(t) {
		if n := len(strings.TrimSpace(line)); n <= 120 {
			width = max(width, n)
		}
	}
	if width < 40 {
		return 0
	}
	lines, wrapped := 0, 0
	prev := ""
	for line := range strings.Lines(t) {
		line = strings.TrimSpace(line)
		if line != "" {
			lines++
			if len(prev) >= width-20 && midSentence(prev, line) {
				wrapped++
			}
		}
		prev = line
	}
	if wrapped < 3 || wrapped*2 < lines {
		return 0
	}
	return width
}

// midSentence reports whether line, followed by the line after, stops in
// mid-sentence: it ends with a lower-case word or a comma, or the line
// after begins in lower case.
func midSentence(line, after string) bool {
	r, cl := lastRune(line)
	_, acl, _ := next(after, 0)
	return cl == clLower || r == ',' || acl == clLower
}

// endsLine reports whether a line ends with sentence or clause punctuation.
func endsLine(line string) bool {
	_, cl := lastRune(line)
	switch cl {
	case clPeriod, clTerm, clTermHard, clEllipsis, clQuote, clApos, clClose:
		return true
	}
	return strings.HasSuffix(line, ":")
}

// lastRune returns the last character of t and its class; clSpace when t
// is empty.
func lastRune(t string) (rune, class) {
	if t == "" {
		return ' ', clSpace
	}
	r, size := utf8.DecodeLastRuneInString(t)
	if r == utf8.RuneError && size <= 1 {
		return r, clSpace
	}
	return r, classOf(r)
}
