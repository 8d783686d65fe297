package ingest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/heraldproject/herald"
	"golang.org/x/net/html"
)

func TestHTMLArticle(t *testing.T) {
	r := only(t, collect(t, Read(context.Background(), "testdata/html/article.html", Options{})))
	if r.err != nil {
		t.Fatal(r.err)
	}
	a := r.a
	want := herald.Article{
		URL:       "https://courier.example/news/2024/03/12/harbour-strike-ends",
		Title:     "Harbour workers end strike in Port Elwin",
		Source:    "The Elwin Courier",
		Author:    "Jonas Brecht",
		Published: time.Date(2024, 3, 12, 9, 30, 0, 0, time.FixedZone("", 3600)),
		Origin:    herald.Origin{Path: "testdata/html/article.html", Format: "html"},
	}
	if a.URL != want.URL || a.Title != want.Title || a.Source != want.Source || a.Author != want.Author ||
		!a.Published.Equal(want.Published) || a.Origin != want.Origin {
		t.Errorf("metadata:\n got %+v\nwant %+v", a, want)
	}
	if _, off := a.Published.Zone(); off != 3600 {
		t.Errorf("published %v: want the page's own zone, +01:00", a.Published)
	}
	paras := strings.Split(a.Text, "\n\n")
	if len(paras) != 6 || !strings.HasPrefix(paras[1], "PORT ELWIN — Dock workers") ||
		!strings.HasPrefix(paras[3], "“This deal keeps the port open") {
		t.Errorf("text: want the headline and 5 paragraphs apart, got %q", a.Text)
	}
	for _, junk := range []string{"Home", "Most read", "All rights reserved", "analytics", "font-family"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("text holds boilerplate %q: %q", junk, a.Text)
		}
	}
	if a.ID != contentID(a.Text) {
		t.Errorf("ID %s, want one derived from the text", a.ID)
	}
}

func TestHTMLBadInput(t *testing.T) {
	// Malformed markup is read as browsers read it.
	r := only(t, collect(t, Read(context.Background(), "testdata/html/malformed.html", Options{})))
	if r.err != nil || !strings.Contains(r.a.Text, "river rose two metres in a day") || !strings.Contains(r.a.Text, "\n\nResidents") {
		t.Errorf("malformed.html: got %q, %v", r.a.Text, r.err)
	}
	if r.a.Title != "Flood warning for river towns" {
		t.Errorf("malformed.html: title %q", r.a.Title)
	}

	r = only(t, collect(t, Read(context.Background(), "testdata/html/empty.html", Options{})))
	wantError(t, r.err, herald.ErrEmpty, `read "testdata/html/empty.html": empty input: no main text found in the page`)

	r = only(t, collect(t, Read(context.Background(), "testdata/html/latin1.html", Options{})))
	if r.err != nil || !strings.Contains(r.a.Text, "Café owners in Très-Rivières") {
		t.Errorf("latin1.html: got %q, %v", r.a.Text, r.err)
	}
	if len(r.a.Diagnostics) != 1 || r.a.Diagnostics[0].Message != "decoded from windows-1252" {
		t.Errorf("latin1.html: diagnostics %v", r.a.Diagnostics)
	}

	page := "<html><body><article><p>Caf\xc3\xa9 \xff owners met the mayor on Monday to discuss the new tax on terraces, which they say will close businesses.</p><p>The mayor promised a review.</p></article></body></html>"
	r = only(t, readString(t, "page.html", page, Options{}))
	if r.err != nil || !strings.Contains(r.a.Text, "Café \ufffd owners") || len(r.a.Diagnostics) != 1 {
		t.Errorf("invalid UTF-8 page: got %q %v, %v", r.a.Text, r.a.Diagnostics, r.err)
	}

	r = only(t, readString(t, "big.html", page, Options{MaxBytes: 64}))
	wantError(t, r.err, herald.ErrTooLarge, "")

	r = only(t, readString(t, "blank.html", "<html><head><title>T</title></head><body> </body></html>", Options{}))
	wantError(t, r.err, herald.ErrEmpty, "")
}

func TestHTMLShortArticleKeepsParagraphs(t *testing.T) {
	page := "<html><body><article><p>The minister visited three flooded towns on Friday and promised funds to rebuild bridges.</p><p>Aid would arrive on Monday.</p></article></body></html>"
	r := only(t, readString(t, "short.html", page, Options{}))
	want := "The minister visited three flooded towns on Friday and promised funds to rebuild bridges.\n\nAid would arrive on Monday."
	if r.err != nil || r.a.Text != want {
		t.Errorf("got %q, %v\nwant %q", r.a.Text, r.err, want)
	}
}

