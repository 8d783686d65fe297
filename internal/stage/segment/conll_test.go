package segment

import (
	"bufio"
	"github.com/heraldproject/herald/internal/devdata"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/neurosnap/sentences/english"
)

// conllPath returns the path of the CoNLL-2003 development set, which
// HERALD_CONLL may override (e.g. with eng.train), or skips t without it.
func conllPath(t *testing.T) string {
	if p := os.Getenv("HERALD_CONLL"); p != "" {
		return p
	}
	return devdata.Path(t, "conll2003/eng.testa")
}

// A conllDoc is one document of CoNLL-2003 rebuilt as text, with the end
// offsets of its gold sentences except the last.
type conllDoc struct {
	text string
	gold map[int]bool
}

// readCoNLL rebuilds the documents of a CoNLL-2003 file: tokens joined by
// single spaces; sentences joined by a space after terminal punctuation,
// else by a line break (headlines, datelines, table rows).
func readCoNLL(path string) ([]conllDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []conllDoc
	var sents [][]string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			sents = append(sents, cur)
			cur = nil
		}
	}
	flushDoc := func() {
		flush()
		if len(sents) > 0 {
			docs = append(docs, buildDoc(sents))
			sents = nil
		}
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "-DOCSTART-"):
			flushDoc()
		case strings.TrimSpace(line) == "":
			flush()
		default:
			cur = append(cur, strings.Fields(line)[0])
		}
	}
	flushDoc()
	return docs, sc.Err()
}

// buildDoc joins the sentences of one document.
func buildDoc(sents [][]string) conllDoc {
	var b strings.Builder
	gold := make(map[int]bool)
	for i, s := range sents {
		if i > 0 {
			gold[b.Len()] = true
			if terminal(sents[i-1]) {
				b.WriteByte(' ')
			} else {
				b.WriteByte('\n')
			}
		}
		b.WriteString(strings.Join(s, " "))
	}
	return conllDoc{text: b.String(), gold: gold}
}

// terminal reports whether a sentence ends with terminal punctuation,
// perhaps followed by closing quotes or brackets.
func terminal(toks []string) bool {
	for i := len(toks) - 1; i >= 0; i-- {
		switch t := toks[i]; t {
		case `"`, "'", ")", "''":
			continue
		default:
			return strings.HasSuffix(t, ".") || t == "!" || t == "?"
		}
	}
	return false
}

// A score counts boundary decisions.
type score struct{ tp, fp, fn int }

func (s score) prf() (p, r, f float64) {
	p = float64(s.tp) / float64(max(s.tp+s.fp, 1))
	r = float64(s.tp) / float64(max(s.tp+s.fn, 1))
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// add scores predicted sentence ends against the gold ones; the end of the
// text is not a decision and is ignored.
func (s *score) add(d conllDoc, ends []int) {
	seen := make(map[int]bool)
	for _, e := range ends {
		if e >= len(d.text) || seen[e] {
			continue
		}
		seen[e] = true
		if d.gold[e] {
			s.tp++
		} else {
			s.fp++
		}
	}
	s.fn += len(d.gold) - s.countIn(d.gold, seen)
}

func (*score) countIn(gold, seen map[int]bool) int {
	n := 0
	for e := range gold {
		if seen[e] {
			n++
		}
	}
	return n
}

func TestCoNLLBoundaries(t *testing.T) {
	path := conllPath(t)
	docs, err := readCoNLL(path)
	if err != nil {
		t.Fatal(err)
	}
	tk, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	// strict compares offsets as they are. loose first moves every
	// boundary back over straight quotes, because CoNLL puts the opening
	// quote of a sentence now with it and now with the sentence before.
	// inline keeps only boundaries inside lines, after terminal
	// punctuation, where a Punkt tokenizer such as neurosnap's works.
	var scores [2][3]score
	for _, d := range docs {
		sents, _ := Segment(d.text, 0, nil, nil)
		var ends [2][]int
		for _, s := range sents {
			ends[0] = append(ends[0], s.End)
		}
		for _, s := range tk.Tokenize(d.text) {
			ends[1] = append(ends[1], s.End-(len(s.Text)-len(strings.TrimRight(s.Text, " \t\r\n"))))
		}
		loose, inline := d.view(unquote), d.view(inLine)
		for i := range ends {
			scores[i][0].add(d, ends[i])
			scores[i][1].add(loose, mapEnds(d.text, ends[i], unquote))
			scores[i][2].add(inline, mapEnds(d.text, ends[i], inLine))
		}
	}
	t.Logf("CoNLL-2003 %s: %d documents, %d gold boundaries", filepath.Base(path), len(docs), scores[0][0].tp+scores[0][0].fn)
	for i, name := range []string{"herald   ", "neurosnap"} {
		for j, how := range []string{"strict", "quotes loose", "inline"} {
			sc := scores[i][j]
			p, r, f := sc.prf()
			t.Logf("%s %-12s P %.4f R %.4f F1 %.4f (tp %d fp %d fn %d)", name, how, p, r, f, sc.tp, sc.fp, sc.fn)
		}
	}
	if _, _, f := scores[0][0].prf(); f < 0.95 {
		t.Errorf("herald strict boundary F1 %.4f below 0.95", f)
	}
}

// view returns d with its gold boundaries mapped by f; those mapped to -1
// are dropped.
func (d conllDoc) view(f func(string, int) int) conllDoc {
	v := conllDoc{text: d.text, gold: make(map[int]bool)}
	for e := range d.gold {
		if e = f(d.text, e); e >= 0 {
			v.gold[e] = true
		}
	}
	return v
}

// mapEnds returns ends mapped by f, without those mapped to -1.
func mapEnds(text string, ends []int, f func(string, int) int) []int {
	var out []int
	for _, e := range ends {
		if e = f(text, e); e >= 0 {
			out = append(out, e)
		}
	}
	return out
}

// unquote moves a boundary at e back over white space and straight quotes.
func unquote(text string, e int) int {
	for e > 0 && strings.IndexByte(" \n\"'", text[e-1]) >= 0 {
		e--
	}
	return e
}

// inLine drops a boundary at a line break, returning -1, and keeps others.
func inLine(text string, e int) int {
	if e < len(text) && text[e] == '\n' {
		return -1
	}
	return e
}
