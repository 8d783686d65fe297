package event

import (
	"context"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/stage/event/cameo"
	"github.com/heraldproject/herald/internal/stage/segment"
)

// seedPath is herald's canonical example article.
const seedPath = "../../../testdata/seed/menafn-2025-08-08-putin-trump.txt"

// A seedEntity is an entity of the seed article as a test builds it.
type seedEntity struct {
	name  string
	typ   herald.EntityType
	actor string
	ms    []string // mention strings; "text#n" picks the n-th occurrence (1-based)
}

// expectedEntities are the entities of EXPECTED.md with the mentions it
// lists, titles included.
var expectedEntities = []seedEntity{
	{"Vladimir Putin", herald.Person, "RUSGOV", []string{"Russian President Vladimir Putin", "Putin"}},
	{"Donald Trump", herald.Person, "USAGOV", []string{"US President Donald Trump", "Trump", "He#1", "himself", "his#1"}},
	{"Kirill Dmitriev", herald.Person, "RUSGOV", []string{"Kirill Dmitriev", "he#1"}},
	{"Steve Witkoff", herald.Person, "USAGOV", []string{"US special envoy Steve Witkoff"}},
	{"the Kremlin", herald.Organization, "RUSGOV", []string{"The Kremlin"}},
	{"Russia", herald.GPE, "RUS", []string{"Russia", "Russian#4", "Moscow#2"}},
	{"United States", herald.GPE, "USA", []string{"US#3"}},
	{"Ukraine", herald.GPE, "UKR", []string{"Ukraine"}},
	{"Ukrainian leaders", herald.NORP, "UKRGOV", []string{"Ukrainian leaders"}},
	{"the West", herald.GPE, "WST", []string{"Western"}},
	{"a senior Russian official", herald.Person, "RUSGOV", []string{"a senior Russian official"}},
}

// taggerEntities are the same entities as a name tagger finds them: names
// without titles, and every "US" and "Russian" a mention of its own.
var taggerEntities = []seedEntity{
	{"Vladimir Putin", herald.Person, "RUSGOV", []string{"Vladimir Putin", "Putin"}},
	{"Donald Trump", herald.Person, "USAGOV", []string{"Donald Trump", "Trump", "He#1", "himself", "his#1"}},
	{"Kirill Dmitriev", herald.Person, "RUSGOV", []string{"Kirill Dmitriev", "he#1"}},
	{"Steve Witkoff", herald.Person, "USAGOV", []string{"Steve Witkoff"}},
	{"the Kremlin", herald.Organization, "RUSGOV", []string{"Kremlin"}},
	{"Russia", herald.GPE, "RUS", []string{"Russia", "Russian", "Moscow#2"}},
	{"United States", herald.GPE, "USA", []string{"US"}},
	{"Ukraine", herald.GPE, "UKR", []string{"Ukraine"}},
	{"Ukrainian leaders", herald.NORP, "UKRGOV", []string{"Ukrainian"}},
	{"the West", herald.GPE, "WST", []string{"Western"}},
}

// seedDoc returns the seed article segmented, with the entities, times and
// places that ../shared/seed/EXPECTED.md lists, built by hand as the
// entity, timex and place stages would.
func seedDoc(t testing.TB) *herald.Document {
	return seedDocWith(t, expectedEntities)
}

// seedDocWith is seedDoc with the given entities.
func seedDocWith(t testing.TB, ents []seedEntity) *herald.Document {
	t.Helper()
	b, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skipf("seed article absent: %v", err)
	}
	text := string(b)
	doc := herald.NewDocument(herald.Article{Text: text})
	doc.Headline = herald.Span{Start: 0, End: strings.IndexByte(text, '\n')}
	if i := strings.Index(text, "(MENAFN) "); i >= 0 {
		doc.Dateline = herald.Dateline{Span: herald.Span{Start: i, End: i + len("(MENAFN) ")}, Source: "MENAFN"}
	}
	if err := segment.New(segment.Options{}).Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	for i, e := range ents {
		ent := herald.Entity{ID: "E" + itoa(i+1), Name: e.name, Type: e.typ, Actor: e.actor}
		for _, m := range e.ms {
			for _, sp := range occurrences(t, text, m) {
				ent.Mentions = append(ent.Mentions, herald.Mention{Span: sp, Kind: mentionKind(m)})
			}
		}
		doc.Entities = append(doc.Entities, ent)
	}
	doc.Times = []herald.Time{
		{Span: occurrences(t, text, "on Thursday")[0], Type: herald.Date, Value: "2025-08-07"},
		{Span: occurrences(t, text, "On Wednesday")[0], Type: herald.Date, Value: "2025-08-06"},
	}
	doc.Places = []herald.Place{{ID: "P1", Name: "Moscow", Country: "RUS", Lat: 55.75, Lon: 37.62, GeoNames: 524901,
		Mentions: occurrences(t, text, "Moscow#1")}}
	return doc
}

