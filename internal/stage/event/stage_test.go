package event

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/stage/event/pattern"
	"github.com/heraldproject/herald/internal/stage/segment"
)

// An ent is a hand-made entity: every whole-word occurrence of its names
// is a mention.
type ent struct {
	actor string
	names []string
}

// mkdoc segments text and adds the entities E1, E2, … in order.
func mkdoc(t *testing.T, text string, ents ...ent) *herald.Document {
	t.Helper()
	doc := herald.NewDocument(herald.Article{Text: text})
	doc.Sentences, doc.Tokens = segment.Segment(text, 0, nil, nil)
	for i, e := range ents {
		en := herald.Entity{ID: "E" + itoa(i+1), Name: e.names[0], Actor: e.actor}
		for _, n := range e.names {
			for _, sp := range wordsIn(text, n) {
				en.Mentions = append(en.Mentions, herald.Mention{Span: sp, Kind: mentionKind(n)})
			}
		}
		doc.Entities = append(doc.Entities, en)
	}
	return doc
}

var (
	rus = ent{"RUS", []string{"Russia", "Moscow"}}
	ukr = ent{"UKR", []string{"Ukraine", "Kyiv"}}
	usa = ent{"USA", []string{"United States", "Washington"}}
)

// run processes doc with a stage and returns one line per event:
// "CAMEO SRC>TGT trigger modality".
func runStage(t *testing.T, st *Stage, doc *herald.Document) []string {
	t.Helper()
	if err := st.Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, ev := range doc.Events {
		out = append(out, ev.CAMEO+" "+ev.Source.Actor+">"+ev.Target.Actor+" "+ev.Trigger.In(doc.Text)+" "+string(ev.Modality))
	}
	return out
}

