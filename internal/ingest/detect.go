package ingest

import (
	"bytes"
	"path/filepath"
	"strings"

	"golang.org/x/net/html/atom"
)

// Byte order marks.
var (
	bomUTF8    = []byte("\xef\xbb\xbf")
	bomUTF16LE = []byte("\xff\xfe")
	bomUTF16BE = []byte("\xfe\xff")
)

// detectFormat names the format of an input from the extension of its name
// and, failing that, from its first bytes.
func detectFormat(name string, head []byte) (string, error) {
	switch extension(name) {
	case ".txt", ".text":
		return formatText, nil
	case ".html", ".htm", ".xhtml":
		return formatHTML, nil
	case ".rss", ".atom":
		return formatRSS, nil
	case ".jsonl", ".ndjson":
		return formatJSONL, nil
	case ".xml":
		switch root := rootElement(head); {
		case root == "" || isFeedRoot(root):
			return formatRSS, nil // a root past the sniffed bytes: let the feed parser judge
		case root == "html":
			return formatHTML, nil
		default:
			return "", malformed("feed: root element <%s> is not rss, feed or rdf:RDF", root)
		}
	}
	return sniffFormat(head), nil
}

// sniffFormat names the format of an input from its first bytes: a JSON
// object is JSONL, a feed root element RSS, an HTML document or element
// HTML, and anything else text.
func sniffFormat(head []byte) string {
	head = bytes.TrimLeft(bytes.TrimPrefix(head, bomUTF8), " \t\r\n")
	switch {
	case len(head) == 0:
		return formatText
	case head[0] == '{':
		return formatJSONL
	case head[0] != '<':
		return formatText
	}
	root := rootElement(head)
	switch {
	case isFeedRoot(root):
		return formatRSS
	case root == "html" || atom.Lookup([]byte(root)) != 0:
		return formatHTML
	}
	return formatText
}

// isFeedRoot reports whether an XML root element is that of a feed: RSS 2.0,
// Atom or RSS 1.0.
func isFeedRoot(root string) bool {
	return root == "rss" || root == "feed" || root == "rdf:rdf"
}

// rootElement returns the lower-case name of the first element in head,
// skipping white space, the XML declaration, processing instructions and
// comments. An HTML doctype counts as the element "html". It returns ""
// when head holds no element start.
func rootElement(head []byte) string {
	s := head
	for {
		s = bytes.TrimLeft(bytes.TrimPrefix(s, bomUTF8), " \t\r\n")
		var end []byte
		switch {
		case bytes.HasPrefix(s, []byte("<?")):
			end = []byte("?>")
		case bytes.HasPrefix(s, []byte("<!--")):
			end = []byte("-->")
		case len(s) >= 9 && strings.EqualFold(string(s[:9]), "<!doctype"):
			if fields := bytes.Fields(s[9:min(len(s), 64)]); len(fields) > 0 &&
				strings.HasPrefix(strings.ToLower(string(fields[0])), "html") {
				return "html"
			}
			end = []byte(">")
		case bytes.HasPrefix(s, []byte("<")):
			return elementName(s[1:])
		default:
			return ""
		}
		i := bytes.Index(s, end)
		if i < 0 {
			return ""
		}
		s = s[i+len(end):]
	}
}

// elementName returns the lower-case element name at the start of s.
func elementName(s []byte) string {
	n := 0
	for n < len(s) {
		c := s[n]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
			c == ':' || c == '-' || c == '_' || c == '.') {
			break
		}
		n++
	}
	return strings.ToLower(string(s[:n]))
}

// extension returns the lower-case extension of a file name.
func extension(name string) string {
	return strings.ToLower(filepath.Ext(name))
}

// isGzip reports whether an input is gzip-compressed, by its name or its
// magic number.
func isGzip(name string, head []byte) bool {
	return extension(name) == ".gz" || bytes.HasPrefix(head, []byte("\x1f\x8b"))
}

// magics are the leading bytes of common binary formats that may hold no
// NUL byte early on.
var magics = []string{
	"\x89PNG", "\xff\xd8\xff", "GIF87a", "GIF89a", "%PDF-", "PK\x03\x04",
	"PK\x05\x06", "BZh", "\xfd7zXZ", "\x28\xb5\x2f\xfd", "7z\xbc\xaf\x27\x1c",
	"Rar!\x1a\x07", "\x7fELF", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
	"\xca\xfe\xba\xbe", "\xcf\xfa\xed\xfe", "\xfe\xed\xfa\xcf", "OggS", "fLaC",
	"RIFF", "wOFF", "wOF2", "\x1f\x9d",
}

// binaryReason says why head is not text, or returns "" when it may be. Head
// is binary when it starts with a known magic number, holds a NUL byte, or
// more than one byte in ten is a control character other than white space
// and escape.
func binaryReason(head []byte) string {
	for _, m := range magics {
		if bytes.HasPrefix(head, []byte(m)) {
			return "not text (a known binary file signature)"
		}
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return "not text (NUL bytes)"
	}
	controls := 0
	for _, c := range head {
		if c < 0x20 && !strings.ContainsRune("\t\n\v\f\r\x1b", rune(c)) || c == 0x7f {
			controls++
		}
	}
	if controls*10 > len(head) {
		return "not text (control characters)"
	}
	return ""
}
