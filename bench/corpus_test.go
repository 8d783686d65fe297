package bench

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

func TestCorpus(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b.txt", "second\r\n")
	write("a/README.TXT", "first")
	write(".hidden.txt", "hidden")
	write("c.txt", " \n ") // empty: herald's reader reports it, bench skips it
	arts, err := Corpus(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range arts {
		got = append(got, a.Text)
	}
	if len(got) != 2 || got[0] != "first" || got[1] != "second\n" {
		t.Errorf("got %q, want [first second\\n]", got)
	}

	if _, err := Corpus(context.Background(), filepath.Join(dir, "c.txt")); err == nil {
		t.Error("got no error for a corpus with no articles")
	}
}

func TestCorpusSeed(t *testing.T) {
	arts, err := Corpus(context.Background(), "")
	if err != nil || len(arts) != 1 || arts[0].Text == "" {
		t.Fatalf("Corpus(\"\") = %d articles, %v; want the seed", len(arts), err)
	}
}