func TestPublishedTime(t *testing.T) {
	tests := []struct {
		head string
		want string // RFC 3339; "" for none
	}{
		{`<meta property="article:published_time" content="2024-03-12T09:30:00+01:00">`, "2024-03-12T09:30:00+01:00"},
		{`<meta name="pubdate" content="2024-03-12">`, "2024-03-12T00:00:00Z"},
		{`<meta itemprop="datePublished" content="2024-03-12T09:30:00Z">`, "2024-03-12T09:30:00Z"},
		{`<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-03-12T10:00:00-05:00"}]}</script>`, "2024-03-12T10:00:00-05:00"},
		{`<script type="application/ld+json">{broken</script><meta property="og:title" content="x">`, ""},
		{`<meta property="article:published_time" content="last Tuesday">`, ""},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader("<html><head>" + tt.head + "</head><body></body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		got := publishedTime(doc)
		if s := got.Format(time.RFC3339); got.IsZero() && tt.want != "" || !got.IsZero() && s != tt.want {
			t.Errorf("publishedTime(%s) = %v, want %s", tt.head, got, tt.want)
		}
	}
}

func TestHTMLText(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"<p>One</p><p>Two</p>", "One\n\nTwo"},
		{"<p>  lots   of\n\t space  </p>", "lots of space"},
		{"<div>A<div>B</div>C</div>", "A\n\nB\n\nC"},
		{"line one<br>line two<br><br>new paragraph", "line one\nline two\n\nnew paragraph"},
		{"<p>a <b>bold</b> <i>move</i>, <a href=x>link</a>.</p>", "a bold move, link."},
		{"<ul><li>first</li><li>second</li></ul>", "first\n\nsecond"},
		{"<table><tr><td>1</td><td>Kyle</td></tr><tr><td>2</td><td>Ana</td></tr></table>", "1 Kyle\n\n2 Ana"},
		{"<pre>keep\n  this\n    layout</pre><p>after</p>", "keep\n  this\n    layout\n\nafter"},
		{"<p>shown</p><script>var hidden</script><style>p{}</style><noscript>no</noscript><p hidden>gone</p><p aria-hidden=true>gone</p>", "shown"},
		{"<p>Caf&eacute; &amp; bar &mdash; &#8220;quoted&#8221;</p>", "Café & bar — “quoted”"},
		{"<h1>Title</h1>Body text", "Title\n\nBody text"},
		{"", ""},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader(tt.in))
		if err != nil {
			t.Fatal(err)
		}
		if got := htmlText(doc); got != tt.want {
			t.Errorf("htmlText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHTMLTextWithoutAtoms(t *testing.T) {
	// Extractors build elements with a tag name but no atom.
	root := &html.Node{Type: html.ElementNode, Data: "div"}
	for _, s := range []string{"one", "two"} {
		p := &html.Node{Type: html.ElementNode, Data: "p"}
		p.AppendChild(&html.Node{Type: html.TextNode, Data: s})
		root.AppendChild(p)
	}
	if got := htmlText(root); got != "one\n\ntwo" {
		t.Errorf("got %q, want paragraphs", got)
	}
}

func TestCanonicalURL(t *testing.T) {
	tests := map[string]string{
		`<link rel="canonical" href="https://a.example/story">`:                                                 "https://a.example/story",
		`<link rel="Canonical alternate" href=" https://a.example/story ">`:                                     "https://a.example/story",
		`<link rel="canonical" href="/story">`:                                                                  "",
		`<meta property="og:url" content="https://b.example/"><link rel="canonical" href="http://a.example/x">`: "http://a.example/x",
		`<link rel="stylesheet" href="https://a.example/s.css">`:                                                "",
	}
	for head, want := range tests {
		doc, err := html.Parse(strings.NewReader("<html><head>" + head + "</head><body><link rel=canonical href=https://late.example/></body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		if got := canonicalURL(doc); got != want {
			t.Errorf("canonicalURL(%s) = %q, want %q", head, got, want)
		}
	}
}

func TestMetaCharset(t *testing.T) {
	tests := map[string]string{
		`<meta charset="ISO-8859-1">`: "ISO-8859-1",
		`<META CHARSET=utf-8>`:        "utf-8",
		`<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">`: "windows-1251",
		`<meta http-equiv="Content-Type" content="text/html; charset='koi8-r'; x">`:  "koi8-r",
		`<meta content="text/html; charset=">`:                                       "",
		`<meta name="x"><body><meta charset="latin1">`:                               "",
		``: "",
	}
	for in, want := range tests {
		if got := metaCharset([]byte("<html><head>" + in)); got != want {
			t.Errorf("metaCharset(%s) = %q, want %q", in, got, want)
		}
	}
}

func TestDecodeHTML(t *testing.T) {
	tests := []struct {
		in, want, diag string
	}{
		{"<p>caf\xc3\xa9</p>", "<p>café</p>", ""},
		{"<meta charset=windows-1251><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>", "<meta charset=windows-1251><p>Привет</p>", "decoded from windows-1251"},
		{"<meta charset=iso-8859-1><p>caf\xc3\xa9</p>", "<meta charset=iso-8859-1><p>café</p>", ""}, // valid UTF-8 wins
		{"<p>caf\xe9 cr\xe8me</p>", "<p>café crème</p>", "decoded from windows-1252"},
		{"<p>caf\xc3\xa9 \xff</p>", "<p>café \ufffd</p>", "replaced 1 invalid UTF-8 sequence with U+FFFD"},
		{"<meta charset=utf-16><p>caf\xc3\xa9 \xff</p>", "<meta charset=utf-16><p>café \ufffd</p>", "replaced 1 invalid UTF-8 sequence with U+FFFD"},
	}
	for _, tt := range tests {
		got, diags := decodeHTML([]byte(tt.in))
		var diag string
		if len(diags) > 0 {
			diag = diags[len(diags)-1].Message
		}
		if got != tt.want || diag != tt.diag {
			t.Errorf("decodeHTML(%q) = %q, %v; want %q, %q", tt.in, got, diags, tt.want, tt.diag)
		}
	}
}

func TestHTMLTooDeep(t *testing.T) {
	deep := strings.Repeat("<div>", 600) + "<p>Words at the bottom of a very deep page.</p>"
	r := only(t, readString(t, "deep.html", deep, Options{}))
	wantError(t, r.err, herald.ErrMalformed, `read "deep.html": malformed HTML: open stack of elements exceeds 512 nodes`)

	feed := `<rss version="2.0"><channel><item><description>` + html.EscapeString(deep) + `</description></item></channel></rss>`
	r = only(t, readString(t, "deep.rss", feed, Options{}))
	wantError(t, r.err, herald.ErrMalformed, `read "deep.rss": item 1: malformed HTML: open stack of elements exceeds 512 nodes`)
}
