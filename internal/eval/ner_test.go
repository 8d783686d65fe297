package eval

import (
	"context"
	"errors"
	"github.com/heraldproject/herald/internal/devdata"
	"reflect"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
)

func TestReadCoNLLIOB1(t *testing.T) {
	docs, err := readCoNLLFile("testdata/ner/iob1.conll")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("got %d documents, want 2", len(docs))
	}
	wantText := "EU rejects German call .\nPeter Blackburn met Anna Bob in New York ."
	if docs[0].Text != wantText {
		t.Errorf("text:\ngot  %q\nwant %q", docs[0].Text, wantText)
	}
	var got []string
	for _, s := range docs[0].Spans {
		got = append(got, s.Type+":"+s.In(docs[0].Text))
	}
	// IOB1: "B-PER" on Bob separates two adjacent PER entities.
	want := []string{"ORG:EU", "MISC:German", "PER:Peter Blackburn", "PER:Anna", "PER:Bob", "LOC:New York"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entities:\ngot  %q\nwant %q", got, want)
	}
	if docs[1].ID != "iob1.conll#2" || docs[1].Text != "BRUSSELS 1996-08-22" {
		t.Errorf("second document: got %q %q", docs[1].ID, docs[1].Text)
	}
}

func TestReadCoNLLIOB2SameAsIOB1(t *testing.T) {
	one, err := readCoNLLFile("testdata/ner/iob1.conll")
	if err != nil {
		t.Fatal(err)
	}
	two, err := readCoNLLFile("testdata/ner/iob2.conll")
	if err != nil {
		t.Fatal(err)
	}
	for i := range one {
		one[i].ID, two[i].ID = "", ""
	}
	if !reflect.DeepEqual(one, two) {
		t.Errorf("IOB1 and IOB2 encodings differ:\n%+v\n%+v", one, two)
	}
}

func TestChunkRules(t *testing.T) {
	// Tag sequences in one sentence and the entities conlleval cuts.
	tests := []struct {
		tags string
		want string
	}{
		{"I-PER I-PER", "PER:a b"},
		{"I-PER B-PER", "PER:a PER:b"},
		{"B-PER I-PER", "PER:a b"},
		{"I-PER I-LOC", "PER:a LOC:b"},
		{"O I-PER", "PER:b"},
		{"B-PER E-PER", "PER:a b"},
		{"S-PER S-PER", "PER:a PER:b"},
		{"E-PER I-PER", "PER:a PER:b"},
		{"O O", ""},
	}
	for _, tt := range tests {
		tags := strings.Fields(tt.tags)
		in := "a X " + tags[0] + "\nb X " + tags[1] + "\n"
		docs, err := readCoNLL(strings.NewReader(in), "t")
		if err != nil {
			t.Fatalf("%s: %v", tt.tags, err)
		}
		var got []string
		for _, s := range docs[0].Spans {
			got = append(got, s.Type+":"+s.In(docs[0].Text))
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%s: got %q, want %q", tt.tags, strings.Join(got, " "), tt.want)
		}
	}
}

func TestReadCoNLLErrors(t *testing.T) {
	_, err := readCoNLLFile("testdata/ner/badtag.conll")
	if err == nil || !strings.Contains(err.Error(), `badtag.conll": line 4: `) {
		t.Errorf("bad tag: got %v, want an error naming line 4", err)
	}
	_, err = readCoNLL(strings.NewReader("-DOCSTART- -X- O O\n\nlonely\n"), "x")
	if err == nil || !strings.Contains(err.Error(), `read gold "x": line 3: `) {
		t.Errorf("one column: got %v, want an error naming line 3", err)
	}
	_, err = readCoNLLFile("testdata/ner/absent.conll")
	if err == nil {
		t.Error("absent file: got no error")
	}
}

// nerFake predicts, for the iob1 test file, one right and one wrong
// entity of most types, plus mentions that must be ignored.
func nerFake(doc *herald.Document) {
	name := func(s, e int) herald.Mention { return herald.Mention{Span: herald.Span{Start: s, End: e}} }
	switch doc.ID {
	case "iob1.conll#1":
		doc.Entities = []herald.Entity{
			{Type: herald.Person, Mentions: []herald.Mention{name(25, 40), {Span: herald.Span{Start: 41, End: 44}, Kind: herald.PronounMention}}},
			{Type: herald.Person, Mentions: []herald.Mention{name(45, 53)}},
			{Type: herald.GPE, Mentions: []herald.Mention{name(57, 65)}},
			{Type: herald.Location, Mentions: []herald.Mention{name(57, 65)}}, // duplicate LOC span: counts once
			{Type: herald.Organization, Mentions: []herald.Mention{{Span: herald.Span{Start: 0, End: 2}, Kind: herald.NominalMention}}},
			{Type: herald.NORP, Mentions: []herald.Mention{name(11, 17)}},
			{Type: "EVENT", Mentions: []herald.Mention{name(18, 22)}},
		}
	case "iob1.conll#2":
		doc.Entities = []herald.Entity{{Type: herald.Organization, Mentions: []herald.Mention{name(0, 8)}}}
	}
}

