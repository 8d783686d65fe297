package ingest

import (
	"context"
	"testing"
	"time"

	"github.com/heraldproject/herald"
)

func TestRSS(t *testing.T) {
	got := collect(t, Read(context.Background(), "testdata/rss/feed.rss", Options{}))
	if len(got) != 4 {
		t.Fatalf("got %d results, want 4: %v", len(got), got)
	}
	a := got[0].a
	want := herald.Article{
		ID:        "courier-2024-0312-001",
		URL:       "https://courier.example/news/harbour-strike-ends",
		Title:     "Harbour workers end strike",
		Source:    "Elwin Courier - News",
		Author:    "Jonas Brecht",
		Published: time.Date(2024, 3, 12, 8, 30, 0, 0, time.UTC),
		Text:      "Dock workers in Port Elwin ended a nine-day strike on Tuesday.\n\nThe port authority agreed to raise wages by 6 percent.",
		Origin:    herald.Origin{Path: "testdata/rss/feed.rss", Format: "rss", Item: 1},
	}
	if got[0].err != nil || a.ID != want.ID || a.URL != want.URL || a.Title != want.Title || a.Source != want.Source ||
		a.Author != want.Author || !a.Published.Equal(want.Published) || a.Text != want.Text || a.Origin != want.Origin {
		t.Errorf("item 1:\n got %+v, %v\nwant %+v", a, got[0].err, want)
	}
	if a := got[1].a; got[1].err != nil || a.Text != "Authorities issued a flood warning on Friday as the river rose two metres." ||
		a.ID != contentID(a.Text) || a.Origin.Item != 2 {
		t.Errorf("item 2: got %+v, %v", a, got[1].err)
	}
	wantError(t, got[2].err, herald.ErrEmpty, `read "testdata/rss/feed.rss": item 3: empty input: the item has no content or description`)
	if got[2].a.Origin.Item != 3 {
		t.Errorf("item 3 error: origin %+v", got[2].a.Origin)
	}
	a = got[3].a
	if got[3].err != nil || a.Title != "Council votes on budget" || a.Text != "The council approved the budget & the new ferry timetable." ||
		!a.Published.IsZero() || len(a.Diagnostics) != 1 || a.Diagnostics[0].Message != `left out the unreadable date "sometime last week"` {
		t.Errorf("item 4: got %+v, %v", a, got[3].err)
	}
}

func TestAtom(t *testing.T) {
	r := only(t, collect(t, Read(context.Background(), "testdata/rss/feed.atom", Options{})))
	a := r.a
	if r.err != nil || a.Title != "Minister visits flooded towns" || a.Author != "Ana Petrova" || a.Source != "Valley Wire" ||
		a.URL != "https://wire.example/2024/03/15/minister-visit" || a.Published.Format(time.RFC3339) != "2024-03-15T18:30:02Z" ||
		a.Text != "The interior minister visited three flooded towns on Friday.\n\nShe promised emergency funds.\nAid would arrive on Monday." {
		t.Errorf("got %+v, %v", a, r.err)
	}
}

func TestRSSBadInput(t *testing.T) {
	r := only(t, collect(t, Read(context.Background(), "testdata/rss/malformed.xml", Options{})))
	wantError(t, r.err, herald.ErrMalformed, `read "testdata/rss/malformed.xml": malformed feed: XML syntax error on line 6: unexpected EOF`)

	r = only(t, collect(t, Read(context.Background(), "testdata/rss/sitemap.xml", Options{})))
	wantError(t, r.err, herald.ErrMalformed, `read "testdata/rss/sitemap.xml": malformed feed: root element <urlset> is not rss, feed or rdf:RDF`)

	r = only(t, readString(t, "news.rss", "this is not XML at all", Options{}))
	wantError(t, r.err, herald.ErrMalformed, "")

	r = only(t, readString(t, "news.rss", `<rss version="2.0"><channel><title>Quiet</title></channel></rss>`, Options{}))
	wantError(t, r.err, herald.ErrEmpty, `read "news.rss": empty input: the feed has no items`)

	r = only(t, readString(t, "news.rss", `<rss version="2.0"><channel><item><description>x</description></item></channel></rss>`, Options{MaxBytes: 20}))
	wantError(t, r.err, herald.ErrTooLarge, "")

	// Invalid UTF-8 in a UTF-8 feed is repaired, not refused.
	r = only(t, readString(t, "news.rss", "<rss version=\"2.0\"><channel><item><description>Caf\xe9 owners protested.</description></item></channel></rss>", Options{}))
	if r.err != nil || r.a.Text != "Caf\ufffd owners protested." || len(r.a.Diagnostics) != 1 {
		t.Errorf("invalid UTF-8: got %+v, %v", r.a, r.err)
	}

	// A feed in another charset is converted.
	r = only(t, collect(t, Read(context.Background(), "testdata/rss/latin1.rss", Options{})))
	if r.err != nil || r.a.Text != "Café owners protested." || r.a.Source != "Café news" {
		t.Errorf("latin1.rss: got %+v, %v", r.a, r.err)
	}
}

func TestXMLEncoding(t *testing.T) {
	tests := map[string]string{
		`<?xml version="1.0" encoding="ISO-8859-1"?><rss>`: "iso-8859-1",
		`<?xml version='1.0' encoding = 'UTF-8' ?>`:        "utf-8",
		`<?xml version="1.0"?><rss encoding="x">`:          "",
		`<rss>`:                  "",
		`<?xml encoding="broken`: "",
	}
	for in, want := range tests {
		if got := xmlEncoding([]byte(in)); got != want {
			t.Errorf("xmlEncoding(%q) = %q, want %q", in, got, want)
		}
	}
}
