package store

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/heraldproject/herald"
)

// codecVersion is the version of the form Encode writes. Decode reads it
// and every older one, and refuses forms it does not know, so that an old
// herald never misreads a newer store. Version 2 added the tokens' tags.
const codecVersion = 2

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
	// Tags are the distinct POS and chunk tags of the tokens, which
	// packTokens numbers from 1; absent when no token has a tag.
	Tags []string `json:"Tags,omitempty"`
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
	k := kept{Version: codecVersion, Document: &d, ArticleDiagnostics: doc.Article.Diagnostics}
	k.Tokens, k.Tags = packTokens(doc.Tokens)
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

// An Encoded document is what a store writes of it besides its rows: its
// content hash, its coded form and its dedup signature.
type Encoded struct {
	Hash   string
	Blob   []byte
	Signed Signed
}

// Prepare encodes and signs doc: the part of a write that needs neither
// a lock nor a transaction.
func (c *Codec) Prepare(doc *herald.Document) (Encoded, error) {
	blob, err := c.Encode(doc)
	if err != nil {
		return Encoded{}, err
	}
	signed, err := Sign(doc)
	if err != nil {
		return Encoded{}, err
	}
	return Encoded{Hash: herald.ContentHash(doc.Text), Blob: blob, Signed: signed}, nil
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
	if k.Version < 1 || k.Version > codecVersion {
		return nil, fmt.Errorf("decode document %s: form version %d is not 1 to %d; a newer herald wrote it", doc.ID, k.Version, codecVersion)
	}
	toks, err := unpackTokens(k.Tokens, k.Tags, k.Version >= 2)
	if err != nil {
		return nil, fmt.Errorf("decode document %s: %w", doc.ID, err)
	}
	doc.Text = text
	doc.Tokens = toks
	doc.Article.Diagnostics = k.ArticleDiagnostics
	return doc, nil
}

// packTokens packs tokens as three varints each: the gap from the end of
// the token before, the length and the kind, then, when any token has a tag,
// two more: the numbers of its POS and chunk tags in the returned table,
// 0 for none. Tokens are short and close together, so most take three or
// five bytes. A nil slice packs as nil and an empty one as empty, so that
// both come back as they were.
func packTokens(toks []herald.Token) ([]byte, []string) {
	if toks == nil {
		return nil, nil
	}
	var tags []string
	number := map[string]uint64{"": 0}
	tagged := slices.ContainsFunc(toks, func(t herald.Token) bool { return t.POS != "" || t.Chunk != "" })
	num := func(tag string) uint64 {
		n, ok := number[tag]
		if !ok {
			tags = append(tags, tag)
			n = uint64(len(tags))
			number[tag] = n
		}
		return n
	}
	b := make([]byte, 0, 5*len(toks))
	end := 0
	for _, t := range toks {
		b = binary.AppendVarint(b, int64(t.Start-end))
		b = binary.AppendVarint(b, int64(t.End-t.Start))
		b = binary.AppendUvarint(b, uint64(t.Kind))
		if tagged {
			b = binary.AppendUvarint(b, num(t.POS))
			b = binary.AppendUvarint(b, num(t.Chunk))
		}
		end = t.End
	}
	if tagged && tags == nil {
		tags = []string{}
	}
	return b, tags
}

var errPacked = errors.New("unpack tokens: truncated or malformed")

// unpackTokens reverses packTokens. Forms of version 1 have no tags; in
// later ones a token has tags when the table is not nil.
func unpackTokens(b []byte, tags []string, v2 bool) ([]herald.Token, error) {
	if b == nil {
		return nil, nil
	}
	tagged := v2 && tags != nil
	tag := func(b []byte) (string, int) {
		n, size := binary.Uvarint(b)
		if size <= 0 || n > uint64(len(tags)) {
			return "", 0
		}
		if n == 0 {
			return "", size
		}
		return tags[n-1], size
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
		t := herald.Token{Span: herald.Span{Start: start, End: end}, Kind: herald.TokenKind(kind)}
		if tagged {
			if t.POS, n = tag(b); n == 0 {
				return nil, errPacked
			}
			b = b[n:]
			if t.Chunk, n = tag(b); n == 0 {
				return nil, errPacked
			}
			b = b[n:]
		}
		toks = append(toks, t)
	}
	return toks, nil
}
