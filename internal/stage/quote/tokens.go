package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/heraldproject/herald"
)

// A mark is the role a token can play as a quotation mark.
type mark uint8

// Quotation marks. Double marks (curly, straight, guillemets) form one
// family and single curly marks another; straight single quotes are too
// often apostrophes to be read as quotes.
const (
	mNone        mark = iota
	mOpen             // “ „ « ``
	mClose            // ” » ''
	mStraight         // "
	mSingleOpen       // ‘
	mSingleClose      // ’ as a token of its own
)

// A tokInfo is what the stage knows of one token.
type tokInfo struct {
	cls   wclass
	cue   cueWord
	isCue bool
	mark  mark
	upper bool // starts with an upper-case letter
	ly    bool // a lower-case word ending in "ly": an adverb, mostly
	punct byte // the ASCII punctuation character a one-byte token is, or 0
	// tail marks the second token of a mark written with two characters,
	// "''" or "``", which the segmenter splits.
	tail bool
}

// An analysis is the working state of the stage over one document.
type analysis struct {
	doc   *herald.Document
	text  string
	lower string // text with ASCII letters in lower case
	toks  []herald.Token
	info  []tokInfo
	sent  []int32 // the sentence of each token; -1 outside every sentence
	para  []int32 // the paragraph of each token, counting line breaks
	// inDirect marks tokens inside the content of a direct quote, whose
	// reporting verbs belong to the quoted speaker, not to the article.
	inDirect []bool
	claimed  []bool // reporting verbs already used by a quote
	claims   []cand // the attributions of the quotes found so far
	// claimedBy holds, for the first token of each claimed cue, its
	// index in claims; -1 elsewhere.
	claimedBy []int32
	pending   []cand // the attributions of the sentence being read, not yet claimed
	ments     []mref // entity mentions, by start
	mentAt    []int32
	gender    []int8 // per entity, the genders of its pronoun mentions (1 he, 2 she); nil until needed
	found     []found
}

// newAnalysis indexes the tokens of doc.
func newAnalysis(doc *herald.Document) *analysis {
	n := len(doc.Tokens)
	a := &analysis{
		doc:       doc,
		text:      doc.Text,
		lower:     asciiLower(doc.Text),
		toks:      doc.Tokens,
		info:      make([]tokInfo, n),
		sent:      make([]int32, n),
		para:      make([]int32, n),
		inDirect:  make([]bool, n),
		claimed:   make([]bool, n),
		claimedBy: make([]int32, n),
	}
	p := int32(0)
	for i, t := range a.toks {
		a.sent[i] = -1
		a.claimedBy[i] = -1
		if i > 0 && strings.IndexByte(a.gap(a.toks[i-1].End, t.Start), '\n') >= 0 {
			p++
		}
		a.para[i] = p
		a.info[i] = a.classify(t)
	}
	a.pairMarks()
	for si, s := range doc.Sentences {
		for i := max(s.FirstToken, 0); i < min(s.EndToken, n); i++ {
			a.sent[i] = int32(si)
		}
	}
	a.indexMentions()
	return a
}

// pairMarks reads two adjacent apostrophes or backquotes as one double
// quotation mark, as some newspapers write them: ”like this”.
func (a *analysis) pairMarks() {
	for i := 0; i+1 < len(a.toks); i++ {
		c := a.info[i].punct
		if (c != '\'' && c != '`') || a.info[i+1].punct != c || a.toks[i].End != a.toks[i+1].Start {
			continue
		}
		m := mStraight
		if c == '`' {
			m = mOpen
		}
		a.info[i].mark, a.info[i+1].mark = m, m
		a.info[i+1].tail = true
		i++
	}
}

// gap returns the text between two offsets, or "" when they do not make a
// span of the text.
func (a *analysis) gap(from, to int) string {
	if from < 0 || to > len(a.text) || from > to {
		return ""
	}
	return a.text[from:to]
}

