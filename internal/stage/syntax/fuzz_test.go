package syntax

import (
	"testing"

	"github.com/heraldproject/herald"
)

// FuzzRoles runs Roles over any sequence of tags and words, checking that
// it neither panics nor returns a role outside the sentence.
func FuzzRoles(f *testing.F) {
	f.Add([]byte{0, 10, 3, 20, 7, 5})
	f.Add([]byte{1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6})
	words := []string{"russia", "and", ",", "which", "to", "by", "was", "attacked", "of", "'s", "said", "the"}
	f.Fuzz(func(t *testing.T, data []byte) {
		n := len(data) / 2
		toks := make([]herald.Token, n)
		lower := make([]string, n)
		for i := range n {
			toks[i].POS = posTags[int(data[2*i])%numPOS]
			toks[i].Chunk = chunkTags[int(data[2*i+1])%numChunks]
			lower[i] = words[int(data[2*i]^data[2*i+1])%len(words)]
		}
		for _, c := range Roles(toks, lower) {
			check := func(ps []Phrase) {
				for _, p := range ps {
					if p.First < 0 || p.First >= p.End || p.End > n {
						t.Fatalf("phrase %+v out of %d tokens", p, n)
					}
				}
			}
			check(c.Subjects)
			check(c.Objects)
			check(c.Agents)
			for _, p := range c.Preps {
				check(p.Objects)
			}
			if c.Head < c.Verb.First || c.Head >= c.Verb.End {
				t.Fatalf("head %d outside its verb group %+v", c.Head, c.Verb)
			}
		}
	})
}
