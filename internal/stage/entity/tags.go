package entity

import "fmt"

// A Class is one of the four CoNLL-2003 name classes that the tagger knows.
// Stage maps classes to herald entity types.
type Class uint8

// The CoNLL-2003 classes.
const (
	PER  Class = iota // people
	ORG               // organisations
	LOC               // locations
	MISC              // other names: nationalities, events, works
	numClasses
)

var classNames = [numClasses]string{"PER", "ORG", "LOC", "MISC"}

// String returns the CoNLL name of the class: "PER", "ORG", "LOC" or "MISC".
func (c Class) String() string {
	if c < numClasses {
		return classNames[c]
	}
	return fmt.Sprintf("Class(%d)", uint8(c))
}

// ParseClass returns the class with the CoNLL name s.
func ParseClass(s string) (Class, bool) {
	for c, name := range classNames {
		if name == s {
			return Class(c), true
		}
	}
	return 0, false
}

// A scheme is the way a chunk is spelled as per-token tags. Tag 0 is O; the
// others are 1 + class*width + position.
type scheme uint8

const (
	schemeBIO   scheme = iota // B-X starts a chunk, I-X continues it
	schemeBILOU               // B-X, I-X, L-X (last) and U-X (unit, one token)
	numSchemes
)

// Positions of a tag in a chunk.
const (
	posBegin = iota
	posInside
	posLast
	posUnit
)

// width returns the number of tags per class.
func (s scheme) width() int {
	if s == schemeBILOU {
		return 4
	}
	return 2
}

// numTags returns the number of tags, O included.
func (s scheme) numTags() int { return 1 + int(numClasses)*s.width() }

// tag returns the tag of class c at position pos (posLast and posUnit are
// spelled as I and B in BIO).
func (s scheme) tag(c Class, pos int) uint8 {
	if s == schemeBIO {
		if pos == posUnit {
			pos = posBegin
		} else if pos == posLast {
			pos = posInside
		}
	}
	return uint8(1 + int(c)*s.width() + pos)
}

// split returns the class and position of a tag other than O.
func (s scheme) split(t uint8) (Class, int) {
	i := int(t) - 1
	return Class(i / s.width()), i % s.width()
}

// opens reports whether tag t can begin a chunk, and closes whether the
// chunk of t may end with it.
func (s scheme) opens(t uint8) bool {
	if t == 0 {
		return true
	}
	_, pos := s.split(t)
	return pos == posBegin || pos == posUnit
}

func (s scheme) closes(t uint8) bool {
	if t == 0 || s == schemeBIO {
		return true
	}
	_, pos := s.split(t)
	return pos == posLast || pos == posUnit
}

// allowed reports whether tag next may follow tag prev. A prev of
// numTags() stands for the start of the sentence.
func (s scheme) allowed(prev, next uint8) bool {
	if int(prev) == s.numTags() || prev == 0 || s == schemeBILOU && s.closes(prev) {
		return s.opens(next)
	}
	// prev is B or I of an open chunk.
	pc, _ := s.split(prev)
	if s == schemeBIO {
		if s.opens(next) {
			return true
		}
		nc, _ := s.split(next)
		return nc == pc
	}
	if next == 0 {
		return false
	}
	nc, npos := s.split(next)
	return nc == pc && (npos == posInside || npos == posLast)
}

// A chunk is a run of tokens [first, end) of one class.
type chunk struct {
	first, end int
	class      Class
}

// encode writes the tags of chunks over n tokens into tags.
func (s scheme) encode(chunks []chunk, tags []uint8) {
	clear(tags)
	for _, c := range chunks {
		for i := c.first; i < c.end; i++ {
			pos := posInside
			switch {
			case c.end-c.first == 1:
				pos = posUnit
			case i == c.first:
				pos = posBegin
			case i == c.end-1:
				pos = posLast
			}
			tags[i] = s.tag(c.class, pos)
		}
	}
}

// decode appends the chunks spelled by tags to dst. It is lenient: a chunk
// also ends where the class changes or an I follows O.
func (s scheme) decode(dst []chunk, tags []uint8) []chunk {
	open := false
	var cur chunk
	for i, t := range tags {
		if t == 0 {
			if open {
				dst = append(dst, cur)
				open = false
			}
			continue
		}
		c, pos := s.split(t)
		if open && (c != cur.class || pos == posBegin || pos == posUnit) {
			dst = append(dst, cur)
			open = false
		}
		if !open {
			cur = chunk{first: i, class: c}
			open = true
		}
		cur.end = i + 1
		if s == schemeBILOU && (pos == posLast || pos == posUnit) {
			dst = append(dst, cur)
			open = false
		}
	}
	if open {
		dst = append(dst, cur)
	}
	return dst
}
