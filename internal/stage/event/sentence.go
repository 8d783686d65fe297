package event

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/stage/syntax"
)

// A mention is an entity mention placed on the tokens of a sentence.
type mention struct {
	entity     int                // index into Document.Entities
	span       herald.Span        //
	kind       herald.MentionKind //
	first, end int                // token range within the sentence
	coded      bool               // the entity has an actor code
}

// A sentence is what the matcher needs of one sentence: its tokens in
// lower case with their lemma candidates, and the outermost entity
// mentions on them.
type sentence struct {
	index    int // into Document.Sentences
	toks     []herald.Token
	raw      []string        // token text as written
	lower    []string        // token text, lower case, straight apostrophes
	lem      [][]string      // lemma candidates of each word token
	mentions []mention       // outermost mentions in text order
	starts   []int           // per token: index into mentions of the mention that starts there, or -1
	ends     []int           // per token: index into mentions of the mention that ends there, or -1
	clauses  []syntax.Clause // grammatical roles; none when the tokens carry no tags
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
	s.addGeneric(doc)
	if n > 0 && s.toks[0].POS != "" {
		s.clauses = syntax.Roles(s.toks, s.lower)
	}
	return s
}

// genericActors are nouns that name a group or an institution without
// naming who it is: "protesters", "the government", "rebels". The entity
// stage leaves them out where the actor stage cannot code them; the
// matcher binds them as participants without an entity or an actor, so
// that "Prisoners rioted" is still an event.
var genericActors = map[string]bool{
	"government": true, "governments": true, "authorities": true, "regime": true,
	"police": true, "policemen": true, "army": true, "troops": true, "soldiers": true,
	"forces": true, "military": true, "rebels": true, "rebel": true, "guerrillas": true,
	"guerillas": true, "militants": true, "insurgents": true, "fighters": true,
	"militiamen": true, "militia": true, "militias": true, "protesters": true,
	"protestors": true, "demonstrators": true, "students": true, "workers": true,
	"prisoners": true, "inmates": true, "refugees": true, "opposition": true,
	"parliament": true, "court": true, "judge": true, "officials": true, "leaders": true,
	"residents": true, "villagers": true, "farmers": true, "landowners": true,
	"gunmen": true, "attackers": true, "terrorists": true, "extremists": true,
	"fundamentalists": true, "settlers": true, "activists": true, "strikers": true,
	"rioters": true, "mob": true, "crowd": true, "crowds": true, "civilians": true,
	"people": true, "journalists": true, "diplomats": true, "negotiators": true,
	"employees": true, "miners": true, "teachers": true, "doctors": true,
	"unions": true, "union": true, "parties": true, "party": true, "cabinet": true,
	"ministry": true, "embassy": true, "hostages": true, "detainees": true,
	"tribesmen": true, "separatists": true, "islamists": true, "groups": true,
}

// addGeneric adds a mention without an entity for each generic actor
// noun ("protesters") that no entity mention covers. It keeps the
// mentions in text order.
func (s *sentence) addGeneric(doc *herald.Document) {
	var gen []int
	for i, w := range s.lower {
		if !genericActors[w] || s.toks[i].Kind != herald.Word || s.covered(i) >= 0 || i > 0 && s.capitalised(i) {
			continue
		}
		if mi := s.modifierOf(i); mi >= 0 {
			// "Israeli army", "Ivory Coast rebels": the group of the
			// country that names it.
			m := &s.mentions[mi]
			s.ends[m.end-1] = -1
			m.end, m.span.End, m.kind = i+1, s.toks[i].End, herald.NominalMention
			s.ends[i] = mi
			continue
		}
		gen = append(gen, i)
	}
	if len(gen) == 0 {
		return
	}
	all := make([]mention, 0, len(s.mentions)+len(gen))
	all = append(all, s.mentions...)
	for _, i := range gen {
		all = append(all, mention{entity: -1, span: s.toks[i].Span, kind: herald.NominalMention, first: i, end: i + 1})
	}
	sort.SliceStable(all, func(a, b int) bool { return all[a].first < all[b].first })
	s.mentions = all
	for i := range s.starts {
		s.starts[i], s.ends[i] = -1, -1
	}
	for mi, m := range all {
		s.starts[m.first], s.ends[m.end-1] = mi, mi
	}
}

// modifierOf returns the name or demonym mention that modifies the
// generic actor noun at i, directly or across one lower-case word
// ("Israeli security forces"); -1 when none.
func (s *sentence) modifierOf(i int) int {
	limit := 2
	for p := i - 1; p >= 0 && i-p <= limit; p-- {
		if mi := s.ends[p]; mi >= 0 {
			if k := s.mentions[mi].kind; k == herald.DemonymMention || k == herald.NameMention {
				return mi
			}
			return -1
		}
		if s.lower[p] == "'s" && limit == 2 {
			// "Israel's high court": the possessive adds a token.
			limit = 3
			continue
		}
		if s.toks[p].Kind != herald.Word || s.capitalised(p) || barriers[s.lower[p]] || prepositions[s.lower[p]] || s.lower[p] == "'s" || s.finiteVerb(p) {
			return -1
		}
	}
	return -1
}

// finiteVerb reports whether the syntax stage tagged token i as a verb
// that is not a participle: "massed" in "Russia massed troops" is no
// modifier of "troops".
func (s *sentence) finiteVerb(i int) bool {
	switch s.toks[i].POS {
	case "VB", "VBD", "VBP", "VBZ", "MD":
		return true
	}
	return false
}

// covered returns the mention that covers token i, or -1.
func (s *sentence) covered(i int) int {
	for mi, m := range s.mentions {
		if m.first <= i && i < m.end {
			return mi
		}
	}
	return -1
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
		if m.kind == herald.NominalMention {
			s.trimVerb(&m)
		}
		if m.first >= m.end || m.first <= last {
			continue // not on tokens, or inside or across the previous mention
		}
		s.starts[m.first], s.ends[m.end-1] = len(s.mentions), len(s.mentions)
		s.mentions = append(s.mentions, m)
		last = m.end - 1
	}
}

// trimVerb cuts a noun phrase mention that runs over a finite verb back
// to the words after the verb, where its head noun is: a mention
// "guerrillas wounded two British soldiers" is "two British soldiers".
// It needs the syntax stage's tags and does nothing without them.
func (s *sentence) trimVerb(m *mention) {
	for k := m.end - 1; k >= m.first; k-- {
		if s.finiteVerb(k) {
			m.first = k + 1
			if m.first < m.end {
				m.span.Start = s.toks[m.first].Start
			}
			return
		}
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
			out = append(out, mention{entity: ei, span: m.Span, kind: m.Kind, coded: doc.Entities[ei].Actor != ""})
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
