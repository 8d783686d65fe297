package eval

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
)

const posGold = `-DOCSTART- -X- O O

Russia NNP I-NP I-LOC
attacked VBD I-VP O
the DT I-NP O
town NN I-NP O
. . O O
`

func TestRunPOS(t *testing.T) {
	path := filepath.Join(t.TempDir(), "eng.testa")
	if err := os.WriteFile(path, []byte(posGold), 0o644); err != nil {
		t.Fatal(err)
	}
	// The fake tagger gets "town" wrong (NNS) and ends the object phrase
	// one word early: 4 of 5 tags right, 2 of 3 chunks found.
	tags := map[string][2]string{"Russia": {"NNP", "B-NP"}, "attacked": {"VBD", "B-VP"}, "the": {"DT", "B-NP"},
		"town": {"NNS", "B-NP"}, ".": {".", "O"}}
	an := annotate(func(doc *herald.Document) {
		start := 0
		for _, w := range strings.Fields(doc.Text) {
			i := strings.Index(doc.Text[start:], w) + start
			tg := tags[w]
			doc.Tokens = append(doc.Tokens, herald.Token{Span: herald.Span{Start: i, End: i + len(w)}, POS: tg[0], Chunk: tg[1]})
			start = i + len(w)
		}
		doc.Sentences = []herald.Sentence{{Span: herald.Span{End: len(doc.Text)}, EndToken: len(doc.Tokens)}}
	})
	rep, err := Run(context.Background(), "pos", path, an, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if f := rep.Figures[0]; f.Name != "POS accuracy" || !near(f.Value, 0.8) || f.N != 5 {
		t.Errorf("figure %+v, want POS accuracy 0.8 over 5", f)
	}
	checkScore(t, rep.Overall, newScore("chunks", 2, 2, 1))
}

func TestReadPOS(t *testing.T) {
	docs, err := readPOS(strings.NewReader(posGold), "t")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0].Text != "Russia attacked the town ." {
		t.Fatalf("got %+v, want one document", docs)
	}
	d := docs[0]
	wantTokens := []typedSpan{{herald.Span{Start: 0, End: 6}, "NNP"}, {herald.Span{Start: 7, End: 15}, "VBD"},
		{herald.Span{Start: 16, End: 19}, "DT"}, {herald.Span{Start: 20, End: 24}, "NN"}, {herald.Span{Start: 25, End: 26}, "."}}
	wantChunks := []typedSpan{{herald.Span{Start: 0, End: 6}, "NP"}, {herald.Span{Start: 7, End: 15}, "VP"},
		{herald.Span{Start: 16, End: 24}, "NP"}}
	if !slices.Equal(d.Tokens, wantTokens) || !slices.Equal(d.Spans, wantChunks) {
		t.Errorf("got tokens %v chunks %v\nwant tokens %v chunks %v", d.Tokens, d.Spans, wantTokens, wantChunks)
	}
	if _, err := readPOS(strings.NewReader("Russia I-LOC\n"), "t"); err == nil {
		t.Error("a line without POS and chunk tags was accepted")
	}
}
