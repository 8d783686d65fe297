package ingest

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzRead reads data as the given format and checks that reading never
// panics, that every article has an ID and text that is valid UTF-8 and not
// blank, and that every error is one line naming the input. Seeds come from
// the fixtures matching glob and from testdata/fuzz.
func fuzzRead(f *testing.F, format, glob string) {
	files, err := filepath.Glob(glob)
	if err != nil {
		f.Fatal(err)
	}
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		opts := Options{Format: format, MaxBytes: 1 << 20}
		for a, err := range ReadFrom(context.Background(), bytes.NewReader(data), "fuzz", opts) {
			if err != nil {
				if msg := err.Error(); strings.Contains(msg, "\n") || !strings.HasPrefix(msg, `read "fuzz": `) {
					t.Errorf("error %q: want one line starting with read \"fuzz\"", msg)
				}
				continue
			}
			if !utf8.ValidString(a.Text) {
				t.Errorf("text is not valid UTF-8: %q", a.Text)
			}
			if strings.TrimSpace(a.Text) == "" || a.ID == "" {
				t.Errorf("article without text or ID: %+v", a)
			}
			if a.Origin.Format != format {
				t.Errorf("origin %+v: want format %s", a.Origin, format)
			}
		}
	})
}

func FuzzText(f *testing.F)  { fuzzRead(f, "text", "testdata/text/*") }
func FuzzHTML(f *testing.F)  { fuzzRead(f, "html", "testdata/html/*") }
func FuzzRSS(f *testing.F)   { fuzzRead(f, "rss", "testdata/rss/*") }
func FuzzJSONL(f *testing.F) { fuzzRead(f, "jsonl", "testdata/jsonl/*") }
