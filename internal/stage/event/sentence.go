package event

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/heraldproject/herald"
)

// A mention is an entity mention placed on the tokens of a sentence.
type mention struct {
	entity     int                // index into Document.Entities
	span       herald.Span        //
	kind       herald.MentionKind //
	first, end int                // token range within the sentence
}

// A sentence is what the matcher needs of one sentence: its tokens in
// lower case with their lemma candidates, and the outermost entity
// mentions on them.
type sentence struct {
	index    int // into Document.Sentences
	toks     []herald.Token
	raw      []string   // token text as written
	lower    []string   // token text, lower case, straight apostrophes
	lem      [][]string // lemma candidates of each word token
	mentions []mention  // outermost mentions in text order
	starts   []int      // per token: index into mentions of the mention that starts there, or -1
	ends     []int      // per token: index into mentions of the mention that ends there, or -1
}

// apostrophes maps curly apostrophes to straight ones.
var apostrophes = strings.NewReplacer("’", "'", "‘", "'")

// newSentence builds the view of sentence si; ments are the document's
// mentions sorted by start.
func newSentence(doc *herald.Document, si int, ments []mention) *sentence {
	st := doc.Sentences[si]
	lo, hi := clampTokens(st, len(doc.Tokens))
	s := &sentence{index: si, toks: doc.Tokens[lo:hi]}
	n := len(s.toks)
	s.raw, s.lower = make([]string, n), make([]string, n)
	s.lem = make([][]string, n)
	s.starts, s.ends = make([]int, n), make([]int, n)
	for i, t := range s.toks {
		s.raw[i] = t.In(doc.Text)
		w := apostrophes.Replace(strings.ToLower(s.raw[i]))
		s.lower[i] = w
		if t.Kind == herald.Word {
			s.lem[i] = lemmas(w, nil)
		} else {
			s.lem[i] = []string{w}
		}
		s.starts[i], s.ends[i] = -1, -1
	}
	s.place(ments)
	return s
}

// clampTokens returns the token range of st within n tokens.
func clampTokens(st herald.Sentence, n int) (int, int) {
	lo, hi := max(st.FirstToken, 0), min(st.EndToken, n)
	if lo > hi {
		return 0, 0
	}
	return lo, hi
}

// place puts the mentions that fall within the sentence on its tokens,
// keeping only outermost ones: in "Russian President Vladimir Putin" the
// mention of Russia inside the mention of Putin is dropped.
func (s *sentence) place(ments []mention) {
	if len(s.toks) == 0 {
		return
	}
	start, end := s.toks[0].Start, s.toks[len(s.toks)-1].End
	i := sort.Search(len(ments), func(i int) bool { return ments[i].span.Start >= start })
	last := -1
	for ; i < len(ments) && ments[i].span.Start < end; i++ {
		m := ments[i]
		if m.span.End > end {
			continue
		}
		m.first = sort.Search(len(s.toks), func(k int) bool { return s.toks[k].End > m.span.Start })
		m.end = sort.Search(len(s.toks), func(k int) bool { return s.toks[k].Start >= m.span.End })
		if m.first >= m.end || m.first <= last {
			continue // not on tokens, or inside or across the previous mention
		}
		s.starts[m.first], s.ends[m.end-1] = len(s.mentions), len(s.mentions)
		s.mentions = append(s.mentions, m)
		last = m.end - 1
	}
}

// docMentions returns every mention of the document sorted by start, the
// longer first where two start together, so that place keeps the
// outermost.
func docMentions(doc *herald.Document) []mention {
	var out []mention
	for ei, e := range doc.Entities {
		for _, m := range e.Mentions {
			if m.Empty() || m.Start < 0 || m.End > len(doc.Text) {
				continue
			}
			out = append(out, mention{entity: ei, span: m.Span, kind: m.Kind})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].span.Start != out[j].span.Start {
			return out[i].span.Start < out[j].span.Start
		}
		return out[i].span.End > out[j].span.End
	})
	return out
}

// is reports whether token i exists and is one of words.
func (s *sentence) is(i int, words ...string) bool {
	if i < 0 || i >= len(s.lower) {
		return false
	}
	for _, w := range words {
		if s.lower[i] == w {
			return true
		}
	}
	return false
}

// hasLemma reports whether token i may be an inflection of w.
func (s *sentence) hasLemma(i int, w string) bool {
	if i < 0 || i >= len(s.lem) {
		return false
	}
	for _, l := range s.lem[i] {
		if l == w {
			return true
		}
	}
	return false
}

// capitalised reports whether token i starts with an upper-case letter.
func (s *sentence) capitalised(i int) bool {
	if i < 0 || i >= len(s.raw) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.raw[i])
	return unicode.IsUpper(r)
}

// isLetterOrDigit reports whether w holds a letter or a digit.
func isLetterOrDigit(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
