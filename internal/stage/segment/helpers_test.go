package segment

import (
	"slices"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
)

// sentences returns the text of each sentence Segment finds in text.
func sentences(text string) []string {
	sents, _ := Segment(text, 0, nil, nil)
	out := make([]string, len(sents))
	for i, s := range sents {
		out[i] = s.In(text)
	}
	return out
}

// tokens returns the text of each token Tokenize finds in text.
func tokens(text string) []string {
	var out []string
	for _, t := range Tokenize(text, 0, len(text), nil) {
		out = append(out, t.In(text))
	}
	return out
}

// A sentenceCase is a text and the sentences it holds.
type sentenceCase struct {
	name string
	in   string
	want []string
}

// checkSentences runs Segment over each case and reports differences.
func checkSentences(t *testing.T, cases []sentenceCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := sentences(c.in); !slices.Equal(got, c.want) {
				t.Errorf("Segment(%q)\ngot  %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}

// joinTokens renders the tokens of a sentence for failure messages.
func joinTokens(text string, toks []herald.Token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.In(text)
	}
	return strings.Join(parts, " | ")
}
