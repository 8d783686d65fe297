package event

import (
	"slices"

	"github.com/heraldproject/herald"
)

// How far, in tokens, the modality cues of an event may stand from it.
const (
	negWindow   = 4  // "did not meet", "refused to meet"
	modalWindow = 5  // "could meet", "is scheduled to meet", "the planned summit"
	afterWindow = 6  // after a noun trigger: "the meeting could take place"
	condWindow  = 20 // "… or face new sanctions", "… unless Russia agrees"
)

// Cue words. A cue that is also a word of the matched pattern is not a
// cue for it: "refused to comment" is a refusal, not a negated comment.
var (
	negCues  = []string{"not", "n't", "never", "cannot"}
	negVerbs = []string{"refuse", "decline", "deny", "fail", "reject"}
	condCues = []string{"if", "unless", "provided", "otherwise"}
	hypCues  = []string{"can", "could", "may", "might", "would", "should", "must", "possible", "possibly", "potential", "potentially", "perhaps"}
	// askVerbs put what follows them in the mouth of another: "demanded that
	// Israel ease restrictions" does not assert that Israel did.
	askVerbs = []string{"demand", "urge", "ask", "call", "press", "insist", "request", "appeal"}
	planCues = []string{"will", "'ll", "shall", "planned", "anticipated", "upcoming", "scheduled", "forthcoming", "expected", "proposed", "future", "next"}
	// planVerbs are cues when "to" follows: "plans to meet", "is set to meet".
	planVerbs = []string{"plan", "schedule", "expect", "set", "intend", "prepare", "aim", "due", "going", "hope",
		"seek", "want", "agree", "promise", "pledge", "vow", "swear", "offer", "propose", "threaten", "willing", "ready",
		"decide", "resolve"}
)

// modality grades the event that rule r matched at core [first, end) with
// its trigger at t: negated, conditional, planned or hypothetical when a
// cue says so, asserted otherwise. Negation wins over condition, and
// condition over the nearest of the planned and hypothetical cues.
func (s *sentence) modality(r *rule, first, end, t int) herald.Modality {
	lo, hi := s.clause(first, end)
	own := func(j int) bool { return slices.ContainsFunc(r.vocab, func(w string) bool { return s.hasLemma(j, w) }) }
	for j := max(lo, first-negWindow); j < t; j++ {
		if own(j) {
			continue
		}
		if s.oneOf(j, negCues) || s.lemmaOf(j, negVerbs) && (s.is(j+1, "to") || j+1 == first) {
			return herald.Negated
		}
	}
	for j := lo; j < min(hi, end+condWindow); j++ {
		if !own(j) && (s.oneOf(j, condCues) || s.is(j, "or") && s.is(j+1, "face", "else")) {
			return herald.Conditional
		}
	}
	best, dist := herald.Asserted, 1<<30
	consider := func(j int) {
		if own(j) || j < lo || j >= hi {
			return
		}
		m := herald.Modality("")
		switch {
		case s.oneOf(j, hypCues) || s.lemmaOf(j, askVerbs) && (s.is(j+1, "that", "on") || j+1 < first && s.starts[j+1] >= 0):
			m = herald.Hypothetical
		case s.oneOf(j, planCues) || s.lemmaOf(j, planVerbs) && s.is(j+1, "to"):
			m = herald.Planned
		}
		if d := abs(j - t); m != "" && d < dist {
			best, dist = m, d
		}
	}
	// Cues inside the core count too: "SRC and TGT must agree".
	for j := first - modalWindow; j < t; j++ {
		consider(j)
	}
	if !r.verbal() {
		for j := end; j < end+afterWindow; j++ {
			consider(j)
		}
	}
	return best
}

// clause returns the token range of the clause around [first, end): up to
// the nearest semicolon or colon on either side.
func (s *sentence) clause(first, end int) (int, int) {
	lo, hi := first, end
	for lo > 0 && !s.is(lo-1, ";", ":") {
		lo--
	}
	for hi < len(s.toks) && !s.is(hi, ";", ":") {
		hi++
	}
	return lo, hi
}

// oneOf reports whether token j is one of the words.
func (s *sentence) oneOf(j int, words []string) bool {
	return s.is(j, words...)
}

// lemmaOf reports whether token j may be an inflection of one of the words.
func (s *sentence) lemmaOf(j int, words []string) bool {
	for _, w := range words {
		if s.hasLemma(j, w) {
			return true
		}
	}
	return false
}

// verbal reports whether the rule is a verb pattern: a lead slot, then the
// trigger, or a joint pattern's "SRC and TGT" before its verb ("SRC and
// TGT launch war games"). Modal cues of other (noun) patterns may follow
// the trigger.
func (r *rule) verbal() bool {
	return r.lead != none && (r.trigger == 0 || r.joint && r.trigger == 2)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
