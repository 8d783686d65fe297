package entity

// A name is often written in full once and then shortened ("Vladimir
// Putin", then "Putin"), and headlines are in capitals. A memory carries
// what one document says about its words to every sentence of it: how each
// word is capitalised across the document, and which classes the tagger
// gave it in earlier sentences.
type memory struct {
	cases map[uint64]uint8                  // lower-case hash → caseTitleMid|caseLower bits
	hist  map[uint64][numClasses + 1]uint16 // lower-case hash → times tagged O, PER, ORG, LOC, MISC
	buf   []byte
}

// Capitalisation of a word seen somewhere in the document.
const (
	caseTitleMid = 1 << iota // capitalised, not first in a sentence in mixed case
	caseLower                // all lower case
)

// reset empties the memory for a new document.
func (m *memory) reset() {
	if m.cases == nil {
		m.cases = make(map[uint64]uint8, 256)
		m.hist = make(map[uint64][numClasses + 1]uint16, 128)
	}
	clear(m.cases)
	clear(m.hist)
}

// scan records how the words of one sentence of the document are
// capitalised. Every sentence is scanned before the first is tagged.
func (m *memory) scan(words []string) {
	alpha, upper := 0, 0
	for _, w := range words {
		if c := caseOf(w); c != 0 {
			alpha++
			if c == 'U' {
				upper++
			}
		}
	}
	capsSentence := alpha >= 3 && upper*10 >= alpha*9
	for i, w := range words {
		var bit uint8
		switch caseOf(w) {
		case 'l':
			bit = caseLower
		case 'T':
			if i > 0 && !capsSentence {
				bit = caseTitleMid
			}
		}
		if bit != 0 {
			m.buf = lowerKey(m.buf[:0], normalize(w))
			m.cases[hashBytes(m.buf)] |= bit
		}
	}
}

// caseOf returns 'l' for a word of lower-case letters, 'T' for one that
// begins with a capital and has lower-case letters, 'U' for one in
// capitals, and 0 for other tokens.
func caseOf(w string) byte {
	first, lower, upper := byte(0), false, false
	for _, r := range w {
		var f uint8
		c := shapeClass(r, &f)
		if first == 0 {
			first = c
		}
		lower = lower || c == 'x'
		upper = upper || c == 'X'
	}
	switch {
	case first == 'x' && !upper:
		return 'l'
	case first == 'X' && lower:
		return 'T'
	case first == 'X':
		return 'U'
	}
	return 0
}

// record adds the tags given to a sentence to the history.
func (m *memory) record(s scheme, lower []uint64, caps []bool, tags []uint8) {
	for i, t := range tags {
		if !caps[i] {
			continue
		}
		label := 0
		if t != 0 {
			c, _ := s.split(t)
			label = 1 + int(c)
		}
		h := m.hist[lower[i]]
		if h[label] < 1<<15 {
			h[label]++
		}
		m.hist[lower[i]] = h
	}
}

// history returns the class most often given to a word before, as
// 1+class, or 0 when the word was seen before but never in a name; and
// false when the word was not seen before. A name tagged once outweighs
// any number of O tags, since a headline or a sentence start often hides
// the name that a later sentence makes plain.
func (m *memory) history(lower uint64) (int, bool) {
	h, ok := m.hist[lower]
	if !ok {
		return 0, false
	}
	best := 0
	for l := 1; l < len(h); l++ {
		if h[l] > h[best] || best == 0 && h[l] > 0 {
			best = l
		}
	}
	return best, true
}
