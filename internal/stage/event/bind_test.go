package event

import (
	"strings"
	"testing"
)

// TestPartOfGroup checks sources named inside a part or group of people
// ("a deployment of NATO troops" arrived, not the deployment) whose
// mention a generic noun extended into the pattern's words ("NATO
// peacekeeping troops" before "peacekeeping troops arrive in").
func TestPartOfGroup(t *testing.T) {
	stages := loadedStages(t)
	tests := []struct{ text, want string }{
		{"The first deployment of NATO peacekeeping troops arrived in Bosnia.", "074 IGONAT → BIH asserted"},
		{"A first batch of Bangladeshi peacekeeping troops arrived in Sierra Leone.", "074 BGD → SLE asserted"},
		{"Thousands of Iraqi Kurds demonstrated in Kirkuk.", "141 IRQ → IRQ asserted"},
	}
	for _, tt := range tests {
		if got := strings.Join(coded(t, stages, tt.text), "; "); got != tt.want {
			t.Errorf("%s\n got: %s\nwant: %s", tt.text, got, tt.want)
		}
	}
}
