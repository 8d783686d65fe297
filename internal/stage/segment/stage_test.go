package segment

import (
	"context"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
)

// seedSentences are the sentences of the seed article, headline first.
var seedSentences = []string{
	"Russian envoy says Trump-Putin meeting may be ground-breaking",
	"The anticipated meeting between Russian President Vladimir Putin and US President Donald Trump could be a landmark moment in global diplomacy, according to a senior Russian official involved in negotiations.",
	"Kirill Dmitriev, a close economic adviser to Putin and a key figure in efforts to improve US-Russia relations, described the planned summit as potentially historic.",
	"Sharing an update on X, he wrote, “This can be a historic meeting,” accompanied by a dove emoji.",
	"“Dialogue will prevail.”",
	"The Kremlin confirmed on Thursday that preparations for direct talks have progressed significantly, with both sides agreeing on a location.",
	"The meeting could take place as early as next week, though exact timing remains unconfirmed.",
	"On Wednesday, US special envoy Steve Witkoff met with Putin in Moscow for discussions that Trump later characterized as unexpectedly productive.",
	"The meeting came just days before the deadline Trump set for Russia to agree to a ceasefire in Ukraine or face new sanctions.",
	"Since taking office in January, Trump—who has described himself as a “president of peace”—has pursued a strategy centered on economic and military pressure to manage global conflicts.",
	"However, his campaign claim that the war in Ukraine could be resolved within 24 hours has proven unrealistic.",
	"He has since acknowledged the complexity of the conflict, noting it is far more difficult than he initially believed.",
	"Russia has voiced a strong interest in addressing the underlying causes of the conflict with Ukraine, emphasizing opposition to any resolution that would simply freeze the war’s current front lines.",
	"Putin has repeatedly said that his preference is to reach his country’s goals through peaceful means.",
	"Ukraine, on the other hand, continues to reject Russia’s proposed terms for ending the conflict and insists that more Western military aid and stronger sanctions on Moscow are necessary.",
	"Ukrainian leaders argue that such measures are essential to stop or potentially reverse Russian gains on the battlefield.",
}

