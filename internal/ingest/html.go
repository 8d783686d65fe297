package ingest

import (
	"fmt"
	"strings"

	"github.com/heraldproject/herald"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// html reads a web page as one article.
func (r *run) html(data []byte, o herald.Origin) {
	a, err := extractHTML(data)
	if err != nil {
		r.fail(o, fmt.Errorf("read %q: %w", o.Path, err))
		return
	}
	a.Origin = o
	r.emit(a)
}

// extractHTML returns the article of a web page: the main text, extracted
// with go-trafilatura, and the title, author, date, canonical URL and site
// name of the page metadata. Any page is read, however malformed; one
// without main text is an error.
func extractHTML(data []byte) (herald.Article, error) {
	text, diags := decodeHTML(data)
	doc, err := parseHTML(text)
	if err != nil {
		return herald.Article{}, err
	}
	res, err := extract(doc)
	if err != nil || res.ContentNode == nil {
		return herald.Article{}, empty("no main text found in the page")
	}
	body := htmlText(paragraphs(doc, res.ContentNode))
	if title := find(doc, atom.Title); squeeze(body) == "" || title != nil && squeeze(body) == squeeze(htmlText(title)) {
		// The last resort of the extractor takes all the text of a page,
		// which for a page without text is its title.
		return herald.Article{}, empty("no main text found in the page")
	}
	m := res.Metadata
	published := publishedTime(doc)
	if published.IsZero() {
		published = m.Date
	}
	return herald.Article{
		URL:         or(canonicalURL(doc), m.URL),
		Title:       oneLine(m.Title),
		Source:      oneLine(m.Sitename),
		Author:      oneLine(m.Author),
		Published:   published,
		Text:        body,
		Diagnostics: diags,
	}, nil
}

// parseHTML parses a page or fragment the way browsers do. The parser
// refuses only pages whose elements nest more than 512 deep, which would
// otherwise drive the recursive tree walks of the extractor and htmlText to
// use stack without bound.
func parseHTML(text string) (*html.Node, error) {
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, malformed("HTML: %s", strings.TrimPrefix(err.Error(), "html: "))
	}
	return doc, nil
}

// extract runs go-trafilatura on a parsed page. Its fallback extractors
// (readability and DOM Distiller) are off: on the extraction benchmark they
// add 0.001 F1 and take more than half the speed. Dates come from the page metadata
// and markup only, not from a search of the text. A panic in the library is
// returned as an error, so that one odd page cannot stop a run.
func extract(doc *html.Node) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, fmt.Errorf("extract text: %v", p)
		}
	}()
	return trafilatura.ExtractDocument(doc, trafilatura.Options{
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Fast,
	})
}

// paragraphs undoes a flattening by the extractor's last resort, which
// takes the text of the page's <article> as one paragraph and so runs its
// paragraphs together ("roads.Aid would"). When content is one element
// holding just that text, the <article> is rendered instead.
func paragraphs(doc, content *html.Node) *html.Node {
	only := content.FirstChild
	if only == nil || only.NextSibling != nil || only.Type != html.ElementNode {
		return content
	}
	article := find(doc, atom.Article)
	if article == nil || squeeze(htmlText(only)) != squeeze(htmlText(article)) {
		return content
	}
	return article
}

// find returns the first element of the tree at n with the given atom, or
// nil.
func find(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && tag(n) == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if found := find(c, a); found != nil {
			return found
		}
	}
	return nil
}

// squeeze returns s without white space, to compare texts that differ only
// in how they are laid out.
func squeeze(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// oneLine returns s with its runs of white space turned into single spaces
// and trimmed.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
