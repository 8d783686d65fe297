package eval

import (
	"context"
	"github.com/heraldproject/herald/internal/devdata"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
)

func TestReadPolNeAR(t *testing.T) {
	docs, notes, err := readPolNeAR("testdata/polnear")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || len(notes) != 1 {
		t.Fatalf("got %d docs and notes %q, want 2 and a note on the second annotator", len(docs), notes)
	}
	d := docs[0]
	if d.ID != "art" || len(d.Quotes) != 4 {
		t.Fatalf("got %q with %d quotes, want art with 4", d.ID, len(d.Quotes))
	}
	in := func(spans []herald.Span) string {
		var parts []string
		for _, s := range spans {
			parts = append(parts, s.In(d.Text))
		}
		return strings.Join(parts, "|")
	}
	// Offsets count characters; the curly quotes take 3 bytes each.
	if got := in(d.Quotes[0].Content); got != "Talks will resume soon," {
		t.Errorf("first content: got %q", got)
	}
	if got := in(d.Quotes[2].Content); got != "It was|“a disaster” and “a shame”" {
		t.Errorf("content with Content2: got %q", got)
	}
	if got := in(d.Quotes[2].Source) + "/" + in(d.Quotes[2].Cue); got != "officials/said" {
		t.Errorf("source and cue: got %q", got)
	}
	if len(d.Quotes[3].Source) != 0 {
		t.Errorf("no-source attribution has source %v", d.Quotes[3].Source)
	}
}