func TestMatch(t *testing.T) {
	tests := []struct {
		text string
		want string // events joined by "; "
	}{
		{"Russia visited Ukraine.", "042 RUS>UKR visited asserted"},
		{"Russia visits Ukraine.", "042 RUS>UKR visits asserted"},
		{"Russia will visit Ukraine next month.", "036 RUS>UKR visit planned"},
		{"Russia met Ukraine.", "040 RUS>UKR met asserted"},
		{"Russia met with Ukraine in Geneva.", "040 RUS>UKR met asserted"},
		{"Russia did not meet Ukraine.", "040 RUS>UKR meet negated"},
		{"Russia refused to meet Ukraine.", "125 RUS>UKR refused asserted"},
		{"Russia could attack Ukraine.", "1384 RUS>UKR attack hypothetical"},
		{"Ukraine was attacked by Russia on Monday.", "190 RUS>UKR attacked asserted"},
		{"Ukraine was attacked overnight.", "190 >UKR attacked asserted"},
		{"Russia attacked Kyiv.", "190 RUS>UKR attacked asserted"},
		{"If Russia attacks Ukraine, the United States will impose sanctions on Moscow.",
			"1384 RUS>UKR attacks conditional; 1312 USA>RUS impose conditional"},
		{"The United States imposed new sanctions on Russia.", "163 USA>RUS imposed asserted"},
		{"Ukraine rejected Russia's proposal.", "127 UKR>RUS rejected asserted"},
		{"Ukraine, on the other hand, continues to reject Russia's terms.", "127 UKR>RUS reject asserted"},
		{"The planned summit between Russia and Ukraine was postponed.", "036 RUS>UKR summit planned"},
		{"Russia and Ukraine met in Istanbul.", "040 RUS> met asserted; 040 UKR> met asserted"},
		{"Russia threatened Ukraine with new strikes.", "138 RUS>UKR threatened asserted"},
		{"The United States accused Russia of war crimes.", "1124 USA>RUS accused asserted"},
		// The act a demand, rejection or threat names is its content, not
		// an event of its own.
		{"Washington demanded that Russia lift sanctions on Ukraine.", "100 USA>RUS demanded asserted"},
		{"Russia refused to hold talks with Ukraine.", "120 RUS> refused asserted"},
		{"Russia threatened to attack Ukraine unless Ukraine agreed to talks.", "138 RUS>UKR threatened conditional"},
		{"Ukraine rejected the proposal, and Russia attacked Ukraine.", "120 UKR> rejected asserted; 190 RUS>UKR attacked asserted"},
		{"Ukraine rejected the proposal, and Russia will attack Ukraine.", "120 UKR> rejected asserted; 1384 RUS>UKR attack planned"},
		{"Russia denied attacking the convoy.", ""},
		{"The new sanctions on Russia hurt.", ""},
		{"Nothing happened in Kyiv.", ""},
	}
	st := New()
	for _, tt := range tests {
		doc := mkdoc(t, tt.text, rus, ukr, usa)
		got := strings.Join(runStage(t, st, doc), "; ")
		if got != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestPassive(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Kyiv was visited by Russia.", "042 RUS>UKR visited asserted"},
		{"Ukraine was threatened with sanctions by Russia.", "1312 RUS>UKR threatened asserted"},
		{"Ukraine has been repeatedly attacked by Russia.", "190 RUS>UKR attacked asserted"},
		{"Russia was met with protests in Kyiv.", ""},
	}
	st := New()
	for _, tt := range tests {
		got := strings.Join(runStage(t, st, mkdoc(t, tt.text, rus, ukr, usa)), "; ")
		if got != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestModality(t *testing.T) {
	tests := []struct {
		text string
		want herald.Modality
	}{
		{"Russia met Ukraine on Monday.", herald.Asserted},
		{"Russia is scheduled to meet Ukraine.", herald.Planned},
		{"Russia plans to visit Ukraine.", herald.Planned},
		{"Russia might visit Ukraine.", herald.Hypothetical},
		{"Russia would attack Ukraine.", herald.Hypothetical},
		{"Russia will attack Ukraine unless talks resume.", herald.Conditional},
		{"Russia must lift sanctions on Ukraine or face isolation.", herald.Conditional},
		{"Russia never visited Ukraine.", herald.Negated},
		{"Russia has not attacked Ukraine.", herald.Negated},
		{"Russia declined to meet Ukraine.", herald.Asserted}, // 125, a refusal that happened
	}
	st := New()
	for _, tt := range tests {
		doc := mkdoc(t, tt.text, rus, ukr, usa)
		if err := st.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		var got []string
		ok := false
		for _, ev := range doc.Events {
			got = append(got, describe(doc, ev))
			ok = ok || ev.Modality == tt.want
		}
		if !ok {
			t.Errorf("%q: no %s event in %v", tt.text, tt.want, got)
		}
	}
}

// TestEventFields checks what an event carries besides its code.
func TestEventFields(t *testing.T) {
	text := "On Wednesday, Russia met Ukraine in Geneva."
	doc := mkdoc(t, text, rus, ukr)
	doc.Times = []herald.Time{{Span: wordsIn(text, "On Wednesday")[0], Type: herald.Date, Value: "2025-08-06"}}
	doc.Places = []herald.Place{{ID: "P1", Name: "Geneva", Mentions: wordsIn(text, "Geneva")}}
	doc.Events = []herald.Event{{ID: "V1"}}
	if err := New().Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 2 {
		t.Fatalf("got %d events, want the old one and one new", len(doc.Events))
	}
	ev := doc.Events[1]
	want := herald.Event{
		ID: "V2", Sentence: 0, CAMEO: "040", QuadClass: 1, Goldstein: 1.0, PLOVER: "CONSULT",
		Source:   herald.Participant{Entity: "E1", Actor: "RUS", Span: wordsIn(text, "Russia")[0]},
		Target:   herald.Participant{Entity: "E2", Actor: "UKR", Span: wordsIn(text, "Ukraine")[0]},
		Trigger:  wordsIn(text, "met")[0],
		Modality: herald.Asserted, Date: "2025-08-06", Place: "P1",
	}
	ev.Confidence, want.Confidence = 0, 0
	if ev != want {
		t.Errorf("event\n got %+v\nwant %+v", ev, want)
	}
	if c := doc.Events[1].Confidence; c <= 0.5 || c > 1 {
		t.Errorf("confidence %v, want a confident match", c)
	}
}

func TestNoEntities(t *testing.T) {
	doc := mkdoc(t, "Russia visited Ukraine.")
	if err := New().Process(context.Background(), doc); err != nil || len(doc.Events) != 0 {
		t.Errorf("got %v, %v; want no events", doc.Events, err)
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := New().Process(ctx, mkdoc(t, "Russia visited Ukraine.", rus, ukr)); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestCustomPatterns(t *testing.T) {
	st := NewWith(Options{NoDefaults: true, Patterns: []Source{{Name: "mine.txt", Text: "051 SRC hug TGT\n"}}})
	got := strings.Join(runStage(t, st, mkdoc(t, "Russia hugged Ukraine. Russia visited Ukraine.", rus, ukr)), "; ")
	if got != "051 RUS>UKR hugged asserted" {
		t.Errorf("got %q", got)
	}
}

func TestLoadError(t *testing.T) {
	st := NewWith(Options{Patterns: []Source{{Name: "mine.txt", Text: "042 SRC visit TGT in\n999 SRC x TGT\n040 SRC (meet TGT\n"}}})
	err := st.Load(context.Background())
	var list pattern.ErrorList
	if !errors.As(err, &list) || len(list) != 2 {
		t.Fatalf("err = %v, want two pattern errors", err)
	}
	if got := list[0].Error(); got != `mine.txt:2: unknown CAMEO code "999"` {
		t.Errorf("first error %q", got)
	}
	if !strings.HasPrefix(err.Error(), "load event patterns: mine.txt:2:") {
		t.Errorf("err = %q", err)
	}
	if err := st.Process(context.Background(), mkdoc(t, "Russia visited Ukraine.", rus, ukr)); err == nil {
		t.Error("Process after a failed Load: no error")
	}
}
