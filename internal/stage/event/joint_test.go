package event

import (
	"strings"
	"testing"
)

// TestJoint checks that a joint act ("SRC and TGT agree") gives every
// party as a source without a target, a third coordinated party too,
// while a directed act keeps its target.
func TestJoint(t *testing.T) {
	stages := loadedStages(t)
	tests := []struct{ text, want string }{
		{"Egypt and Israel signed a peace treaty.", "057 EGY → - asserted; 057 ISR → - asserted"},
		{"Russia, China and Iran held joint naval exercises.", "062 CHN → - asserted; 062 IRN → - asserted; 062 RUS → - asserted"},
		{"Egypt signed a peace treaty with Israel.", "057 EGY → ISR asserted"},
	}
	for _, tt := range tests {
		if got := strings.Join(coded(t, stages, tt.text), "; "); got != tt.want {
			t.Errorf("%s\n got: %s\nwant: %s", tt.text, got, tt.want)
		}
	}
}
