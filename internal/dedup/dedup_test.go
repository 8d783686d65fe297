package dedup

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
)

const sample = `MOSCOW (Reuters) - Russia's central bank raised its key interest rate by two percentage points on Friday, more than analysts had expected, saying inflation was running well above its target and the labour market remained tight.
The bank said it would consider further increases at its next meetings if price pressures did not ease, and it raised its forecast for inflation this year.
Analysts polled before the decision had expected a rise of one point. The rouble firmed slightly against the dollar after the announcement, while shares in Moscow fell.
Officials have blamed rising wages, heavy state spending and a weak rouble for the acceleration in prices, which has eroded household incomes over the past year.`

const other = `LONDON (Reuters) - The Bank of England left interest rates unchanged on Thursday, with policymakers split over whether to cut borrowing costs as inflation slowed and growth stalled.
Governor Andrew Bailey said the bank needed more evidence that price pressures were fading before it could lower rates, and that wage growth remained strong.
Sterling slipped against the euro after the decision, while British government bond yields fell as investors bet on a cut in the spring.
Economists said a weaker jobs market and falling energy prices would give the bank room to ease later in the year.`

// bodyStart is where the sample's body begins after its dateline.
var bodyStart = len("MOSCOW (Reuters) - ")

func newIndex(t *testing.T, opt Options) *Index {
	t.Helper()
	x, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func TestIdentical(t *testing.T) {
	a, b := Sign(sample, bodyStart), Sign(sample, bodyStart)
	if got := Jaccard(a, b); got != 1 {
		t.Errorf("Jaccard = %g, want 1", got)
	}
	if got := Distance(a, b); got != 0 {
		t.Errorf("Distance = %d, want 0", got)
	}
	for _, m := range []Method{MinHash, SimHash} {
		x := newIndex(t, Options{Method: m})
		if err := x.Add("a", a); err != nil {
			t.Fatal(err)
		}
		got, ok := x.Best(b)
		if want := (Match{ID: "a", Similarity: 1}); !ok || got != want {
			t.Errorf("%v: Best = %+v, %v; want %+v, true", m, got, ok, want)
		}
	}
}

func TestDatelineSkipped(t *testing.T) {
	menafn := "(MENAFN) " + sample[bodyStart:]
	a, b := Sign(sample, bodyStart), Sign(menafn, len("(MENAFN) "))
	if got := Jaccard(a, b); got != 1 {
		t.Errorf("Jaccard after skipping datelines = %g, want 1", got)
	}
}

func TestEditedCopies(t *testing.T) {
	body := sample[bodyStart:]
	paras := strings.Split(body, "\n")
	tests := []struct {
		name, text string
	}{
		{"headline", "Russia hikes rates again\n\n" + body},
		{"trimmed", strings.Join(paras[:3], "\n")},
		{"boilerplate", body + "\nSign up for our newsletter to get the latest news delivered to your inbox.\nCopyright 2026 Example Media. All rights reserved."},
		{"words", strings.NewReplacer("Friday", "Monday", "analysts", "economists", "firmed", "rose").Replace(body)},
		{"reordered", strings.Join([]string{paras[2], paras[0], paras[3], paras[1]}, "\n")},
	}
	orig := Sign(sample, bodyStart)
	for _, m := range []Method{MinHash, SimHash} {
		x := newIndex(t, Options{Method: m})
		if err := x.Add("orig", orig); err != nil {
			t.Fatal(err)
		}
		for _, tt := range tests {
			got, ok := x.Best(Sign(tt.text, 0))
			if m == SimHash && tt.name != "words" && tt.name != "reordered" {
				// SimHash misses trimmed and padded copies of short
				// texts; see the package doc.
				continue
			}
			if !ok || got.ID != "orig" {
				t.Errorf("%v %s: Best = %+v, %v; want orig (Jaccard %.2f, distance %d)", m, tt.name, got, ok,
					Jaccard(orig, Sign(tt.text, 0)), Distance(orig, Sign(tt.text, 0)))
			}
		}
	}
}

func TestDifferentStories(t *testing.T) {
	a, b := Sign(sample, bodyStart), Sign(other, len("LONDON (Reuters) - "))
	if got := Jaccard(a, b); got >= DefaultMinSimilarity {
		t.Errorf("Jaccard of different stories = %g, want < %g", got, DefaultMinSimilarity)
	}
	if got := Distance(a, b); got <= DefaultMaxDistance {
		t.Errorf("Distance of different stories = %d, want > %d", got, DefaultMaxDistance)
	}
	for _, m := range []Method{MinHash, SimHash} {
		x := newIndex(t, Options{Method: m})
		if err := x.Add("a", a); err != nil {
			t.Fatal(err)
		}
		if got, ok := x.Best(b); ok {
			t.Errorf("%v: Best = %+v, want none", m, got)
		}
	}
}

func TestShortTexts(t *testing.T) {
	tests := []struct {
		text  string
		start int
		words int
	}{
		{"", 0, 0},
		{"  ... — !!", 0, 0},
		{"Hello", 0, 1},
		{"Hello, world.", 0, 2},
		{"one two three", 0, 3},
		{"one two three", 99, 3}, // offset outside the text counts as 0
		{"one two three", -1, 3},
		{"one two three", 8, 1},
		{"\xff\xfe", 1, 0},
	}
	for _, tt := range tests {
		s := Sign(tt.text, tt.start)
		if s.Words != tt.words {
			t.Errorf("Sign(%q, %d).Words = %d, want %d", tt.text, tt.start, s.Words, tt.words)
		}
		if (s.Words == 0) != (s.Min == nil) {
			t.Errorf("Sign(%q, %d): %d words with %d hashes", tt.text, tt.start, s.Words, len(s.Min))
		}
		if s.Words > 0 && Jaccard(s, Sign(tt.text, tt.start)) != 1 {
			t.Errorf("Sign(%q, %d) does not match itself", tt.text, tt.start)
		}
	}
	x := newIndex(t, Options{})
	for _, tt := range tests {
		if err := x.Add(tt.text, Sign(tt.text, tt.start)); err != nil {
			t.Fatal(err)
		}
	}
	if _, ok := x.Best(Signature{}); ok {
		t.Error("empty signature matched")
	}
	if got, ok := x.Best(Sign("Hello", 0)); !ok || got.ID != "Hello" {
		t.Errorf("Best(Hello) = %+v, %v", got, ok)
	}
}

func TestCaseAndPunctuation(t *testing.T) {
	a := Sign("The Bank's rate, it said, would RISE.", 0)
	b := Sign("the bank s rate it said would rise", 0)
	if Jaccard(a, b) != 1 {
		t.Errorf("case and punctuation changed the signature")
	}
}

func TestRoundTrip(t *testing.T) {
	for _, s := range []Signature{Sign(sample, 0), Sign("hi", 0), {}} {
		b, err := s.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var got Signature
		if err := got.UnmarshalBinary(b); err != nil {
			t.Fatalf("UnmarshalBinary: %v", err)
		}
		if got.Words != s.Words || got.Sim != s.Sim || Jaccard(got, s) != Jaccard(s, s) {
			t.Errorf("round trip = %+v, want %+v", got, s)
		}
	}
}

func TestDecodeErrors(t *testing.T) {
	good, _ := Sign(sample, 0).MarshalBinary()
	tests := []struct {
		name string
		b    []byte
		want error
	}{
		{"empty", nil, herald.ErrMalformed},
		{"version", append([]byte{9}, good[1:]...), ErrVersion},
		{"shingle", append([]byte{version, 5}, good[2:]...), ErrVersion},
		{"truncated", good[:len(good)-1], herald.ErrMalformed},
		{"long", append(good, 0), herald.ErrMalformed},
		{"no simhash", good[:4], herald.ErrMalformed},
	}
	for _, tt := range tests {
		var s Signature
		if err := s.UnmarshalBinary(tt.b); !errors.Is(err, tt.want) {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.want)
		}
	}
}

