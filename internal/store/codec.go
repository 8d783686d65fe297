package store

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"github.com/heraldproject/herald"
)

// codecVersion is the version of the form Encode writes. Decode refuses
// forms it does not know, so that an old herald never misreads a newer
// store.
const codecVersion = 1

// kept is the form in which a document is kept: the document less its text,
// which stores keep in a column of its own for full-text search, and with
// its tokens packed, since as JSON they would take six times the space of
// the text. Encode compresses its JSON with DEFLATE, which makes it four
// to six times smaller for a few tens of microseconds.
type kept struct {
	Version int `json:"v"`
	*herald.Document
	// Tokens shadows Document.Tokens: packed by packTokens.
	Tokens []byte `json:"Tokens"`
	// ArticleDiagnostics keeps Document.Article.Diagnostics, which
	// Document.Diagnostics shadows in JSON. NewDocument leaves it empty.
	ArticleDiagnostics []herald.Diagnostic `json:"ArticleDiagnostics,omitempty"`
}

// A Codec encodes documents in the form in which stores keep them. It keeps
// compressors for reuse, since making one costs more than compressing a
// document. The zero Codec is ready to use and safe for concurrent use.
type Codec struct {
	writers sync.Pool // of *flate.Writer
}

// Encode returns the form in which a store keeps doc, less its text.
func (c *Codec) Encode(doc *herald.Document) ([]byte, error) {
	d := *doc
	d.Text = ""
	d.Tokens = nil
	d.Article.Diagnostics = nil
	k := kept{Version: codecVersion, Document: &d, Tokens: packTokens(doc.Tokens), ArticleDiagnostics: doc.Article.Diagnostics}
	var buf bytes.Buffer
	zw, _ := c.writers.Get().(*flate.Writer)
	if zw == nil {
		// BestSpeed is a valid level: NewWriter cannot fail.
		zw, _ = flate.NewWriter(&buf, flate.BestSpeed)
	} else {
		zw.Reset(&buf)
	}
	err := json.NewEncoder(zw).Encode(k)
	if err == nil {
		err = zw.Close()
	}
	c.writers.Put(zw)
	if err != nil {
		return nil, fmt.Errorf("encode document %s: %w", doc.ID, err)
	}
	return buf.Bytes(), nil
}

// Decode returns the document that Encode wrote as b, with its text.
func Decode(b []byte, text string) (*herald.Document, error) {
	doc := &herald.Document{}
	k := kept{Document: doc}
	zr := flate.NewReader(bytes.NewReader(b))
	defer zr.Close()
	if err := json.NewDecoder(zr).Decode(&k); err != nil {
		return nil, fmt.Errorf("decode document: %w", err)
	}
	if k.Version != codecVersion {
		return nil, fmt.Errorf("decode document %s: form version %d is not %d", doc.ID, k.Version, codecVersion)
	}
	toks, err := unpackTokens(k.Tokens)
	if err != nil {
		return nil, fmt.Errorf("decode document %s: %w", doc.ID, err)
	}
	doc.Text = text
	doc.Tokens = toks
	doc.Article.Diagnostics = k.ArticleDiagnostics
	return doc, nil
}

// packTokens packs tokens as three signed varints each: the gap from the
// end of the token before, the length and the kind. Tokens are short and
// close together, so most take three bytes. A nil slice packs as nil and an
// empty one as empty, so that both come back as they were.
func packTokens(toks []herald.Token) []byte {
	if toks == nil {
		return nil
	}
	b := make([]byte, 0, 3*len(toks))
	end := 0
	for _, t := range toks {
		b = binary.AppendVarint(b, int64(t.Start-end))
		b = binary.AppendVarint(b, int64(t.End-t.Start))
		b = binary.AppendUvarint(b, uint64(t.Kind))
		end = t.End
	}
	return b
}

var errPacked = errors.New("unpack tokens: truncated or malformed")

// unpackTokens reverses packTokens.
func unpackTokens(b []byte) ([]herald.Token, error) {
	if b == nil {
		return nil, nil
	}
	toks := make([]herald.Token, 0, len(b)/3)
	end := 0
	for len(b) > 0 {
		gap, n := binary.Varint(b)
		if n <= 0 {
			return nil, errPacked
		}
		b = b[n:]
		size, n := binary.Varint(b)
		if n <= 0 {
			return nil, errPacked
		}
		b = b[n:]
		kind, n := binary.Uvarint(b)
		if n <= 0 || kind > 255 {
			return nil, errPacked
		}
		b = b[n:]
		start := end + int(gap)
		end = start + int(size)
		toks = append(toks, herald.Token{Span: herald.Span{Start: start, End: end}, Kind: herald.TokenKind(kind)})
	}
	return toks, nil
}
