package quote

import (
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// seedEntities returns the entities of the seed article as
// shared/seed/EXPECTED.md lists them. With pronoun false, Dmitriev lacks
// his "he" mention, so that the stage must resolve the pronoun itself;
// with groups false, "Ukrainian leaders" and the anonymous official have
// no entity.
func seedEntities(t testing.TB, text string, pronoun, groups bool) []herald.Entity {
	dmitriev := []string{"Kirill Dmitriev"}
	if pronoun {
		dmitriev = append(dmitriev, "he#1")
	}
	ents := []herald.Entity{
		entity(t, text, "E1", "Vladimir Putin", herald.Person, "Russian President", "Putin#1", "Vladimir Putin", "Putin#3", "Putin#4", "Putin#5"),
		entity(t, text, "E2", "Donald Trump", herald.Person, "US President", "Trump#1", "Donald Trump", "Trump#3", "Trump#4", "Trump#5"),
		entity(t, text, "E3", "Kirill Dmitriev", herald.Person, "a close economic adviser to Putin", dmitriev...),
		entity(t, text, "E4", "Steve Witkoff", herald.Person, "US special envoy", "Steve Witkoff"),
		entity(t, text, "E5", "the Kremlin", herald.Organization, "", "Kremlin"),
		entity(t, text, "E6", "Russia", herald.GPE, "", "Russia#1", "Russia#2", "Russia#3", "Russia#4", "Russian#3"),
		entity(t, text, "E7", "Ukraine", herald.GPE, "", "Ukraine#1", "Ukraine#2", "Ukraine#3", "Ukraine#4"),
	}
	if groups {
		ents = append(ents,
			entity(t, text, "E8", "Ukrainian leaders", herald.NORP, "", "Ukrainian leaders"),
			entity(t, text, "E9", "a senior Russian official", herald.Person, "", "a senior Russian official involved in negotiations"))
	}
	return ents
}

// seedDoc returns the seed article segmented as the pipeline does it,
// with the headline and dateline that the wire stage finds.
func seedDoc(t testing.TB, ents func(string) []herald.Entity) *herald.Document {
	text := readSeed(t)
	doc := herald.NewDocument(herald.Article{Text: text})
	doc.Headline = herald.Span{Start: 0, End: strings.IndexByte(text, '\n')}
	doc.Dateline = herald.Dateline{Span: at(t, text, "(MENAFN) ", 1), Source: "MENAFN"}
	segmentDoc(t, doc)
	doc.Entities = ents(text)
	return doc
}

// A want is one expected quote: its kind, content, speaker ID and cue.
type want struct {
	kind    herald.QuoteKind
	content string
	speaker string
	cue     string
}

// TestSeed checks the quotes that EXPECTED.md lists for the seed article,
// with and without a pronoun mention for Dmitriev's "he", and with and
// without entities for the unnamed speakers.
func TestSeed(t *testing.T) {
	for _, tc := range []struct {
		name            string
		pronoun, groups bool
	}{
		{"all entities", true, true},
		{"own pronoun resolution", false, true},
		{"no entities for groups", false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := seedDoc(t, func(text string) []herald.Entity { return seedEntities(t, text, tc.pronoun, tc.groups) })
			got := run(t, doc)
			official, leaders := "E9", "E8"
			if !tc.groups {
				official, leaders = "", ""
			}
			for _, w := range []want{
				{herald.Direct, "This can be a historic meeting", "E3", "wrote"},
				{herald.Direct, "Dialogue will prevail.", "E3", ""},
				{herald.Fragment, "president of peace", "E2", "described himself as"},
				{herald.Indirect, "The anticipated meeting between Russian President Vladimir Putin and US President Donald Trump could be a landmark moment in global diplomacy", official, "according to"},
				{herald.Indirect, "unexpectedly productive", "E2", "characterized"},
				{herald.Indirect, "his preference is to reach his country’s goals through peaceful means", "E1", "said"},
				{herald.Indirect, "more Western military aid and stronger sanctions on Moscow are necessary", "E7", "insists"},
				{herald.Indirect, "such measures are essential to stop or potentially reverse Russian gains on the battlefield", leaders, "argue"},
			} {
				if !hasQuote(doc.Text, got, w) {
					t.Errorf("missing %s %q by %q cue %q; got\n%s", w.kind, w.content, w.speaker, w.cue, show(doc.Text, doc.Entities, got))
				}
			}
			checkQuotes(t, doc)
		})
	}
}

// TestSeedGolden compares every quote of the seed article with
// testdata/seed.golden; run with -update to rewrite it.
func TestSeedGolden(t *testing.T) {
	doc := seedDoc(t, func(text string) []herald.Entity { return seedEntities(t, text, false, true) })
	got := show(doc.Text, doc.Entities, run(t, doc))
	const path = "testdata/seed.golden"
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	wantText, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(wantText) {
		t.Errorf("seed quotes differ from %s (run with -update to accept):\ngot\n%s\nwant\n%s", path, got, wantText)
	}
}

// hasQuote reports whether quotes hold one that matches w.
func hasQuote(text string, quotes []herald.Quote, w want) bool {
	for _, q := range quotes {
		if q.Kind == w.kind && q.In(text) == w.content && q.Speaker == w.speaker && q.Cue.In(text) == w.cue {
			return true
		}
	}
	return false
}

// checkQuotes checks that the quotes of doc lie in its text, in order,
// with known kinds and speakers.
func checkQuotes(t testing.TB, doc *herald.Document) {
	t.Helper()
	ids := map[string]bool{"": true}
	for _, e := range doc.Entities {
		ids[e.ID] = true
	}
	prev := -1
	for i, q := range doc.Quotes {
		if q.Start < 0 || q.End > len(doc.Text) || q.Empty() {
			t.Fatalf("quote %d: content %d-%d outside the text of %d bytes", i, q.Start, q.End, len(doc.Text))
		}
		if !q.Cue.Empty() && (q.Cue.Start < 0 || q.Cue.End > len(doc.Text)) || q.Cue.End < q.Cue.Start {
			t.Fatalf("quote %d: cue %d-%d outside the text", i, q.Cue.Start, q.Cue.End)
		}
		if q.Start < prev {
			t.Fatalf("quote %d starts at %d, before quote %d at %d", i, q.Start, i-1, prev)
		}
		prev = q.Start
		switch q.Kind {
		case herald.Direct, herald.Indirect, herald.Fragment:
		default:
			t.Fatalf("quote %d: kind %q", i, q.Kind)
		}
		if !ids[q.Speaker] {
			t.Fatalf("quote %d: speaker %q is no entity", i, q.Speaker)
		}
	}
}
