package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// appendKey appends the lookup key of s to dst: its words in lower case,
// Latin diacritics folded ("Élysée" → "elysee"), periods dropped ("U.S." →
// "us"), typographic apostrophes made ASCII, and every other run of
// non-letters (spaces, hyphens, underscores, punctuation) made one space.
// Names in the text and in dictionaries are compared by their keys, so that
// "Okonjo-Iweala", "Okonjo - Iweala" and "OKONJO_IWEALA" are one name.
func appendKey(dst []byte, s string) []byte {
	start := len(dst)
	space := false // a word break is pending
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case c == '.':
				continue
			case c == '\'':
				if len(dst) == start || space {
					continue
				}
			default:
				space = true
				continue
			}
			if space && len(dst) > start {
				dst = append(dst, ' ')
			}
			space = false
			dst = append(dst, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r == '’' || r == 'ʼ' {
			if len(dst) > start && !space {
				dst = append(dst, '\'')
			}
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
			space = true
			continue
		}
		if unicode.Is(unicode.Mn, r) { // a combining accent: drop it
			continue
		}
		if space && len(dst) > start {
			dst = append(dst, ' ')
		}
		space = false
		dst = appendFolded(dst, r)
	}
	// A trailing apostrophe ("Jesus'") is no part of the name.
	for len(dst) > start && dst[len(dst)-1] == '\'' {
		dst = dst[:len(dst)-1]
	}
	return dst
}

// key returns the lookup key of s, as appendKey writes it.
func key(s string) string { return string(appendKey(nil, s)) }

// appendFolded appends the lower-case, unaccented form of the non-ASCII
// letter r.
func appendFolded(dst []byte, r rune) []byte {
	if f, ok := folds[r]; ok {
		return append(dst, f...)
	}
	return utf8.AppendRune(dst, unicode.ToLower(r))
}

// folds maps accented Latin letters to their unaccented lower-case ASCII
// spelling, as news text writes names both ways ("Erdoğan", "Erdogan").
var folds = func() map[rune]string {
	groups := []struct{ to, from string }{
		{"a", "àáâãäåāăąÀÁÂÃÄÅĀĂĄ"}, {"c", "çćĉċčÇĆĈĊČ"}, {"d", "ďđðĎĐÐ"},
		{"e", "èéêëēĕėęěÈÉÊËĒĔĖĘĚ"}, {"g", "ĝğġģĜĞĠĢ"}, {"h", "ĥħĤĦ"},
		{"i", "ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ"}, {"j", "ĵĴ"}, {"k", "ķĶ"}, {"l", "ĺļľŀłĹĻĽĿŁ"},
		{"n", "ñńņňÑŃŅŇ"}, {"o", "òóôõöøōŏőÒÓÔÕÖØŌŎŐ"}, {"r", "ŕŗřŔŖŘ"},
		{"s", "śŝşšșŚŜŞŠȘ"}, {"t", "ţťŧțŢŤŦȚ"}, {"u", "ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ"},
		{"w", "ŵŴ"}, {"y", "ýÿŷÝŸŶ"}, {"z", "źżžŹŻŽ"},
		{"ss", "ß"}, {"ae", "æÆ"}, {"oe", "œŒ"}, {"th", "þÞ"},
	}
	m := make(map[rune]string)
	for _, g := range groups {
		for _, r := range g.from {
			m[r] = g.to
		}
	}
	return m
}()

// words splits a key into its words.
func words(k string) []string { return strings.Fields(k) }

// lastWord returns the last word of key k.
func lastWord(k string) string {
	if i := strings.LastIndexByte(k, ' '); i >= 0 {
		return k[i+1:]
	}
	return k
}

// firstWord returns the first word of key k.
func firstWord(k string) string {
	if i := strings.IndexByte(k, ' '); i >= 0 {
		return k[:i]
	}
	return k
}

// capitalized reports whether s begins with an upper-case letter.
func capitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// allCaps reports whether s has letters and all of them are upper case,
// as in "US", "NATO" and "U.S.".
func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// trimThe removes a leading "the " from key k: "the kremlin" → "kremlin".
func trimThe(k string) string {
	return strings.TrimPrefix(k, "the ")
}
