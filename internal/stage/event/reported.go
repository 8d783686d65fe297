package event

import (
	"strings"

	"github.com/heraldproject/herald"
)

// reported returns the modality and the speaker of an event with trigger
// trig and modality m found by its clause's cues. An event inside the
// content of a direct or indirect quote whose cue reports speech or
// thought ("said", "according to", "told", "believes"; see speechCue) is
// the speaker's: it keeps the quote's speaker, and an asserted one becomes
// reported. A cue of its own clause wins over the quote — "Putin said
// Russia would not attack" is negated, not reported — since it says more
// about whether the event happened; the speaker is kept all the same.
//
// The quote stage also attributes stances ("condemned", "urged",
// "attacked", "refused"); their content is no speech, so "Russia attacked
// Kyiv and Ukraine shelled Belgorod" reports nothing. Nor is an event
// reported by the quote whose cue is its own trigger ("X condemned Y" is
// X's act), and a quoted fragment ("called it a “war crime”") is a
// description, not speech about an event.
func reported(doc *herald.Document, trig herald.Span, m herald.Modality) (herald.Modality, string) {
	for _, q := range doc.Quotes {
		if q.Kind == herald.Fragment || !q.Contains(trig) || q.Cue.Overlaps(trig) || !speechCue(doc.Text, q) {
			continue
		}
		if m == herald.Asserted {
			m = herald.Reported
		}
		return m, q.Speaker
	}
	return m, ""
}

// speechCue reports whether quote q is attributed speech or thought: a
// direct quote without reporting words, or one whose cue's first word is
// a verb of saying, telling, asking or believing, or "according".
func speechCue(text string, q herald.Quote) bool {
	if q.Cue.End <= q.Cue.Start {
		return q.Kind == herald.Direct
	}
	cue := strings.ToLower(q.Cue.In(text))
	if i := strings.IndexFunc(cue, func(r rune) bool { return r == ' ' || r == ',' }); i > 0 {
		cue = cue[:i]
	}
	var buf [8]string
	for _, l := range lemmas(cue, buf[:0]) {
		if speechVerbs[l] {
			return true
		}
	}
	return false
}

// speechVerbs are the base forms of the cue words that report speech,
// writing or thought. Verbs of stance (condemn, urge, praise, reject) and
// of commitment (promise, pledge, threaten, demand, agree) are left out:
// they are events themselves, and what follows them is what was done or
// wanted, not what was said.
var speechVerbs = map[string]bool{
	"according": true, "say": true, "tell": true, "ask": true, "add": true,
	"claim": true, "insist": true, "argue": true, "deny": true, "confirm": true,
	"acknowledge": true, "note": true, "write": true, "post": true, "tweet": true,
	"announce": true, "stress": true, "explain": true, "declare": true,
	"assert": true, "contend": true, "maintain": true, "suggest": true,
	"report": true, "reply": true, "respond": true, "answer": true, "admit": true,
	"concede": true, "recall": true, "predict": true, "remark": true,
	"comment": true, "observe": true, "emphasize": true, "emphasise": true,
	"reiterate": true, "repeat": true, "reveal": true, "disclose": true,
	"testify": true, "allege": true, "accuse": true, "charge": true,
	"counter": true, "retort": true, "conclude": true, "indicate": true,
	"mention": true, "speculate": true, "proclaim": true, "affirm": true,
	"reaffirm": true, "underline": true, "underscore": true, "hint": true,
	"lament": true, "recount": true, "clarify": true, "warn": true,
	"inform": true, "assure": true, "remind": true, "advise": true,
	"notify": true, "brief": true, "inquire": true, "point": true,
	"speak": true, "talk": true, "quote": true, "believe": true, "think": true,
	"suspect": true, "fear": true,
}
