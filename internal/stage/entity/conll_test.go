package entity

import (
	"github.com/heraldproject/herald/internal/devdata"
	"os"
	"testing"

	"github.com/heraldproject/herald/internal/stage/entity/conll"
)

// TestCoNLLDev scores the embedded model on the CoNLL-2003 development set
// when the development data is present.
func TestCoNLLDev(t *testing.T) {
	f, err := os.Open(devdata.Path(t, "conll2003/eng.testa"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := conll.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	r := loadEmbedded(t)
	var score conll.Score
	for start := 0; start < len(sents); {
		end := start
		var words [][]string
		for end < len(sents) && sents[end].Doc == sents[start].Doc {
			words = append(words, sents[end].Words)
			end++
		}
		names := r.Sentences(words)
		for i := start; i < end; i++ {
			var pred []conll.Chunk
			for _, n := range names[i-start] {
				pred = append(pred, conll.Chunk{First: n.First, End: n.End, Class: n.Class.String()})
			}
			score.Add(conll.Chunks(sents[i].Tags), pred)
		}
		start = end
	}
	if f1 := score.Total("PER", "ORG", "LOC").F1(); f1 < 0.88 {
		t.Errorf("PER+ORG+LOC F1 %.4f, want at least 0.88", f1)
	}
	for _, c := range []string{"PER", "ORG", "LOC", "MISC"} {
		n := score.Total(c)
		t.Logf("%-4s P %.4f R %.4f F1 %.4f", c, n.Precision(), n.Recall(), n.F1())
	}
}
