package syntax

// posTags are the Penn Treebank tags of the CoNLL-2003 data, in a fixed
// order: a model stores tag numbers, and Token.POS holds these strings.
var posTags = [...]string{
	"NNP", "NN", "CD", "IN", "DT", "JJ", "NNS", "VBD", ".", ",", "VB", "VBN",
	"RB", "CC", "TO", "PRP", ")", "(", "VBG", "VBZ", ":", `"`, "POS", "PRP$",
	"VBP", "MD", "NNPS", "WP", "RP", "WDT", "SYM", "$", "WRB", "JJR", "JJS",
	"FW", "RBR", "EX", "RBS", "''", "PDT", "UH", "WP$", "LS",
}

// chunkTypes are the phrase types of the CoNLL-2003 chunk column.
var chunkTypes = [...]string{"NP", "VP", "PP", "ADVP", "ADJP", "SBAR", "PRT", "CONJP", "INTJ", "LST"}

// chunkTags are the BIO tags over chunkTypes: "O", then "B-NP", "I-NP",
// "B-VP", … in the order of chunkTypes.
var chunkTags = func() []string {
	out := []string{"O"}
	for _, t := range chunkTypes {
		out = append(out, "B-"+t, "I-"+t)
	}
	return out
}()

const (
	numPOS    = len(posTags)
	numChunks = 1 + 2*len(chunkTypes)
)

// posIndex returns the number of a Penn tag; ok is false for an unknown
// tag. "NN|SYM", which the data has four times, is read as NN.
func posIndex(tag string) (uint8, bool) {
	if tag == "NN|SYM" {
		tag = "NN"
	}
	for i, t := range posTags {
		if t == tag {
			return uint8(i), true
		}
	}
	return 0, false
}

// chunkIndex returns the number of a BIO chunk tag.
func chunkIndex(tag string) (uint8, bool) {
	for i, t := range chunkTags {
		if t == tag {
			return uint8(i), true
		}
	}
	return 0, false
}

// chunkType returns the type number of chunk tag c (0 for "O", else 1 +
// the index in chunkTypes) and whether it begins a chunk.
func chunkType(c uint8) (typ uint8, begin bool) {
	if c == 0 {
		return 0, false
	}
	return (c-1)/2 + 1, (c-1)%2 == 0
}

// allowed reports whether chunk tag c may follow chunk tag prev: an
// inside tag continues a chunk of its own type.
func allowed(prev, c uint8) bool {
	t, begin := chunkType(c)
	if t == 0 || begin {
		return true
	}
	pt, _ := chunkType(prev)
	return pt == t
}

// ToBIO rewrites IOB1 chunk tags, as CoNLL-2003 writes them (a chunk
// begins with I- unless it follows one of its own type), as BIO, in place.
func ToBIO(tags []string) {
	prev := "O"
	for i, t := range tags {
		if len(t) > 2 && t[:2] == "I-" && (len(prev) < 2 || prev[2:] != t[2:]) {
			tags[i] = "B-" + t[2:]
		}
		prev = t
	}
}
