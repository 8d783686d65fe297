package ingest

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlText renders the text of an HTML tree as a reader sees it: runs of
// white space become one space, each block element is a paragraph of its
// own, separated from the next by a blank line, <br> is a line break, <pre>
// keeps its white space, and scripts, styles and hidden elements are left
// out. Both the extracted article of a page and the HTML of a feed item go
// through it, so that all HTML input yields text of the same shape.
func htmlText(n *html.Node) string {
	var w textWriter
	w.node(n)
	return w.b.String()
}

// A textWriter collects text, holding back white space until the next word
// so that the output neither begins nor ends with it.
type textWriter struct {
	b      strings.Builder
	space  bool // a space is due before the next word
	breaks int  // line breaks due before the next word: 0, 1 or 2
	pre    int  // depth of <pre> elements around the current node
}

func (w *textWriter) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
		if skipped(n) {
			return
		}
	case html.DocumentNode:
	default: // comments, doctypes
		return
	}
	a := tag(n)
	block := isBlock(a)
	switch {
	case a == atom.Br:
		w.breaks = min(w.breaks+1, 2)
	case a == atom.Td || a == atom.Th:
		w.space = true
	case block:
		w.breaks = 2
	}
	if a == atom.Pre {
		w.pre++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c)
	}
	if a == atom.Pre {
		w.pre--
	}
	if block {
		w.breaks = 2
	}
}

// text writes the words of s, or s as it is inside <pre>.
func (w *textWriter) text(s string) {
	if w.pre > 0 {
		w.word(s)
		return
	}
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				w.word(s[start:i])
				start = -1
			}
			w.space = true
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		w.word(s[start:])
	}
}

func (w *textWriter) word(s string) {
	if s == "" {
		return
	}
	if w.b.Len() > 0 {
		switch {
		case w.breaks > 0:
			w.b.WriteString("\n\n"[:w.breaks])
		case w.space:
			w.b.WriteByte(' ')
		}
	}
	w.b.WriteString(s)
	w.space, w.breaks = false, 0
}

// tag returns the element's atom. Extractors build new elements with a tag
// name but no atom, so the name is looked up when the atom is missing.
func tag(n *html.Node) atom.Atom {
	if n.DataAtom != 0 || n.Type != html.ElementNode {
		return n.DataAtom
	}
	return atom.Lookup([]byte(n.Data))
}

// skipped reports whether an element holds no text a reader would see.
func skipped(n *html.Node) bool {
	switch tag(n) {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head,
		atom.Svg, atom.Math, atom.Iframe, atom.Object, atom.Embed, atom.Canvas,
		atom.Audio, atom.Video, atom.Select, atom.Button, atom.Input, atom.Textarea:
		return true
	}
	for _, a := range n.Attr {
		switch {
		case a.Key == "hidden" && a.Namespace == "":
			return true
		case a.Key == "aria-hidden" && a.Val == "true":
			return true
		}
	}
	return false
}

// isBlock reports whether an element starts a paragraph of its own.
func isBlock(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body,
		atom.Caption, atom.Center, atom.Dd, atom.Details, atom.Dialog, atom.Div,
		atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer,
		atom.Form, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Header, atom.Hgroup, atom.Hr, atom.Html, atom.Legend, atom.Li,
		atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Pre, atom.Section,
		atom.Summary, atom.Table, atom.Tr, atom.Ul:
		return true
	}
	return false
}
