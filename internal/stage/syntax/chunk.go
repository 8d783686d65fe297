package syntax

// A Phrase is a chunk of a sentence: the words [First, End) form one
// phrase of type Type ("NP", "VP", "PP", …).
type Phrase struct {
	First, End int
	Type       string
}

// Phrases returns the phrases spelled by BIO chunk tag numbers, as Tag
// writes them. An inside tag whose type differs from the tag before it
// opens a phrase of its own.
func Phrases(tags []uint8) []Phrase {
	var out []Phrase
	open := -1
	var typ uint8
	for i, c := range tags {
		t, begin := chunkType(c)
		if open >= 0 && (t != typ || begin) {
			out = append(out, Phrase{First: open, End: i, Type: chunkTypes[typ-1]})
			open = -1
		}
		if t != 0 && open < 0 {
			open, typ = i, t
		}
	}
	if open >= 0 {
		out = append(out, Phrase{First: open, End: len(tags), Type: chunkTypes[typ-1]})
	}
	return out
}
