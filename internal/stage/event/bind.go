package event

import (
	"strings"

	"github.com/heraldproject/herald"
)

// Windows, in tokens, within which the outer slots look for a mention.
const (
	leftWindow  = 20 // from the core back to the subject
	rightWindow = 8  // from the core on to the object
	asideWindow = 30 // the longest aside between commas that the subject search jumps
)

// prepositions mark a mention as the object of a preposition, which is
// not the subject of the verb after it ("talks with Putin, Trump said").
var prepositions = map[string]bool{
	"with": true, "to": true, "against": true, "by": true, "from": true, "at": true,
	"for": true, "in": true, "on": true, "into": true, "onto": true, "toward": true,
	"towards": true, "between": true, "among": true, "without": true, "than": true,
	"about": true, "after": true, "before": true, "over": true, "near": true,
}

// beForms are the auxiliaries of the passive voice.
var beForms = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"being": true, "get": true, "gets": true, "got": true, "getting": true,
}

// adverbs may stand between an auxiliary and its verb, besides -ly words.
var adverbs = map[string]bool{
	"not": true, "n't": true, "never": true, "also": true, "already": true,
	"just": true, "then": true, "later": true, "since": true, "again": true,
	"been": true, "being": true, "reportedly": true, "allegedly": true,
	"still": true, "now": true, "once": true, "even": true, "soon": true,
	"outright": true,
}

// left returns the mention nearest to the left of token i that can be the
// subject of what starts at i, and its distance in tokens; -1 when none.
// It jumps an aside between commas or dashes ("Ukraine, on the other hand,
// continues to reject …") and passes over objects of prepositions.
func (s *sentence) left(i int) (int, int) {
	if s.coordinated(i) {
		return -1, 0
	}
	if mi := s.covered(i); mi >= 0 && s.mentions[mi].first < i && !s.object(mi) {
		// the pattern's first words end a mention that a generic noun
		// extended: "Bangladeshi peacekeeping troops arrived"
		return mi, 0
	}
	for j := i - 1; j >= 0 && i-j <= leftWindow; j-- {
		if s.is(j, ";", ":") {
			return -1, 0
		}
		if s.aside(j) {
			if o := s.asideStart(j); o > 0 {
				if mi := s.ends[o-1]; mi >= 0 && !s.object(mi) {
					return mi, i - o
				}
			}
			continue
		}
		if mi := s.ends[j]; mi >= 0 {
			if s.object(mi) {
				j = s.mentions[mi].first
				continue
			}
			return mi, i - j - 1
		}
	}
	return -1, 0
}

// coordinated reports whether the words at i follow "and", "but" or "or"
// (perhaps with adverbs between), as in "continues to reject … and insists
// that …": their subject is that of the verb before, which left would not
// find.
func (s *sentence) coordinated(i int) bool {
	for j := i - 1; j >= 0 && i-j <= 3; j-- {
		w := s.lower[j]
		switch {
		case w == "and" || w == "but" || w == "or" || w == "nor":
			return true
		case adverbs[w] || strings.HasSuffix(w, "ly") && len(w) > 4:
			continue
		}
		return false
	}
	return false
}

// aside reports whether token j is a comma or a dash, which may close an
// aside.
func (s *sentence) aside(j int) bool {
	return s.is(j, ",", "—", "–", "--")
}

// asideStart returns the comma or dash that opens the aside closed at j,
// or -1.
func (s *sentence) asideStart(j int) int {
	for o := j - 1; o >= 0 && j-o <= asideWindow; o-- {
		if s.aside(o) && (s.lower[o] == "," || s.lower[o] == s.lower[j]) {
			return o
		}
		if s.is(o, ";", ":") {
			return -1
		}
	}
	return -1
}

// object reports whether mention mi follows a preposition, perhaps with a
// determiner or title between. The subject of an infinitive ("for Russia
// to agree") or of a finite verb ("after Russia attacked") is no object.
func (s *sentence) object(mi int) bool {
	m := s.mentions[mi]
	for j := m.first - 1; j >= 0 && m.first-j <= 3; j-- {
		if prepositions[s.lower[j]] && !s.quantifier(j) {
			if conjunctions[s.lower[j]] && m.end < len(s.toks) && s.finiteVerb(m.end) {
				// "after Russia attacked": the subject of the clause
				// that the word opens (the syntax stage's tags)
				return false
			}
			return !(s.lower[j] == "for" && s.is(m.end, "to"))
		}
		if !s.premod(j) || s.ends[j] >= 0 {
			return false
		}
	}
	return false
}

// conjunctions are prepositions that may also open a clause.
var conjunctions = map[string]bool{"after": true, "before": true, "since": true, "until": true}

