package timex

import (
	"context"
	"fmt"
	"github.com/heraldproject/herald/internal/devdata"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/heraldproject/herald"
)

// A goldDoc is one TimeML file: its text without tags, its creation date
// and its TIMEX3 annotations.
type goldDoc struct {
	name  string
	dct   time.Time
	text  string
	times []herald.Time
}

// readTimeML reads the TEXT of a TimeML file, stripping the tags, and the
// TIMEX3 that is the document creation time.
func readTimeML(path string) (goldDoc, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return goldDoc{}, err
	}
	s := string(b)
	g := goldDoc{name: filepath.Base(path)}
	dct := s[strings.Index(s, "<DCT>")+1:]
	if i := strings.Index(dct, `value="`); i >= 0 && len(dct) >= i+17 {
		g.dct, err = time.Parse("2006-01-02", dct[i+7:i+17])
		if err != nil {
			return g, fmt.Errorf("read creation time of %s: %w", path, err)
		}
	}
	start, end := strings.Index(s, "<TEXT>"), strings.Index(s, "</TEXT>")
	if start < 0 || end < start {
		return g, fmt.Errorf("read %s: no TEXT", path)
	}
	var out strings.Builder
	var open herald.Time
	for i := start + len("<TEXT>"); i < end; {
		switch s[i] {
		case '<':
			j := strings.IndexByte(s[i:], '>') + i
			if j < i {
				return g, fmt.Errorf("read %s: unclosed tag", path)
			}
			tag := s[i+1 : j]
			if strings.HasPrefix(tag, "TIMEX3") {
				open = herald.Time{Span: herald.Span{Start: out.Len()}, Type: herald.TimeType(attr(tag, "type")), Value: attr(tag, "value")}
			} else if tag == "/TIMEX3" {
				open.End = out.Len()
				g.times = append(g.times, open)
			}
			i = j + 1
		case '&':
			j := strings.IndexByte(s[i:], ';') + i
			if j < i {
				return g, fmt.Errorf("read %s: unended entity", path)
			}
			out.WriteString(map[string]string{"amp": "&", "lt": "<", "gt": ">", "quot": `"`, "apos": "'"}[s[i+1:j]])
			i = j + 1
		default:
			out.WriteByte(s[i])
			i++
		}
	}
	g.text = out.String()
	return g, nil
}

// valueFloor is the value F1 below which TestTempEval3 fails: what the
// rules reach today, less a margin.
const valueFloor = 0.82

// attr returns the value of attribute name in the inside of a tag.
func attr(tag, name string) string {
	i := strings.Index(tag, " "+name+`="`)
	if i < 0 {
		return ""
	}
	v := tag[i+len(name)+3:]
	return v[:strings.IndexByte(v, '"')]
}