// seedDocument reads the seed article and marks its headline and dateline
// by hand, as the wire stage would.
func seedDocument(t testing.TB) *herald.Document {
	t.Helper()
	b, err := os.ReadFile("testdata/menafn-2025-08-08-putin-trump.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc := herald.NewDocument(herald.Article{Text: string(b)})
	nl := strings.IndexByte(doc.Text, '\n')
	doc.Headline = herald.Span{Start: 0, End: nl}
	tag := "(MENAFN) "
	if !strings.HasPrefix(doc.Text[nl+1:], tag) {
		t.Fatalf("seed body does not start with %q", tag)
	}
	doc.Dateline = herald.Dateline{Span: herald.Span{Start: nl + 1, End: nl + 1 + len(tag)}, Source: "MENAFN"}
	return doc
}

func TestProcessSeed(t *testing.T) {
	doc := seedDocument(t)
	if err := New(Options{}).Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range doc.Sentences {
		got = append(got, s.In(doc.Text))
	}
	if !slices.Equal(got, seedSentences) {
		t.Errorf("sentences:\ngot  %q\nwant %q", got, seedSentences)
	}
	if len(doc.Sentences) == 0 || !doc.Sentences[0].Headline {
		t.Fatal("sentence 0 is not marked as the headline")
	}
	for i, s := range doc.Sentences[1:] {
		if s.Headline {
			t.Errorf("sentence %d marked as headline", i+1)
		}
	}
	for _, tok := range doc.Tokens {
		if tok.Overlaps(doc.Dateline.Span) {
			t.Errorf("token %q lies in the dateline", tok.In(doc.Text))
		}
	}
	if s := doc.Sentences[3]; !strings.Contains(joinTokens(doc.Text, doc.Tokens[s.FirstToken:s.EndToken]), "“ | This") {
		t.Errorf("quote not split off: %s", joinTokens(doc.Text, doc.Tokens[s.FirstToken:s.EndToken]))
	}
	if len(doc.Diagnostics) != 0 {
		t.Errorf("diagnostics: %v", doc.Diagnostics)
	}
}

func TestProcessHeadlineAndDateline(t *testing.T) {
	text := "Talks end. Hope stays\nMOSCOW (Reuters) - Talks ended. Hope stays."
	doc := herald.NewDocument(herald.Article{Text: text})
	doc.Headline = herald.Span{Start: 0, End: strings.IndexByte(text, '\n')}
	start := strings.Index(text, "MOSCOW")
	doc.Dateline = herald.Dateline{Span: herald.Span{Start: start, End: start + len("MOSCOW (Reuters) - ")}}
	if err := New(Options{}).Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range doc.Sentences {
		got = append(got, s.In(text))
	}
	want := []string{"Talks end. Hope stays", "Talks ended.", "Hope stays."}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestProcessBadSpans(t *testing.T) {
	text := "Héllo there. Bye."
	doc := herald.NewDocument(herald.Article{Text: text})
	doc.Headline = herald.Span{Start: 0, End: 2} // inside "é"
	doc.Dateline = herald.Dateline{Span: herald.Span{Start: 5, End: 99}}
	if err := New(Options{}).Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Sentences) != 2 || len(doc.Diagnostics) != 2 {
		t.Errorf("got %d sentences and diagnostics %v; want 2 sentences and 2 warnings", len(doc.Sentences), doc.Diagnostics)
	}
}

func TestProcessReuse(t *testing.T) {
	doc := seedDocument(t)
	st := New(Options{})
	for range 2 {
		if err := st.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
	}
	if len(doc.Sentences) != len(seedSentences) {
		t.Errorf("second run: %d sentences, want %d", len(doc.Sentences), len(seedSentences))
	}
}

func TestProcessLongSentence(t *testing.T) {
	text := strings.Repeat("word ", 1000) + "end. Short one."
	doc := herald.NewDocument(herald.Article{Text: text})
	if err := New(Options{MaxSentence: 1000}).Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	for _, s := range doc.Sentences {
		if s.Len() > 1000 {
			t.Errorf("sentence of %d bytes", s.Len())
		}
	}
	if n := len(doc.Sentences); n != 7 {
		t.Errorf("%d sentences, want 6 pieces and 1", n)
	}
	if len(doc.Diagnostics) != 1 || doc.Diagnostics[0].Severity != herald.Warning || doc.Diagnostics[0].Stage != "segment" {
		t.Errorf("diagnostics = %v, want one segment warning", doc.Diagnostics)
	}
}

func TestProcessCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	doc := herald.NewDocument(herald.Article{Text: "Hello. World."})
	if err := New(Options{}).Process(ctx, doc); !errors.Is(err, context.Canceled) {
		t.Errorf("Process with a cancelled context = %v, want context.Canceled", err)
	}
}

func TestName(t *testing.T) {
	if got := New(Options{}).Name(); got != "segment" {
		t.Errorf("Name() = %q", got)
	}
}

func TestSegmentFrom(t *testing.T) {
	text := "(MENAFN) One. Two."
	sents, toks := Segment(text, len("(MENAFN) "), nil, []herald.Token{{}})
	if len(sents) != 2 || sents[0].In(text) != "One." || sents[0].FirstToken != 1 || sents[1].EndToken != len(toks) {
		t.Errorf("Segment from 9: %v over %d tokens", sents, len(toks))
	}
}

func TestProcessLongToken(t *testing.T) {
	text := "Short. X" + strings.Repeat("x", 3000)
	doc := herald.NewDocument(herald.Article{Text: text})
	if err := New(Options{}).Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Sentences) != 2 || len(doc.Diagnostics) != 1 || !strings.HasPrefix(doc.Diagnostics[0].Message, "kept") {
		t.Errorf("sentences %v, diagnostics %v; want 2 sentences and one warning", doc.Sentences, doc.Diagnostics)
	}
}
