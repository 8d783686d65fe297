package pattern

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A lexKind is the kind of a lexeme of a pattern.
type lexKind uint8

const (
	lWord  lexKind = iota // a word, or SRC/TGT
	lExact                // =word
	lOpen                 // (
	lClose                // )
	lBar                  // |
	lQuest                // ?
	lAt                   // @
	lGap                  // … or ...
)

// A lexeme is one token of a pattern.
type lexeme struct {
	kind lexKind
	text string
}

// apostrophes straightens curly apostrophes.
var apostrophes = strings.NewReplacer("’", "'", "‘", "'")

// punctWords are the punctuation marks that may stand alone as words.
const punctWords = "-–—,:;"

// lex splits a pattern into lexemes.
func lex(s string) ([]lexeme, error) {
	var out []lexeme
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			return nil, fmt.Errorf("invalid UTF-8")
		case unicode.IsSpace(r):
			i += n
			continue
		case strings.ContainsRune("()|?@", r):
			out = append(out, lexeme{kind: single(r)})
			i += n
			continue
		case r == '…':
			out = append(out, lexeme{kind: lGap})
			i += n
			continue
		case strings.HasPrefix(s[i:], "..."):
			out = append(out, lexeme{kind: lGap})
			i += 3
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) || strings.ContainsRune("()|?@…", r) {
				break
			}
			j += n
		}
		lx, err := word(s[i:j])
		if err != nil {
			return nil, err
		}
		out = append(out, lx)
		i = j
	}
	return out, nil
}

// single returns the kind of a one-character lexeme.
func single(r rune) lexKind {
	switch r {
	case '(':
		return lOpen
	case ')':
		return lClose
	case '|':
		return lBar
	case '?':
		return lQuest
	}
	return lAt
}

// word checks and normalises a word: curly apostrophes become straight
// ones and letters lower case, except in the slot names SRC and TGT.
func word(w string) (lexeme, error) {
	kind := lWord
	if rest, ok := strings.CutPrefix(w, "="); ok {
		kind, w = lExact, rest
		if w == "" {
			return lexeme{}, fmt.Errorf("= without a word")
		}
	}
	if len(w) > 3 && (strings.HasPrefix(w, "SRC") || strings.HasPrefix(w, "TGT")) {
		return lexeme{}, fmt.Errorf("%q: write a slot apart from the word after it, as in \"SRC 's\"", w)
	}
	if w == "SRC" || w == "TGT" {
		if kind == lExact {
			return lexeme{}, fmt.Errorf("=%s: a slot has no exact form", w)
		}
		return lexeme{kind: kind, text: w}, nil
	}
	w = apostrophes.Replace(w)
	if utf8.RuneCountInString(w) == 1 && strings.Contains(punctWords, w) {
		return lexeme{kind: kind, text: w}, nil
	}
	alnum := false
	for _, r := range w {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			alnum = true
		case unicode.Is(unicode.Mn, r) || strings.ContainsRune("'-.&", r):
		default:
			return lexeme{}, fmt.Errorf("invalid character %q in word %q", r, w)
		}
	}
	if !alnum {
		return lexeme{}, fmt.Errorf("word %q has no letter or digit", w)
	}
	return lexeme{kind: kind, text: strings.ToLower(w)}, nil
}
