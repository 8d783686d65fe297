package segment

import (
	"unicode"
	"unicode/utf8"

	"github.com/heraldproject/herald"
)

// A class groups characters by the part they play in segmentation.
type class uint8

// Character classes. The word classes come first so that isWord is one
// comparison.
const (
	clUpper    class = iota // upper- or title-case letter
	clLower                 // lower-case letter
	clLetter                // caseless letter (CJK, Arabic, …) or combining mark
	clDigit                 // decimal digit or other number
	clSpace                 // white space other than line breaks; ignorable characters
	clNewline               // line feed, carriage return, line and paragraph separator
	clPeriod                // full stop
	clTerm                  // ! ? and their script variants
	clTermHard              // 。！？: ends a sentence whatever follows
	clEllipsis              // …
	clApos                  // ' and ’, apostrophes or single quotes
	clQuote                 // " and the typographic quotes other than ’
	clOpen                  // ( [ {
	clClose                 // ) ] }
	clHyphen                // - and the Unicode hyphens
	clDash                  // en dash, em dash, horizontal bar
	clPunct                 // other punctuation
	clSymbol                // currency, maths, emoji and other symbols
)

// isWord reports whether c is a class that words are made of.
func (c class) isWord() bool { return c <= clDigit }

// asciiClass classifies the ASCII bytes; it is read-only after
// initialisation.
var asciiClass = func() [utf8.RuneSelf]class {
	var t [utf8.RuneSelf]class
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c >= 'A' && c <= 'Z':
			t[c] = clUpper
		case c >= 'a' && c <= 'z':
			t[c] = clLower
		case c >= '0' && c <= '9':
			t[c] = clDigit
		case c == '\n' || c == '\r':
			t[c] = clNewline
		case c <= ' ' || c == 0x7f:
			t[c] = clSpace
		default:
			t[c] = clPunct
		}
	}
	t['.'] = clPeriod
	t['!'], t['?'] = clTerm, clTerm
	t['\''] = clApos
	t['"'] = clQuote
	t['('], t['['], t['{'] = clOpen, clOpen, clOpen
	t[')'], t[']'], t['}'] = clClose, clClose, clClose
	t['-'] = clHyphen
	for _, c := range "$+<=>^`|~" {
		t[c] = clSymbol
	}
	return t
}()

// classOf classifies a rune.
func classOf(r rune) class {
	if r < utf8.RuneSelf {
		return asciiClass[r]
	}
	switch r {
	case '’':
		return clApos
	case '“', '”', '„', '‟', '‘', '‚', '«', '»', '‹', '›', '「', '」', '『', '』':
		return clQuote
	case '…':
		return clEllipsis
	case '–', '—', '―', '⸺', '⸻':
		return clDash
	case '‐', '‑', '−', '\u00ad':
		return clHyphen
	case '。', '！', '？', '｡':
		return clTermHard
	case '‼', '⁇', '⁈', '⁉', '؟', '।', '॥', '։', '።':
		return clTerm
	case '\u0085', '\u2028', '\u2029':
		return clNewline
	case '\u200b', '\u200e', '\u200f', '\u2060', '\ufeff':
		return clSpace // ignorable: zero-width space, direction marks, BOM
	case '\u200c', '\u200d':
		return clLetter // zero-width (non-)joiners live inside words and emoji
	}
	switch {
	case unicode.IsUpper(r) || unicode.IsTitle(r):
		return clUpper
	case unicode.IsLower(r):
		return clLower
	case unicode.IsLetter(r) || unicode.IsMark(r):
		return clLetter
	case unicode.IsNumber(r):
		return clDigit
	case unicode.IsSpace(r):
		return clSpace
	case unicode.Is(unicode.Ps, r):
		return clOpen
	case unicode.Is(unicode.Pe, r):
		return clClose
	case unicode.IsPunct(r):
		return clPunct
	case unicode.IsControl(r):
		return clSpace
	}
	return clSymbol // symbols, private use, unassigned
}

// next decodes the character at i of t and classifies it. It returns
// clSpace and size 1 for a byte that is not valid UTF-8.
func next(t string, i int) (rune, class, int) {
	c := t[i]
	if c < utf8.RuneSelf {
		return rune(c), asciiClass[c], 1
	}
	r, size := utf8.DecodeRuneInString(t[i:])
	if r == utf8.RuneError && size == 1 {
		return r, clSpace, 1
	}
	return r, classOf(r), size
}

// classAt classifies the character at i of t, or returns clSpace at the end
// of t.
func classAt(t string, i int) class {
	if i >= len(t) {
		return clSpace
	}
	_, cl, _ := next(t, i)
	return cl
}

// kindOf returns the token kind of a single-character token of class cl.
func kindOf(cl class) herald.TokenKind {
	switch cl {
	case clSymbol:
		return herald.Symbol
	case clDigit:
		return herald.Number
	case clUpper, clLower, clLetter:
		return herald.Word
	}
	return herald.Punctuation
}

// isOpening reports whether r opens a quotation or bracket without doubt.
func isOpening(r rune) bool {
	switch r {
	case '(', '[', '{', '“', '‘', '„', '‚', '«', '‹', '「', '『':
		return true
	}
	return false
}

// isClosing reports whether r closes a quotation or bracket without doubt.
func isClosing(r rune) bool {
	switch r {
	case ')', ']', '}', '”', '’', '»', '›', '」', '』':
		return true
	}
	return false
}

// isBullet reports whether r marks an item of a list.
func isBullet(r rune) bool {
	switch r {
	case '•', '⁃', '‣', '◦', '▪', '●', '·', '*', '-', '–', '—':
		return true
	}
	return false
}
