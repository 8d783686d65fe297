package segment

import (
	"math/rand"
	"strings"
	"testing"
	"time"
)

// TestLinearTime guards against quadratic paths: segmenting 100 KB of
// adversarial text, made of pieces that exercise line breaks, dots, quotes
// and lists, must take well under a second.
func TestLinearTime(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	mixed := []string{"a", "B", ".", " ", "\n", "\r", "\"", "'", "’", "-", "1", ",", "?", "(", ")", "…",
		"@", "U.S.", "Mr.", "www.", "http://", "🇺", "\u200d", "é", "\xff", "• ", "2.", "b."}
	sets := [][]string{mixed, {".", " "}, {"\r", "a", " "}, {"a", "\n"}, {"\"", " ", "."}, {"a.", "b"},
		{"1.", " ", "A"}, {strings.Repeat("a", 60), "\n"}}
	for _, n := range []int{1000, 10000, 100000} {
		for _, set := range sets {
			var b strings.Builder
			for b.Len() < n {
				b.WriteString(set[rng.Intn(len(set))])
			}
			start := time.Now()
			Segment(b.String(), 0, nil, nil)
			if d := time.Since(start); d > time.Second {
				t.Errorf("%d bytes of %q took %v", n, set[:min(3, len(set))], d)
			}
		}
	}
}
