package syntax

import (
	"bytes"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/heraldproject/herald/internal/devdata"
)

func TestTag(t *testing.T) {
	tg, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("The United States imposed new sanctions on Iran .")
	pos, chunk := make([]uint8, len(words)), make([]uint8, len(words))
	tg.Tag(words, pos, chunk)
	var got []string
	for i := range words {
		got = append(got, POS(pos[i])+"/"+ChunkTag(chunk[i]))
	}
	want := "DT/B-NP NNP/I-NP NNP/I-NP VBD/B-VP JJ/B-NP NNS/I-NP IN/B-PP NNP/B-NP ./O"
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	tg, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := tg.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	again, err := Decode(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !equalTables(tg.tg.pos, again.tg.pos) || !equalTables(tg.tg.chunk, again.tg.chunk) {
		t.Error("the decoded model differs from the encoded one")
	}
}

func equalTables(a, b table[int16]) bool {
	return a.nTags == b.nTags && a.shift == b.shift && bytes.Equal(int16Bytes(a.w), int16Bytes(b.w))
}

func int16Bytes(w []int16) []byte {
	out := make([]byte, 0, 2*len(w))
	for _, v := range w {
		out = append(out, byte(v), byte(v>>8))
	}
	return out
}

func TestDecodeErrors(t *testing.T) {
	for name, data := range map[string][]byte{
		"empty":     nil,
		"not gzip":  []byte("HLDSYN01"),
		"truncated": embedded[:len(embedded)/2],
	} {
		if _, err := Decode(data); !errors.Is(err, ErrModel) {
			t.Errorf("%s: got %v, want ErrModel", name, err)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(embedded[:64])
	f.Add([]byte{0x1f, 0x8b})
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := Decode(data); err != nil && !errors.Is(err, ErrModel) {
			t.Errorf("error %v is not ErrModel", err)
		}
	})
}

// TestDevScores scores the embedded model on eng.testa, CoNLL's own
// tokens, and fails when it falls well below the figures of the package
// documentation.
func TestDevScores(t *testing.T) {
	f, err := os.Open(devdata.Path(t, "conll2003/eng.testa"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	samples, err := ReadSamples(f)
	if err != nil {
		t.Fatal(err)
	}
	tg, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	s := Score(tg, samples)
	t.Logf("eng.testa: %d tokens, POS accuracy %.4f, chunk F1 %.4f", s.Tokens, s.Accuracy(), s.F1())
	if s.Accuracy() < 0.95 || s.F1() < 0.88 {
		t.Errorf("POS accuracy %.4f, chunk F1 %.4f; want at least 0.95 and 0.88", s.Accuracy(), s.F1())
	}
}

func TestReadSamples(t *testing.T) {
	got, err := ReadSamples(strings.NewReader("-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\ncall NN I-NP O\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []Sample{{
		Words:  []string{"EU", "rejects", "German", "call"},
		POS:    []string{"NNP", "VBZ", "JJ", "NN"},
		Chunks: []string{"B-NP", "B-VP", "B-NP", "I-NP"},
	}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	if _, err := ReadSamples(strings.NewReader("EU I-ORG\n")); err == nil {
		t.Error("a line without POS and chunk tags was accepted")
	}
}
