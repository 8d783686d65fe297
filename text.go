package herald

// A Sentence is a span of text that the segmenter found to be one sentence,
// with the range of its tokens in Document.Tokens.
type Sentence struct {
	Span
	FirstToken int // index of the first token in Document.Tokens
	EndToken   int // index one past the last token
	Headline   bool
}

// A TokenKind classifies a token by its characters.
type TokenKind uint8

// Token kinds.
const (
	Word        TokenKind = iota // letters, possibly with inner apostrophes, hyphens or periods ("U.S.", "don't")
	Number                       // digits, possibly with separators ("1,200", "3.5", "24")
	Punctuation                  // sentence and clause punctuation, quotes, brackets, dashes
	Symbol                       // currency, emoji and other symbols
)

// String returns the kind's lower-case name.
func (k TokenKind) String() string {
	switch k {
	case Word:
		return "word"
	case Number:
		return "number"
	case Punctuation:
		return "punctuation"
	case Symbol:
		return "symbol"
	}
	return "unknown"
}

// A Token is one word, number, punctuation mark or symbol.
type Token struct {
	Span
	Kind TokenKind
	// POS is the token's Penn Treebank part-of-speech tag ("NNP", "VBD")
	// and Chunk its phrase tag in BIO form ("B-NP", "I-VP", "O"), both set
	// by the syntax stage; "" before it runs.
	POS, Chunk string
}
