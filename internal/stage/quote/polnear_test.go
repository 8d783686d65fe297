package quote

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/heraldproject/herald/internal/devdata"

	"github.com/heraldproject/herald"
)

// A polnearArticle is one article of PolNeAR with its first annotator's
// attributions.
type polnearArticle struct {
	base, text string
	gold       []goldAttr
}

// polnearArticles reads the PolNeAR compartment that QUOTE_POLNEAR_SPLIT
// names (dev by default, train for tuning), taking each article's first
// annotation, or skips t without the data.
func polnearArticles(t *testing.T) []polnearArticle {
	t.Helper()
	split := os.Getenv("QUOTE_POLNEAR_SPLIT")
	if split == "" {
		split = "dev"
	}
	dir := devdata.Path(t, "polnear/data/"+split)
	anns, _ := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if len(anns) == 0 {
		t.Skipf("PolNeAR not found in %s", dir)
	}
	slices.Sort(anns)
	var out []polnearArticle
	seen := map[string]bool{}
	for _, ann := range anns {
		base := strings.TrimSuffix(filepath.Base(ann), ".ann")
		if i := strings.LastIndexByte(base, '_'); i > 0 {
			base = base[:i]
		}
		if seen[base] {
			continue
		}
		seen[base] = true
		raw, err := os.ReadFile(filepath.Join(dir, "text", base+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		text := string(raw)
		out = append(out, polnearArticle{base: base, text: text, gold: readAnn(t, ann, text)})
	}
	return out
}

// A goldAttr is one PolNeAR attribution, as byte spans.
type goldAttr struct {
	content, source, cue []herald.Span
}

// TestPolNeAR scores the stage on PolNeAR as internal/eval does: contents
// are compared by their letters and digits, paired one to one best first
// by intersection over union, and count at an overlap of 0.5 or exactly.
// Since this package has no entity stage, speaker accuracy here asks
// whether the speaker words the stage picked (before entity linking)
// overlap the gold source, over the overlap pairs whose gold has one.
func TestPolNeAR(t *testing.T) {
	var s polnearScore
	if os.Getenv("QUOTE_POLNEAR_DUMP") != "" {
		s.out = &strings.Builder{}
		defer func() { os.WriteFile(os.Getenv("QUOTE_POLNEAR_DUMP"), []byte(s.out.String()), 0o644) }()
	}
	for _, art := range polnearArticles(t) {
		text, gold := art.text, art.gold
		doc := newDoc(t, text, nil)
		a := newAnalysis(doc)
		if err := a.run(context.Background()); err != nil {
			t.Fatal(err)
		}
		s.add(a, gold)
		s.docs++
		s.words += len(strings.Fields(text))
	}
	o, e := s.overlap.f1(), s.exact.f1()
	t.Logf("PolNeAR %s: %d articles, %d words, %d gold attributions, %d predicted", cmp.Or(os.Getenv("QUOTE_POLNEAR_SPLIT"), "dev"), s.docs, s.words, s.overlap.tp+s.overlap.fn, s.overlap.tp+s.overlap.fp)
	t.Logf("content overlap≥0.5: P %.3f R %.3f F1 %.3f", s.overlap.p(), s.overlap.r(), o)
	t.Logf("content exact:       P %.3f R %.3f F1 %.3f", s.exact.p(), s.exact.r(), e)
	t.Logf("speaker span accuracy: %.3f (%d of %d)", float64(s.spkHit)/float64(max(s.spkN, 1)), s.spkHit, s.spkN)
	for _, k := range []herald.QuoteKind{herald.Direct, "continued", "unattributed", herald.Indirect, herald.Fragment} {
		c := s.byKind[k]
		t.Logf("  %-12s predicted %5d, matched %5d (precision %.3f)", k, c[0], c[1], float64(c[1])/float64(max(c[0], 1)))
	}
}

// kindOf returns the kind of f for the tally: direct quotes that continue
// another or have no attribution are counted apart.
func kindOf(f found) herald.QuoteKind {
	switch {
	case f.cont >= 0:
		return "continued"
	case f.kind == herald.Direct && f.cue.Empty():
		return "unattributed"
	}
	return f.kind
}

// readAnn reads the brat attributions of one article as byte spans.
func readAnn(t *testing.T, path, text string) []goldAttr {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	offs := make([]int, 0, len(text)+1)
	for i := range text {
		offs = append(offs, i)
	}
	offs = append(offs, len(text))
	spans := map[string][]herald.Span{}
	var events [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 2 || len(fields[0]) < 2 {
			continue
		}
		switch fields[0][0] {
		case 'T':
			_, rest, _ := strings.Cut(fields[1], " ")
			for _, frag := range strings.Split(rest, ";") {
				var a, b int
				if _, err := fmt.Sscanf(frag, "%d %d", &a, &b); err == nil && a <= b && b < len(offs) {
					spans[fields[0]] = append(spans[fields[0]], herald.Span{Start: offs[a], End: offs[b]})
				}
			}
		case 'E':
			events = append(events, strings.Fields(fields[1]))
		}
	}
	var out []goldAttr
	for _, ev := range events {
		var g goldAttr
		for _, arg := range ev {
			role, id, _ := strings.Cut(arg, ":")
			switch strings.TrimRight(role, "0123456789") {
			case "Content":
				g.content = append(g.content, spans[id]...)
			case "Source":
				g.source = append(g.source, spans[id]...)
			case "Cue":
				g.cue = append(g.cue, spans[id]...)
			}
		}
		if len(g.content) > 0 {
			sort.Slice(g.content, func(i, j int) bool { return g.content[i].Start < g.content[j].Start })
			out = append(out, g)
		}
	}
	return out
}

// A prf counts true and false positives and false negatives.
type prf struct{ tp, fp, fn int }

func (c prf) p() float64  { return float64(c.tp) / float64(max(c.tp+c.fp, 1)) }
func (c prf) r() float64  { return float64(c.tp) / float64(max(c.tp+c.fn, 1)) }
func (c prf) f1() float64 { p, r := c.p(), c.r(); return 2 * p * r / max(p+r, 1e-9) }

// A polnearScore accumulates the scores of articles.
type polnearScore struct {
	overlap, exact prf
	spkHit, spkN   int
	docs, words    int
	byKind         map[herald.QuoteKind]*[2]int
	out            *strings.Builder
}

// dump writes the misses, false alarms and hits of one article to s.out,
// when QUOTE_POLNEAR_DUMP names a file.
func (s *polnearScore) dump(a *analysis, gold []goldAttr, pred []found, okG, okP []bool) {
	if s.out == nil {
		return
	}
	text := a.text
	join := func(sp []herald.Span) string {
		var parts []string
		for _, x := range sp {
			parts = append(parts, x.In(text))
		}
		return strings.Join(parts, " / ")
	}
	w := countLetters(text)
	for i, g := range gold {
		if !okG[i] {
			fmt.Fprintf(s.out, "MISS cue=%q src=%q\n   %q\n", join(g.cue), join(g.source), join(g.content))
			for _, p := range pred {
				if v := w.iou(p.content, g.content); v > 0 {
					fmt.Fprintf(s.out, "   ~%.2f %s cue=%q %q\n", v, p.kind, p.cue.In(text), p.content.In(text))
				}
			}
		}
	}
	for i, p := range pred {
		if okP[i] {
			fmt.Fprintf(s.out, "HIT %s cue=%q\n", kindOf(p), p.cue.In(text))
		}
		if !okP[i] {
			fmt.Fprintf(s.out, "FALSE %s cue=%q src=%q\n   %q\n", kindOf(p), p.cue.In(text), a.span(p.subj.from, p.subj.to).In(text), p.content.In(text))
		}
	}
	for i, g := range gold {
		if okG[i] && len(g.source) > 0 {
			for _, p := range pred {
				if w.iou(p.content, g.content) >= 0.5 && !speakerOverlaps(a, p, g.source) {
					ctx := p.content
					if !p.cue.Empty() {
						ctx.Start, ctx.End = min(ctx.Start, p.cue.Start), max(ctx.End, p.cue.End)
					}
					ctx.Start, ctx.End = max(ctx.Start-150, 0), min(ctx.End+60, len(text))
					fmt.Fprintf(s.out, "SPEAKER %s/%d gold=%q got=%q cue=%q\n   %q\n", kindOf(p), p.how, join(g.source), a.span(p.subj.from, p.subj.to).In(text), p.cue.In(text), ctx.In(text))
				}
			}
		}
	}
}

// add scores the quotes the analysis a found against the gold.
func (s *polnearScore) add(a *analysis, gold []goldAttr) {
	if s.byKind == nil {
		s.byKind = map[herald.QuoteKind]*[2]int{herald.Direct: {}, herald.Indirect: {}, herald.Fragment: {}, "continued": {}, "unattributed": {}}
	}
	w := countLetters(a.text)
	var pred []found
	for _, f := range a.found {
		if w.of(f.content) > 0 {
			pred = append(pred, f)
		}
	}
	type pair struct {
		g, p int
		v    float64
	}
	var cands []pair
	for gi, g := range gold {
		for pi, p := range pred {
			if v := w.iou(p.content, g.content); v > 0 {
				cands = append(cands, pair{gi, pi, v})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].v > cands[j].v })
	usedG, usedP := make([]bool, len(gold)), make([]bool, len(pred))
	okG, okP := make([]bool, len(gold)), make([]bool, len(pred))
	defer func() { s.dump(a, gold, pred, okG, okP) }()
	var otp, etp int
	for _, c := range cands {
		if usedG[c.g] || usedP[c.p] {
			continue
		}
		usedG[c.g], usedP[c.p] = true, true
		if c.v >= 0.5 {
			okG[c.g], okP[c.p] = true, true
		}
		if c.v == 1 {
			etp++
		}
		if c.v < 0.5 {
			continue
		}
		otp++
		s.byKind[kindOf(pred[c.p])][1]++
		if len(gold[c.g].source) > 0 {
			s.spkN++
			if speakerOverlaps(a, pred[c.p], gold[c.g].source) {
				s.spkHit++
			}
		}
	}
	for _, p := range pred {
		s.byKind[kindOf(p)][0]++
	}
	s.overlap.tp += otp
	s.overlap.fp += len(pred) - otp
	s.overlap.fn += len(gold) - otp
	s.exact.tp += etp
	s.exact.fp += len(pred) - etp
	s.exact.fn += len(gold) - etp
}

// speakerOverlaps reports whether the speaker words of f, or of the quote
// it continues, overlap one of the gold source fragments.
func speakerOverlaps(a *analysis, f found, source []herald.Span) bool {
	for n := 0; f.cont >= 0 && n < len(a.found); n++ {
		f = a.found[f.cont]
	}
	sp := f.source
	if f.subj.ok() {
		sp = a.span(f.subj.from, f.subj.to)
	}
	for _, g := range source {
		if sp.Overlaps(g) {
			return true
		}
	}
	return false
}

// letterCounts holds prefix counts of letters and digits by byte offset.
type letterCounts []int

// countLetters counts the letters and digits of text.
func countLetters(text string) letterCounts {
	before := make([]int, len(text)+1)
	n := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		for k := range size {
			before[i+k] = n
		}
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			n++
		}
		i += size
	}
	before[len(text)] = n
	return before
}

// of returns the number of letters and digits in s.
func (w letterCounts) of(s herald.Span) int {
	start := min(max(s.Start, 0), len(w)-1)
	end := min(max(s.End, start), len(w)-1)
	return w[end] - w[start]
}

// iou returns the intersection over union of the letters and digits of p
// and of the sorted fragments frags, not counting against p what lies
// between the fragments.
func (w letterCounts) iou(p herald.Span, frags []herald.Span) float64 {
	var inter, gold int
	for _, f := range frags {
		gold += w.of(f)
		inter += w.of(clip(p, f))
	}
	hull := herald.Span{Start: frags[0].Start, End: frags[len(frags)-1].End}
	gaps := w.of(clip(p, hull)) - inter
	d := float64(w.of(p) - gaps + gold - inter)
	if d <= 0 {
		return 0
	}
	return float64(inter) / d
}

// clip returns the span a and b share, or an empty span.
func clip(a, b herald.Span) herald.Span {
	s := herald.Span{Start: max(a.Start, b.Start), End: min(a.End, b.End)}
	if s.End < s.Start {
		return herald.Span{}
	}
	return s
}
