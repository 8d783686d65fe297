package syntax

import (
	"strings"

	"github.com/heraldproject/herald"
)

// A Clause is one verb group of a sentence with its grammatical roles,
// all as token indices within the sentence. Each role is a list of noun
// groups, several where they are coordinated ("Russia and China agreed").
// A noun group is a noun phrase with the prepositional phrases that
// complete it ("the president of Russia").
type Clause struct {
	Verb    Phrase // the verb group: "has been attacked", "agreed to meet"
	Head    int    // the token of its last verb
	Passive bool   // "was attacked": Subjects are acted upon, Agents act
	// Relative is set for the verb group of a relative clause ("Serbia,
	// which attacked Bosnia"), whose subject is the relative pronoun's
	// antecedent.
	Relative bool
	// Subjects are the grammatical subjects: the noun groups before the
	// verb group, the antecedent of a relative pronoun ("X, which
	// attacked"), the subject of the verb before for a verb coordinated
	// with it ("attacked X and shelled Y") or for an infinitive of that
	// verb ("agreed to meet"), and the object of the verb before for an
	// infinitive after its object ("urged Iran to stop").
	Subjects []Phrase
	Objects  []Phrase  // noun groups right after the verb group
	Agents   []Phrase  // the "by" phrase of a passive: who acts
	Preps    []PrepArg // other prepositional objects: "met with Putin"
}

// A PrepArg is a prepositional object of a verb: the preposition's token
// and its noun groups.
type PrepArg struct {
	Prep    int
	Objects []Phrase
}

// How far the role rules look.
const (
	asideLimit = 25 // longest aside between commas that a subject search jumps
	prepLimit  = 3  // prepositional objects kept per verb
)

// Roles returns the clauses of one sentence from its tokens' POS and
// chunk tags (the syntax stage sets them) and their lower-case words. A
// sentence whose tokens carry no tags has none.
func Roles(toks []herald.Token, lower []string) []Clause {
	r := roles{toks: toks, lower: lower, phr: phrasesOf(toks)}
	var out []Clause
	for pi, p := range r.phr {
		if p.Type != "VP" {
			continue
		}
		head := r.head(p)
		if head < 0 {
			continue
		}
		c := Clause{Verb: p, Head: head, Passive: r.passive(p, head), Relative: r.afterRelative(pi)}
		c.Subjects = r.subjects(pi, out)
		r.complements(pi, &c)
		out = append(out, c)
	}
	return out
}

// roles is the state of Roles over one sentence.
type roles struct {
	toks  []herald.Token
	lower []string
	phr   []Phrase // the chunks, with single tokens outside chunks as phrases of type ""
}

// phrasesOf turns the chunk tags of toks into a list of phrases that
// covers every token: a token outside any chunk (a comma, "and") is a
// phrase of its own with the empty type.
func phrasesOf(toks []herald.Token) []Phrase {
	var out []Phrase
	for i, t := range toks {
		typ, inside := strings.CutPrefix(t.Chunk, "I-")
		if inside && len(out) > 0 && out[len(out)-1].Type == typ && out[len(out)-1].End == i {
			out[len(out)-1].End++
			continue
		}
		typ = strings.TrimPrefix(strings.TrimPrefix(typ, "B-"), "O")
		out = append(out, Phrase{First: i, End: i + 1, Type: typ})
	}
	return out
}

// head returns the last verb of a verb group, or -1 when it has none.
func (r *roles) head(p Phrase) int {
	for i := p.End - 1; i >= p.First; i-- {
		if strings.HasPrefix(r.toks[i].POS, "VB") {
			return i
		}
	}
	return -1
}

// passive reports whether a verb group is in the passive voice: its last
// verb a past participle after a form of "be" or "get" in the group.
func (r *roles) passive(p Phrase, head int) bool {
	if r.toks[head].POS != "VBN" {
		return false
	}
	for i := p.First; i < head; i++ {
		switch r.lower[i] {
		case "is", "are", "was", "were", "be", "been", "being", "'s", "get", "gets", "got", "gotten", "getting":
			return true
		}
	}
	return false
}

