package gazetteer

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Moscow", "moscow"},
		{"  MOSCOW ", "moscow"},
		{"St. Louis", "saint louis"},
		{"Saint-Louis", "saint louis"},
		{"ST LOUIS", "saint louis"},
		{"East St Louis", "east saint louis"},
		{"Ste-Foy", "sainte foy"},
		{"Stuttgart", "stuttgart"},
		{"Best", "best"},
		{"st", "saint"},
		{"Zürich", "zurich"},
		{"São Paulo", "sao paulo"},
		{"Łódź", "lodz"},
		{"Straße", "strasse"},
		{"Côte d’Ivoire", "cote divoire"},
		{"Cote d'Ivoire", "cote divoire"},
		{"Kramators’k", "kramatorsk"},
		{"Washington, D.C.", "washington dc"},
		{"U.S.", "us"},
		{"the West Bank", "west bank"},
		{"The Hague", "hague"},
		{"the", "the"},
		{"Москва", "москва"},
		{"Guinea-Bissau", "guinea bissau"},
		{"...", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Zürich", "Zurich"},
		{"Łódź", "Lodz"},
		{"Khān Yūnis", "Khan Yunis"},
		{"Ḩamāh", "Hamah"},
		{"Nuku‘alofa", "Nuku'alofa"},
		{"Ærøskøbing", "AEroskobing"},
		{"Москва", "Москва"},
		{"Paris", "Paris"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestKeyOfASCIIName checks what Decode relies on when it keys places by
// their ASCII names: that the ASCII name has the name's key.
func TestKeyOfASCIIName(t *testing.T) {
	g := mustLoad(t)
	for i := range g.places {
		p := &g.places[i]
		if p.ascii == p.name {
			continue
		}
		if a, b := Key(p.name), Key(p.ascii); a != b {
			t.Errorf("place %d: Key(%q) = %q but Key(%q) = %q", i, p.name, a, p.ascii, b)
		}
	}
}

// FuzzKey checks that keys are well formed: valid UTF-8 for valid input,
// with single spaces between words and none at either end.
func FuzzKey(f *testing.F) {
	for _, s := range []string{"St. Louis", "the West Bank", "Zürich", "ſt", "\xff", "st ste the", "the the st"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		if utf8.ValidString(s) && !utf8.ValidString(k) {
			t.Errorf("Key(%q) = %q, invalid UTF-8", s, k)
		}
		if strings.HasPrefix(k, " ") || strings.HasSuffix(k, " ") || strings.Contains(k, "  ") {
			t.Errorf("Key(%q) = %q, badly spaced", s, k)
		}
	})
}
