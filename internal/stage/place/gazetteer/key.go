package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Key returns the matching key of a place name: the name with diacritics
// removed, lower-cased, with periods and apostrophes dropped and every other
// run of punctuation or space turned into one space, a leading "the"
// dropped, and the words "st" and "ste" spelled out as "saint" and
// "sainte". Two names match when their keys are equal, so "St. Louis",
// "Saint-Louis" and "saint louis" match, as do "Zürich" and "Zurich" and
// "the West Bank" and "West Bank".
func Key(name string) string {
	var buf [64]byte
	return string(appendKey(buf[:0], name))
}

// appendKey appends the key of name to dst. It allocates only for names
// with non-ASCII letters, which it decomposes first.
func appendKey(dst []byte, name string) []byte {
	if !isASCII(name) {
		name = norm.NFD.String(name)
	}
	start := len(dst)
	for _, r := range name {
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
			dst = append(dst, byte(r))
		case 'A' <= r && r <= 'Z':
			dst = append(dst, byte(r+'a'-'A'))
		case r == '.' || isApostrophe(r) || unicode.Is(unicode.Mn, r):
			// Dropped: "U.S." is "us", "Sana'a" is "sanaa", "é" is "e".
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if s, ok := special(r); ok {
				dst = append(dst, strings.ToLower(s)...)
			} else {
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
			}
		default:
			if len(dst) > start && dst[len(dst)-1] != ' ' {
				dst = append(dst, ' ')
			}
		}
	}
	if len(dst) > start && dst[len(dst)-1] == ' ' {
		dst = dst[:len(dst)-1]
	}
	return rewriteWords(dst, start)
}

// rewriteWords rewrites the words of the key in dst[start:] in place where
// that shortens or keeps its length, and by appending otherwise: a leading
// "the" goes, and "st" and "ste" become "saint" and "sainte".
func rewriteWords(dst []byte, start int) []byte {
	key := dst[start:]
	if len(key) > 4 && string(key[:4]) == "the " {
		copy(key, key[4:])
		dst = dst[:len(dst)-4]
		key = dst[start:]
	}
	if !hasSaintAbbrev(key) {
		return dst
	}
	// Rare: rebuild the key word by word after the original.
	end := len(dst)
	for i, w := range strings.Fields(string(key)) {
		if i > 0 {
			dst = append(dst, ' ')
		}
		switch w {
		case "st":
			w = "saint"
		case "ste":
			w = "sainte"
		}
		dst = append(dst, w...)
	}
	n := copy(dst[start:], dst[end:])
	return dst[:start+n]
}

// hasSaintAbbrev reports whether the key has the word "st" or "ste".
func hasSaintAbbrev(key []byte) bool {
	for i := 0; i+1 < len(key); i++ {
		if key[i] != 's' || key[i+1] != 't' || i > 0 && key[i-1] != ' ' {
			continue
		}
		rest := key[i+2:]
		if len(rest) == 0 || rest[0] == ' ' || rest[0] == 'e' && (len(rest) == 1 || rest[1] == ' ') {
			return true
		}
	}
	return false
}

// Fold returns name with its diacritics removed and the letters that do not
// decompose, such as "ø", "ł" and "ß", spelled in ASCII. Case, punctuation
// and letters of other scripts are kept, so Fold("Łódź") is "Lodz" and
// Fold("Москва") is "Москва".
func Fold(name string) string {
	if isASCII(name) {
		return name
	}
	var b strings.Builder
	b.Grow(len(name))
	for _, r := range norm.NFD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case isApostrophe(r):
			b.WriteByte('\'')
		default:
			if s, ok := special(r); ok {
				b.WriteString(s)
			} else {
				b.WriteRune(r)
			}
		}
	}
	return norm.NFC.String(b.String())
}

// special spells in ASCII the Latin letters that have no canonical
// decomposition into a base letter and marks, such as "ø", "ł" and "ß".
func special(r rune) (string, bool) {
	switch r {
	case 'ß':
		return "ss", true
	case 'ẞ':
		return "SS", true
	case 'æ':
		return "ae", true
	case 'Æ':
		return "AE", true
	case 'œ':
		return "oe", true
	case 'Œ':
		return "OE", true
	case 'þ':
		return "th", true
	case 'Þ':
		return "Th", true
	case 'ø':
		return "o", true
	}
	return oneLetter(r)
}

// oneLetter spells the special letters that take one ASCII letter.
func oneLetter(r rune) (string, bool) {
	switch r {
	case 'Ø':
		return "O", true
	case 'ł', 'ŀ':
		return "l", true
	case 'Ł', 'Ŀ':
		return "L", true
	case 'đ', 'ð':
		return "d", true
	case 'Đ', 'Ð':
		return "D", true
	case 'ı', 'ɨ':
		return "i", true
	case 'ħ':
		return "h", true
	case 'Ħ':
		return "H", true
	case 'ŧ':
		return "t", true
	case 'Ŧ':
		return "T", true
	case 'ĸ':
		return "k", true
	case 'ŋ':
		return "n", true
	case 'Ŋ':
		return "N", true
	case 'ƒ':
		return "f", true
	case 'ʉ':
		return "u", true
	case 'ə':
		return "e", true
	case 'Ə':
		return "E", true
	}
	return "", false
}

// isApostrophe reports whether r is one of the apostrophes and modifier
// letters that transliterations use for glottal stops and soft signs.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '`', '´', '‘', '’', 'ʻ', 'ʼ', 'ʹ', 'ʾ', 'ʿ', '′':
		return true
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
