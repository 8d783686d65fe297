package bench

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
)

func TestEntityType(t *testing.T) {
	tests := []struct {
		label string
		want  herald.EntityType
	}{
		{"PERSON", herald.Person},
		{"ORGANIZATION", herald.Organization},
		{"GPE", herald.GPE},
		{"LOCATION", herald.Location},
		{"FACILITY", herald.Misc},
		{"GSP", herald.Misc},
		{"", herald.Misc},
	}
	for _, tt := range tests {
		if got := entityType(tt.label); got != tt.want {
			t.Errorf("entityType(%q) = %q, want %q", tt.label, got, tt.want)
		}
	}
}

// TestAnalyzerSeed checks, on the seed article, that the analyzer keeps the
// text and gives each entity one name mention covering its words.
func TestAnalyzerSeed(t *testing.T) {
	a := herald.Seed()
	an := &Analyzer{Model: testModel(t)}
	doc, err := an.Analyze(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != a.Text {
		t.Fatal("analyzer changed the text")
	}
	if an.Unaligned != 0 || len(doc.Diagnostics) != 0 {
		t.Fatalf("seed did not align: %v", doc.Diagnostics)
	}
	if len(doc.Entities) == 0 {
		t.Fatal("got no entities in the seed")
	}
	for _, e := range doc.Entities {
		if len(e.Mentions) != 1 || e.Mentions[0].Kind != herald.NameMention {
			t.Fatalf("entity %s: mentions %v, want one name mention", e.ID, e.Mentions)
		}
		m := e.Mentions[0]
		under := strings.Join(strings.Fields(a.Text[m.Start:m.End]), "")
		if under != strings.ReplaceAll(e.Name, " ", "") {
			t.Errorf("entity %s: span holds %q, name is %q", e.ID, a.Text[m.Start:m.End], e.Name)
		}
	}
}

// TestNER runs herald's ner task over a small CoNLL file with the prose
// analyzer. What prose finds is its own affair; the gold counts and the
// predictions scored must agree with the file and with Analyze.
func TestNER(t *testing.T) {
	gold := `-DOCSTART- -X- O O

Peter NNP I-NP I-PER
Blackburn NNP I-NP I-PER
met VBD I-VP O
officials NNS I-NP O
of IN I-PP O
the DT I-NP O
European NNP I-NP I-ORG
Commission NNP I-NP I-ORG
in IN I-PP O
London NNP I-NP I-LOC
. . O O
`
	path := filepath.Join(t.TempDir(), "gold.conll")
	if err := os.WriteFile(path, []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	rep, err := NER(context.Background(), path, testModel(t))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Task != "ner" || rep.Docs != 1 || rep.Words != 11 {
		t.Errorf("task %q, %d docs, %d words; want ner, 1, 11", rep.Task, rep.Docs, rep.Words)
	}
	text := "Peter Blackburn met officials of the European Commission in London ."
	doc, err := (&Analyzer{Model: testModel(t)}).Analyze(context.Background(), herald.Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	wantGold := map[string]int{"PER": 1, "ORG": 1, "LOC": 1, "MISC": 0}
	wantPred := map[string]int{}
	for _, e := range doc.Entities {
		wantPred[map[herald.EntityType]string{
			herald.Person: "PER", herald.Organization: "ORG",
			herald.GPE: "LOC", herald.Location: "LOC", herald.Misc: "MISC",
		}[e.Type]]++
	}
	for _, s := range rep.Classes {
		if s.TP+s.FN != wantGold[s.Name] || s.TP+s.FP != wantPred[s.Name] {
			t.Errorf("%s: tp %d fp %d fn %d; want %d gold, %d predicted", s.Name, s.TP, s.FP, s.FN, wantGold[s.Name], wantPred[s.Name])
		}
	}
}
