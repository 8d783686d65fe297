package entity

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// tiny trains a small model on a few sentences, without the CoNLL data.
func tiny(t testing.TB, beam int, bilou bool) *Recognizer {
	t.Helper()
	tr, err := NewTrainer(TrainOptions{Bits: 12, Beam: beam, BIO: !bilou})
	if err != nil {
		t.Fatal(err)
	}
	docs := [][]Sample{{
		{Words: strings.Fields("Putin met Trump in Moscow ."), Names: []Name{{First: 0, End: 1, Class: PER}, {First: 2, End: 3, Class: PER}, {First: 4, End: 5, Class: LOC}}},
		{Words: strings.Fields("The Kremlin said Russian troops left ."), Names: []Name{{First: 1, End: 2, Class: ORG}, {First: 3, End: 4, Class: MISC}}},
	}, {
		{Words: strings.Fields("Steve Witkoff flew to Berlin on Monday ."), Names: []Name{{First: 0, End: 2, Class: PER}, {First: 4, End: 5, Class: LOC}}},
	}}
	for range 5 {
		tr.Epoch(docs)
	}
	r, err := tr.Recognizer()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func encode(t testing.TB, r *Recognizer) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := r.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestRoundTrip(t *testing.T) {
	sents := [][]string{
		strings.Fields("Steve Witkoff flew to Berlin on Monday ."),
		strings.Fields(seedText(t)),
	}
	for _, tc := range []struct {
		name string
		r    *Recognizer
	}{
		{"embedded", loadEmbedded(t)},
		{"greedy BIO", tiny(t, 1, false)},
		{"beam BILOU", tiny(t, 3, true)},
	} {
		data := encode(t, tc.r)
		r2, err := Decode(data)
		if err != nil {
			t.Fatalf("%s: Decode: %v", tc.name, err)
		}
		if !slices.Equal(tc.r.model.w, r2.model.w) || tc.r.model.scheme != r2.model.scheme || tc.r.model.beam != r2.model.beam {
			t.Errorf("%s: decoded model differs", tc.name)
		}
		if got, want := r2.Sentences(sents), tc.r.Sentences(sents); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: names differ after the round trip:\ngot  %v\nwant %v", tc.name, got, want)
		}
		if again := encode(t, r2); !bytes.Equal(again, data) {
			t.Errorf("%s: encoding is not stable", tc.name)
		}
	}
}

func TestTrainerLearns(t *testing.T) {
	for _, beam := range []int{1, 3} {
		r := tiny(t, beam, beam > 1)
		got := r.Names(strings.Fields("Steve Witkoff flew to Berlin on Monday ."))
		if len(got) != 2 || got[0].Class != PER || got[0].End != 2 || got[1].Class != LOC {
			t.Errorf("beam %d: got %+v", beam, got)
		}
	}
}

// gz compresses b.
func gz(b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// raw returns the uncompressed form of a model file.
func raw(t testing.TB, data []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(zr); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestDecodeErrors(t *testing.T) {
	good := raw(t, encode(t, tiny(t, 1, false)))
	edit := func(f func(b []byte) []byte) []byte {
		return gz(f(bytes.Clone(good)))
	}
	tests := map[string][]byte{
		"empty":        nil,
		"not gzip":     []byte("HLDNER01 not a model"),
		"empty body":   gz(nil),
		"magic":        edit(func(b []byte) []byte { b[0] = 'X'; return b }),
		"fingerprint":  edit(func(b []byte) []byte { b[8] ^= 1; return b }),
		"scheme":       edit(func(b []byte) []byte { b[16] = 9; return b }),
		"bits":         edit(func(b []byte) []byte { b[17] = 40; return b }),
		"beam":         edit(func(b []byte) []byte { b[18] = 0; return b }),
		"reserved":     edit(func(b []byte) []byte { b[19] = 1; return b }),
		"scale":        edit(func(b []byte) []byte { binary.LittleEndian.PutUint32(b[20:], 0); return b }),
		"truncated":    edit(func(b []byte) []byte { return b[:len(b)-3] }),
		"trailing":     edit(func(b []byte) []byte { return append(b, 0) }),
		"header only":  edit(func(b []byte) []byte { return b[:24] }),
		"row count":    edit(func(b []byte) []byte { return append(b[:24], 0xff, 0xff, 0xff, 0x7f) }),
		"row index":    edit(func(b []byte) []byte { return append(b[:24], 1, 0xff, 0xff, 0xff, 0x7f) }),
		"cut gzip":     encode(t, tiny(t, 1, false))[:40],
		"bad checksum": func() []byte { b := encode(t, tiny(t, 1, false)); b[len(b)-6] ^= 0xff; return b }(),
	}
	for name, data := range tests {
		_, err := Decode(data)
		if !errors.Is(err, ErrModel) {
			t.Errorf("%s: got %v, want ErrModel", name, err)
		}
	}
}

func FuzzDecode(f *testing.F) {
	model := encode(f, tiny(f, 2, true))
	f.Add(model)
	f.Add(raw(f, model))
	f.Add([]byte{})
	f.Add([]byte(magic))
	words := strings.Fields("Steve Witkoff flew to Berlin .")
	f.Fuzz(func(t *testing.T, data []byte) {
		if r, err := Decode(data); err == nil {
			r.Names(words)
		}
		if m, err := readModel(bytes.NewReader(data)); err == nil {
			g, err := loadGazetteer()
			if err != nil {
				t.Fatal(err)
			}
			newRecognizer(g, m).Names(words)
		}
	})
}
