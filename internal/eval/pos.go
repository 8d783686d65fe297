package eval

import (
	"context"
	"strings"

	"github.com/heraldproject/herald"
)

// chunkClasses are the CoNLL-2003 phrase types, in report order.
var chunkClasses = []string{"NP", "VP", "PP", "ADVP", "ADJP", "SBAR", "PRT", "CONJP", "INTJ", "LST"}

// runPOS scores the syntax stage on a CoNLL-2003 file: POS accuracy over
// the gold tokens (a gold token that herald tokenises differently counts
// as wrong), and phrase chunks by exact span and type, micro-averaged as
// conlleval does. The chunk column's IOB1 tags are read by conlleval's
// rules, as for names.
func runPOS(ctx context.Context, goldPath string, r *runner) (*Report, error) {
	docs, err := readPOSFile(goldPath)
	if err != nil {
		return nil, err
	}
	t := newTally(chunkClasses...)
	right, n := 0, 0
	err = r.analyzeCoNLL(ctx, goldPath, docs, func(d conllDoc, doc *herald.Document) {
		tags := make(map[herald.Span]string, len(doc.Tokens))
		for _, tk := range doc.Tokens {
			tags[tk.Span] = tk.POS
		}
		for _, g := range d.Tokens {
			n++
			if tags[g.Span] == g.Type || g.Type == "NN|SYM" && tags[g.Span] == "NN" {
				right++
			}
		}
		scoreSpans(t, d.Spans, predictedChunks(doc))
	})
	if err != nil {
		return nil, err
	}
	return &Report{
		Classes: t.scores(),
		Overall: total("chunks", t.scores()...),
		Figures: []Figure{{Name: "POS accuracy", Value: ratio(float64(right), float64(n)), N: n}},
	}, nil
}

// predictedChunks returns the phrases of doc's chunk tags as typed spans.
func predictedChunks(doc *herald.Document) []typedSpan {
	var out []typedSpan
	for _, st := range doc.Sentences {
		var cur *typedSpan
		for _, tk := range doc.Tokens[st.FirstToken:st.EndToken] {
			tag, typ, _ := strings.Cut(tk.Chunk, "-")
			if cur != nil && (tag != "I" || typ != cur.Type) {
				out = append(out, *cur)
				cur = nil
			}
			if typ != "" && cur == nil {
				cur = &typedSpan{Span: tk.Span, Type: typ}
			}
			if cur != nil {
				cur.End = tk.End
			}
		}
		if cur != nil {
			out = append(out, *cur)
		}
	}
	return out
}
