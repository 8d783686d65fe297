package segment

import (
	"strings"
	"unicode/utf8"

	"github.com/heraldproject/herald"
)

// A scanner splits text into tokens. Its text ends where the region to scan
// ends, so that no token can run past it, while offsets stay those of the
// whole document.
type scanner struct {
	t    string
	toks []herald.Token
}

// Tokenize appends to toks the tokens of text[from:to] and returns the
// extended slice. Offsets are byte offsets into text. Out-of-range bounds
// are clamped.
func Tokenize(text string, from, to int, toks []herald.Token) []herald.Token {
	from, to = clamp(from, to, len(text))
	s := scanner{t: text[:to], toks: toks}
	s.scan(from)
	return s.toks
}

// clamp limits the region [from, to) to [0, n].
func clamp(from, to, n int) (int, int) {
	to = min(max(to, 0), n)
	from = min(max(from, 0), to)
	return from, to
}

// add appends the token [start, end) of the given kind.
func (s *scanner) add(start, end int, kind herald.TokenKind) {
	s.toks = append(s.toks, herald.Token{Span: herald.Span{Start: start, End: end}, Kind: kind})
}

// scan tokenises s.t from i to its end.
func (s *scanner) scan(i int) {
	t := s.t
	for i < len(t) {
		c := t[i]
		if c < utf8.RuneSelf {
			switch cl := asciiClass[c]; cl {
			case clSpace, clNewline:
				i++
			case clUpper, clLower, clDigit:
				i = s.word(i)
			default:
				i = s.punct(i, rune(c), cl, 1)
			}
			continue
		}
		r, cl, size := next(t, i)
		switch {
		case cl == clSpace || cl == clNewline:
			i += size
		case cl.isWord():
			i = s.word(i)
		default:
			i = s.punct(i, r, cl, size)
		}
	}
}

// punct scans the punctuation or symbol token at i, whose first character
// r of class cl takes size bytes, and returns the offset after it.
func (s *scanner) punct(i int, r rune, cl class, size int) int {
	t := s.t
	switch cl {
	case clPeriod:
		if _, prev := lastRune(t[:i]); i+1 < len(t) && isDigitByte(t[i+1]) && !prev.isWord() {
			return s.word(i) // a decimal without its zero: ".556"
		}
		j := i + 1
		for j < len(t) && t[j] == '.' {
			j++
		}
		s.add(i, j, herald.Punctuation) // "." or an ellipsis "..."
		return j
	case clTerm, clTermHard:
		j := i + size
		for j < len(t) {
			_, c2, n := next(t, j)
			if c2 != clTerm && c2 != clTermHard {
				break
			}
			j += n
		}
		s.add(i, j, herald.Punctuation) // "?!", "!!"
		return j
	case clApos:
		if end := clitic(t, i+size); end > 0 {
			s.add(i, end, herald.Word) // "'s" written apart, as in CoNLL
			return end
		}
	case clHyphen, clDash:
		j := i + size
		for j < len(t) {
			r2, _, n := next(t, j)
			if r2 != r {
				break
			}
			j += n
		}
		s.add(i, j, herald.Punctuation) // "-", "--", "—"
		return j
	case clSymbol:
		j := emoji(t, i, r, size)
		s.add(i, j, herald.Symbol)
		return j
	case clPunct:
		if (r == '@' || r == '#') && (i == 0 || t[i-1] <= ' ') {
			if cl2 := classAt(t, i+1); cl2 == clUpper || cl2 == clLower {
				return s.word(i) // a handle or hashtag: "@Reuters", "#Ukraine"
			}
		}
	}
	s.add(i, i+size, kindOf(cl))
	return i + size
}

// clitic returns the end of a clitic ("s", "re", "ve", "ll", "m", "d")
// that starts at i right after an apostrophe and ends a word, or 0.
func clitic(t string, i int) int {
	j := i
	for j < len(t) && j-i < 3 && isASCIILetter(t[j]) {
		j++
	}
	if j == i || (j < len(t) && classAt(t, j).isWord()) {
		return 0
	}
	for _, c := range [...]string{"s", "m", "d", "re", "ve", "ll"} {
		if strings.EqualFold(t[i:j], c) {
			return j
		}
	}
	return 0
}

// emoji returns the end of the symbol that starts at i with rune r of size
// bytes, taking in the modifiers, variation selectors, joined symbols and
// flag pairs that draw one picture.
func emoji(t string, i int, r rune, size int) int {
	j := i + size
	regional := isRegional(r)
	for j < len(t) {
		r2, n := utf8.DecodeRuneInString(t[j:])
		switch {
		case r2 == '\ufe0f' || r2 == '\ufe0e' || r2 == '\u20e3',
			r2 >= 0x1f3fb && r2 <= 0x1f3ff, // skin tones
			r2 >= 0xe0020 && r2 <= 0xe007f: // tags
			j += n
		case r2 == '\u200d' && j+n < len(t):
			r3, n3 := utf8.DecodeRuneInString(t[j+n:])
			if classOf(r3) != clSymbol {
				return j
			}
			j += n + n3
		case regional && isRegional(r2):
			regional = false // a flag is a pair of regional indicators
			j += n
		default:
			return j
		}
	}
	return j
}

// isRegional reports whether r is a regional indicator, half of a flag.
func isRegional(r rune) bool { return r >= 0x1f1e6 && r <= 0x1f1ff }

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// isDigitByte reports whether c is an ASCII digit.
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
