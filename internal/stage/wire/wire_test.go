package wire

import (
	"context"
	"testing"

	"github.com/heraldproject/herald"
)

func TestParse(t *testing.T) {
	tests := []struct {
		text                string
		ok                  bool
		tag                 string // text the span covers
		source, place, date string
	}{
		{"(MENAFN) The anticipated meeting", true, "(MENAFN) ", "MENAFN", "", ""},
		{"MOSCOW (Reuters) - Russia said", true, "MOSCOW (Reuters) - ", "Reuters", "MOSCOW", ""},
		{"WASHINGTON, Aug. 7 (AP) — The Senate", true, "WASHINGTON, Aug. 7 (AP) — ", "AP", "WASHINGTON", "Aug. 7"},
		{"LONDON, Aug 7 (AFP) - Britain", true, "LONDON, Aug 7 (AFP) - ", "AFP", "LONDON", "Aug 7"},
		{"NEW YORK, Sept. 12, 2025 (Reuters) -- Stocks", true, "NEW YORK, Sept. 12, 2025 (Reuters) -- ", "Reuters", "NEW YORK", "Sept. 12, 2025"},
		{"KYIV, Ukraine (AP) — Drones", true, "KYIV, Ukraine (AP) — ", "AP", "KYIV", ""},
		{"BERLIN (dpa) - Die", true, "BERLIN (dpa) - ", "dpa", "BERLIN", ""},
		{"ST. PETERSBURG – The forum", true, "ST. PETERSBURG – ", "", "ST. PETERSBURG", ""},
		{"GAZA: Strikes continued", true, "GAZA: ", "", "GAZA", ""},
		{"US President Donald Trump said", false, "", "", "", ""},
		{"NATO said on Monday", false, "", "", "", ""},
		{"The (MENAFN) tag", false, "", "", "", ""},
		{"(MENAFN)", false, "", "", "", ""},
		{"(the alliance) said", false, "", "", "", ""},
		{"MOSCOW - ", false, "", "", "", ""},
		{"", false, "", "", "", ""},
	}
	for _, tt := range tests {
		d, ok := Parse(tt.text, 0)
		if ok != tt.ok {
			t.Errorf("Parse(%q) ok = %v, want %v", tt.text, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		if got := d.In(tt.text); got != tt.tag {
			t.Errorf("Parse(%q) span covers %q, want %q", tt.text, got, tt.tag)
		}
		if d.Source != tt.source || d.Place != tt.place || d.Date != tt.date {
			t.Errorf("Parse(%q) = source %q place %q date %q, want %q %q %q",
				tt.text, d.Source, d.Place, d.Date, tt.source, tt.place, tt.date)
		}
	}
}

func TestProcess(t *testing.T) {
	tests := []struct {
		name, text, title, source string
		headline, tag             string
		wantTitle, wantSource     string
	}{
		{
			name:     "seed layout",
			text:     "Russian envoy says meeting may be ground-breaking\n(MENAFN) The meeting could be historic.\n",
			headline: "Russian envoy says meeting may be ground-breaking", tag: "(MENAFN) ",
			wantTitle: "Russian envoy says meeting may be ground-breaking", wantSource: "MENAFN",
		},
		{
			name: "known source wins",
			text: "MOSCOW (Reuters) - Russia said.", source: "Reuters Wire",
			tag: "MOSCOW (Reuters) - ", wantSource: "Reuters Wire",
		},
		{
			name: "title from metadata matches first line",
			text: "Talks resume.\n\nThe talks resumed on Monday.", title: "Talks resume.",
			headline: "Talks resume.", wantTitle: "Talks resume.",
		},
		{
			name: "first line is a sentence",
			text: "The talks resumed on Monday.\nThey ended on Tuesday.",
		},
		{
			name: "single line",
			text: "Talks resume in Geneva",
		},
	}
	for _, tt := range tests {
		doc := herald.NewDocument(herald.Article{Text: tt.text, Title: tt.title, Source: tt.source})
		if err := New().Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if got := doc.Headline.In(doc.Text); got != tt.headline {
			t.Errorf("%s: headline %q, want %q", tt.name, got, tt.headline)
		}
		if got := doc.Dateline.In(doc.Text); got != tt.tag {
			t.Errorf("%s: dateline %q, want %q", tt.name, got, tt.tag)
		}
		if doc.Title != tt.wantTitle && !(tt.wantTitle == "" && doc.Title == tt.title) {
			t.Errorf("%s: title %q, want %q", tt.name, doc.Title, tt.wantTitle)
		}
		if doc.Source != tt.wantSource {
			t.Errorf("%s: source %q, want %q", tt.name, doc.Source, tt.wantSource)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"(MENAFN) The", "WASHINGTON, Aug. 7 (AP) — The", "KYIV, Ukraine (AP) — x", "A, B, Jan 1, 2020 (", "NEW YORK, Sept. 12, 2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc := herald.NewDocument(herald.Article{Text: text})
		if err := New().Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		for _, s := range []herald.Span{doc.Headline, doc.Dateline.Span} {
			if s.Start < 0 || s.End > len(text) || s.Start > s.End {
				t.Fatalf("span %+v out of bounds of %d bytes", s, len(text))
			}
		}
		if !doc.Dateline.Empty() && doc.Dateline.Start < doc.Headline.End {
			t.Fatalf("dateline %+v overlaps headline %+v", doc.Dateline.Span, doc.Headline)
		}
	})
}
