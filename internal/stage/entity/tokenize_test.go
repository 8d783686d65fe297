package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/heraldproject/herald"
)

// tokenize is a simple stand-in for herald's segmenter: it splits text at
// white space and dashes, splits punctuation and possessive 's off words,
// keeps abbreviations such as "U.S." whole, and ends a sentence at a line
// break or after a full stop, question or exclamation mark.
func tokenize(text string) *herald.Document {
	doc := herald.NewDocument(herald.Article{Text: text})
	first := 0
	endSentence := func() {
		if len(doc.Tokens) > first {
			doc.Sentences = append(doc.Sentences, herald.Sentence{
				Span:       herald.Span{Start: doc.Tokens[first].Start, End: doc.Tokens[len(doc.Tokens)-1].End},
				FirstToken: first,
				EndToken:   len(doc.Tokens),
			})
		}
		first = len(doc.Tokens)
	}
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			endSentence()
		}
		if unicode.IsSpace(r) || r == '—' || r == '–' {
			i += size
			continue
		}
		j := i
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) || r == '—' || r == '–' {
				break
			}
			j += size
		}
		before := len(doc.Tokens)
		doc.Tokens = append(doc.Tokens, splitWord(text, i, j)...)
		if len(doc.Tokens) > before {
			if last := doc.Tokens[len(doc.Tokens)-1].In(text); last == "." || last == "?" || last == "!" {
				endSentence()
			}
		}
		i = j
	}
	endSentence()
	return doc
}

// splitWord splits the white-space delimited word text[i:j] into tokens.
func splitWord(text string, i, j int) []herald.Token {
	var lead, tail []herald.Token
	for i < j {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !strings.ContainsRune(`"“”‘'([{`, r) {
			break
		}
		lead = append(lead, herald.Token{Span: herald.Span{Start: i, End: i + size}, Kind: herald.Punctuation})
		i += size
	}
	for j > i {
		r, size := utf8.DecodeLastRuneInString(text[i:j])
		if !strings.ContainsRune(`.,;:!?"“”’')]}`, r) || r == '.' && isAbbrev(text[i:j]) {
			break
		}
		tail = append(tail, herald.Token{Span: herald.Span{Start: j - size, End: j}, Kind: herald.Punctuation})
		j -= size
	}
	w := text[i:j]
	for _, pos := range []string{"’s", "'s"} {
		if len(w) > len(pos) && strings.HasSuffix(w, pos) {
			k := j - len(pos)
			tail = append(tail, herald.Token{Span: herald.Span{Start: k, End: j}, Kind: herald.Word})
			j = k
			break
		}
	}
	out := lead
	if j > i {
		kind := herald.Word
		if r, _ := utf8.DecodeRuneInString(text[i:]); unicode.IsDigit(r) {
			kind = herald.Number
		}
		out = append(out, herald.Token{Span: herald.Span{Start: i, End: j}, Kind: kind})
	}
	for k := len(tail) - 1; k >= 0; k-- {
		out = append(out, tail[k])
	}
	return out
}

// isAbbrev reports whether w is an abbreviation of single letters and
// periods, such as "U.S.".
func isAbbrev(w string) bool {
	if len(w) < 4 {
		return false
	}
	for k, r := range w {
		if k%2 == 0 && !unicode.IsUpper(r) || k%2 == 1 && r != '.' {
			return false
		}
	}
	return true
}
