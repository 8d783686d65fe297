package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalize returns the form of a token that the features see. News text
// uses typographic quotes and dashes where the CoNLL training data uses
// ASCII, so “ ” ‘ ’ and the dashes are mapped to their ASCII look-alikes.
// The result shares w's memory unless a character had to change.
func normalize(w string) string {
	clean := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			clean = false
			break
		}
	}
	if clean {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch r {
		case '‘', '’', '‚', '′', '`':
			r = '\''
		case '“', '”', '„', '″', '«', '»':
			r = '"'
		case '–', '—', '‒', '−', '‐', '‑':
			r = '-'
		case '…':
			b.WriteString("...")
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Token flags, a bit set describing a token's characters.
const (
	flagTitle   = 1 << iota // first letter upper case, and some lower case letter
	flagUpper               // letters, all upper case
	flagLower               // has a lower-case letter
	flagDigit               // has a digit
	flagHyphen              // has a hyphen
	flagPeriod              // has a period
	flagAlpha               // has a letter
	flagInitial             // a single capital and a period: "J."
)

// shapes returns the word shape of w, each letter mapped to X or x and each
// digit to d, with runs capped at four ("Xxxx" for "Vladimir", "X.X." for
// "U.S."), the short shape with runs collapsed ("Xx"), and w's flags.
func shapes(w string, buf []byte) (long, short []byte, flags uint8) {
	long = buf[:0]
	var last byte
	run := 0
	first := true
	for _, r := range w {
		c := shapeClass(r, &flags)
		if first && c == 'X' {
			flags |= flagTitle
		}
		first = false
		if c == last {
			run++
		} else {
			last, run = c, 1
		}
		if run <= 4 {
			long = append(long, c)
		}
	}
	if flags&flagTitle != 0 && flags&flagLower == 0 {
		flags &^= flagTitle // "NATO" is upper case, not title case
	}
	if flags&flagAlpha != 0 && flags&flagLower == 0 {
		flags |= flagUpper
	}
	if len(long) == 2 && long[0] == 'X' && long[1] == '.' {
		flags |= flagInitial
	}
	short = long[len(long):]
	for i, c := range long {
		if i == 0 || c != long[i-1] {
			short = append(short, c)
		}
	}
	return long, short, flags
}

// shapeClass returns r's shape character and records what r is in flags.
func shapeClass(r rune, flags *uint8) byte {
	switch {
	case r >= 'a' && r <= 'z':
		*flags |= flagAlpha | flagLower
		return 'x'
	case r >= 'A' && r <= 'Z':
		*flags |= flagAlpha
		return 'X'
	case r >= '0' && r <= '9':
		*flags |= flagDigit
		return 'd'
	case r == '-':
		*flags |= flagHyphen
		return '-'
	case r == '.':
		*flags |= flagPeriod
		return '.'
	case r < utf8.RuneSelf:
		return byte(r)
	case unicode.IsUpper(r):
		*flags |= flagAlpha
		return 'X'
	case unicode.IsLetter(r):
		*flags |= flagAlpha | flagLower
		return 'x'
	case unicode.IsDigit(r):
		*flags |= flagDigit
		return 'd'
	}
	return '*'
}

// lowerKey appends to buf the lower-case form of w with every ASCII digit
// replaced by 0, so that "1996" and "2025" share features.
func lowerKey(buf []byte, w string) []byte {
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			buf = append(buf, byte(r+'a'-'A'))
		case r >= '0' && r <= '9':
			buf = append(buf, '0')
		case r < utf8.RuneSelf:
			buf = append(buf, byte(r))
		default:
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
	}
	return buf
}

// isCapitalized reports whether w begins with an upper-case letter.
func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
