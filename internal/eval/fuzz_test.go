package eval

import (
	"os"
	"strings"
	"testing"
)

// addSeeds adds the given test files to f's corpus, besides the seeds in
// testdata/fuzz/<name>.
func addSeeds(f *testing.F, paths ...string) {
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

func FuzzReadCoNLL(f *testing.F) {
	addSeeds(f, "testdata/ner/iob1.conll", "testdata/ner/iob2.conll", "testdata/ner/badtag.conll")
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, err := readCoNLL(strings.NewReader(string(data)), "fuzz")
		if err != nil {
			return
		}
		for _, d := range docs {
			for _, s := range d.Spans {
				if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
					t.Fatalf("span %+v outside text of %d bytes", s, len(d.Text))
				}
			}
		}
	})
}

func FuzzReadTimeML(f *testing.F) {
	addSeeds(f, "testdata/timex/a.tml", "testdata/timex/b.tml", "testdata/timex-bad/unclosed.tml")
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := readTimeML(strings.NewReader(string(data)), "fuzz.tml")
		if err != nil {
			return
		}
		for _, g := range d.Times {
			if g.Start < 0 || g.End > len(d.Text) || g.Start >= g.End {
				t.Fatalf("span %+v outside text of %d bytes", g.Span, len(d.Text))
			}
		}
	})
}

func FuzzReadBrat(f *testing.F) {
	addSeeds(f, "testdata/polnear/attributions/art_aaaa.ann", "testdata/polnear-bad/attributions/x_dddd.ann")
	text, err := os.ReadFile("testdata/polnear/text/art.txt")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		quotes, err := readBrat(strings.NewReader(string(data)), "fuzz.ann", string(text))
		if err != nil {
			return
		}
		for _, q := range quotes {
			for _, s := range append(append(q.Content, q.Source...), q.Cue...) {
				if s.Start < 0 || s.End > len(text) || s.Start > s.End {
					t.Fatalf("span %+v outside text of %d bytes", s, len(text))
				}
			}
		}
	})
}

func FuzzReadGeoXML(f *testing.F) {
	addSeeds(f, "testdata/places/lgl-mini.xml", "testdata/places/geovirus-mini.xml", "testdata/places/tr-mini.xml")
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, _, err := readGeoXML(strings.NewReader(string(data)), "fuzz.xml")
		if err != nil {
			return
		}
		for _, d := range docs {
			for _, tp := range d.Toponyms {
				if tp.Start < 0 || tp.End > len(d.Text) || tp.Start >= tp.End {
					t.Fatalf("span %+v outside text of %d bytes", tp.Span, len(d.Text))
				}
			}
		}
	})
}

func FuzzReadEvents(f *testing.F) {
	addSeeds(f, "testdata/events/plover.json", "testdata/events/petrarch.xml", "testdata/events/bad.json")
	f.Fuzz(func(t *testing.T, data []byte) {
		// Neither reader may panic on any input.
		readPLOVER(data, "fuzz.json")
		readPETRARCH(data, "fuzz.xml")
	})
}
