package dedup

import (
	"bytes"
	"errors"
	"testing"

	"github.com/heraldproject/herald"
)

// FuzzDecode checks that decoding never panics, fails only with ErrVersion
// or herald.ErrMalformed, and that what it accepts encodes back to the same
// bytes. Seeds are in testdata/fuzz/FuzzDecode.
func FuzzDecode(f *testing.F) {
	for _, s := range []Signature{Sign(sample, bodyStart), Sign("one", 0), {}} {
		b, _ := s.MarshalBinary()
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var s Signature
		err := s.UnmarshalBinary(b)
		if err != nil {
			if !errors.Is(err, ErrVersion) && !errors.Is(err, herald.ErrMalformed) {
				t.Fatalf("unexpected error: %v", err)
			}
			return
		}
		out, _ := s.MarshalBinary()
		// A uvarint may be written with redundant bytes, so compare by
		// decoding again rather than byte for byte.
		var again Signature
		if err := again.UnmarshalBinary(out); err != nil || again.Words != s.Words || again.Sim != s.Sim || len(again.Min) != len(s.Min) {
			t.Fatalf("re-decode of %x = %+v, %v; want %+v", out, again, err, s)
		}
		if bytes.Equal(out, b) && Jaccard(again, s) != Jaccard(s, s) {
			t.Fatalf("sketch changed in round trip")
		}
		x, err := New(Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := x.Add("s", s); err != nil {
			t.Fatal(err)
		}
		x.Best(s)
	})
}

// FuzzSign checks that signing any text from any offset never panics, that
// a signature has hashes exactly when it has words, that it survives
// encoding, and that a text is a near-duplicate of itself. Seeds are in
// testdata/fuzz/FuzzSign.
func FuzzSign(f *testing.F) {
	f.Add(sample, bodyStart)
	f.Add("", 0)
	f.Add("a b", 5)
	f.Fuzz(func(t *testing.T, text string, start int) {
		s := Sign(text, start)
		if (s.Words == 0) != (s.Min == nil) || s.Min != nil && len(s.Min) != Hashes {
			t.Fatalf("%d words with %d hashes", s.Words, len(s.Min))
		}
		if s.Words > len(text) {
			t.Fatalf("%d words in %d bytes", s.Words, len(text))
		}
		b, _ := s.MarshalBinary()
		var got Signature
		if err := got.UnmarshalBinary(b); err != nil {
			t.Fatalf("decode own encoding: %v", err)
		}
		if s.Words > 0 {
			if Jaccard(got, s) != 1 || Distance(got, s) != 0 {
				t.Fatal("signature changed in round trip")
			}
			x, _ := New(Options{})
			x.Add("t", s)
			if m, ok := x.Best(Sign(text, start)); !ok || m.Similarity != 1 {
				t.Fatalf("text is not a duplicate of itself: %+v, %v", m, ok)
			}
		}
	})
}
