package entity

import "testing"

func TestNormalize(t *testing.T) {
	tests := map[string]string{
		"Russia":   "Russia",
		"’s":       "'s",
		"“":        `"`,
		"”":        `"`,
		"Trump—":   "Trump-",
		"Zürich":   "Zürich",
		"a…":       "a...",
		"‘quoted’": "'quoted'",
	}
	for in, want := range tests {
		if got := normalize(in); got != want {
			t.Errorf("normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestShapes(t *testing.T) {
	tests := []struct {
		w           string
		long, short string
		flags       uint8
	}{
		{"Vladimir", "Xxxxx", "Xx", flagTitle | flagAlpha | flagLower},
		{"NATO", "XXXX", "X", flagUpper | flagAlpha},
		{"U.S.", "X.X.", "X.X.", flagUpper | flagAlpha | flagPeriod},
		{"1996", "dddd", "d", flagDigit},
		{"J.", "X.", "X.", flagUpper | flagAlpha | flagPeriod | flagInitial},
		{"US-Russia", "XX-Xxxxx", "X-Xx", flagTitle | flagAlpha | flagLower | flagHyphen},
		{"Ünal", "Xxxx", "Xx", flagTitle | flagAlpha | flagLower},
	}
	var buf [64]byte
	for _, tt := range tests {
		long, short, flags := shapes(tt.w, buf[:0])
		if string(long) != tt.long || string(short) != tt.short || flags != tt.flags {
			t.Errorf("shapes(%q) = %q, %q, %08b; want %q, %q, %08b", tt.w, long, short, flags, tt.long, tt.short, tt.flags)
		}
	}
}

func TestLowerKey(t *testing.T) {
	if got := string(lowerKey(nil, "Ünal-1996")); got != "ünal-0000" {
		t.Errorf("lowerKey = %q", got)
	}
}

func TestGazetteer(t *testing.T) {
	g, err := loadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	var s sentence
	words := []string{"the", "United", "States", "and", "new", "York", "met", "in", "New", "York"}
	s.prepare(g, new(memory), words)
	country := func(pos int) uint64 { return 1 << (uint(listCountry)*numGazPos + uint(pos)) }
	place := func(pos int) uint64 { return 1 << (uint(listPlace)*numGazPos + uint(pos)) }
	if s.marks[1]&country(gazBegin) == 0 || s.marks[2]&country(gazLast) == 0 {
		t.Errorf("United States not marked as a country: %b %b", s.marks[1], s.marks[2])
	}
	if s.marks[4] != 0 || s.marks[5]&place(gazLast) != 0 {
		t.Errorf("lower-case new York marked: %b %b", s.marks[4], s.marks[5])
	}
	if s.marks[8]&place(gazBegin) == 0 || s.marks[9]&place(gazLast) == 0 {
		t.Errorf("New York not marked as a place: %b %b", s.marks[8], s.marks[9])
	}
	if !g.has(listCountry, s.lower[1:3]) || g.has(listCountry, s.lower[1:2]) {
		t.Error("has: want United States, not United, as a country")
	}
}
