package pattern

import "strings"

// MaxGap is the most tokens a gap (…) spans; it spans at least one.
const MaxGap = 4

// A Kind says what an Item matches.
type Kind uint8

// Item kinds.
const (
	Word   Kind = iota // a word and its inflections
	Exact              // =word: the form only
	Group              // (a|b c): one of the alternatives
	Gap                // …: one to MaxGap tokens
	Source             // SRC: the mention of the source
	Target             // TGT: the mention of the target
)

// An Item is one element of a pattern.
type Item struct {
	Kind     Kind
	Text     string   // the word in lower case, for Word and Exact
	Alts     [][]Item // the alternatives of a Group
	Optional bool     // written with a trailing "?"
}

// A Pattern is one line of a pattern file.
type Pattern struct {
	Code    string // CAMEO event code
	Planned string // CAMEO code for events not asserted; "" means Code
	Items   []Item
	Trigger int    // index in Items of the trigger: a Word, Exact, or Group whose alternatives start with words
	File    string // the file the pattern was read from
	Line    int    // 1-based line number
}

// A Set is the patterns of one file, in file order.
type Set struct {
	Patterns []Pattern
}

// IsSlot reports whether the item is SRC or TGT.
func (it Item) IsSlot() bool { return it.Kind == Source || it.Kind == Target }

// String returns the pattern in its canonical form, without its codes:
// single spaces, the trigger marked with "@". Parsing the canonical form
// gives the same pattern.
func (p *Pattern) String() string {
	var b strings.Builder
	for i, it := range p.Items {
		if i > 0 {
			b.WriteByte(' ')
		}
		if i == p.Trigger {
			b.WriteByte('@')
		}
		writeItem(&b, it)
	}
	return b.String()
}

// writeItem appends the canonical form of it to b.
func writeItem(b *strings.Builder, it Item) {
	switch it.Kind {
	case Word:
		b.WriteString(it.Text)
	case Exact:
		b.WriteByte('=')
		b.WriteString(it.Text)
	case Gap:
		b.WriteString("…")
	case Source:
		b.WriteString("SRC")
	case Target:
		b.WriteString("TGT")
	case Group:
		b.WriteByte('(')
		for i, alt := range it.Alts {
			if i > 0 {
				b.WriteByte('|')
			}
			for j, a := range alt {
				if j > 0 {
					b.WriteByte(' ')
				}
				writeItem(b, a)
			}
		}
		b.WriteByte(')')
	}
	if it.Optional {
		b.WriteByte('?')
	}
}

// Words returns the words that can start the item: its word, or the first
// word of each alternative of a group. ok is false when the item is not a
// word or a group whose alternatives all start with a required word.
func (it Item) Words() (words []Item, ok bool) {
	switch it.Kind {
	case Word, Exact:
		return []Item{{Kind: it.Kind, Text: it.Text}}, true
	case Group:
		for _, alt := range it.Alts {
			first := alt[0]
			if first.Optional || (first.Kind != Word && first.Kind != Exact) {
				return nil, false
			}
			words = append(words, Item{Kind: first.Kind, Text: first.Text})
		}
		return words, len(words) > 0
	}
	return nil, false
}
