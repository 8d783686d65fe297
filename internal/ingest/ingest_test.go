package ingest

import (
	"context"
	"errors"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/heraldproject/herald"
)

// A result is one step of a read: an article or an error.
type result struct {
	a   herald.Article
	err error
}

// collect runs a read to the end and checks what every read must hold:
// article text is valid UTF-8, and errors are one line naming the input.
func collect(t testing.TB, seq iter.Seq2[herald.Article, error]) []result {
	t.Helper()
	var got []result
	for a, err := range seq {
		if err != nil {
			if msg := err.Error(); strings.Contains(msg, "\n") || !strings.HasPrefix(msg, `read "`) {
				t.Errorf("error %q: want one line starting with read \"name\"", msg)
			}
		} else if !utf8.ValidString(a.Text) {
			t.Errorf("article %s: text is not valid UTF-8: %q", a.ID, a.Text)
		}
		got = append(got, result{a, err})
	}
	return got
}

// readString reads content as the input name.
func readString(t testing.TB, name, content string, opts Options) []result {
	t.Helper()
	return collect(t, ReadFrom(context.Background(), strings.NewReader(content), name, opts))
}

// only returns the single result of a read.
func only(t *testing.T, got []result) result {
	t.Helper()
	if len(got) != 1 {
		t.Fatalf("got %d results, want 1: %v", len(got), got)
	}
	return got[0]
}

// wantError checks that err matches kind and reads as msg.
func wantError(t *testing.T, err, kind error, msg string) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want %q", msg)
	}
	if kind != nil && !errors.Is(err, kind) {
		t.Errorf("error %q does not match %v", err, kind)
	}
	if msg != "" && err.Error() != msg {
		t.Errorf("error:\n got %q\nwant %q", err, msg)
	}
}

func TestReadMissingFile(t *testing.T) {
	got := collect(t, Read(context.Background(), "testdata/no-such-file.txt", Options{}))
	wantError(t, only(t, got).err, fs.ErrNotExist, `read "testdata/no-such-file.txt": file does not exist`)
}

func TestReadDirectory(t *testing.T) {
	got := collect(t, Read(context.Background(), "testdata/dir", Options{}))
	want := []struct {
		path, format string
		kind         error
	}{
		{"testdata/dir/a.txt", "text", nil},
		{"testdata/dir/notes", "text", nil},
		{"testdata/dir/sub/b.html", "html", nil},
		{"testdata/dir/sub/c.png", "", herald.ErrBinary},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d results, want %d: %v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		if g.a.Origin.Path != w.path || g.a.Origin.Format != w.format {
			t.Errorf("result %d: origin %+v, want path %s format %q", i, g.a.Origin, w.path, w.format)
		}
		if w.kind == nil && g.err != nil || w.kind != nil && !errors.Is(g.err, w.kind) {
			t.Errorf("result %d (%s): error %v, want %v", i, w.path, g.err, w.kind)
		}
	}
}

func TestReadEmptyDirectory(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, ".hidden"), []byte("skipped"), 0o644); err != nil {
		t.Fatal(err)
	}
	got := collect(t, Read(context.Background(), dir, Options{}))
	wantError(t, only(t, got).err, herald.ErrEmpty, `read "`+dir+`/": empty input: no articles found`)
}

func TestReadLinkToDirectory(t *testing.T) {
	dir := t.TempDir()
	abs, err := filepath.Abs("testdata/dir/sub")
	if err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink(abs, link); err != nil {
		t.Skip(err)
	}
	got := collect(t, Read(context.Background(), link, Options{}))
	if len(got) != 2 || got[0].a.Origin.Path != link+"/b.html" {
		t.Errorf("got %v, want b.html and c.png under %s", got, link)
	}
}

func TestReadTooLargeFile(t *testing.T) {
	// A sparse file: 200 MB long, nothing on disk, nothing read.
	p := filepath.Join(t.TempDir(), "big.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(200 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	got := collect(t, Read(context.Background(), p, Options{}))
	wantError(t, only(t, got).err, herald.ErrTooLarge,
		`read "`+p+`": 200 MB is over the 32 MB limit (raise it with --max-size)`)
}

func TestReadGzip(t *testing.T) {
	tests := []struct {
		path, format string
	}{
		{"testdata/gz/article.txt.gz", "text"},
		{"testdata/gz/articles.jsonl.gz", "jsonl"},
		{"testdata/gz/page-without-extension", "html"},
	}
	for _, tt := range tests {
		got := collect(t, Read(context.Background(), tt.path, Options{}))
		if len(got) < 1 || got[0].err != nil || got[0].a.Origin.Format != tt.format || got[0].a.Origin.Path != tt.path {
			t.Errorf("%s: got %v, want a %s article first", tt.path, got, tt.format)
		}
	}
	got := collect(t, Read(context.Background(), "testdata/gz/broken.txt.gz", Options{}))
	wantError(t, only(t, got).err, herald.ErrMalformed, `read "testdata/gz/broken.txt.gz": malformed gzip: unexpected EOF`)
}

func TestReadGzipTooLarge(t *testing.T) {
	got := collect(t, Read(context.Background(), "testdata/gz/article.txt.gz", Options{MaxBytes: 100}))
	wantError(t, only(t, got).err, herald.ErrTooLarge, `read "testdata/gz/article.txt.gz": input is over the 100 bytes limit (raise it with --max-size)`)
}

func TestReadCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	got := collect(t, Read(ctx, "testdata/dir", Options{}))
	wantError(t, only(t, got).err, context.Canceled, `read "testdata/dir/a.txt": context canceled`)
}

