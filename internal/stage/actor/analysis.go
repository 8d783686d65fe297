package actor

import (
	"bytes"
	"strings"

	"github.com/heraldproject/herald"
)

// A tok is what the analysis knows of one token.
type tok struct {
	a, b int32 // its key in analysis.arena; a == b when it has none
	sent int32 // its sentence; -1 outside any (the dateline)
	ment int32 // 1 + the index of the name mention covering it; 0 when none
	used bool  // read as part of a title, apposition or nominal
	cap  bool  // it begins with an upper-case letter
}

// An analysis is the state of the stage on one document. It is reused
// from document to document.
type analysis struct {
	kn    *knowledge
	doc   *herald.Document
	text  string
	day   day // article date; zero when unknown
	toks  []tok
	arena []byte // token keys, each followed by a space
	ments []mention
	clus  []cluster
	index map[string]int32 // cluster by identity, while linking
}

// reset prepares a for doc.
func (a *analysis) reset(kn *knowledge, doc *herald.Document) {
	a.kn, a.doc, a.text = kn, doc, doc.Text
	a.day = 0
	if t, ok := doc.Date(); ok {
		a.day = dayOf(t)
	}
	a.ments, a.clus = a.ments[:0], a.clus[:0]
	if a.index == nil {
		a.index = make(map[string]int32)
	}
	clear(a.index)
	a.arena = a.arena[:0]
	a.toks = resize(a.toks, len(doc.Tokens))
	for i, t := range doc.Tokens {
		s := t.In(a.text)
		start := int32(len(a.arena))
		a.arena = appendKey(a.arena, s)
		end := int32(len(a.arena))
		if end > start {
			a.arena = append(a.arena, ' ')
		}
		a.toks[i] = tok{a: start, b: end, sent: -1, cap: capitalized(s)}
	}
	for si, s := range doc.Sentences {
		if s.FirstToken < 0 || s.EndToken > len(doc.Tokens) {
			continue
		}
		for i := s.FirstToken; i < s.EndToken; i++ {
			a.toks[i].sent = int32(si)
		}
	}
}

// resize returns s with length n, reusing its storage.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// run analyses the document: names, roles, links, nominals, pronouns and
// codes, in that order, each step reading what the ones before found.
func (a *analysis) run() {
	a.collectNames()
	a.recallNames()
	a.classifyNames()
	a.readRoles()
	a.linkNames()
	a.readNominals()
	a.resolvePronouns()
	a.codeClusters()
}

// key returns the key of token i.
func (a *analysis) key(i int) []byte {
	t := a.toks[i]
	return a.arena[t.a:t.b]
}

// is reports whether token i has key k.
func (a *analysis) is(i int, k string) bool {
	return i >= 0 && i < len(a.toks) && string(a.key(i)) == k
}

// word returns the text of token i.
func (a *analysis) word(i int) string { return a.doc.Tokens[i].In(a.text) }

// rangeKey returns the key of tokens [i, j): their keys joined by spaces,
// tokens without a key (punctuation, hyphens) left out.
func (a *analysis) rangeKey(i, j int) []byte {
	for i < j && a.toks[i].a == a.toks[i].b {
		i++
	}
	for j > i && a.toks[j-1].a == a.toks[j-1].b {
		j--
	}
	if i >= j {
		return nil
	}
	return a.arena[a.toks[i].a:a.toks[j-1].b]
}

// attached reports whether tokens i and i+1 touch, with no space between.
func (a *analysis) attached(i int) bool {
	return i >= 0 && i+1 < len(a.toks) && a.doc.Tokens[i].End == a.doc.Tokens[i+1].Start
}

// sentBounds returns the token range of the sentence of token i.
func (a *analysis) sentBounds(i int) (int, int) {
	s := a.toks[i].sent
	if s < 0 {
		return i, i + 1
	}
	sent := a.doc.Sentences[s]
	return sent.FirstToken, sent.EndToken
}

// span returns the text span of tokens [i, j).
func (a *analysis) span(i, j int) herald.Span {
	return herald.Span{Start: a.doc.Tokens[i].Start, End: a.doc.Tokens[j-1].End}
}

// isPossessive reports whether token i is a possessive "’s" or "'s", or a
// lone apostrophe after a plural ("leaders’").
func (a *analysis) isPossessive(i int) bool {
	w := a.word(i)
	switch w {
	case "’s", "'s", "’S", "'S", "’", "'":
		return true
	}
	return false
}

// isHyphen reports whether token i is a hyphen joining the tokens either
// side: "Vice-President" read as "Vice", "-", "President".
func (a *analysis) isHyphen(i int) bool {
	return a.word(i) == "-" && a.attached(i-1) && a.attached(i)
}

// splitWords returns the words of key k in dst.
func splitWords(dst []string, k []byte) []string {
	for len(k) > 0 {
		i := bytes.IndexByte(k, ' ')
		if i < 0 {
			return append(dst, string(k))
		}
		dst = append(dst, string(k[:i]))
		k = k[i+1:]
	}
	return dst
}

// joinKey returns the words ws as a key.
func joinKey(ws []string) string { return strings.Join(ws, " ") }
