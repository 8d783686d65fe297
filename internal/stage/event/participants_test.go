package event

import (
	"strings"
	"testing"
)

// TestParticipants checks where the participants of an event come from
// in harder sentences: a verb coordinated with an earlier one shares its
// subject, a possessive country codes a generic noun, a group "in" a
// country or "loyal to" an organisation is theirs, a town after "in" is a
// place and not a target except for an act of force, and an acronym codes
// its long name.
func TestParticipants(t *testing.T) {
	stages := loadedStages(t)
	tests := []struct{ text, want string }{
		{"Benin opened its borders today to most West Africans ordered out of Nigeria, but was still refusing admittance to Ghanaians.", "120 BEN → GHA asserted"},
		{"Israel's high court opened a hearing into the interrogation techniques.", "090 ISR → - asserted"},
		{"Rebels in the Ivory Coast dismissed an appeal to lay down their arms.", "120 CIV → CIV asserted"},
		{"Gunmen loyal to Hamas attacked Israel.", "190 PSEREB → ISR asserted"},
		{"Ugandan rebels surrendered in the eastern town of Soroti.", "0874 UGA → - asserted"},
		{"Israeli tanks fired shells at targets in Jericho.", "194 ISR → PSE asserted"},
		{"North Korea expelled inspectors of the International Atomic Energy Agency.", "1662 PRK → IGOIAE asserted"},
		{"Libya offered to hand over to Britain two suspects.", "0353 LBY → GBR asserted"},
		{"Russia allowed Ukraine to export grain.", "081 RUS → UKR asserted"},
		{"French and Egyptian warships on Monday launched 10 days of war games, expected to be joined later by Italian vessels.", "062 FRA → - asserted; 062 EGY → - asserted"},
		{"Egypt backed the Palestinian Liberation Organization (PLO) on Monday.", "051 EGY → PSEGOV asserted"},
	}
	for _, tt := range tests {
		if got := strings.Join(coded(t, stages, tt.text), "; "); got != tt.want {
			t.Errorf("%s\n got: %s\nwant: %s", tt.text, got, tt.want)
		}
	}
}

// TestContent checks that the act an appeal, demand, rejection or threat
// names is no event of its own, nor is an intent whose planned act
// follows with its target, while asserted acts stay.
func TestContent(t *testing.T) {
	stages := loadedStages(t)
	tests := []struct{ text, want string }{
		{"Syria says it is willing to withdraw its troops from Lebanon.", "0356 SYR → LBN planned, said by Syria"},
		{"Greece demanded that its partners refuse to recognize Macedonia.", "100 GRC → - asserted"},
		{"Iran threatened to launch an offensive unless Iraq accepted its conditions.", "138 IRN → IRQ conditional"},
		{"Japan pledged to provide aid to the Philippines.", "030 JPN → PHL asserted; 033 JPN → PHL planned"},
	}
	for _, tt := range tests {
		if got := strings.Join(coded(t, stages, tt.text), "; "); got != tt.want {
			t.Errorf("%s\n got: %s\nwant: %s", tt.text, got, tt.want)
		}
	}
}
