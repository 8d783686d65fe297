package conll

import (
	"reflect"
	"strings"
	"testing"
)

const sample = `-DOCSTART- -X- O O

EU NNP I-NP I-ORG
rejects VBZ I-VP O
German JJ I-NP I-MISC
call NN I-NP O

Peter NNP I-NP I-PER
Blackburn NNP I-NP I-PER

-DOCSTART- -X- O O

BRUSSELS NNP I-NP I-LOC
1996-08-22 CD I-NP O
`

func TestRead(t *testing.T) {
	got, err := Read(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	want := []Sentence{
		{Words: []string{"EU", "rejects", "German", "call"}, Tags: []string{"I-ORG", "O", "I-MISC", "O"}, Doc: 0,
			POS: []string{"NNP", "VBZ", "JJ", "NN"}, ChunkTags: []string{"I-NP", "I-VP", "I-NP", "I-NP"}},
		{Words: []string{"Peter", "Blackburn"}, Tags: []string{"I-PER", "I-PER"}, Doc: 0,
			POS: []string{"NNP", "NNP"}, ChunkTags: []string{"I-NP", "I-NP"}},
		{Words: []string{"BRUSSELS", "1996-08-22"}, Tags: []string{"I-LOC", "O"}, Doc: 1,
			POS: []string{"NNP", "CD"}, ChunkTags: []string{"I-NP", "I-NP"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	// Two columns carry only the name tags; a sentence that mixes in a
	// shorter line has no POS or chunk tags at all.
	got, err = Read(strings.NewReader("EU I-ORG\nrejects O\n\nPeter NNP I-NP I-PER\nBlackburn I-PER\n"))
	if err != nil {
		t.Fatal(err)
	}
	want = []Sentence{
		{Words: []string{"EU", "rejects"}, Tags: []string{"I-ORG", "O"}},
		{Words: []string{"Peter", "Blackburn"}, Tags: []string{"I-PER", "I-PER"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("two columns: got  %+v\nwant %+v", got, want)
	}
	if _, err := Read(strings.NewReader("word\n")); err == nil {
		t.Error("a line without a tag was accepted")
	}
}

func TestChunks(t *testing.T) {
	tests := []struct {
		tags string
		want []Chunk
	}{
		{"I-PER I-PER O I-LOC", []Chunk{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{"I-PER B-PER I-PER", []Chunk{{0, 1, "PER"}, {1, 3, "PER"}}},
		{"B-ORG I-ORG I-LOC", []Chunk{{0, 2, "ORG"}, {2, 3, "LOC"}}},
		{"O I-MISC", []Chunk{{1, 2, "MISC"}}},
		{"B-PER L-PER U-LOC B-ORG I-ORG L-ORG", []Chunk{{0, 2, "PER"}, {2, 3, "LOC"}, {3, 6, "ORG"}}},
		{"O O", nil},
	}
	for _, tt := range tests {
		if got := Chunks(strings.Fields(tt.tags)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.tags, got, tt.want)
		}
	}
}

func TestScore(t *testing.T) {
	var s Score
	s.Add([]Chunk{{0, 2, "PER"}, {3, 4, "LOC"}}, []Chunk{{0, 2, "PER"}, {3, 4, "ORG"}})
	s.Add([]Chunk{{0, 1, "LOC"}}, []Chunk{{0, 1, "LOC"}, {2, 3, "LOC"}})
	if got, want := s.Total(), (Counts{Gold: 3, Pred: 4, Correct: 2}); got != want {
		t.Errorf("Total() = %+v, want %+v", got, want)
	}
	loc := s.Total("LOC")
	if loc.Precision() != 0.5 || loc.Recall() != 0.5 || loc.F1() != 0.5 {
		t.Errorf("LOC: P %v R %v F1 %v, want 0.5 each", loc.Precision(), loc.Recall(), loc.F1())
	}
	if f := (Counts{}).F1(); f != 0 {
		t.Errorf("empty F1 = %v", f)
	}
	var b strings.Builder
	s.Report(&b)
	if !strings.Contains(b.String(), "PER+ORG+LOC") {
		t.Errorf("report lacks the PER+ORG+LOC line:\n%s", b.String())
	}
}
