package syntax

import (
	"context"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/stage/segment"
)

// analyse segments and tags text with the embedded model.
func analyse(t testing.TB, text string) *herald.Document {
	t.Helper()
	doc := herald.NewDocument(herald.Article{Text: text})
	ctx := context.Background()
	for _, s := range []herald.Stage{segment.New(segment.Options{}), New()} {
		if err := s.Process(ctx, doc); err != nil {
			t.Fatal(err)
		}
	}
	return doc
}

// describe writes the clauses of the first sentence of doc as
// "verb: S=… O=… A=… P=prep …" with phrases as their words.
func describe(doc *herald.Document) []string {
	st := doc.Sentences[0]
	toks := doc.Tokens[st.FirstToken:st.EndToken]
	lower := make([]string, len(toks))
	for i, tk := range toks {
		lower[i] = strings.ToLower(tk.In(doc.Text))
	}
	words := func(ps []Phrase) string {
		var parts []string
		for _, p := range ps {
			parts = append(parts, doc.Text[toks[p.First].Start:toks[p.End-1].End])
		}
		return strings.Join(parts, "+")
	}
	var out []string
	for _, c := range Roles(toks, lower) {
		s := toks[c.Head].In(doc.Text) + ":"
		if c.Passive {
			s += " passive"
		}
		if len(c.Subjects) > 0 {
			s += " S=" + words(c.Subjects)
		}
		if len(c.Objects) > 0 {
			s += " O=" + words(c.Objects)
		}
		if len(c.Agents) > 0 {
			s += " A=" + words(c.Agents)
		}
		for _, p := range c.Preps {
			s += " P=" + lower[p.Prep] + " " + words(p.Objects)
		}
		out = append(out, s)
	}
	return out
}

func TestRoles(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Russian troops attacked the town of Bakhmut on Monday.",
			[]string{"attacked: S=Russian troops O=the town of Bakhmut P=on Monday"}},
		{"Kyiv was attacked by Russia.",
			[]string{"attacked: passive S=Kyiv A=Russia"}},
		{"Russia and China agreed to expand trade.",
			[]string{"expand: S=Russia+China O=trade"}},
		{"Britain, France and Germany condemned the attack.",
			[]string{"condemned: S=Britain+France+Germany O=the attack"}},
		{"Serbia, which attacked Bosnia, rejected the plan.",
			[]string{"attacked: S=Serbia O=Bosnia", "rejected: S=Serbia O=the plan"}},
		{"Vladimir Putin, the Russian president, met with Donald Trump in Alaska.",
			[]string{"met: S=Vladimir Putin P=with Donald Trump P=in Alaska"}},
		{"The United States urged Iran to stop enrichment.",
			[]string{"urged: S=The United States O=Iran", "stop: S=Iran O=enrichment"}},
		{"Israel shelled Gaza and killed 20 people.",
			[]string{"shelled: S=Israel O=Gaza", "killed: S=Israel O=20 people"}},
	}
	for _, tt := range tests {
		got := describe(analyse(t, tt.text))
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s\ngot  %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestRolesClauseBoundaries(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Israel bombed Gaza and Iran threatened Israel.",
			[]string{"bombed: S=Israel O=Gaza", "threatened: S=Iran O=Israel"}},
		{"The EU condemned Russia's invasion of Ukraine.",
			[]string{"condemned: S=The EU O=Russia's invasion of Ukraine"}},
		{"Britain said France and Germany agreed.",
			[]string{"said: S=Britain", "agreed: S=France+Germany"}},
		{"Benin opened its borders to refugees, who were expelled by Nigeria, but refused Ghanaians.",
			[]string{"opened: S=Benin O=its borders P=to refugees", "expelled: passive S=refugees A=Nigeria", "refused: S=Benin O=Ghanaians"}},
		// "ordered" after the object of "to" is a participle the tagger
		// may take for a past tense: "refusing" still shares Benin.
		{"Benin opened its borders today to most West Africans ordered out of Nigeria as illegal aliens, but was still refusing admittance to Ghanaians.",
			[]string{"opened: S=Benin O=its borders", "ordered: S=most West Africans", "refusing: S=Benin O=admittance P=to Ghanaians"}},
	}
	for _, tt := range tests {
		got := describe(analyse(t, tt.text))
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s\ngot  %q\nwant %q", tt.text, got, tt.want)
		}
	}
}
