package render

import (
	"unicode/utf8"

	"github.com/heraldproject/herald"
)

// runeOffsets converts byte offsets into a text to code-point offsets, the
// unit of the herald/v1 contract (Python's text[start:end]).
type runeOffsets struct {
	// at[i] is the code-point offset of byte i; nil when the text is ASCII
	// and the two are the same.
	at []int32
}

func newRuneOffsets(text string) runeOffsets {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return runeOffsets{}
	}
	at := make([]int32, len(text)+1)
	n := int32(0)
	for i := 0; i < len(text); {
		_, size := utf8.DecodeRuneInString(text[i:])
		for j := range size {
			// A byte inside a rune maps to the rune that holds it, so
			// a malformed span still lands on a sensible offset.
			at[i+j] = n
		}
		i += size
		n++
	}
	at[len(text)] = n
	return runeOffsets{at: at}
}

// of returns the code-point offset of byte offset b, clamped to the text.
func (r runeOffsets) of(b int) int {
	if r.at == nil {
		return b
	}
	if b < 0 {
		return 0
	}
	if b >= len(r.at) {
		return int(r.at[len(r.at)-1])
	}
	return int(r.at[b])
}

func (r runeOffsets) span(s herald.Span) span {
	return span{Start: r.of(s.Start), End: r.of(s.End)}
}

// optSpan returns nil for an empty span, which the contract writes as null.
func (r runeOffsets) optSpan(s herald.Span) *span {
	if s.Empty() {
		return nil
	}
	sp := r.span(s)
	return &sp
}
