package ingest

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/heraldproject/herald"
	"github.com/mmcdole/gofeed"
)

// feed reads an RSS or Atom feed, one article per item.
func (r *run) feed(data []byte, o herald.Origin) {
	// The XML decoder refuses invalid UTF-8, so a feed in UTF-8 is repaired
	// first; one in another charset is converted by the decoder itself.
	var bad int
	if enc := xmlEncoding(data); enc == "" || enc == "utf-8" || enc == "utf8" {
		var text string
		text, bad = cleanText(data)
		data = []byte(text)
	}
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		r.fail(o, fmt.Errorf("read %q: %w", o.Path, malformed("feed: %v", err)))
		return
	}
	if len(f.Items) == 0 {
		r.fail(o, fmt.Errorf("read %q: %w", o.Path, empty("the feed has no items")))
		return
	}
	source := oneLine(f.Title)
	for i, item := range f.Items {
		at := o
		at.Item = i + 1
		if !r.live(at) {
			return
		}
		a, err := feedItem(item)
		if err != nil {
			if !r.fail(at, fmt.Errorf("read %q: item %d: %w", o.Path, at.Item, err)) {
				return
			}
			continue
		}
		a.Source, a.Origin = source, at
		a.Diagnostics = repairs(a.Diagnostics, bad)
		if !r.emit(a) {
			return
		}
	}
}

// feedItem returns the article of one feed item. Its text is the item's
// content or, failing that, its description, reduced to text when it is
// HTML.
func feedItem(item *gofeed.Item) (herald.Article, error) {
	if item == nil {
		return herald.Article{}, empty("no item")
	}
	body := item.Content
	if strings.TrimSpace(body) == "" {
		body = item.Description
	}
	text, err := markupText(body)
	if err != nil {
		return herald.Article{}, err
	}
	if strings.TrimSpace(text) == "" {
		return herald.Article{}, empty("the item has no content or description")
	}
	title, _ := markupText(item.Title)
	a := herald.Article{
		ID:    strings.TrimSpace(item.GUID),
		URL:   strings.TrimSpace(item.Link),
		Title: oneLine(title),
		Text:  text,
	}
	if a.URL == "" && len(item.Links) > 0 {
		a.URL = strings.TrimSpace(item.Links[0])
	}
	var names []string
	for _, p := range item.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			names = append(names, oneLine(p.Name))
		}
	}
	a.Author = strings.Join(names, ", ")
	a.Published, a.Diagnostics = itemDate(item)
	return a, nil
}

// itemDate returns the publication date of an item, or its update date when
// it has none, in the zone the feed gives. A date that neither parseDate nor
// gofeed can read is left out with a warning.
func itemDate(item *gofeed.Item) (time.Time, []herald.Diagnostic) {
	raw, parsed := item.Published, item.PublishedParsed
	if strings.TrimSpace(raw) == "" {
		raw, parsed = item.Updated, item.UpdatedParsed
	}
	if strings.TrimSpace(raw) == "" {
		return time.Time{}, nil
	}
	if t, err := parseDate(raw); err == nil {
		return t, nil
	}
	if parsed != nil { // gofeed knows more layouts, but gives UTC
		return *parsed, nil
	}
	return time.Time{}, []herald.Diagnostic{{
		Severity: herald.Warning,
		Stage:    "ingest",
		Message:  fmt.Sprintf("left out the unreadable date %q", oneLine(raw)),
	}}
}

// tagStart matches the start of an HTML tag, comment or character
// reference, telling HTML from plain text.
var tagStart = regexp.MustCompile(`<[a-zA-Z/!]|&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);`)

// markupText returns s reduced to text when it is HTML, and cleaned
// otherwise.
func markupText(s string) (string, error) {
	if !tagStart.MatchString(s) {
		text, _ := cleanString(s)
		return strings.TrimSpace(text), nil
	}
	doc, err := parseHTML(s)
	if err != nil {
		return "", err
	}
	return htmlText(doc), nil
}

// xmlEncoding returns the lower-case encoding that the XML declaration at
// the start of data names, or "" when there is none.
func xmlEncoding(data []byte) string {
	head := bytes.TrimPrefix(data[:min(len(data), 512)], bomUTF8)
	head = bytes.TrimLeft(head, " \t\r\n")
	end := bytes.Index(head, []byte("?>"))
	if !bytes.HasPrefix(head, []byte("<?xml")) || end < 0 {
		return ""
	}
	_, rest, ok := bytes.Cut(head[:end], []byte("encoding"))
	rest = bytes.TrimLeft(rest, " \t\r\n")
	if !ok || !bytes.HasPrefix(rest, []byte("=")) {
		return ""
	}
	rest = bytes.TrimLeft(rest[1:], " \t\r\n")
	if len(rest) == 0 || rest[0] != '"' && rest[0] != '\'' {
		return ""
	}
	name, _, ok := bytes.Cut(rest[1:], rest[:1])
	if !ok {
		return ""
	}
	return strings.ToLower(string(name))
}