// counts accumulates TempEval-3 counts for one type or overall.
type counts struct {
	gold, sys           int // expressions
	strictG, relaxedG   int // gold expressions matched exactly, by overlap
	strictS, relaxedS   int // system expressions matched exactly, by overlap
	valueOK, typeOK     int // relaxed gold matches with the right value, type
	sysOfType, sysMatch int // for per-type precision: system expressions of the type, matched
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// TestTempEval3 measures recognition and normalisation on the TempEval-3
// training data (TimeBank and AQUAINT), as the TempEval-3 scorer does:
// strict (exact span) and relaxed (overlapping) precision, recall and F1;
// value accuracy over relaxed matches; and value F1, from the precision and
// recall of expressions both matched and given the gold value (which equals
// relaxed F1 × value accuracy). Set TIMEX_DUMP to a file name to write the
// errors there.
func TestTempEval3(t *testing.T) {
	dir := devdata.Path(t, "tempeval3/Training/TBAQ-cleaned")
	var files []string
	for _, sub := range []string{"TimeBank", "AQUAINT"} {
		m, _ := filepath.Glob(filepath.Join(dir, sub, "*.tml"))
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skipf("no TempEval-3 data in %s", dir)
	}
	all := map[herald.TimeType]*counts{"": {}, herald.Date: {}, herald.Clock: {}, herald.Duration: {}, herald.Set: {}}
	var dump strings.Builder
	for _, f := range files {
		g, err := readTimeML(f)
		if err != nil {
			t.Fatal(err)
		}
		doc := herald.NewDocument(herald.Article{Text: g.text, Published: g.dct})
		if err := New().Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		score(all, g, doc.Times, &dump)
	}
	c := all[""]
	sp, sr := ratio(c.strictS, c.sys), ratio(c.strictG, c.gold)
	rp, rr := ratio(c.relaxedS, c.sys), ratio(c.relaxedG, c.gold)
	vp, vr := ratio(c.valueOK, c.sys), ratio(c.valueOK, c.gold)
	t.Logf("%d files, %d gold, %d system expressions", len(files), c.gold, c.sys)
	t.Logf("strict  P %.3f R %.3f F1 %.3f", sp, sr, f1(sp, sr))
	t.Logf("relaxed P %.3f R %.3f F1 %.3f", rp, rr, f1(rp, rr))
	t.Logf("value   P %.3f R %.3f F1 %.3f (accuracy over relaxed matches %.3f, type accuracy %.3f)",
		vp, vr, f1(vp, vr), ratio(c.valueOK, c.relaxedG), ratio(c.typeOK, c.relaxedG))
	for _, typ := range []herald.TimeType{herald.Date, herald.Clock, herald.Duration, herald.Set} {
		c := all[typ]
		p, r := ratio(c.sysMatch, c.sysOfType), ratio(c.relaxedG, c.gold)
		acc := ratio(c.valueOK, c.relaxedG)
		t.Logf("%-8s gold %4d sys %4d  relaxed P %.3f R %.3f F1 %.3f  value accuracy %.3f, value F1 %.3f",
			typ, c.gold, c.sysOfType, p, r, f1(p, r), acc, f1(p, r)*acc)
	}
	if name := os.Getenv("TIMEX_DUMP"); name != "" {
		if err := os.WriteFile(name, []byte(dump.String()), 0o644); err != nil {
			t.Error(err)
		}
	}
	// The targets are relaxed F1 0.90 and value F1 0.85. The value target
	// is not reached on this data, whose gold values are inconsistent
	// (the same "last week" is 1989-WXX in one file and 1998-W08 in
	// another), so its check guards against regressions only.
	if f := f1(rp, rr); f < 0.90 {
		t.Errorf("relaxed F1 %.3f, want at least 0.90", f)
	}
	if f := f1(vp, vr); f < valueFloor {
		t.Errorf("value F1 %.3f, want at least %.2f (target 0.85)", f, valueFloor)
	}
}

// score adds the counts of one document to all, and its errors to dump.
func score(all map[herald.TimeType]*counts, g goldDoc, sys []herald.Time, dump *strings.Builder) {
	ctx := func(s herald.Span) string {
		a, b := max(s.Start-40, 0), min(s.End+30, len(g.text))
		return strings.ReplaceAll(g.text[a:s.Start]+"[["+g.text[s.Start:s.End]+"]]"+g.text[s.End:b], "\n", " ")
	}
	tot := all[""]
	for _, s := range sys {
		tot.sys++
		c := all[s.Type]
		if c == nil {
			c = &counts{}
			all[s.Type] = c
		}
		c.sysOfType++
		strict, relaxed := false, false
		for _, gt := range g.times {
			strict = strict || gt.Span == s.Span
			relaxed = relaxed || gt.Overlaps(s.Span)
		}
		if strict {
			tot.strictS++
		}
		if relaxed {
			tot.relaxedS++
			c.sysMatch++
		} else {
			fmt.Fprintf(dump, "FP\t%s\t%s\t%s\t%s\t%s\n", g.name, g.dct.Format("2006-01-02"), s.Type, s.Value, ctx(s.Span))
		}
	}
	for _, gt := range g.times {
		c := all[gt.Type]
		if c == nil {
			continue
		}
		tot.gold++
		c.gold++
		match := bestOverlap(gt.Span, sys)
		if match < 0 {
			fmt.Fprintf(dump, "FN\t%s\t%s\t%s\t%s\t%s\n", g.name, g.dct.Format("2006-01-02"), gt.Type, gt.Value, ctx(gt.Span))
			continue
		}
		s := sys[match]
		for _, x := range []*counts{tot, c} {
			x.relaxedG++
			if s.Span == gt.Span {
				x.strictG++
			}
			if s.Value == gt.Value {
				x.valueOK++
			}
			if s.Type == gt.Type {
				x.typeOK++
			}
		}
		if s.Value != gt.Value {
			fmt.Fprintf(dump, "VAL\t%s\t%s\t%s\tgold %s\tsys %s\t%s\n", g.name, g.dct.Format("2006-01-02"), gt.Type, gt.Value, s.Value, ctx(gt.Span))
		} else if s.Type != gt.Type {
			fmt.Fprintf(dump, "TYPE\t%s\t%s\t%s\tsys %s\t%s\n", g.name, g.dct.Format("2006-01-02"), gt.Type, s.Type, ctx(gt.Span))
		} else if s.Span != gt.Span {
			fmt.Fprintf(dump, "SPAN\t%s\t%s\t%s\t%s\tsys %q\n", g.name, g.dct.Format("2006-01-02"), gt.Type, ctx(gt.Span), g.text[s.Start:s.End])
		}
	}
}

// bestOverlap returns the index of the system expression that overlaps
// span most, or -1.
func bestOverlap(span herald.Span, sys []herald.Time) int {
	i := sort.Search(len(sys), func(i int) bool { return sys[i].End > span.Start })
	best, most := -1, 0
	for ; i < len(sys) && sys[i].Start < span.End; i++ {
		o := min(sys[i].End, span.End) - max(sys[i].Start, span.Start)
		if o > most {
			best, most = i, o
		}
	}
	return best
}
