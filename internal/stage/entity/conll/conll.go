// Package conll reads the CoNLL-2003 named-entity data and scores taggings
// the way the conlleval script does: a name counts as found only when both
// its span and its class are exactly right.
package conll

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// A Sentence is one sentence of a CoNLL file: its words and their tags.
type Sentence struct {
	Words []string
	Tags  []string // "O", "I-PER", "B-LOC", …
	Doc   int      // index of the document, counted from the -DOCSTART- lines
	// POS and ChunkTags are the second and third columns of CoNLL-2003
	// (a Penn tag, an IOB1 phrase tag); nil unless every line of the
	// sentence has four columns or more.
	POS, ChunkTags []string
}

// Read reads a CoNLL file: one token a line, the word first and the name
// tag last, sentences separated by blank lines and documents by
// -DOCSTART- lines.
func Read(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	doc := 0
	flush := func() {
		if len(cur.Words) > 0 {
			if len(cur.POS) != len(cur.Words) {
				cur.POS, cur.ChunkTags = nil, nil
			}
			cur.Doc = doc
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 0:
			flush()
		case f[0] == "-DOCSTART-":
			flush()
			if len(out) > 0 {
				doc++
			}
		case len(f) < 2:
			return nil, fmt.Errorf("line %d: want a word and a tag, got %q", line, sc.Text())
		default:
			cur.Words = append(cur.Words, f[0])
			cur.Tags = append(cur.Tags, f[len(f)-1])
			if len(f) >= 4 {
				cur.POS, cur.ChunkTags = append(cur.POS, f[1]), append(cur.ChunkTags, f[2])
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read conll: %w", err)
	}
	flush()
	return out, nil
}

// A Chunk is a name: the words [First, End) of class Class.
type Chunk struct {
	First, End int
	Class      string
}

// Chunks returns the names spelled by tags in IOB1, IOB2 or BILOU, the way
// conlleval reads them: a name begins at B (or S, U), at an I after O, or
// where the class changes, and ends before O or the next name's beginning;
// E and L end it.
func Chunks(tags []string) []Chunk {
	var out []Chunk
	open := false
	var cur Chunk
	for i, t := range tags {
		prefix, class, _ := strings.Cut(t, "-")
		if t == "O" || class == "" {
			prefix, class = "", ""
		}
		if open && (prefix == "" || prefix == "B" || prefix == "S" || prefix == "U" || class != cur.Class) {
			out = append(out, cur)
			open = false
		}
		if prefix == "" {
			continue
		}
		if !open {
			cur = Chunk{First: i, Class: class}
			open = true
		}
		cur.End = i + 1
		if prefix == "E" || prefix == "L" || prefix == "S" || prefix == "U" {
			out = append(out, cur)
			open = false
		}
	}
	if open {
		out = append(out, cur)
	}
	return out
}
