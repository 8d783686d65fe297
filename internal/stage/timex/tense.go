package timex

import "strings"

// tenseWindow is how many tokens either side of an expression are searched
// for a tense cue.
const tenseWindow = 12

// markCues sets the tense cue of every word token: "will", "plans to" and
// "is scheduled" point forward; "said", "-ed" forms, "was", "had" back. A
// participle after "be" takes the tense of the auxiliary before it, so that
// "will be held" is future, and an auxiliary before a future cue gives way
// to it: "were planning to".
func (p *parser) markCues() {
	for i := range p.toks {
		t := &p.toks[i]
		if t.kind != tWord {
			continue
		}
		t.cue = p.cueOf(i)
		if t.cue == tenseFuture && (p.is(i-1, "been") || p.is(i-1, "had")) {
			t.cue = tenseNone // "had been scheduled": the auxiliary tells
		}
		if t.cue == tensePast && i > 0 {
			switch p.word(i - 1) {
			case "be":
				t.cue = tenseNone
				if i > 1 {
					t.cue = p.toks[i-2].cue
				}
			case "been", "being", "is", "are", "am":
				t.cue = tenseNone
			}
		}
		if t.cue == tenseFuture && i > 0 {
			switch p.word(i - 1) {
			case "was", "were", "is", "are", "has", "have":
				p.toks[i-1].cue = tenseNone
			}
		}
	}
}

// cueOf returns the tense cue of word token i by itself and the words
// right after it.
func (p *parser) cueOf(i int) int8 {
	w := p.word(i)
	switch {
	case futureBeforeTo(w) && p.is(i+1, "to"):
		return tenseFuture // "plans to", "is expected to"
	case (w == "going" || w == "set" || w == "about" || w == "due" || w == "is" || w == "are") &&
		p.is(i+1, "to") && p.cls(i+2) == cNone:
		return tenseFuture // "is going to", "are to"
	case w == "won" && p.punct(i+1, '\'') && p.is(i+2, "t"):
		return tenseFuture
	case (w == "early" || w == "soon") && p.is(i-1, "as") && p.is(i+1, "as"):
		return tenseFuture // "as early as Tuesday"
	case w == "next" && p.is(i+1, "to"):
		return tenseNone // "next to the embassy"
	case w == "has" || w == "have":
		return p.perfect(i) // "has said", not "has $90 million"
	case p.toks[i].e.tense != tenseNone:
		return p.toks[i].e.tense
	case p.pastForm(i, w):
		return tensePast
	}
	return tenseNone
}

// perfect returns the past cue of "has" or "have" at token i when a past
// participle follows it, perhaps after an adverb ("has already said"), and
// no cue when it is a verb of its own ("has $90 million in loans").
func (p *parser) perfect(i int) int8 {
	for j := i + 1; j <= i+2 && j < len(p.toks); j++ {
		w := p.word(j)
		if p.toks[j].e.tense == tensePast || p.pastForm(j, w) || participle(w) {
			return tensePast
		}
		if p.toks[j].kind != tWord || !strings.HasSuffix(w, "ly") && w != "not" && w != "also" {
			break
		}
	}
	return tenseNone
}

// participle reports whether w is an irregular past participle that no
// past form in the lexicon spells the same: "taken", "shown", "begun".
func participle(w string) bool {
	switch w {
	case "taken", "given", "shown", "known", "seen", "done", "gone", "begun", "written",
		"spoken", "chosen", "driven", "risen", "fallen", "grown", "thrown", "flown", "drawn",
		"broken", "stolen", "beaten", "become", "come", "run", "put", "set", "cut", "let":
		return true
	}
	return false
}

// futureBeforeTo reports whether w points forward when "to" follows it:
// "plans to", "expected to", "hopes to".
func futureBeforeTo(w string) bool {
	switch w {
	case "plan", "plans", "planning", "planned", "scheduled", "poised", "decided", "expect",
		"expects", "expected", "intend", "intends", "intended", "aim", "aims", "hope", "hopes",
		"prepare", "prepares", "preparing", "want", "wants", "seek", "seeks", "promised",
		"promises", "vowed", "vows", "threatened", "threatens", "agreed", "agrees", "likely",
		"hoped", "ready", "willing", "wanted", "aimed", "sought", "pledged", "pledges":
		return true
	}
	return false
}

