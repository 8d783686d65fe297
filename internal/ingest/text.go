package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/heraldproject/herald"
)

// text reads a plain-text article.
func (r *run) text(data []byte, o herald.Origin) {
	text, bad := cleanText(data)
	if strings.TrimSpace(text) == "" {
		r.fail(o, fmt.Errorf("read %q: %w", o.Path, empty("no text")))
		return
	}
	r.emit(herald.Article{Text: text, Origin: o, Diagnostics: repairs(nil, bad)})
}

// cleanText returns b as text: without a leading byte order mark, with CRLF
// and CR line endings turned into LF, and with each invalid UTF-8 sequence
// replaced by U+FFFD. It also returns how many sequences it replaced.
func cleanText(b []byte) (string, int) {
	b = bytes.TrimPrefix(b, bomUTF8)
	if bytes.IndexByte(b, '\r') < 0 && utf8.Valid(b) {
		return string(b), 0
	}
	var sb strings.Builder
	sb.Grow(len(b))
	bad := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c == '\r' {
				c = '\n'
				if i+1 < len(b) && b[i+1] == '\n' {
					i++
				}
			}
			sb.WriteByte(c)
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || n > 1 {
			sb.Write(b[i : i+n])
			i += n
			continue
		}
		// One U+FFFD stands for a whole run of bad bytes, as in
		// strings.ToValidUTF8.
		bad++
		sb.WriteRune(utf8.RuneError)
		for i++; i < len(b) && b[i] >= utf8.RuneSelf; i++ {
			if r, n := utf8.DecodeRune(b[i:]); r != utf8.RuneError || n > 1 {
				break
			}
		}
	}
	return sb.String(), bad
}

// cleanString is cleanText for a string.
func cleanString(s string) (string, int) {
	if !strings.ContainsRune(s, '\r') && utf8.ValidString(s) && !strings.HasPrefix(s, "\ufeff") {
		return s, 0
	}
	return cleanText([]byte(s))
}

// repairs adds to diags a warning about bad invalid UTF-8 sequences, if any.
func repairs(diags []herald.Diagnostic, bad int) []herald.Diagnostic {
	if bad == 0 {
		return diags
	}
	s := "s"
	if bad == 1 {
		s = ""
	}
	return append(diags, herald.Diagnostic{
		Severity: herald.Warning,
		Stage:    "ingest",
		Message:  fmt.Sprintf("replaced %d invalid UTF-8 sequence%s with U+FFFD", bad, s),
	})
}