func TestReadCancelledMidway(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var n int
	var last error
	for _, err := range Read(ctx, "testdata/jsonl/articles.jsonl", Options{}) {
		n++
		last = err
		if n == 1 {
			cancel()
		}
	}
	if n != 2 || !errors.Is(last, context.Canceled) {
		t.Errorf("got %d results ending with %v, want 2 ending with context.Canceled", n, last)
	}
}

func TestReadStopsWhenConsumerStops(t *testing.T) {
	for _, path := range []string{"testdata/dir", "testdata/jsonl/articles.jsonl", "testdata/rss/feed.rss"} {
		n := 0
		for range Read(context.Background(), path, Options{}) {
			n++
			break
		}
		if n != 1 {
			t.Errorf("%s: got %d results after break, want 1", path, n)
		}
	}
}

func TestReadOptions(t *testing.T) {
	got := readString(t, "x", "text", Options{Format: "pdf"})
	wantError(t, only(t, got).err, nil, `read "x": unknown format "pdf" (want text, html, rss or jsonl)`)
	got = readString(t, "x", "text", Options{MaxBytes: -1})
	wantError(t, only(t, got).err, nil, `read "x": size limit -1 is negative`)
	got = readString(t, "x.html", "<p>Plain words</p>", Options{Format: "TEXT"})
	if r := only(t, got); r.err != nil || r.a.Text != "<p>Plain words</p>" || r.a.Origin.Format != "text" {
		t.Errorf("forced text: got %+v, %v", r.a, r.err)
	}
}

func TestDetectFormat(t *testing.T) {
	tests := []struct {
		name, head, want string
	}{
		{"a.txt", "<html>", "text"},
		{"a.TEXT", "", "text"},
		{"a.htm", "plain", "html"},
		{"a.xhtml", "", "html"},
		{"a.atom", "", "rss"},
		{"a.rss", "", "rss"},
		{"a.ndjson", "", "jsonl"},
		{"a.jsonl", "", "jsonl"},
		{"a.xml", `<?xml version="1.0"?><!-- c --><rss version="2.0">`, "rss"},
		{"a.xml", `<feed xmlns="http://www.w3.org/2005/Atom">`, "rss"},
		{"a.xml", `<rdf:RDF xmlns:rdf="">`, "rss"},
		{"a.xml", `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">`, "html"},
		{"a.xml", `<?xml version="1.0"?>`, "rss"},
		{"-", `{"text": "x"}`, "jsonl"},
		{"-", "\ufeff  \n{", "jsonl"},
		{"-", `<?xml version="1.0"?><rss>`, "rss"},
		{"-", `<feed>`, "rss"},
		{"-", `<!DOCTYPE html><html>`, "html"},
		{"-", `<!doctype HTML>`, "html"},
		{"-", `<!-- saved page --><HTML>`, "html"},
		{"-", `<p>Hello</p>`, "html"},
		{"-", `<?xml version="1.0"?><catalog>`, "text"},
		{"-", `<unknownthing>`, "text"},
		{"-", `Reuters - The market...`, "text"},
		{"-", ``, "text"},
		{"page.php", `<html>`, "html"},
	}
	for _, tt := range tests {
		got, err := detectFormat(tt.name, []byte(tt.head))
		if err != nil || got != tt.want {
			t.Errorf("detectFormat(%q, %q) = %q, %v; want %q", tt.name, tt.head, got, err, tt.want)
		}
	}
	_, err := detectFormat("sitemap.xml", []byte(`<?xml version="1.0"?><urlset>`))
	wantError(t, err, herald.ErrMalformed, "malformed feed: root element <urlset> is not rss, feed or rdf:RDF")
}

func TestBinaryReason(t *testing.T) {
	tests := []struct {
		head   string
		binary bool
	}{
		{"plain text\n", false},
		{"tabs\tand\fform feeds\r\n\x1b[1mbold\x1b[0m", false},
		{"caf\xe9 latin-1 is repaired, not refused", false},
		{"%PDF-1.7\n", true},
		{"PK\x03\x04 docx", true},
		{"\xff\xd8\xff\xe0 jpeg", true},
		{"text with a \x00 NUL", true},
		{"ab\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f", true},
		{"mostly text with one \x01 control character in it", false},
	}
	for _, tt := range tests {
		if got := binaryReason([]byte(tt.head)) != ""; got != tt.binary {
			t.Errorf("binaryReason(%q) binary = %v, want %v", tt.head, got, tt.binary)
		}
	}
}

func TestFormatSize(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{
		{1, "1 byte"},
		{100, "100 bytes"},
		{1536, "1.5 KB"},
		{32 << 10, "32 KB"},
		{32 << 20, "32 MB"},
		{200 << 20, "200 MB"},
		{1<<20 + 1<<19, "1.5 MB"},
	}
	for _, tt := range tests {
		if got := formatSize(tt.n); got != tt.want {
			t.Errorf("formatSize(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
	if got := tooLarge(32<<20+1, 32<<20).Error(); got != "33554433 bytes is over the 33554432 bytes limit (raise it with --max-size)" {
		t.Errorf("tooLarge just over the limit = %q", got)
	}
}

func TestContentID(t *testing.T) {
	// The first 16 hex digits of the SHA-256 of "abc".
	if got, want := contentID("abc"), "ba7816bf8f01cfea"; got != want {
		t.Errorf("contentID(abc) = %s, want %s", got, want)
	}
}
