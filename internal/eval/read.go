package eval

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/heraldproject/herald"
)

// findFiles returns path when it is a file, or the files below the folder
// path whose names end in ext (any case), sorted.
func findFiles(path, ext string) ([]string, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	if !fi.IsDir() {
		return []string{path}, nil
	}
	var out []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(strings.ToLower(p), ext) {
			out = append(out, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("read gold %q: no %s files", path, ext)
	}
	slices.Sort(out)
	return out, nil
}

// jsonLine returns the line of a JSON decoding error in data, or 0 when
// the error carries no offset.
func jsonLine(data []byte, err error) int {
	var off int64
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		off = syn.Offset
	case errors.As(err, &typ):
		off = typ.Offset
	default:
		return 0
	}
	off = min(max(off, 0), int64(len(data)))
	return 1 + bytes.Count(data[:off], []byte{'\n'})
}

// readGzip returns the decompressed contents of the file at path.
func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("read gold %q: %w", path, err)
	}
	b, err := io.ReadAll(z)
	if err != nil {
		return nil, fmt.Errorf("read gold %q: %w", path, err)
	}
	return b, nil
}

// xmlError positions an XML decoding error by its line.
func xmlError(name string, d *xml.Decoder, err error) error {
	line, _ := d.InputPos()
	var syn *xml.SyntaxError
	if errors.As(err, &syn) {
		line = syn.Line
	}
	return fmt.Errorf("read gold %q: line %d: %w", name, line, err)
}

// charOffsets returns the byte offset of every character of text, plus
// len(text) at the end, so that offsets[i] converts a gold offset counted
// in Unicode code points (as Python counts them) into a byte offset.
// Invalid UTF-8 bytes count as one character each.
func charOffsets(text string) []int {
	offs := make([]int, 0, utf8.RuneCountInString(text)+1)
	for i := range text {
		offs = append(offs, i)
	}
	return append(offs, len(text))
}

// byteSpan converts the character span [start, end) into a byte span. It
// reports false when the span is reversed or outside the text.
func byteSpan(offs []int, start, end int) (herald.Span, bool) {
	if start < 0 || end < start || end >= len(offs) {
		return herald.Span{}, false
	}
	return herald.Span{Start: offs[start], End: offs[end]}, true
}
