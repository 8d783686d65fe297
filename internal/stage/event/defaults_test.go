package event

import (
	"fmt"
	"sort"
	"testing"

	"github.com/heraldproject/herald/internal/stage/event/cameo"
	"github.com/heraldproject/herald/internal/stage/event/pattern"
)

// TestDefaultsCover checks that the default patterns parse and cover every
// CAMEO root, the roots that dominate news more thickly.
func TestDefaultsCover(t *testing.T) {
	set, err := pattern.Parse("patterns.txt", Defaults())
	if list, ok := err.(pattern.ErrorList); ok {
		for _, e := range list {
			t.Error(e)
		}
	}
	count := make(map[string]int)
	for _, p := range set.Patterns {
		count[cameo.Root(p.Code)]++
		if p.Planned != "" && cameo.Root(p.Planned) == cameo.Root(p.Code) && p.Planned == p.Code {
			t.Errorf("line %d: second code repeats the first", p.Line)
		}
	}
	heavy := map[string]bool{"01": true, "02": true, "03": true, "04": true, "05": true,
		"10": true, "11": true, "12": true, "13": true, "14": true, "17": true, "18": true, "19": true}
	var roots []string
	for r := range count {
		roots = append(roots, r)
	}
	sort.Strings(roots)
	for i := 1; i <= 20; i++ {
		r := fmt.Sprintf("%02d", i)
		want := 5
		if heavy[r] {
			want = 12
		}
		if count[r] < want {
			t.Errorf("root %s has %d patterns, want at least %d", r, count[r], want)
		}
	}
	t.Logf("%d patterns; per root: %v", len(set.Patterns), count)
}

func TestLemmas(t *testing.T) {
	tests := []struct{ word, lemma string }{
		{"visited", "visit"}, {"visits", "visit"}, {"visiting", "visit"},
		{"met", "meet"}, {"meeting", "meet"}, {"meetings", "meeting"},
		{"agreed", "agree"}, {"agreeing", "agree"}, {"planned", "plan"}, {"planning", "plan"},
		{"denied", "deny"}, {"denies", "deny"}, {"making", "make"}, {"hoped", "hope"},
		{"pushes", "push"}, {"negotiates", "negotiate"}, {"sanctions", "sanction"},
		{"threatened", "threaten"}, {"set", "set"}, {"sought", "seek"}, {"struck", "strike"},
		{"controlled", "control"}, {"dying", "die"}, {"talks", "talk"},
	}
	for _, tt := range tests {
		got := lemmas(tt.word, nil)
		found := false
		for _, l := range got {
			found = found || l == tt.lemma
		}
		if !found {
			t.Errorf("lemmas(%q) = %v, want %q among them", tt.word, got, tt.lemma)
		}
	}
	for _, w := range []string{"visited", "met", "taken", "hit"} {
		if !participle(w) {
			t.Errorf("participle(%q) = false", w)
		}
	}
	for _, w := range []string{"visit", "visits", "meeting", "take"} {
		if participle(w) {
			t.Errorf("participle(%q) = true", w)
		}
	}
}