func TestRunNER(t *testing.T) {
	rep, err := Run(context.Background(), "ner", "testdata/ner/iob1.conll", annotate(nerFake), Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkScore(t, row(t, rep, "PER"), Score{"PER", 1, 1, 2, 0.5, 1.0 / 3, 0.4})
	checkScore(t, row(t, rep, "ORG"), Score{"ORG", 0, 1, 1, 0, 0, 0})
	checkScore(t, row(t, rep, "LOC"), Score{"LOC", 1, 0, 1, 1, 0.5, 2.0 / 3})
	checkScore(t, row(t, rep, "MISC"), Score{"MISC", 1, 0, 0, 1, 1, 1})
	checkScore(t, rep.Overall, Score{"overall", 3, 2, 4, 0.6, 3.0 / 7, 0.5})
	checkScore(t, row(t, rep, "PER+ORG+LOC"), Score{"PER+ORG+LOC", 2, 2, 4, 0.5, 1.0 / 3, 0.4})
	if rep.Docs != 2 || rep.Words != 16 {
		t.Errorf("got %d docs, %d words; want 2, 16", rep.Docs, rep.Words)
	}
}

func TestRunNEREdges(t *testing.T) {
	ctx := context.Background()
	rep, err := Run(ctx, "ner", "testdata/ner/iob1.conll", emptyAnalyzer, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkScore(t, rep.Overall, Score{"overall", 0, 0, 7, 0, 0, 0})
	noNaN(t, rep)

	everything := annotate(func(doc *herald.Document) {
		doc.Entities = []herald.Entity{{Type: herald.Person, Mentions: []herald.Mention{{Span: herald.Span{Start: 0, End: 7}}}}}
	})
	rep, err = Run(ctx, "ner", "testdata/ner/nogold.conll", everything, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkScore(t, rep.Overall, Score{"overall", 0, 1, 0, 0, 0, 0})
	noNaN(t, rep)

	rep, err = Run(ctx, "ner", "testdata/ner/iob1.conll", emptyAnalyzer, Options{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Docs != 1 || rep.Overall.FN != 6 {
		t.Errorf("limit 1: got %d docs and %d misses, want 1 and 6", rep.Docs, rep.Overall.FN)
	}
}

func TestRunErrors(t *testing.T) {
	ctx := context.Background()
	_, err := Run(ctx, "nonsense", "x", emptyAnalyzer, Options{})
	if !errors.Is(err, ErrUnknownTask) || !strings.Contains(err.Error(), "events, extract, ner, places, pos, quotes, timex") {
		t.Errorf("unknown task: got %v", err)
	}
	changer := analyzerFunc(func(_ context.Context, a herald.Article) (*herald.Document, error) {
		a.Text += " "
		return herald.NewDocument(a), nil
	})
	_, err = Run(ctx, "ner", "testdata/ner/iob1.conll", changer, Options{})
	if !errors.Is(err, ErrTextChanged) {
		t.Errorf("changed text: got %v, want ErrTextChanged", err)
	}
	failing := analyzerFunc(func(context.Context, herald.Article) (*herald.Document, error) {
		return nil, herald.ErrEmpty
	})
	_, err = Run(ctx, "ner", "testdata/ner/iob1.conll", failing, Options{})
	if !errors.Is(err, herald.ErrEmpty) || !strings.Contains(err.Error(), "iob1.conll#1") {
		t.Errorf("failing analyzer: got %v", err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	_, err = Run(cancelled, "ner", "testdata/ner/iob1.conll", emptyAnalyzer, Options{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: got %v", err)
	}
}

// conllHerald maps CoNLL types back to a herald type that maps to them.
var conllHerald = map[string]herald.EntityType{"PER": herald.Person, "ORG": herald.Organization, "LOC": herald.Location, "MISC": herald.Misc}

func TestNERDevData(t *testing.T) {
	path := devdata.Path(t, "conll2003/eng.testa")
	docs, err := readCoNLLFile(path)
	if err != nil {
		t.Fatal(err)
	}
	gold := make(map[string][]typedSpan)
	n := 0
	for _, d := range docs {
		gold[d.ID] = d.Spans
		n += len(d.Spans)
	}
	t.Logf("%s: %d documents, %d entities", path, len(docs), n)
	perfect := annotate(func(doc *herald.Document) {
		for _, s := range gold[doc.ID] {
			doc.Entities = append(doc.Entities, herald.Entity{Type: conllHerald[s.Type], Mentions: []herald.Mention{{Span: s.Span}}})
		}
	})
	rep, err := Run(context.Background(), "ner", path, perfect, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Overall.F1 != 1 || rep.Overall.TP != n {
		t.Errorf("gold analyzer: got %+v, want F1 1 over %d entities", rep.Overall, n)
	}
	rep, err = Run(context.Background(), "ner", path, emptyAnalyzer, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Overall.Recall != 0 || rep.Overall.FN != n {
		t.Errorf("empty analyzer: got %+v, want recall 0", rep.Overall)
	}
}