// pastForm reports whether word w at token i looks like a past form of a
// verb: a lower-case word in "-ed" that is not an adjective after a
// determiner or in a compound ("the proposed terms", "long-awaited").
func (p *parser) pastForm(i int, w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "ed") || p.toks[i].upper {
		return false
	}
	switch w {
	case "indeed", "hundred", "proceed", "exceed", "succeed", "united", "limited", "based",
		"related", "speed", "breed", "bleed", "kindred", "sacred", "naked", "wicked",
		"beloved", "rugged", "biased", "skilled", "armed", "advanced", "detailed", "concerned",
		"interested", "supposed", "alleged", "embed":
		return false
	}
	if strings.HasPrefix(w, "un") && !strings.HasPrefix(w, "under") && !unVerb(w) {
		return false // "a still unspecified date", "markets untouched by the crisis"
	}
	if p.punct(i-1, '-') && p.glued(i) {
		return false
	}
	switch p.word(i - 1) {
	case "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "any", "more", "most":
		return false
	}
	return true
}

// unVerb reports whether w, a word in "un-…ed", is a verb ("unveiled")
// rather than an adjective ("unnamed", "unexpected").
func unVerb(w string) bool {
	switch w {
	case "unveiled", "uncovered", "unleashed", "unlocked", "unfolded", "unearthed", "unloaded",
		"unsealed", "unraveled", "unravelled", "unplugged", "unpacked", "untied", "unwrapped",
		"unfurled", "unseated", "unblocked", "unified":
		return true
	}
	return false
}

// tense returns the tense of the clause around the tokens [first, end): the
// cue nearest to them in the same sentence, future on a tie.
func (p *parser) tense(first, end int) int8 {
	lo, hi := p.sentenceAround(first, end)
	for d := 1; d <= tenseWindow; d++ {
		var l, r int8
		if i := first - d; i >= lo {
			l = p.toks[i].cue
		}
		if i := end - 1 + d; i < hi {
			if subordinator(p.word(i)) {
				hi = i // "arrested Thursday as he was about to leave"
			} else {
				r = p.toks[i].cue
			}
		}
		if l == tenseFuture || r == tenseFuture {
			return tenseFuture
		}
		if l != tenseNone {
			return l
		}
		if r != tenseNone {
			return r
		}
	}
	return tenseNone
}

// subordinator reports whether w opens a clause whose verbs do not date
// the words before it.
func subordinator(w string) bool {
	switch w {
	case "as", "because", "when", "while", "although", "though", "if", "unless", "whether",
		"where", "who", "which", "whose", "after", "before", "since", "until":
		return true
	}
	return false
}

// sentenceAround returns the token range of the sentence that holds the
// tokens [first, end), within the unit and at most tenseWindow tokens
// either side.
func (p *parser) sentenceAround(first, end int) (int, int) {
	lo := max(first-tenseWindow, 0)
	for i := first - 1; i >= lo; i-- {
		if p.boundary(i) {
			lo = i + 1
			break
		}
	}
	hi := min(end+tenseWindow, len(p.toks))
	for i := end; i < hi; i++ {
		if p.boundary(i) {
			hi = i
			break
		}
	}
	return lo, hi
}

// sameSentence reports whether tokens from and to, from before to, are in
// one sentence and at most clockReach tokens apart, so that a time of day
// at to is on the day named at from: "Tuesday in Everett at 18:00".
func (p *parser) sameSentence(from, to int) bool {
	if from < 0 || to < from || to-from > clockReach {
		return false
	}
	for i := from; i < to; i++ {
		if p.boundary(i) {
			return false
		}
	}
	return true
}

// clockReach is how many tokens a time of day may follow the day it is on.
const clockReach = 8

// boundary reports whether token i ends a sentence or a quotation: "?",
// "!", ";", a quotation mark, or a period after a word that is not an
// abbreviation, before a capital. The verbs of a quotation do not tell the
// tense of the words around it, nor the reporting verb that of the quote.
func (p *parser) boundary(i int) bool {
	t := &p.toks[i]
	if t.kind != tPunct {
		return false
	}
	switch t.ch {
	case '?', '!', ';', '"', '`':
		return true
	case 0:
		r := p.text[t.start:t.end]
		return r == "“" || r == "”"
	case '\'':
		return p.punct(i+1, '\'') && p.glued(i+1) || p.punct(i-1, '\'') && p.glued(i)
	case '.':
		if !p.sentenceEnd(i) {
			return false
		}
		w := p.word(i - 1)
		if len(w) == 1 || p.cls(i-1) == cMonth && p.plural(i-1) {
			return false
		}
		switch w {
		case "mr", "mrs", "ms", "dr", "st", "gen", "gov", "sen", "rep", "lt", "col", "sgt",
			"corp", "inc", "co", "ltd", "jr", "sr", "no", "vs", "prof", "capt", "adm", "maj":
			return false
		}
		return true
	}
	return false
}