// classify reads one token.
func (a *analysis) classify(t herald.Token) tokInfo {
	var ti tokInfo
	if t.Start < 0 || t.End > len(a.text) || t.Start >= t.End {
		return ti
	}
	s := a.text[t.Start:t.End]
	low := a.lower[t.Start:t.End]
	if t.Kind == herald.Punctuation || t.Kind == herald.Symbol {
		ti.mark = markOf(s)
		if len(s) == 1 {
			ti.punct = s[0]
		}
		return ti
	}
	ti.cls = words[low]
	ti.cue, ti.isCue = lexicon[low]
	r, _ := utf8.DecodeRuneInString(s)
	ti.upper = unicode.IsUpper(r)
	ti.ly = !ti.upper && len(low) > 4 && strings.HasSuffix(low, "ly") && ti.cls == 0 && !notAdverb[low]
	return ti
}

// notAdverb lists words in -ly that are not adverbs.
var notAdverb = map[string]bool{
	"early": true, "only": true, "family": true, "likely": true, "unlikely": true, "daily": true,
	"weekly": true, "monthly": true, "quarterly": true, "yearly": true, "elderly": true,
	"deadly": true, "costly": true, "friendly": true, "rally": true, "ally": true,
	"assembly": true, "supply": true, "reply": true, "bully": true, "anomaly": true,
	"monopoly": true, "lonely": true, "holy": true, "ugly": true, "silly": true, "jolly": true,
}

// markOf returns the quotation mark role of a punctuation token.
func markOf(s string) mark {
	switch s {
	case "“", "„", "«", "``", "‟":
		return mOpen
	case "”", "»", "''":
		return mClose
	case `"`:
		return mStraight
	case "‘":
		return mSingleOpen
	case "’":
		return mSingleClose
	}
	return mNone
}

// asciiLower returns s with ASCII letters in lower case. Other bytes are
// kept, so offsets into s are offsets into the result.
func asciiLower(s string) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

// low returns token i in lower case, or "" when i is out of range.
func (a *analysis) low(i int) string {
	if i < 0 || i >= len(a.toks) {
		return ""
	}
	t := a.toks[i]
	if t.Start < 0 || t.End > len(a.lower) || t.Start > t.End {
		return ""
	}
	return a.lower[t.Start:t.End]
}

// is reports whether token i has one of the classes c.
func (a *analysis) is(i int, c wclass) bool {
	return i >= 0 && i < len(a.info) && a.info[i].cls&c != 0
}

// punct reports whether token i is the one-byte punctuation c.
func (a *analysis) punct(i int, c byte) bool {
	return i >= 0 && i < len(a.info) && a.info[i].punct == c
}

// isWord reports whether token i is a word or number.
func (a *analysis) isWord(i int) bool {
	if i < 0 || i >= len(a.toks) {
		return false
	}
	k := a.toks[i].Kind
	return k == herald.Word || k == herald.Number
}

// isDash reports whether token i is a dash used as punctuation.
func (a *analysis) isDash(i int) bool {
	if i < 0 || i >= len(a.toks) || a.toks[i].Kind != herald.Punctuation {
		return false
	}
	switch a.text[a.toks[i].Start:a.toks[i].End] {
	case "—", "–", "-", "--", "―":
		return true
	}
	return false
}

// sentBounds returns the token range [from, to) of the sentence of token
// i, or of token i alone when it lies outside every sentence.
func (a *analysis) sentBounds(i int) (int, int) {
	if i < 0 || i >= len(a.toks) {
		return 0, 0
	}
	si := a.sent[i]
	if si < 0 {
		return i, i + 1
	}
	s := a.doc.Sentences[si]
	return max(s.FirstToken, 0), min(s.EndToken, len(a.toks))
}

// span returns the text span of tokens [from, to), or an empty span when
// the range is empty.
func (a *analysis) span(from, to int) herald.Span {
	if from < 0 || to > len(a.toks) || from >= to {
		return herald.Span{}
	}
	return herald.Span{Start: a.toks[from].Start, End: a.toks[to-1].End}
}
