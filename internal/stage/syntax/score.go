package syntax

import (
	"slices"

	"github.com/heraldproject/herald/internal/stage/entity/conll"
)

// A Scores counts how well a tagger did on gold samples: tags right out
// of tags, and phrases in the gold standard, predicted and correct (exact
// span and type, as conlleval counts them), whose Precision, Recall and
// F1 it has.
type Scores struct {
	Tokens, Right int
	conll.Counts
}

// Accuracy returns the share of POS tags that were right.
func (s Scores) Accuracy() float64 {
	if s.Tokens == 0 {
		return 0
	}
	return float64(s.Right) / float64(s.Tokens)
}

// Score tags the words of each sample with t and counts the tags and
// phrases it got right. Samples with tags it does not know are skipped.
func Score(t *Tagger, samples []Sample) Scores {
	var s Scores
	var pos, chunk []uint8
	for _, sm := range samples {
		e, err := convert(sm)
		if err != nil {
			continue
		}
		n := len(e.words)
		pos, chunk = resize(pos, n), resize(chunk, n)
		t.Tag(e.words, pos, chunk)
		s.Tokens += n
		for i := range n {
			if pos[i] == e.pos[i] {
				s.Right++
			}
		}
		gold, pred := Phrases(e.chunk), Phrases(chunk)
		s.Gold += len(gold)
		s.Pred += len(pred)
		for _, p := range pred {
			if slices.Contains(gold, p) {
				s.Correct++
			}
		}
	}
	return s
}

// resize returns b with length n, reusing its memory when it can.
func resize(b []uint8, n int) []uint8 {
	if cap(b) < n {
		return make([]uint8, n)
	}
	return b[:n]
}
