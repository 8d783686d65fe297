package herald

// A Span is a half-open range [Start, End) of byte offsets into Document.Text.
// The zero Span is empty and means "absent" where a span is optional.
type Span struct {
	Start int
	End   int
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Empty reports whether the span covers no text.
func (s Span) Empty() bool { return s.End <= s.Start }

// Contains reports whether o lies entirely within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// In returns the text the span covers, or "" when the span is out of bounds.
func (s Span) In(text string) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}