// occurrences returns the spans of whole-word occurrences of m in text; m
// may end in "#n" to pick the n-th occurrence only. It fails the test when
// there is none.
func occurrences(t testing.TB, text, m string) []herald.Span {
	t.Helper()
	out := wordsIn(text, m)
	if len(out) == 0 {
		t.Fatalf("mention %q not in the text", m)
	}
	return out
}

// wordsIn returns the spans of whole-word occurrences of m in text, or of
// its n-th occurrence when m ends in "#n".
func wordsIn(text, m string) []herald.Span {
	nth := 0
	if i := strings.LastIndexByte(m, '#'); i >= 0 {
		nth = int(m[i+1] - '0')
		m = m[:i]
	}
	var out []herald.Span
	for from := 0; ; {
		i := strings.Index(text[from:], m)
		if i < 0 {
			break
		}
		s := herald.Span{Start: from + i, End: from + i + len(m)}
		from = s.End
		r0, _ := utf8.DecodeLastRuneInString(text[:s.Start])
		r1, _ := utf8.DecodeRuneInString(text[s.End:])
		if unicode.IsLetter(r0) || unicode.IsLetter(r1) {
			continue
		}
		out = append(out, s)
	}
	if nth > 0 {
		if nth > len(out) {
			return nil
		}
		out = out[nth-1 : nth]
	}
	return out
}

// mentionKind guesses the kind of a hand-made mention.
func mentionKind(m string) herald.MentionKind {
	m, _, _ = strings.Cut(m, "#")
	switch strings.ToLower(m) {
	case "he", "himself", "his":
		return herald.PronounMention
	case "a senior russian official":
		return herald.NominalMention
	}
	return herald.NameMention
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// TestSeed checks the rows of the events table of EXPECTED.md that are
// marked must, with the entities as EXPECTED.md lists them and as a name
// tagger would find them.
func TestSeed(t *testing.T) {
	t.Run("expected", func(t *testing.T) { checkSeed(t, seedDoc(t)) })
	t.Run("tagger", func(t *testing.T) { checkSeed(t, seedDocWith(t, taggerEntities)) })
}

// checkSeed codes doc, the seed article, and checks the must rows.
func checkSeed(t *testing.T, doc *herald.Document) {
	if err := New().Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	for _, ev := range doc.Events {
		t.Logf("%s", describe(doc, ev))
	}
	must := []struct {
		what     string
		root     string
		src, tgt string // entity IDs; "" matches any
		either   bool   // source and target may be swapped
		modality func(herald.Modality) bool
		date     string
		place    string
	}{
		{"Putin–Trump meeting", "03", "E1", "E2", true, func(m herald.Modality) bool { return m != herald.Asserted }, "", ""},
		{"Witkoff met Putin", "04", "E4", "E1", false, is(herald.Asserted), "2025-08-06", "P1"},
		{"Trump's deadline for Russia", "13", "E2", "E6", false, is(herald.Conditional), "", ""},
		{"Ukraine rejects Russia's terms", "12", "E8", "E6", false, is(herald.Asserted), "", ""},
	}
	for _, w := range must {
		found := false
		for _, ev := range doc.Events {
			ok := cameo.Root(ev.CAMEO) == w.root && w.modality(ev.Modality) &&
				(ev.Source.Entity == w.src && ev.Target.Entity == w.tgt ||
					w.either && ev.Source.Entity == w.tgt && ev.Target.Entity == w.src) &&
				(w.date == "" || ev.Date == w.date) && (w.place == "" || ev.Place == w.place)
			if ok {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("no event for %q (root %s, %s → %s)", w.what, w.root, w.src, w.tgt)
		}
	}
	checkSeedModality(t, doc)
}

// checkSeedModality checks that no event of a sentence about what may
// happen is reported as asserted.
func checkSeedModality(t *testing.T, doc *herald.Document) {
	t.Helper()
	for _, ev := range doc.Events {
		s := doc.Sentences[ev.Sentence].In(doc.Text)
		if (strings.Contains(s, "could take place") || strings.Contains(s, "anticipated meeting")) && ev.Modality == herald.Asserted {
			t.Errorf("%s: asserted in a sentence about a meeting to come", describe(doc, ev))
		}
	}
}

func is(want herald.Modality) func(herald.Modality) bool {
	return func(m herald.Modality) bool { return m == want }
}

// describe renders an event in one line for test logs.
func describe(doc *herald.Document, ev herald.Event) string {
	part := func(p herald.Participant) string {
		if p.Entity == "" {
			return "-"
		}
		return p.Entity + "/" + p.Actor + "(" + p.Span.In(doc.Text) + ")"
	}
	return ev.ID + " s" + itoa(ev.Sentence) + " " + ev.CAMEO + " " + ev.PLOVER + " " + part(ev.Source) + " → " + part(ev.Target) +
		" [" + ev.Trigger.In(doc.Text) + "] " + string(ev.Modality) + " " + ev.Date + " " + ev.Place
}
