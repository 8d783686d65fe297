package ingest

import (
	"fmt"

	"github.com/heraldproject/herald"
)

// A problem is what is wrong with an input, phrased for people, that matches
// one of herald's sentinel errors with errors.Is.
type problem struct {
	kind error // herald.ErrEmpty, ErrTooLarge, ErrBinary or ErrMalformed
	msg  string
}

func (p *problem) Error() string { return p.msg }
func (p *problem) Unwrap() error { return p.kind }

// malformed reports input that cannot be parsed in its format; the message
// reads "malformed " followed by the formatted detail, e.g. "malformed JSON:
// unexpected end of JSON input".
func malformed(format string, args ...any) error {
	return &problem{herald.ErrMalformed, "malformed " + fmt.Sprintf(format, args...)}
}

// empty reports input without text, saying why.
func empty(why string) error {
	return &problem{herald.ErrEmpty, "empty input: " + why}
}

// tooLarge reports input over the size limit; size is -1 when only the
// excess is known.
func tooLarge(size, limit int64) error {
	s, l := formatSize(size), formatSize(limit)
	if s == l {
		s, l = fmt.Sprintf("%d bytes", size), fmt.Sprintf("%d bytes", limit)
	}
	if size < 0 {
		s = "input"
	}
	return &problem{herald.ErrTooLarge, fmt.Sprintf("%s is over the %s limit (raise it with --max-size)", s, l)}
}

// formatSize writes a byte count for people, in binary units labelled as
// people say them: 32 MB for 32 MiB.
func formatSize(n int64) string {
	unit, name := int64(1), "bytes"
	switch {
	case n >= 1<<20:
		unit, name = 1<<20, "MB"
	case n >= 1<<10:
		unit, name = 1<<10, "KB"
	}
	if unit == 1 {
		if n == 1 {
			return "1 byte"
		}
		return fmt.Sprintf("%d bytes", n)
	}
	v := float64(n) / float64(unit)
	if v >= 10 || n%unit == 0 {
		return fmt.Sprintf("%.0f %s", v, name)
	}
	return fmt.Sprintf("%.1f %s", v, name)
}
