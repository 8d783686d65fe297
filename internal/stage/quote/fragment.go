package quote

import (
	"slices"

	"github.com/heraldproject/herald"
)

// maxFragmentGap is how many tokens may stand between a describing verb
// and the quoted phrase it attributes ("described himself as a “…”").
const maxFragmentGap = 6

// fragments reports the quoted phrases inside a sentence that a verb of
// describing attributes to a speaker: "described himself as a “president
// of peace”", "called the plan “a disaster”". The cue runs from the verb
// through "as" after a reflexive ("described himself as"). Other quoted
// phrases — scare quotes, titles, words quoted inside reported speech —
// are not reported on their own.
func (a *analysis) fragments(segs []quoted) {
	for _, s := range segs {
		if a.inDirect[s.open] {
			continue
		}
		lo, hi := a.sentBounds(s.open)
		for k := s.open - 1; k >= lo && s.open-k <= maxFragmentGap; k-- {
			if a.info[k].isCue && a.info[k].cue.class == vDescribe {
				a.fragment(s, k, lo, hi)
				break
			}
			if !a.bridge(k) || a.punct(k, ',') {
				break
			}
		}
	}
}

// fragment records the segment s as a fragment attributed by the verb at
// token k, when the verb has a speaker.
func (a *analysis) fragment(s quoted, k, lo, hi int) {
	cd, ok := a.verbCand(k, lo, hi)
	if !ok {
		return
	}
	if a.is(k+1, wReflex) && a.low(k+2) == "as" {
		cd.cue1 = k + 3
	}
	to := a.trimEnd(s.from, s.to)
	if to <= s.from {
		return
	}
	f := found{kind: herald.Fragment, content: a.span(s.from, to), cont: -1, from: s.from, attEnd: -1, para: a.para[s.open]}
	f.set(a, cd)
	a.found = append(a.found, f)
}

// order sorts the quotes into text order and drops fragments that lie
// inside the content of another quote, of which they are part.
func (a *analysis) order() {
	idx := make([]int, len(a.found))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(x, y int) int {
		fx, fy := a.found[x].content, a.found[y].content
		if fx.Start != fy.Start {
			return fx.Start - fy.Start
		}
		return fy.End - fx.End
	})
	pos := make([]int, len(a.found))
	out := make([]found, 0, len(a.found))
	reach := -1 // the furthest end of a quote, not a fragment, so far
	for _, i := range idx {
		f := a.found[i]
		if f.kind == herald.Fragment && f.content.End <= reach {
			pos[i] = -1 // part of a quote that starts no later
			continue
		}
		if f.kind != herald.Fragment {
			reach = max(reach, f.content.End)
		}
		pos[i] = len(out)
		out = append(out, f)
	}
	for i := range out {
		if c := out[i].cont; c >= 0 {
			out[i].cont = pos[c]
		}
	}
	a.found = out
}
