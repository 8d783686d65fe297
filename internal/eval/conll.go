package eval

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/heraldproject/herald"
)

// A conllDoc is one CoNLL-2003 document as herald sees it: the sentences
// one a line, tokens joined by single spaces, and the gold entity spans
// (or phrase chunks) as byte spans into that text.
type conllDoc struct {
	ID     string
	Text   string
	Spans  []typedSpan
	Tokens []typedSpan // each token with its POS tag, when read with readPOS
}

// A typedSpan is a gold or predicted span with its class.
type typedSpan struct {
	herald.Span
	Type string
}

// A conllBuilder assembles documents while the reader walks the lines.
type conllBuilder struct {
	name string
	pos  bool // read the POS and chunk columns instead of the name tags
	docs []conllDoc

	text     strings.Builder
	spans    []typedSpan
	tokens   []typedSpan
	inSent   bool   // a sentence has tokens on the current text line
	prevTag  string // "O", "B", "I", "E" or "S"
	prevType string
	chunk    *typedSpan // the entity being read, if any
}

// readCoNLLFile reads the CoNLL-2003 file at path.
func readCoNLLFile(path string) ([]conllDoc, error) {
	return readGoldFile(path, readCoNLL)
}

// readPOSFile reads the CoNLL-2003 file at path with its POS and chunk
// columns.
func readPOSFile(path string) ([]conllDoc, error) {
	return readGoldFile(path, readPOS)
}

// readGoldFile opens the file at path and reads it with read.
func readGoldFile(path string, read func(io.Reader, string) ([]conllDoc, error)) ([]conllDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	defer f.Close()
	return read(f, path)
}

// readCoNLL reads CoNLL-2003 data: one token a line with the entity tag in
// the last column, a blank line between sentences and a -DOCSTART- line
// between documents. Tags may be IOB1 (as in eng.testa, where B- only
// separates adjacent entities of one type), IOB2 or IOBES; entities are cut
// from the tags by the rules of conlleval. name names the input in errors
// and document IDs.
func readCoNLL(r io.Reader, name string) ([]conllDoc, error) {
	return (&conllBuilder{name: name, prevTag: "O"}).read(r)
}

// readPOS reads CoNLL-2003 lines — word, POS tag, chunk tag, name tag —
// as readCoNLL does, with the phrase chunks of the chunk column (IOB1, cut
// by conlleval's rules as names are) as the spans, and each token with its
// POS tag.
func readPOS(r io.Reader, name string) ([]conllDoc, error) {
	return (&conllBuilder{name: name, pos: true, prevTag: "O"}).read(r)
}

// read reads the lines of r into documents.
func (b *conllBuilder) read(r io.Reader) ([]conllDoc, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		var err error
		switch {
		case len(fields) == 0:
			b.endSentence()
		case fields[0] == "-DOCSTART-":
			b.endDoc()
		default:
			err = b.token(fields)
		}
		if err != nil {
			return nil, fmt.Errorf("read gold %q: line %d: %w", b.name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read gold %q: line %d: %w", b.name, line+1, err)
	}
	b.endDoc()
	return b.docs, nil
}

// token adds one token line.
func (b *conllBuilder) token(fields []string) error {
	col := len(fields) - 1
	switch {
	case b.pos && len(fields) < 3:
		return fmt.Errorf("want a word, a POS tag and a chunk tag, got %q", strings.Join(fields, " "))
	case b.pos:
		col = 2
	case len(fields) < 2:
		return fmt.Errorf("want a word and a tag column, got %q", fields[0])
	}
	tag, typ, err := splitTag(fields[col])
	if err != nil {
		return err
	}
	if b.inSent {
		b.text.WriteByte(' ')
	} else if b.text.Len() > 0 {
		b.text.WriteByte('\n')
	}
	b.inSent = true
	start := b.text.Len()
	b.text.WriteString(fields[0])
	end := b.text.Len()
	if b.pos {
		b.tokens = append(b.tokens, typedSpan{Span: herald.Span{Start: start, End: end}, Type: fields[1]})
	}

	if chunkEnds(b.prevTag, tag, b.prevType, typ) {
		b.closeChunk()
	}
	if chunkStarts(b.prevTag, tag, b.prevType, typ) {
		b.chunk = &typedSpan{Span: herald.Span{Start: start}, Type: typ}
	}
	if b.chunk != nil {
		b.chunk.End = end
	}
	b.prevTag, b.prevType = tag, typ
	return nil
}

// splitTag splits "B-PER" into "B" and "PER"; "O" has no type.
func splitTag(s string) (tag, typ string, err error) {
	if s == "O" {
		return "O", "", nil
	}
	tag, typ, ok := strings.Cut(s, "-")
	if !ok || typ == "" {
		return "", "", fmt.Errorf("want an entity tag such as O, B-PER or I-LOC, got %q", s)
	}
	switch tag {
	case "B", "I", "E", "S":
		return tag, typ, nil
	}
	return "", "", fmt.Errorf("want an entity tag prefix B, I, E or S, got %q", s)
}

// chunkEnds reports whether the entity open at the previous token ends
// before this one. It agrees with conlleval's endOfChunk on IOB1 and IOB2
// and closes IOBES chunks after every E and S.
func chunkEnds(prevTag, tag, prevType, typ string) bool {
	if prevTag == "O" {
		return false
	}
	return tag == "O" || tag == "B" || tag == "S" || prevTag == "E" || prevTag == "S" || prevType != typ
}

// chunkStarts reports whether an entity starts at this token, as
// conlleval's startOfChunk: I- after O or after another type starts one.
func chunkStarts(prevTag, tag, prevType, typ string) bool {
	if tag == "O" {
		return false
	}
	return tag == "B" || tag == "S" || prevTag == "O" || prevTag == "E" || prevTag == "S" || prevType != typ
}

// closeChunk records the open entity, if any.
func (b *conllBuilder) closeChunk() {
	if b.chunk != nil {
		b.spans = append(b.spans, *b.chunk)
		b.chunk = nil
	}
}

// endSentence closes the sentence being read; conlleval resets the tag
// context at sentence boundaries.
func (b *conllBuilder) endSentence() {
	b.closeChunk()
	b.inSent = false
	b.prevTag, b.prevType = "O", ""
}

// endDoc closes the document being read, if it has any tokens.
func (b *conllBuilder) endDoc() {
	b.endSentence()
	if b.text.Len() > 0 {
		b.docs = append(b.docs, conllDoc{
			ID:     fmt.Sprintf("%s#%d", filepath.Base(b.name), len(b.docs)+1),
			Text:   b.text.String(),
			Spans:  b.spans,
			Tokens: b.tokens,
		})
	}
	b.text.Reset()
	b.spans, b.tokens = nil, nil
}

// analyzeCoNLL runs the analyzer over each document until r is done and
// hands score each gold document with herald's analysis of it.
func (r *runner) analyzeCoNLL(ctx context.Context, goldPath string, docs []conllDoc, score func(conllDoc, *herald.Document)) error {
	for _, d := range docs {
		if r.done() {
			break
		}
		a := herald.Article{ID: d.ID, Text: d.Text, Origin: herald.Origin{Path: goldPath, Format: "conll"}}
		doc, err := r.analyze(ctx, a)
		if err != nil {
			return err
		}
		score(d, doc)
	}
	return nil
}
