package entity

import (
	_ "embed"
	"fmt"
	"io"
	"sync"

	"github.com/heraldproject/herald"
)

// embeddedModel is the model trained by ./train on CoNLL-2003.
//
//go:embed model.bin
var embeddedModel []byte

// A Name is a name that the recogniser found in a sentence.
type Name struct {
	// First and End delimit the name's tokens: indexes into the words of
	// the sentence given to Names or Sentences, or into Document.Tokens
	// from Document.
	First, End int
	Span       herald.Span // the name's text in Document.Text; zero but from Document
	Class      Class       // the CoNLL class the tagger chose
	Type       herald.EntityType
}

// A Recognizer finds the names in tokenised sentences with an averaged
// perceptron over BILOU (or BIO) tags. It is safe for concurrent use.
type Recognizer struct {
	gaz   *gazetteer
	model *model
	tg    tagger[int16]
	edge  [numRoles][]int32 // the sums of the padding in each neighbour's role
	pool  sync.Pool         // *workspace
}

// Embedded returns a Recognizer with the model that herald embeds.
func Embedded() (*Recognizer, error) {
	return Decode(embeddedModel)
}

// Decode returns a Recognizer with the model encoded in data, as written by
// Recognizer.Encode. It returns an error wrapping ErrModel when data is not
// a model, or is one trained with other features or word lists.
func Decode(data []byte) (*Recognizer, error) {
	g, err := loadGazetteer()
	if err != nil {
		return nil, err
	}
	m, err := decodeModel(data)
	if err != nil {
		return nil, err
	}
	if want := fingerprint(g); m.sum != want {
		return nil, fmt.Errorf("%w: trained with other features or word lists (fingerprint %x, want %x); regenerate it", ErrModel, m.sum, want)
	}
	return newRecognizer(g, m), nil
}

// fingerprint identifies the feature set: templates and word lists.
func fingerprint(g *gazetteer) uint64 {
	return mix(hashString(featureVersion), g.sum)
}

// newRecognizer returns a Recognizer using model m.
func newRecognizer(g *gazetteer, m *model) *Recognizer {
	r := &Recognizer{gaz: g, model: m}
	r.tg = tagger[int16]{
		tbl:    &table[int16]{w: m.w, nTags: m.numTags(), shift: uint(64 - m.bits)},
		scheme: m.scheme,
		trans:  newTransitions(m.scheme),
		beam:   m.beam,
	}
	r.edge = edgeSums(r.tg.tbl)
	r.pool.New = func() any { return new(workspace) }
	return r
}

// Encode writes the recogniser's model to w in the form Decode reads.
func (r *Recognizer) Encode(w io.Writer) error { return r.model.encode(w) }

// Names returns the names in one tokenised sentence, taken as a document
// of its own.
func (r *Recognizer) Names(words []string) []Name {
	return r.Sentences([][]string{words})[0]
}

// Sentences returns the names in each sentence of one document, given as
// tokenised sentences. The sentences are tagged in order, each knowing how
// the whole document capitalises its words and what the earlier sentences
// were tagged, so that "Putin" after "Vladimir Putin" is a person.
func (r *Recognizer) Sentences(sents [][]string) [][]Name {
	ws := r.pool.Get().(*workspace)
	defer r.pool.Put(ws)
	ws.mem.reset()
	for _, words := range sents {
		ws.mem.scan(words)
	}
	out := make([][]Name, len(sents))
	for i, words := range sents {
		out[i] = r.names(ws, nil, words, 0)
	}
	return out
}

// Document returns the names in each sentence of doc, as Sentences does,
// reading the sentences' tokens from doc.Text. The names' token indexes
// point into doc.Tokens and their spans into doc.Text. A sentence whose
// tokens are out of range has no names.
func (r *Recognizer) Document(doc *herald.Document) [][]Name {
	out := make([][]Name, len(doc.Sentences))
	r.document(doc, func(i int, names []Name) {
		out[i] = append([]Name(nil), names...)
	})
	return out
}

// document tags the sentences of doc in order and calls emit with the
// names of each; emit must not keep names.
func (r *Recognizer) document(doc *herald.Document, emit func(i int, names []Name)) {
	ws := r.pool.Get().(*workspace)
	defer r.pool.Put(ws)
	ws.mem.reset()
	for _, s := range doc.Sentences {
		if validSentence(doc, s) {
			ws.mem.scan(ws.sentenceWords(doc, s))
		}
	}
	var names []Name
	for i, s := range doc.Sentences {
		if !validSentence(doc, s) {
			continue
		}
		names = r.names(ws, names[:0], ws.sentenceWords(doc, s), s.FirstToken)
		for j := range names {
			n := &names[j]
			n.Span = herald.Span{Start: doc.Tokens[n.First].Start, End: doc.Tokens[n.End-1].End}
		}
		emit(i, names)
	}
}

// validSentence reports whether s has tokens in doc.Tokens.
func validSentence(doc *herald.Document, s herald.Sentence) bool {
	return s.FirstToken >= 0 && s.FirstToken < s.EndToken && s.EndToken <= len(doc.Tokens)
}

// sentenceWords returns the text of the tokens of sentence s in ws.words.
func (ws *workspace) sentenceWords(doc *herald.Document, s herald.Sentence) []string {
	toks := doc.Tokens[s.FirstToken:s.EndToken]
	ws.words = resize(ws.words, len(toks))
	for j, t := range toks {
		ws.words[j] = t.In(doc.Text)
	}
	return ws.words
}

// names appends the names in words to dst, their token indexes offset by
// base, and records their tags in the document memory.
func (r *Recognizer) names(ws *workspace, dst []Name, words []string, base int) []Name {
	if len(words) == 0 {
		return dst
	}
	ws.sent.prepare(r.gaz, &ws.mem, words)
	r.cachedScores(ws, words)
	r.tg.tag(ws)
	ws.mem.record(r.tg.scheme, ws.sent.lower, ws.sent.caps, ws.tags)
	ws.chunks = r.tg.scheme.decode(ws.chunks[:0], ws.tags)
	for _, c := range ws.chunks {
		c = r.trimTitles(ws, c)
		dst = append(dst, Name{
			First: base + c.first,
			End:   base + c.end,
			Class: c.class,
			Type:  r.typeOf(ws, words, c),
		})
	}
	return dst
}

// trimTitles drops the titles that begin a person's name, as CoNLL tags
// them ("King Abdullah" → "Abdullah"), keeping at least one word.
func (r *Recognizer) trimTitles(ws *workspace, c chunk) chunk {
	for c.class == PER && c.end-c.first > 1 && r.gaz.has(listTitle, ws.sent.lower[c.first:c.first+1]) {
		c.first++
	}
	return c
}
