package segment

import (
	"slices"
	"testing"

	"github.com/heraldproject/herald"
)

func TestTokenize(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []string
	}{
		{"punctuation", "Yes, no; maybe: (ok) [x] {y}!", []string{"Yes", ",", "no", ";", "maybe", ":", "(", "ok", ")", "[", "x", "]", "{", "y", "}", "!"}},
		{"final period", "It ended.", []string{"It", "ended", "."}},
		{"abbreviations", "Mr. Smith of Acme Inc. met Gen. Lee.", []string{"Mr.", "Smith", "of", "Acme", "Inc.", "met", "Gen.", "Lee", "."}},
		{"dotted abbreviations", "The U.S. and U.K. at 5 p.m., e.g. today.", []string{"The", "U.S.", "and", "U.K.", "at", "5", "p.m.", ",", "e.g.", "today", "."}},
		{"U.S. at the end", "in the U.S.", []string{"in", "the", "U.S."}},
		{"initials", "John F. Kennedy and J.R.R. Tolkien", []string{"John", "F.", "Kennedy", "and", "J.R.R.", "Tolkien"}},
		{"No. before a number", "No. 1 and no.", []string{"No.", "1", "and", "no", "."}},
		{"numbers", "3.5 1,200 1,200,000 10:30 24/7 1996-08-30 -5", []string{"3.5", "1,200", "1,200,000", "10:30", "24/7", "1996-08-30", "-", "5"}},
		{"number then period", "It cost 2,000.That", []string{"It", "cost", "2,000", ".", "That"}},
		{"missing space", "world.Today", []string{"world", ".", "Today"}},
		{"comma list", "1,2,3", []string{"1", ",", "2", ",", "3"}},
		{"possessive", "Russia’s war and Putin's plan, the states' rights", []string{"Russia", "’s", "war", "and", "Putin", "'s", "plan", ",", "the", "states", "'", "rights"}},
		{"contractions", "don't can't won't I'm they're we've she'll he'd", []string{"do", "n't", "ca", "n't", "wo", "n't", "I", "'m", "they", "'re", "we", "'ve", "she", "'ll", "he", "'d"}},
		{"curly contraction", "isn’t", []string{"is", "n’t"}},
		{"conll clitics", "Russia 's does n't", []string{"Russia", "'s", "does", "n't"}},
		{"names with apostrophes", "O'Brien rock'n'roll", []string{"O'Brien", "rock'n'roll"}},
		{"hyphenated words", "ground-breaking so-called 24-hour X-ray F-16 COVID-19 Russian-backed", []string{"ground-breaking", "so-called", "24-hour", "X-ray", "F-16", "COVID-19", "Russian-backed"}},
		{"capitalised pairs", "Trump-Putin US-Russia", []string{"Trump", "-", "Putin", "US", "-", "Russia"}},
		{"three names", "Paris-Berlin-Rome axis", []string{"Paris", "-", "Berlin", "-", "Rome", "axis"}},
		{"dashes", "Trump—who won–lost -- maybe", []string{"Trump", "—", "who", "won", "–", "lost", "--", "maybe"}},
		{"quotes", "“Yes,” he said, \"no\" and 'maybe'.", []string{"“", "Yes", ",", "”", "he", "said", ",", "\"", "no", "\"", "and", "'", "maybe", "'", "."}},
		{"ellipses", "Well... so… . . . ok", []string{"Well", "...", "so", "…", ".", ".", ".", "ok"}},
		{"question marks", "What?! No!!", []string{"What", "?!", "No", "!!"}},
		{"url", "See https://example.com/a?b=1&c=2. Done", []string{"See", "https://example.com/a?b=1&c=2", ".", "Done"}},
		{"url in parentheses", "(http://x.org/a_(b)) (https://y.org/z)", []string{"(", "http://x.org/a_(b)", ")", "(", "https://y.org/z", ")"}},
		{"www", "www.reuters.com/world.", []string{"www.reuters.com/world", "."}},
		{"e-mail", "Mail Jane.Doe@example.co.uk, not a@b here.", []string{"Mail", "Jane.Doe@example.co.uk", ",", "not", "a", "@", "b", "here", "."}},
		{"handles", "@Reuters #Ukraine", []string{"@Reuters", "#Ukraine"}},
		{"ampersand", "AT&T and S&P vs. Procter & Gamble", []string{"AT&T", "and", "S&P", "vs.", "Procter", "&", "Gamble"}},
		{"currency", "$5 €10 £3.50 ¥100 5%", []string{"$", "5", "€", "10", "£", "3.50", "¥", "100", "5", "%"}},
		{"emoji", "dove 🕊️ ok 👍🏽 flag 🇺🇦 family 👨‍👩‍👧 keycap", []string{"dove", "🕊️", "ok", "👍🏽", "flag", "🇺🇦", "family", "👨‍👩‍👧", "keycap"}},
		{"accents", "Zelensky’s café naïve São Paulo", []string{"Zelensky", "’s", "café", "naïve", "São", "Paulo"}},
		{"combining marks", "cafe\u0301 ok", []string{"cafe\u0301", "ok"}},
		{"cjk", "北京。", []string{"北京", "。"}},
		{"N°", "N°. 5", []string{"N°.", "5"}},
		{"nbsp and zero width", "a\u00a0b\u200bc", []string{"a", "b", "c"}},
		{"invalid utf-8", "a\xffb \xc3", []string{"a", "b"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := tokens(c.in); !slices.Equal(got, c.want) {
				t.Errorf("Tokenize(%q)\ngot  %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}

func TestTokenKinds(t *testing.T) {
	in := "Putin, 1,200 3.5 24-hour $ 🕊️ U.S. “ — %"
	want := []herald.TokenKind{
		herald.Word, herald.Punctuation, herald.Number, herald.Number, herald.Word,
		herald.Symbol, herald.Symbol, herald.Word, herald.Punctuation, herald.Punctuation, herald.Punctuation,
	}
	var got []herald.TokenKind
	for _, tok := range Tokenize(in, 0, len(in), nil) {
		got = append(got, tok.Kind)
	}
	if !slices.Equal(got, want) {
		t.Errorf("kinds of %q\ngot  %v\nwant %v", in, got, want)
	}
}

func TestTokenizeRegion(t *testing.T) {
	in := "Alpha beta. Gamma delta."
	got := Tokenize(in, 6, 16, nil)
	want := []herald.Token{
		{Span: herald.Span{Start: 6, End: 10}, Kind: herald.Word},
		{Span: herald.Span{Start: 10, End: 11}, Kind: herald.Punctuation},
		{Span: herald.Span{Start: 12, End: 16}, Kind: herald.Word},
	}
	if !slices.Equal(got, want) {
		t.Errorf("Tokenize(%q, 6, 16) = %v, want %v", in, got, want)
	}
	if got := Tokenize(in, -5, 99, nil); len(got) != 6 {
		t.Errorf("Tokenize with out-of-range bounds: %d tokens, want 6", len(got))
	}
}