// right returns the first mention that starts at or after token i, and its
// distance; -1 when none. The object of the words before i follows them
// after at most a few modifiers: the search stops at punctuation, at a
// barrier and at a preposition that the pattern did not ask for ("visited
// the troops in Kyiv" has no target).
func (s *sentence) right(i int) (int, int) {
	for j := i; j < len(s.toks) && j-i < rightWindow; j++ {
		if mi := s.starts[j]; mi >= 0 {
			return s.head(mi), j - i
		}
		if !s.premod(j) {
			break
		}
	}
	return -1, 0
}

// head returns the last of a run of mentions joined by capitalised words,
// the head of a noun phrase such as "US President Donald Trump" when the
// entity stage made "US" and "Donald Trump" mentions of their own.
func (s *sentence) head(mi int) int {
	for {
		j := s.mentions[mi].end
		for j < len(s.toks) && j-s.mentions[mi].end < 3 && s.starts[j] < 0 && s.toks[j].Kind == herald.Word && s.capitalised(j) {
			j++
		}
		if j >= len(s.toks) || s.starts[j] < 0 {
			return mi
		}
		mi = s.starts[j]
	}
}

// agent returns the mention after "by" within a few tokens of i, the
// source of a passive verb; -1 when none.
func (s *sentence) agent(i int) int {
	for j := i; j < len(s.toks) && j-i <= 4; j++ {
		if s.is(j, "by") {
			if mi, d := s.right(j + 1); mi >= 0 && d <= 3 {
				return mi
			}
			return -1
		}
		if s.stop(j) {
			return -1
		}
	}
	return -1
}

// verbLeft are the words that may stand before a verb trigger, besides a
// mention, an adverb, punctuation and a capitalised word: auxiliaries,
// conjunctions, relative pronouns and words of time.
var verbLeft = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"being": true, "has": true, "have": true, "had": true, "having": true,
	"do": true, "does": true, "did": true, "will": true, "would": true,
	"shall": true, "should": true, "can": true, "could": true, "may": true,
	"might": true, "must": true, "'ll": true, "'ve": true, "'d": true, "to": true,
	"and": true, "but": true, "or": true, "who": true, "which": true, "that": true,
	"week": true, "month": true, "year": true, "day": true, "night": true,
	"morning": true, "evening": true, "weekend": true, "today": true,
	"yesterday": true, "tonight": true, "jointly": true,
}

// calendar names the days and months, which may stand between a subject
// and its verb ("the EU on Monday imposed").
var calendar = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true,
}

// verbAt reports whether the trigger of a verb pattern at token t can be
// a verb, judged by the token before it: "Witkoff met", "has met", "to
// reject", but not "new sanctions", "military aid" or "Moslem armed
// forces", where the pattern's verb is a noun or an adjective.
func (s *sentence) verbAt(t int) bool {
	p := t - 1
	if p < 0 || s.ends[p] >= 0 || s.toks[p].Kind == herald.Punctuation {
		return true
	}
	w := s.lower[p]
	return verbLeft[w] || adverbs[w] || calendar[w] || strings.HasSuffix(w, "ly") && len(w) > 4 ||
		(s.pluralHead(p) || s.nounAfterMention(p)) && past(s.lower[t])
}

// nounAfterMention reports whether token p is a lower-case word right
// after a mention, the head of a subject such as "the Palestinian
// Islamic Jihad movement".
func (s *sentence) nounAfterMention(p int) bool {
	w := s.lower[p]
	return p > 0 && s.ends[p-1] >= 0 && s.toks[p].Kind == herald.Word && len(w) > 3 && !s.capitalised(p) &&
		!verbLeft[w] && !barriers[w] && !prepositions[w] && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// pluralHead reports whether token p is a lower-case plural noun that may
// head the subject of the verb after it: "Palestinian prisoners rioted",
// "army bulldozers demolished".
func (s *sentence) pluralHead(p int) bool {
	w := s.lower[p]
	if s.toks[p].Kind != herald.Word || len(w) < 5 || s.capitalised(p) || verbLeft[w] || barriers[w] || prepositions[w] {
		return false
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// past reports whether w is a past-tense form: "-ed" or an irregular past.
func past(w string) bool {
	if strings.HasSuffix(w, "ed") && len(w) > 4 {
		return true
	}
	b, ok := irregular[w]
	return ok && b != w && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "s")
}

// passive reports whether the verb at token t is in the passive voice: a
// participle after a form of "be" or "get", perhaps with adverbs between.
func (s *sentence) passive(t int) bool {
	if !participle(s.lower[t]) {
		return false
	}
	for j := t - 1; j >= 0 && t-j <= 4; j-- {
		w := s.lower[j]
		switch {
		case beForms[w]:
			return true
		case adverbs[w] || strings.HasSuffix(w, "ly") && len(w) > 4:
			continue
		}
		return false
	}
	return false
}