// is reports whether token i exists and is one of words.
func (r *roles) is(i int, words ...string) bool {
	if i < 0 || i >= len(r.lower) {
		return false
	}
	for _, w := range words {
		if r.lower[i] == w {
			return true
		}
	}
	return false
}

// conjunction reports whether phrase pi is "and", "or", "but" or "nor".
func (r *roles) conjunction(pi int) bool {
	p := r.phr[pi]
	return p.End-p.First == 1 && r.is(p.First, "and", "or", "but", "nor", "&")
}

// comma reports whether phrase pi is a comma or a dash.
func (r *roles) comma(pi int) bool {
	p := r.phr[pi]
	return p.Type == "" && p.End-p.First == 1 && r.is(p.First, ",", "—", "–", "--", "-")
}

// subjects finds the subjects of the verb group at phrase vi; done are the
// clauses of the verb groups before it.
func (r *roles) subjects(vi int, done []Clause) []Phrase {
	v := r.phr[vi]
	pi := vi - 1
	for pi >= 0 && r.phr[pi].Type == "ADVP" {
		pi-- // "Russia also agreed", "Russia on Monday agreed"
	}
	if pi < 0 {
		return nil
	}
	if r.is(v.First, "to") || r.conjunction(pi) || r.comma(pi) && pi > 0 && r.phr[pi-1].Type == "VP" {
		// An infinitive or a coordinated verb: after an object, that
		// object ("urged Iran to stop"); else the subjects of the verb
		// before.
		if r.is(v.First, "to") && r.phr[pi].Type == "NP" && pi > 0 && r.phr[pi-1].Type == "VP" {
			return []Phrase{r.group(pi)}
		}
		if r.is(v.First, "to") {
			if len(done) > 0 {
				return done[len(done)-1].Subjects
			}
			return nil
		}
		// A coordinated verb shares the subject of the last finite verb
		// before it, passing over participles that modify a noun:
		// "Benin opened its borders to Africans ordered out of
		// Nigeria but was refusing Ghanaians".
		for k := len(done) - 1; k >= 0; k-- {
			if r.finite(done[k].Verb) && !done[k].Relative && !r.reduced(done[k]) {
				return done[k].Subjects
			}
		}
		return nil
	}
	if r.phr[pi].Type == "NP" && r.relative(r.phr[pi]) {
		// "Serbia, which attacked": the antecedent of the relative pronoun
		if pi > 0 && r.comma(pi-1) {
			pi--
		}
		return r.before(pi)
	}
	if r.phr[pi].Type == "SBAR" || r.is(r.phr[pi].First, "that") && r.phr[pi].End-r.phr[pi].First == 1 {
		return nil
	}
	if r.comma(pi) {
		// an aside before the verb: "Putin, the Russian president, said"
		if o := r.asideStart(pi); o > 0 {
			return r.before(o)
		}
		return nil
	}
	return r.before(pi + 1)
}

// afterRelative reports whether the verb group at phrase vi follows a
// relative pronoun, perhaps with adverbs between.
func (r *roles) afterRelative(vi int) bool {
	pi := vi - 1
	for pi >= 0 && r.phr[pi].Type == "ADVP" {
		pi--
	}
	return pi >= 0 && r.phr[pi].Type == "NP" && r.relative(r.phr[pi])
}

