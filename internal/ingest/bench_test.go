package ingest

import (
	"context"
	"fmt"
	"github.com/heraldproject/herald/internal/devdata"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// drain reads everything a read yields and counts the articles, failing on
// any error.
func drain(b *testing.B, name, content string, opts Options) int {
	n := 0
	for _, err := range ReadFrom(context.Background(), strings.NewReader(content), name, opts) {
		if err != nil {
			b.Fatal(err)
		}
		n++
	}
	return n
}

// BenchmarkText measures plain-text reading in MB/s and words/s, for clean
// UTF-8 and for text that needs repairs (CRLF, invalid UTF-8).
func BenchmarkText(b *testing.B) {
	article, err := os.ReadFile("testdata/text/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	clean, _ := cleanText(article)
	inputs := map[string]string{
		"clean":  strings.Repeat(clean, (4<<20)/len(clean)),
		"repair": strings.Repeat(string(article)+"caf\xe9\r\n", (4<<20)/len(article)),
	}
	for _, name := range []string{"clean", "repair"} {
		in := inputs[name]
		words := len(strings.Fields(in))
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for b.Loop() {
				drain(b, "a.txt", in, Options{})
			}
			b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
		})
	}
}

// BenchmarkHTML measures main-text extraction in pages/s over the pages of
// the article-extraction benchmark, or over a fixture page without them.
func BenchmarkHTML(b *testing.B) {
	var pages [][]byte
	if root, ok := devdata.Root(); ok && dirExists(filepath.Join(root, "article-extraction-benchmark")) {
		for _, p := range loadExtractionBenchmark(b) {
			pages = append(pages, p.html)
		}
	} else {
		page, err := os.ReadFile("testdata/html/article.html")
		if err != nil {
			b.Fatal(err)
		}
		pages = [][]byte{page}
	}
	var size int64
	for _, p := range pages {
		size += int64(len(p))
	}
	b.SetBytes(size / int64(len(pages)))
	for i := 0; b.Loop(); i++ {
		page := pages[i%len(pages)]
		for _, err := range ReadFrom(context.Background(), strings.NewReader(string(page)), "page.html", Options{}) {
			_ = err // a few benchmark pages have no main text
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}

func dirExists(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}

// BenchmarkJSONL measures JSONL reading in articles/s, over lines of a
// typical news story's length.
func BenchmarkJSONL(b *testing.B) {
	article, err := os.ReadFile("testdata/text/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	text, _ := cleanText(article)
	text = strings.Repeat(text, 8) // about 2,700 bytes, a short news story
	var sb strings.Builder
	const lines = 1000
	for i := range lines {
		fmt.Fprintf(&sb, `{"id": "a%d", "url": "https://courier.example/%d", "title": "Harbour strike ends", "published": "2024-03-12T09:30:00+01:00", "text": %q}`+"\n", i, i, text)
	}
	in := sb.String()
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if n := drain(b, "a.jsonl", in, Options{}); n != lines {
			b.Fatalf("read %d articles, want %d", n, lines)
		}
	}
	b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
