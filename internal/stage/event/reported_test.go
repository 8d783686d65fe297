package event

import (
	"context"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
)

// TestReported checks the modality and speaker of events inside quotes:
// an asserted event becomes reported, a cue of its own clause wins, and a
// quoted fragment counts for nothing.
func TestReported(t *testing.T) {
	tests := []struct {
		text, quoted, cue string
		kind              herald.QuoteKind
		modality          herald.Modality
		speaker           string
	}{
		{"Zelensky said Russia attacked Ukraine.", "Russia attacked Ukraine", "said", herald.Indirect, herald.Reported, "E3"},
		{"Zelensky said Russia did not attack Ukraine.", "Russia did not attack Ukraine", "said", herald.Indirect, herald.Negated, "E3"},
		{"Zelensky said Russia could attack Ukraine.", "Russia could attack Ukraine", "said", herald.Indirect, herald.Hypothetical, "E3"},
		{"Zelensky called it a “war” when Russia attacked Ukraine.", "war", "called", herald.Fragment, herald.Asserted, ""},
		{"Russia attacked Ukraine, Zelensky said.", "", "", herald.Indirect, herald.Asserted, ""},
		{"Zelensky condemned that Russia attacked Ukraine.", "Russia attacked Ukraine", "condemned", herald.Indirect, herald.Asserted, ""},
		{"Zelensky believes Russia attacked Ukraine.", "Russia attacked Ukraine", "believes", herald.Indirect, herald.Reported, "E3"},
	}
	for _, tt := range tests {
		doc := mkdoc(t, tt.text, rus, ukr, ent{"UKRGOV", []string{"Zelensky"}})
		if tt.quoted != "" {
			i := strings.Index(tt.text, tt.quoted)
			c := strings.Index(tt.text, tt.cue)
			doc.Quotes = []herald.Quote{{Span: herald.Span{Start: i, End: i + len(tt.quoted)}, Kind: tt.kind, Speaker: "E3",
				Cue: herald.Span{Start: c, End: c + len(tt.cue)}}}
		}
		if err := New().Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		var got *herald.Event
		for i := range doc.Events {
			if strings.HasPrefix(doc.Events[i].Trigger.In(doc.Text), "attack") {
				got = &doc.Events[i]
			}
		}
		if got == nil {
			t.Errorf("%s: no attack in %+v", tt.text, doc.Events)
			continue
		}
		if got.Modality != tt.modality || got.Speaker != tt.speaker {
			t.Errorf("%s: modality %s, speaker %q; want %s, %q", tt.text, got.Modality, got.Speaker, tt.modality, tt.speaker)
		}
	}
}

// TestReportedStance runs the pipeline over sentences whose quote stage
// cue is a stance or an act, not speech: no event of theirs is reported,
// and the event whose trigger is the cue is its subject's own act.
func TestReportedStance(t *testing.T) {
	stages := loadedStages(t)
	tests := []struct{ text, want string }{
		{"Russia attacked Kyiv and Ukraine shelled Belgorod.", "190 RUS → UKR asserted; 194 UKR → RUS asserted"},
		{"Germany condemned the attack on Israel.", "111 DEU → ISR asserted"},
		{"Zelensky said Russia attacked Ukraine.", "190 RUS → UKR reported, said by Zelensky"},
	}
	for _, tt := range tests {
		got := coded(t, stages, tt.text)
		if strings.Join(got, "; ") != tt.want {
			t.Errorf("%s\n got: %s\nwant: %s", tt.text, strings.Join(got, "; "), tt.want)
		}
	}
}

// TestSpeechCue checks which quote cues report speech or thought.
func TestSpeechCue(t *testing.T) {
	tests := []struct {
		cue  string
		want bool
	}{
		{"said", true}, {"says", true}, {"told", true}, {"according to", true}, {"added", true},
		{"wrote", true}, {"believes", true}, {"asked", true}, {"warned", true}, {"claimed", true},
		{"pointed out", true}, {"condemned", false}, {"urged", false}, {"attacked", false},
		{"refused", false}, {"pledged", false}, {"demanded", false}, {"criticized", false},
	}
	for _, tt := range tests {
		text := "X " + tt.cue + " Y."
		q := herald.Quote{Kind: herald.Indirect, Cue: herald.Span{Start: 2, End: 2 + len(tt.cue)}}
		if got := speechCue(text, q); got != tt.want {
			t.Errorf("%q: speech %v, want %v", tt.cue, got, tt.want)
		}
	}
	if !speechCue("“We will.”", herald.Quote{Kind: herald.Direct}) {
		t.Error("a direct quote without a cue is not speech")
	}
}
