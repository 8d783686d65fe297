package ingest

import (
	"encoding/json"
	"net/url"
	"slices"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dateMetaNames are the <meta> property, name and itemprop values that give
// a page's publication time, in lower case.
var dateMetaNames = map[string]bool{
	"article:published_time": true, "og:article:published_time": true,
	"og:published_time": true, "datepublished": true, "pubdate": true,
	"publishdate": true, "publish-date": true, "dc.date.issued": true,
	"dcterms.issued": true, "sailthru.date": true, "parsely-pub-date": true,
}

// publishedTime returns the publication time that a page's metadata gives
// with its time of day and zone: a <meta> such as article:published_time,
// or a JSON-LD datePublished. It returns the zero time when there is none
// it can read. The extractor finds dates too, but only to the day.
func publishedTime(doc *html.Node) time.Time {
	var found time.Time
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			switch tag(n) {
			case atom.Meta:
				found = metaTime(n)
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
					found = jsonLDTime(n.FirstChild.Data)
				}
			}
			if !found.IsZero() {
				return true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(doc)
	return found
}

// metaTime reads the publication time of a <meta> element, if it gives one.
func metaTime(n *html.Node) time.Time {
	for _, key := range []string{"property", "name", "itemprop"} {
		if dateMetaNames[strings.ToLower(strings.TrimSpace(attr(n, key)))] {
			t, _ := parseDate(attr(n, "content"))
			return t
		}
	}
	return time.Time{}
}

// jsonLDTime reads the first datePublished of a JSON-LD script.
func jsonLDTime(src string) time.Time {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return time.Time{}
	}
	return datePublished(v, 0)
}

// datePublished looks for a datePublished field in decoded JSON, a few
// levels deep (as in an @graph).
func datePublished(v any, depth int) time.Time {
	if depth > 4 {
		return time.Time{}
	}
	switch v := v.(type) {
	case map[string]any:
		if s, ok := v["datePublished"].(string); ok {
			if t, err := parseDate(s); err == nil && !t.IsZero() {
				return t
			}
		}
		for _, child := range v {
			if t := datePublished(child, depth+1); !t.IsZero() {
				return t
			}
		}
	case []any:
		for _, child := range v {
			if t := datePublished(child, depth+1); !t.IsZero() {
				return t
			}
		}
	}
	return time.Time{}
}

// canonicalURL returns the absolute URL of a page's <link rel=canonical>,
// or "". The extractor takes og:url first; the canonical link is the page's
// own statement of its URL.
func canonicalURL(doc *html.Node) string {
	var found string
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.ElementNode && tag(n) == atom.Link && slices.Contains(strings.Fields(strings.ToLower(attr(n, "rel"))), "canonical") {
			if u, err := url.Parse(strings.TrimSpace(attr(n, "href"))); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
				found = u.String()
			}
			return true
		}
		if tag(n) == atom.Body {
			return false
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(doc)
	return found
}

// attr returns the value of an element's attribute, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}