func TestParseBratSpan(t *testing.T) {
	text := "ab “cd” ef"
	s, err := parseBratSpan("Content 0 2;3 7", charOffsets(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.frags) != 2 || s.frags[0].In(text) != "ab" || s.frags[1].In(text) != "“cd”" {
		t.Errorf("got %+v", s)
	}
	for _, bad := range []string{"Content", "Content 1", "Content 5 2", "Content 0 11", "Content -1 2", "Content x y"} {
		if _, err := parseBratSpan(bad, charOffsets(text)); err == nil {
			t.Errorf("%q: got no error", bad)
		}
	}
	_, _, err = readPolNeAR("testdata/polnear-bad")
	if err == nil || !strings.Contains(err.Error(), `x_dddd.ann": line 2: `) {
		t.Errorf("bad offsets: got %v, want an error at line 2", err)
	}
	if _, _, err := readPolNeAR("testdata/ner"); err == nil {
		t.Error("folder without attributions: got no error")
	}
}

// quotesFake predicts, for art.txt: the first content with its quote marks
// (exact) and the right speaker; part of the second (overlap) with a
// speaker whose mentions miss the source; part of the discontinuous third
// (overlap) with the right speaker; the fourth exactly; one false quote;
// one of punctuation only (ignored). For two.txt: exactly half of the
// first content (IoU 0.5, counts) without speaker, and the other half
// (false: the gold quote is taken); the second quote is missed.
func quotesFake(t *testing.T) Analyzer {
	return annotate(func(doc *herald.Document) {
		at := func(sub string) herald.Span { return spanOf(t, doc.Text, sub) }
		ent := func(id, sub string) herald.Entity {
			return herald.Entity{ID: id, Type: herald.Person, Mentions: []herald.Mention{{Span: at(sub), Kind: herald.PronounMention}}}
		}
		switch doc.ID {
		case "art":
			doc.Entities = []herald.Entity{ent("E1", "Smith"), ent("E2", "Peace"), ent("E3", "officials")}
			doc.Quotes = []herald.Quote{
				{Span: at("“Talks will resume soon,”"), Speaker: "E1"},
				{Span: at("talks had failed"), Speaker: "E2"},
				{Span: at("“a disaster” and “a shame”"), Speaker: "E3"},
				{Span: at("the deal is off")},
				{Span: at("Smith said on Monday"), Speaker: "E1"},
				{Span: at("."), Speaker: "E1"},
			}
		case "two":
			doc.Quotes = []herald.Quote{{Span: at("the bridge would reopen")}, {Span: at("next week after repairs")}}
		}
	})
}

func TestRunQuotes(t *testing.T) {
	rep, err := Run(context.Background(), "quotes", "testdata/polnear", quotesFake(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkScore(t, rep.Overall, newScore("overlap≥0.5", 5, 2, 1))
	checkScore(t, row(t, rep, "exact"), newScore("exact", 2, 5, 4))
	if f := figure(t, rep, "speaker accuracy"); !near(f.Value, 0.5) || f.N != 4 {
		t.Errorf("speaker accuracy: got %+v, want 2 of 4", f)
	}
	rep, err = Run(context.Background(), "quotes", "testdata/polnear", quotesFake(t), Options{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	checkScore(t, rep.Overall, newScore("overlap≥0.5", 4, 1, 0))
	checkScore(t, row(t, rep, "exact"), newScore("exact", 2, 3, 2))
	if f := figure(t, rep, "speaker accuracy"); !near(f.Value, 2.0/3) || f.N != 3 {
		t.Errorf("speaker accuracy: got %+v, want 2 of 3", f)
	}
}

func TestRunQuotesEdges(t *testing.T) {
	rep, err := Run(context.Background(), "quotes", "testdata/polnear", emptyAnalyzer, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkScore(t, rep.Overall, newScore("overlap≥0.5", 0, 0, 6))
	if f := figure(t, rep, "speaker accuracy"); f.Value != 0 || f.N != 0 {
		t.Errorf("speaker accuracy with nothing found: got %+v", f)
	}
	noNaN(t, rep)
}

func TestWordWeights(t *testing.T) {
	text := "“Ab,” cd é1."
	w := newWordWeights(text)
	if n := w.of(herald.Span{Start: 0, End: len(text)}); n != 6 {
		t.Errorf("got %d letters and digits, want 6", n)
	}
	all := []herald.Span{{Start: 0, End: len(text)}}
	if v := w.iou(spanOf(t, text, "Ab,” cd é1"), all); v != 1 {
		t.Errorf("same letters: got IoU %v, want 1", v)
	}
	// Overlapping gold fragments count once.
	if v := w.iou(spanOf(t, text, "cd"), mergeSpans([]herald.Span{spanOf(t, text, "d é"), spanOf(t, text, "cd")})); !near(v, 2.0/3) {
		t.Errorf("overlapping fragments: got %v, want 2/3", v)
	}
	// Letters between gold fragments count for neither side.
	gapped := []herald.Span{spanOf(t, text, "Ab"), spanOf(t, text, "é1")}
	if v := w.iou(herald.Span{Start: 0, End: len(text)}, gapped); v != 1 {
		t.Errorf("prediction over the gap: got IoU %v, want 1", v)
	}
	if v := w.iou(spanOf(t, text, "cd é1"), gapped); !near(v, 0.5) {
		t.Errorf("prediction of one fragment and the gap: got IoU %v, want 0.5", v)
	}
	if v := w.iou(spanOf(t, text, "cd"), gapped); v != 0 {
		t.Errorf("prediction inside the gap: got IoU %v, want 0", v)
	}
	if n := w.of(herald.Span{Start: -4, End: 999}); n != 6 {
		t.Errorf("out-of-range span: got %d", n)
	}
}

func TestQuotesDevData(t *testing.T) {
	dir := devdata.Path(t, "polnear/data/dev")
	docs, notes, err := readPolNeAR(dir)
	if err != nil {
		t.Fatal(err)
	}
	gold := make(map[string][]goldQuote)
	n, sources := 0, 0
	for _, d := range docs {
		gold[d.ID] = d.Quotes
		n += len(d.Quotes)
		for _, q := range d.Quotes {
			if len(q.Source) > 0 {
				sources++
			}
		}
	}
	t.Logf("%s: %d documents, %d quotes, %d with a source; notes %q", dir, len(docs), n, sources, notes)
	perfect := annotate(func(doc *herald.Document) {
		for i, q := range gold[doc.ID] {
			content := mergeSpans(q.Content)
			hull := herald.Span{Start: content[0].Start, End: content[len(content)-1].End}
			id := "Q" + string(rune('A'+i%26)) + strings.Repeat("x", i/26)
			if len(q.Source) > 0 {
				doc.Entities = append(doc.Entities, herald.Entity{ID: id, Mentions: []herald.Mention{{Span: q.Source[0]}}})
			}
			doc.Quotes = append(doc.Quotes, herald.Quote{Span: hull, Speaker: id})
		}
	})
	rep, err := Run(context.Background(), "quotes", dir, perfect, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Overall.F1 != 1 || row(t, rep, "exact").TP != n || figure(t, rep, "speaker accuracy").Value != 1 {
		t.Errorf("gold analyzer: got %+v, want F1 1 over %d quotes and speaker accuracy 1", rep.Overall, n)
	}
	rep, err = Run(context.Background(), "quotes", dir, emptyAnalyzer, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Overall.Recall != 0 || rep.Overall.FN != n {
		t.Errorf("empty analyzer: got %+v, want recall 0", rep.Overall)
	}
}
