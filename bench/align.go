package bench

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/heraldproject/herald"
	"github.com/jdkato/prose/v2"
)

// prose returns tokens and entities as strings with no offsets. This file
// finds their spans in the text, so that they can be scored by span as
// herald's are.

// ErrAlign is returned when prose's tokens cannot be found in the text in
// order, or when the entities rebuilt from them differ from prose's own.
var ErrAlign = errors.New("align prose output with the text")

// A labeledSpan is an entity as prose labels it, with its span in the text.
type labeledSpan struct {
	herald.Span
	Label string // prose's label: PERSON, ORGANIZATION, GPE, ...
}

// sanitized lists what prose's tokenizer rewrites before it splits (its
// "sanitizer" replacer): a token holding the ASCII character may stand for
// any of these in the text.
var sanitized = []struct{ from, to string }{
	{"\u201c", `"`},
	{"\u201d", `"`},
	{"\u2018", "'"},
	{"\u2019", "'"},
	{"&rsquo;", "'"},
}

// tokenSpans returns the span in text of each of toks, which prose made
// from text. Each token is the next non-space characters, up to the
// rewrites in sanitized, with one exception: prose's tokenizer loses the
// rest of a word in which it splits off "'m", "'s", "'ll" or "'re" after
// the start, as "'Meara" in "O'Meara" (it keeps only "O"). So a token
// not found where the last one ended is looked for after the rest of that
// word.
func tokenSpans(text string, toks []prose.Token) ([]herald.Span, error) {
	spans := make([]herald.Span, len(toks))
	pos := 0
	for i, t := range toks {
		pos = skip(text, pos, true)
		end, ok := matchToken(text, pos, t.Text)
		if !ok && i > 0 {
			pos = skip(text, skip(text, pos, false), true)
			end, ok = matchToken(text, pos, t.Text)
		}
		if !ok {
			return nil, fmt.Errorf("%w: token %d %q not at byte %d", ErrAlign, i, t.Text, pos)
		}
		spans[i] = herald.Span{Start: pos, End: end}
		pos = end
	}
	return spans, nil
}

// skip returns the offset of the first rune at or after pos in text that
// is not white space (space true) or that is (space false).
func skip(text string, pos int, space bool) int {
	for pos < len(text) {
		r, n := utf8.DecodeRuneInString(text[pos:])
		if unicode.IsSpace(r) != space {
			break
		}
		pos += n
	}
	return pos
}

// matchToken reports whether tok is at text[pos:], allowing the rewrites
// in sanitized, and where it ends in text.
func matchToken(text string, pos int, tok string) (int, bool) {
	i := pos
	for j := 0; j < len(tok); j++ {
		if i < len(text) && text[i] == tok[j] {
			i++
			continue
		}
		found := false
		for _, s := range sanitized {
			if tok[j] == s.to[0] && strings.HasPrefix(text[i:], s.from) {
				i += len(s.from)
				found = true
				break
			}
		}
		if !found {
			return 0, false
		}
	}
	return i, true
}

// entitySpans returns prose's entities with their spans in text. It cuts
// them from the token labels exactly as prose does (chunk and
// parseEntities in prose v2.0.0's extract.go, quirks included: a token with
// the same part-of-speech tag as the one before joins the entity, and an
// entity still open at the end of the text is dropped), then checks the
// result against ents, prose's own entities, label and text alike.
func entitySpans(text string, toks []prose.Token, ents []prose.Entity) ([]labeledSpan, error) {
	spans, err := tokenSpans(text, toks)
	if err != nil {
		return nil, err
	}
	var out []labeledSpan
	emit := func(parts []int) error {
		labels := make([]string, len(parts))
		words := make([]string, len(parts))
		for k, p := range parts {
			labels[k], words[k] = toks[p].Label, toks[p].Text
		}
		e := labeledSpan{
			Span:  herald.Span{Start: spans[parts[0]].Start, End: spans[parts[len(parts)-1]].End},
			Label: entityLabel(labels),
		}
		// prose's coalesce joins the entity's tokens with spaces.
		joined := strings.Join(words, " ")
		if i := len(out); i >= len(ents) || ents[i].Label != e.Label || ents[i].Text != joined {
			return fmt.Errorf("%w: rebuilt entity %d %s %q is not prose's", ErrAlign, i, e.Label, joined)
		}
		out = append(out, e)
		return nil
	}
	var parts []int
	end := ""
	for i, tok := range toks {
		label := tok.Label
		n := len(parts)
		if (label != "O" && label != end) ||
			(n > 0 && tok.Tag == toks[parts[n-1]].Tag) ||
			(n > 0 && tok.Tag == "CD" && toks[parts[n-1]].Label != "O") {
			end = strings.Replace(label, "B", "I", 1)
			parts = append(parts, i)
		} else if (label == "O" && end != "") || label == end {
			if label != "O" {
				parts = append(parts, i)
			}
			if err := emit(parts); err != nil {
				return nil, err
			}
			end, parts = "", nil
		}
	}
	if len(out) != len(ents) {
		return nil, fmt.Errorf("%w: rebuilt %d entities, prose has %d", ErrAlign, len(out), len(ents))
	}
	return out, nil
}

// entityLabel is prose's parseEntities: PERSON for a two-token entity
// with a B-PERSON token, else the type of the first token's label.
func entityLabel(labels []string) string {
	if len(labels) == 2 && (labels[0] == "B-PERSON" || labels[1] == "B-PERSON") {
		return "PERSON"
	}
	_, typ, _ := strings.Cut(labels[0], "-")
	return typ
}