// finite reports whether a verb group holds a finite verb or a modal.
func (r *roles) finite(p Phrase) bool {
	for i := p.First; i < p.End; i++ {
		switch r.toks[i].POS {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// reduced reports whether clause c is a past participle that the tagger
// took for a finite verb, modifying a noun that a preposition governs:
// "to Africans ordered out of Nigeria". A finite verb's subject does not
// follow a preposition.
func (r *roles) reduced(c Clause) bool {
	if c.Verb.End-c.Verb.First != 1 || r.toks[c.Head].POS != "VBD" || len(c.Subjects) == 0 {
		return false
	}
	first := c.Subjects[0].First
	return first > 0 && (r.toks[first-1].POS == "IN" || r.toks[first-1].POS == "TO")
}

// relative reports whether a noun phrase is a relative pronoun alone.
func (r *roles) relative(p Phrase) bool {
	return p.End-p.First == 1 && (r.toks[p.First].POS == "WDT" || r.toks[p.First].POS == "WP")
}

// asideStart returns the phrase index of the comma that opens the aside
// closed by the comma at phrase ci, when what lies between is a noun
// group or a relative clause; -1 otherwise.
func (r *roles) asideStart(ci int) int {
	for o := ci - 1; o >= 0 && r.phr[ci].First-r.phr[o].First <= asideLimit; o-- {
		if r.comma(o) {
			inner := r.phr[o+1]
			if inner.Type == "NP" || r.relative(inner) {
				return o
			}
			return -1
		}
		if r.phr[o].Type == "" && r.is(r.phr[o].First, ";", ":", ".", "(", ")") {
			return -1
		}
	}
	return -1
}

// before returns the noun groups that end right before phrase pi,
// coordinated ones included: for "the United States and Jordan" before a
// verb, both.
func (r *roles) before(pi int) []Phrase {
	start := r.groupStart(pi - 1)
	if start < 0 {
		return nil
	}
	out := r.conjuncts(r.group(start))
	if len(out) > 1 && start > 0 && r.phr[start-1].Type == "VP" && !r.reporting(r.phr[start-1]) {
		// "Israel bombed Gaza and Iran threatened": the nouns before the
		// verb are the object of the verb before and this verb's subject.
		return out[len(out)-1:]
	}
	for {
		c := start - 1
		if c < 1 || !(r.conjunction(c) || r.comma(c)) {
			break
		}
		prev := r.groupStart(c - 1)
		if prev < 0 {
			break
		}
		if r.comma(c) && !r.listed(c) {
			break
		}
		out = append(r.conjuncts(r.group(prev)), out...)
		start = prev
	}
	return out
}

// listed reports whether the comma at phrase c separates items of a list
// whose last item follows "and" or "or" later on before the verb:
// "Britain, France and Germany".
func (r *roles) listed(c int) bool {
	for pi := c + 1; pi < len(r.phr) && pi <= c+8; pi++ {
		switch {
		case r.conjunction(pi) || len(r.conjuncts(r.phr[pi])) > 1:
			return true
		case r.phr[pi].Type == "VP" || r.comma(pi):
			return false
		}
	}
	return false
}

// groupStart returns the first phrase of the noun group that ends with
// phrase pi — a noun phrase with a possessive before it and "of" phrases
// after it ("Russia's invasion of Ukraine", "the leader of the
// opposition") — or -1 when pi ends no noun phrase.
func (r *roles) groupStart(pi int) int {
	if pi < 0 || r.phr[pi].Type != "NP" {
		return -1
	}
	for {
		switch {
		case pi >= 1 && r.possessed(pi-1):
			pi--
		case pi >= 2 && r.phr[pi-1].Type == "PP" && r.is(r.phr[pi-1].First, "of") && r.phr[pi-2].Type == "NP":
			pi -= 2
		default:
			return pi
		}
	}
}

// group returns the noun group that starts with noun phrase pi: the
// phrase with the phrases that complete it.
func (r *roles) group(pi int) Phrase {
	g := r.phr[pi]
	for {
		switch {
		case pi+1 < len(r.phr) && r.possessed(pi):
			pi++
		case pi+2 < len(r.phr) && r.phr[pi+1].Type == "PP" && r.is(r.phr[pi+1].First, "of") && r.phr[pi+2].Type == "NP":
			pi += 2
		default:
			return g
		}
		g.End = r.phr[pi].End
	}
}

// possessed reports whether noun phrase pi is the possessor of the noun
// phrase after it, the possessive "'s" ending the one ("Russia 's") or
// opening the other ("'s invasion").
func (r *roles) possessed(pi int) bool {
	if pi+1 >= len(r.phr) || r.phr[pi].Type != "NP" || r.phr[pi+1].Type != "NP" {
		return false
	}
	return r.toks[r.phr[pi].End-1].POS == "POS" || r.toks[r.phr[pi+1].First].POS == "POS"
}

// reportingVerbs are verbs of saying and thinking, after which a noun
// group and a verb are a clause of their own ("said France and Germany
// agreed"), not an object and another verb's subject.
var reportingVerbs = map[string]bool{
	"say": true, "says": true, "said": true, "tell": true, "tells": true, "told": true,
	"announce": true, "announces": true, "announced": true, "claim": true, "claims": true, "claimed": true,
	"believe": true, "believes": true, "believed": true, "think": true, "thinks": true, "thought": true,
	"insist": true, "insists": true, "insisted": true, "argue": true, "argues": true, "argued": true,
	"warn": true, "warns": true, "warned": true, "report": true, "reports": true, "reported": true,
	"confirm": true, "confirms": true, "confirmed": true, "deny": true, "denies": true, "denied": true,
	"fear": true, "fears": true, "feared": true, "hope": true, "hopes": true, "hoped": true,
	"expect": true, "expects": true, "expected": true, "know": true, "knows": true, "knew": true,
	"add": true, "adds": true, "added": true, "note": true, "notes": true, "noted": true,
	"suggest": true, "suggests": true, "suggested": true, "admit": true, "admits": true, "admitted": true,
}

// reporting reports whether the last verb of verb group p is a verb of
// saying or thinking.
func (r *roles) reporting(p Phrase) bool {
	h := r.head(p)
	return h >= 0 && reportingVerbs[r.lower[h]]
}

// after returns the noun groups that start at phrase pi, coordinated ones
// included, and the phrase after them.
func (r *roles) after(pi int) ([]Phrase, int) {
	var out []Phrase
	for pi < len(r.phr) && r.phr[pi].Type == "NP" {
		g := r.group(pi)
		out = append(out, r.conjuncts(g)...)
		pi = r.index(g.End)
		if pi+1 < len(r.phr) && r.conjunction(pi) && r.phr[pi+1].Type == "NP" {
			pi++
			continue
		}
		break
	}
	return out, pi
}

// index returns the index of the phrase that starts at token i, or
// len(r.phr) when none does.
func (r *roles) index(i int) int {
	for pi, p := range r.phr {
		if p.First == i {
			return pi
		}
	}
	return len(r.phr)
}

// complements fills the objects, agents and prepositional objects of the
// verb group at phrase vi: noun groups right after it, then "by" phrases
// and other prepositional phrases up to the next verb group or clause
// boundary.
func (r *roles) complements(vi int, c *Clause) {
	pi := vi + 1
	for pi < len(r.phr) && (r.phr[pi].Type == "ADVP" || r.phr[pi].Type == "PRT") {
		pi++
	}
	c.Objects, pi = r.after(pi)
	if len(c.Objects) > 0 && pi < len(r.phr) && r.phr[pi].Type == "VP" && !r.is(r.phr[pi].First, "to") {
		// A verb follows: the nouns are, all of them after a verb of
		// saying ("said France and Germany agreed"), else the last of
		// them ("bombed Gaza and Iran threatened"), its subject.
		if r.reporting(c.Verb) {
			c.Objects = nil
		} else {
			c.Objects = c.Objects[:len(c.Objects)-1]
		}
		return
	}
	for pi < len(r.phr) && len(c.Preps) < prepLimit {
		p := r.phr[pi]
		if p.Type == "ADVP" {
			pi++
			continue
		}
		if p.Type != "PP" {
			return
		}
		objs, next := r.after(pi + 1)
		if len(objs) == 0 {
			return
		}
		if c.Passive && r.is(p.First, "by") && c.Agents == nil {
			c.Agents = objs
		} else {
			c.Preps = append(c.Preps, PrepArg{Prep: p.End - 1, Objects: objs})
		}
		pi = next
	}
}

// conjuncts splits a noun group at the conjunctions and commas inside it,
// where the chunker made one phrase of coordinated nouns: "Russia and
// China", "the Turkish and Greek sides".
func (r *roles) conjuncts(g Phrase) []Phrase {
	var out []Phrase
	first := g.First
	for i := g.First; i < g.End; i++ {
		if r.toks[i].POS == "CC" || r.toks[i].POS == "," {
			if i > first {
				out = append(out, Phrase{First: first, End: i, Type: g.Type})
			}
			first = i + 1
		}
	}
	if first < g.End {
		out = append(out, Phrase{First: first, End: g.End, Type: g.Type})
	}
	if len(out) == 0 {
		return []Phrase{g}
	}
	return out
}