func TestOptions(t *testing.T) {
	for _, opt := range []Options{{Method: 7}, {Bands: -1}, {Bands: Hashes + 1}, {MinSimilarity: 2}, {MaxDistance: 65}} {
		if _, err := New(opt); err == nil {
			t.Errorf("New(%+v) succeeded", opt)
		}
	}
	x := newIndex(t, Options{})
	if err := x.Add("bad", Signature{Words: 3, Min: []uint32{1}}); !errors.Is(err, ErrVersion) {
		t.Errorf("Add of short sketch: err = %v", err)
	}
}

func TestBandKeys(t *testing.T) {
	text := "The central bank raised interest rates by a quarter point on Tuesday, citing stubborn inflation in services."
	a, b := Sign(text, 0), Sign(text, 0)
	ka, kb := BandKeys(a), BandKeys(b)
	if len(ka) != DefaultBands || !slices.Equal(ka, kb) {
		t.Fatalf("BandKeys of one text = %x and %x; want %d equal keys", ka, kb, DefaultBands)
	}
	if got := BandKeys(Sign("", 0)); got != nil {
		t.Errorf("BandKeys of an empty text = %x; want none", got)
	}
	// A band's key depends on its position: equal values in two bands
	// must not give equal keys.
	same := Signature{Words: 1, Min: make([]uint32, Hashes)}
	keys := BandKeys(same)
	if slices.Contains(keys[1:], keys[0]) {
		t.Errorf("bands of equal values share a key: %x", keys)
	}
	// A copy with a changed tail shares some bands, a different story none.
	copyKeys := BandKeys(Sign(text+" Markets barely moved.", 0))
	other := BandKeys(Sign("Heavy rain flooded the lower city overnight and closed three schools near the river.", 0))
	if shared(ka, copyKeys) == 0 || shared(ka, other) != 0 {
		t.Errorf("shared bands: copy %d, other story %d; want > 0 and 0", shared(ka, copyKeys), shared(ka, other))
	}
}

func shared(a, b []uint64) int {
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return n
}
