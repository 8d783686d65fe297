package event

import (
	"context"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/stage/segment"
)

// FuzzProcess checks that the stage never panics on any text, with every
// capitalised word a mention of one of three entities and one mention at
// arbitrary offsets, and that what it returns is well formed.
func FuzzProcess(f *testing.F) {
	f.Add("Ukraine, on the other hand, continues to reject Russia's proposed terms.", uint16(0), uint16(7))
	f.Add("The anticipated meeting between Putin and Trump could be a landmark. Kyiv was attacked by Russia.", uint16(5), uint16(90))
	f.Add("If Russia attacks, the United States will impose sanctions on Moscow or face", uint16(3), uint16(3))
	st := New()
	if err := st.Load(context.Background()); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, a, b uint16) {
		doc := herald.NewDocument(herald.Article{Text: text})
		doc.Sentences, doc.Tokens = segment.Segment(text, 0, nil, nil)
		doc.Entities = []herald.Entity{{ID: "E1", Actor: "AAA"}, {ID: "E2", Actor: "BBB"}, {ID: "E3"}}
		for i, tok := range doc.Tokens {
			r, _ := utf8.DecodeRuneInString(tok.In(text))
			if unicode.IsUpper(r) {
				e := &doc.Entities[i%3]
				e.Mentions = append(e.Mentions, herald.Mention{Span: tok.Span})
			}
		}
		lo, hi := int(a), int(b)
		doc.Entities[0].Mentions = append(doc.Entities[0].Mentions, herald.Mention{Span: herald.Span{Start: lo, End: hi}})
		if err := st.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		for _, ev := range doc.Events {
			if ev.Sentence < 0 || ev.Sentence >= len(doc.Sentences) {
				t.Fatalf("event %s: sentence %d of %d", ev.ID, ev.Sentence, len(doc.Sentences))
			}
			sent := doc.Sentences[ev.Sentence].Span
			for _, sp := range []herald.Span{ev.Trigger, ev.Source.Span, ev.Target.Span} {
				if !sp.Empty() && !sent.Contains(sp) {
					t.Fatalf("event %s: span %v outside its sentence %v", ev.ID, sp, sent)
				}
			}
			if ev.Trigger.Empty() || ev.CAMEO == "" || ev.Confidence <= 0 || ev.Confidence > 1 {
				t.Fatalf("event %+v is incomplete", ev)
			}
		}
	})
}
