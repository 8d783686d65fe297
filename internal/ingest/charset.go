package ingest

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/heraldproject/herald"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// decodeHTML returns a page as UTF-8 text, cleaned like plain text.
//
// A page that is valid UTF-8 is read as UTF-8 whatever it declares: ASCII
// reads the same in every charset that pages declare, and text in another
// charset is seldom valid UTF-8. Any other page is decoded from the charset
// that its <meta> declares. A page that declares none is read as UTF-8, its
// invalid sequences repaired, when at least half of its non-ASCII sequences
// are UTF-8, and as windows-1252, the web's default, otherwise.
func decodeHTML(data []byte) (string, []herald.Diagnostic) {
	if !utf8.Valid(data) {
		name := "utf-8"
		enc, declared := charset.Lookup(metaCharset(data))
		switch {
		case strings.HasPrefix(declared, "utf-16"):
			// A page that could be read as ASCII to find its <meta> is
			// not UTF-16, whatever the <meta> says (WHATWG).
		case enc != nil:
			name = declared
		case !mostlyUTF8(data):
			enc, name = charset.Lookup("windows-1252")
		}
		if name != "utf-8" {
			if b, err := enc.NewDecoder().Bytes(data); err == nil {
				text, bad := cleanText(b)
				diag := herald.Diagnostic{Severity: herald.Info, Stage: "ingest", Message: "decoded from " + name}
				return text, repairs([]herald.Diagnostic{diag}, bad)
			}
		}
	}
	text, bad := cleanText(data)
	return text, repairs(nil, bad)
}

// metaCharset returns the charset that a page declares in the <meta>
// elements of its first 4 KiB, or "".
func metaCharset(data []byte) string {
	z := html.NewTokenizer(bytes.NewReader(data[:min(len(data), 4<<10)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch atom.Lookup(name) {
			case atom.Body:
				return ""
			case atom.Meta:
				if cs := metaTagCharset(z, hasAttr); cs != "" {
					return cs
				}
			}
		}
	}
}

// metaTagCharset returns the charset of the <meta> tag z is at: its charset
// attribute, or the charset parameter of an http-equiv content type.
func metaTagCharset(z *html.Tokenizer, hasAttr bool) string {
	var content string
	for hasAttr {
		var key, val []byte
		key, val, hasAttr = z.TagAttr()
		switch strings.ToLower(string(key)) {
		case "charset":
			return strings.TrimSpace(string(val))
		case "content":
			content = strings.ToLower(string(val))
		}
	}
	_, cs, _ := strings.Cut(content, "charset=")
	cs, _, _ = strings.Cut(strings.TrimLeft(cs, ` "'`), ";")
	return strings.Trim(cs, ` "'`)
}

// mostlyUTF8 reports whether data holds at least as many valid multi-byte
// UTF-8 sequences as invalid ones.
func mostlyUTF8(data []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			invalid++
		} else {
			valid++
		}
		i += n
	}
	return valid >= invalid
}
