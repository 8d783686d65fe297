package actor

import (
	"slices"
	"strconv"
	"testing"

	"github.com/heraldproject/herald"
)

// TestSeed runs the real stages on the seed article and checks every
// must row of the entities table of EXPECTED.md.
func TestSeed(t *testing.T) {
	doc := prepare(t, herald.Seed())
	if err := stage(t).Process(t.Context(), doc); err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Entities {
		t.Log(describe(doc, e))
	}
	tests := []struct {
		name, actor string
		typ         herald.EntityType
		mentions    []string // texts that must be among the mentions, repeated as often as they occur
	}{
		{"Vladimir Putin", "RUSGOV", herald.Person, []string{"Vladimir Putin", "Putin", "Putin", "Putin", "Putin"}},
		{"Donald Trump", "USAGOV", herald.Person, []string{"Donald Trump", "Trump", "Trump", "Trump", "Trump", "He", "himself", "his"}},
		{"Kirill Dmitriev", "RUSGOV", herald.Person, []string{"Kirill Dmitriev", "he"}},
		{"Steve Witkoff", "USAGOV", herald.Person, []string{"Steve Witkoff"}},
		{"Kremlin", "RUSGOV", herald.Organization, []string{"Kremlin"}},
		{"Russia", "RUS", herald.GPE, []string{"Russia", "Russia", "Russia", "Russian", "Moscow"}},
		{"Ukraine", "UKR", herald.GPE, []string{"Ukraine", "Ukraine", "Ukraine"}},
	}
	for _, tt := range tests {
		e := find(doc, tt.name)
		if e == nil {
			t.Errorf("no entity %q", tt.name)
			continue
		}
		if e.Actor != tt.actor || e.Type != tt.typ {
			t.Errorf("%s: %s %s, want %s %s", tt.name, e.Type, e.Actor, tt.typ, tt.actor)
		}
		var got []string
		for _, m := range e.Mentions {
			got = append(got, m.In(doc.Text))
		}
		for _, w := range tt.mentions {
			i := slices.Index(got, w)
			if i < 0 {
				t.Errorf("%s: mentions %q lack %q", tt.name, got, w)
				continue
			}
			got = slices.Delete(got, i, i+1)
		}
	}
	checkSeedDetails(t, doc)
}

// checkSeedDetails checks what the must rows imply about single mentions:
// "he wrote" is Dmitriev, "Moscow" of "sanctions on Moscow" is Russia and
// "in Moscow" is not, and nothing is made of MENAFN or X; and that the IDs
// run E1, E2, … in order of first mention.
func checkSeedDetails(t *testing.T, doc *herald.Document) {
	text := doc.Text
	at := func(s string, after string) herald.Span {
		base := 0
		if after != "" {
			base = indexOf(text, after)
		}
		i := base + indexOf(text[base:], s)
		return herald.Span{Start: i, End: i + len(s)}
	}
	owner := func(sp herald.Span) string {
		for _, e := range doc.Entities {
			for _, m := range e.Mentions {
				if m.Span == sp {
					return e.Name
				}
			}
		}
		return ""
	}
	checks := []struct {
		span herald.Span
		want string
	}{
		{at("he", "on X, "), "Kirill Dmitriev"},
		{at("Moscow", "sanctions on "), "Russia"},
		{at("himself", ""), "Donald Trump"},
	}
	for _, c := range checks {
		if got := owner(c.span); got != c.want {
			t.Errorf("%q at %d: entity %q, want %q", c.span.In(text), c.span.Start, got, c.want)
		}
	}
	if got := owner(at("Moscow", "Putin in ")); got == "Russia" {
		t.Errorf("the Moscow of the meeting is linked to Russia")
	}
	prev := -1
	for i, e := range doc.Entities {
		if e.ID != "E"+strconv.Itoa(i+1) {
			t.Errorf("entity %d has ID %s", i, e.ID)
		}
		if e.Name == "MENAFN" || e.Name == "X" {
			t.Errorf("entity %s %q", e.ID, e.Name)
		}
		if e.Mentions[0].Start < prev {
			t.Errorf("%s is out of order", e.ID)
		}
		prev = e.Mentions[0].Start
	}
}

// indexOf returns the index of s in text, or the end of text.
func indexOf(text, s string) int {
	for i := 0; i+len(s) <= len(text); i++ {
		if text[i:i+len(s)] == s {
			return i
		}
	}
	return len(text)
}
