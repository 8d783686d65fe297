package timex

import (
	"unicode"
	"unicode/utf8"
)

// A tkind classifies a token.
type tkind uint8

// Token kinds. Letters and digits make separate tokens, so "1990s" is a
// number and a word, and "3pm" is "3" and "pm".
const (
	tWord  tkind = iota + 1 // a run of letters
	tNum                    // a run of ASCII digits
	tPunct                  // one other character
)

// A token is one word, number or punctuation mark of a sentence.
type token struct {
	start, end int   // byte offsets into the document text
	kind       tkind //
	space      bool  // white space, or the start of the unit, comes before it
	line       bool  // a line break, or the start of the unit, comes before it
	upper      bool  // it starts with an upper-case letter
	ch         byte  // the character of an ASCII punctuation token
	nd         int8  // number of digits of a number token
	num        int   // value of a number token of up to nine digits
	e          entry // lexicon entry of a word token
	cue        int8  // tense cue: tensePast, tenseFuture or tenseNone
}

// maxKey is the longest word looked up in the lexicon.
const maxKey = 24

// scan appends to toks the tokens of text[start:end], looking words up in
// lower, the ASCII-lower-cased copy of text.
func scan(text, lower string, start, end int, toks []token) []token {
	space, line := true, true
	n0 := len(toks)
	for i := start; i < end; {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			space = true
			line = line || c == '\n'
			i++
			continue
		case c >= '0' && c <= '9':
			j := i
			n := 0
			for j < end && text[j] >= '0' && text[j] <= '9' {
				if j-i < 9 {
					n = n*10 + int(text[j]-'0')
				}
				j++
			}
			nd := j - i
			if nd > 9 {
				nd, n = 10, -1
			}
			toks = append(toks, token{start: i, end: j, kind: tNum, space: space, nd: int8(nd), num: n})
			i = j
		case isLetterByte(c):
			j := i
			for j < end && isLetterByte(text[j]) {
				j++
			}
			j = extendWord(text, j, end)
			toks = append(toks, wordToken(text, lower, i, j, space))
			i = j
		case c < utf8.RuneSelf:
			toks = append(toks, token{start: i, end: i + 1, kind: tPunct, space: space, ch: c})
			i++
		default:
			r, w := utf8.DecodeRuneInString(text[i:end])
			if r != utf8.RuneError && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)) {
				j := extendWord(text, i, end)
				toks = append(toks, token{start: i, end: j, kind: tWord, space: space, upper: unicode.IsUpper(r)})
				i = j
				break
			}
			if r == '’' {
				toks = append(toks, token{start: i, end: i + w, kind: tPunct, space: space, ch: '\''})
			} else {
				toks = append(toks, token{start: i, end: i + w, kind: tPunct, space: space})
			}
			i += w
		}
		if len(toks) > n0 {
			toks[len(toks)-1].line = line
		}
		space, line = false, false
	}
	return toks
}

// isLetterByte reports whether c is an ASCII letter.
func isLetterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// extendWord extends a word from j over further letters, ASCII or not.
func extendWord(text string, j, end int) int {
	for j < end {
		c := text[j]
		if isLetterByte(c) {
			j++
			continue
		}
		if c < utf8.RuneSelf {
			return j
		}
		r, w := utf8.DecodeRuneInString(text[j:end])
		if r == utf8.RuneError || !(unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)) {
			return j
		}
		j += w
	}
	return j
}

// wordToken returns the token of the word text[i:j], with its lexicon entry.
func wordToken(text, lower string, i, j int, space bool) token {
	t := token{start: i, end: j, kind: tWord, space: space, upper: text[i] >= 'A' && text[i] <= 'Z'}
	if j-i <= maxKey {
		t.e = lexicon[lower[i:j]]
	}
	return t
}

// asciiLower returns s with ASCII letters in lower case. Other bytes are
// kept, so that offsets into the copy are offsets into s.
func asciiLower(s string) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}
