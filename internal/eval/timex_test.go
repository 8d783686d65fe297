package eval

import (
	"context"
	"github.com/heraldproject/herald/internal/devdata"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/heraldproject/herald"
)

// spanOf returns the span of the first occurrence of sub in text.
func spanOf(t *testing.T, text, sub string) herald.Span {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in text", sub)
	}
	return herald.Span{Start: i, End: i + len(sub)}
}

func TestReadTimeML(t *testing.T) {
	d, err := readTimeMLFile("testdata/timex/a.tml")
	if err != nil {
		t.Fatal(err)
	}
	wantText := "\nOfficials said Thursday that talks would last two weeks & end by August 21.\nThe group meets weekly at 9 a.m.\n"
	if d.ID != "DOC-A" || d.DCT != "1998-08-07" || d.Text != wantText {
		t.Errorf("got ID %q, DCT %q, text %q", d.ID, d.DCT, d.Text)
	}
	var got []string
	for _, g := range d.Times {
		got = append(got, g.Type+"|"+g.Value+"|"+g.In(d.Text))
	}
	want := []string{"DATE|1998-08-06|Thursday", "DURATION|P2W|two weeks", "DATE|1998-08-21|by August 21", "SET|P1W|weekly", "TIME|1998-08-07T09:00|9 a.m."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("timexes:\ngot  %q\nwant %q", got, want)
	}
}

func TestReadTimeMLNested(t *testing.T) {
	in := `<TimeML><TEXT>In <TIMEX3 type="DATE" value="1998-W32">the week of <TIMEX3 type="DATE" value="1998-08-03">Aug. 3</TIMEX3></TIMEX3><TIMEX3 type="DATE" value="X"/>.</TEXT></TimeML>`
	d, err := readTimeML(strings.NewReader(in), "nested.tml")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, g := range d.Times {
		got = append(got, g.In(d.Text))
	}
	// The inner expression closes first; the empty one is dropped.
	if want := []string{"Aug. 3", "the week of Aug. 3"}; !reflect.DeepEqual(got, want) || d.ID != "nested" {
		t.Errorf("got %q (ID %q), want %q", got, d.ID, want)
	}
}

func TestReadTimeMLErrors(t *testing.T) {
	_, err := readTimeMLFile("testdata/timex-bad/unclosed.tml")
	if err == nil || !strings.Contains(err.Error(), `unclosed.tml": line 6: `) {
		t.Errorf("unclosed: got %v, want an error at line 6", err)
	}
	_, err = readTimeMLFile("testdata/timex-bad/notext.tml")
	if err == nil || !strings.Contains(err.Error(), "no TEXT") {
		t.Errorf("no TEXT: got %v", err)
	}
	in := `<?xml version="1.0" encoding="ISO-8859-1"?><TimeML><TEXT>caf` + "\xe9" + `</TEXT></TimeML>`
	d, err := readTimeML(strings.NewReader(in), "latin1.tml")
	if err != nil || d.Text != "café" {
		t.Errorf("latin-1: got %q, %v", d.Text, err)
	}
}

// timexFakeA predicts, for a.tml: Thursday (exact, right value), "two" of
// "two weeks" (relaxed, right value), "August 21" of "by August 21"
// (relaxed, wrong value), weekly typed DATE (exact, wrong type),
// "Officials" (false), an empty span (ignored); 9 a.m. is missed.
func timexFakeA(t *testing.T) Analyzer {
	return annotate(func(doc *herald.Document) {
		at := func(sub string, typ herald.TimeType, v string) herald.Time {
			return herald.Time{Span: spanOf(t, doc.Text, sub), Type: typ, Value: v}
		}
		doc.Times = []herald.Time{
			at("Thursday", herald.Date, "1998-08-06"),
			at("two", herald.Duration, "P2W"),
			at("August 21", herald.Date, "1998-08-20"),
			at("weekly", herald.Date, "P1W"),
			at("Officials", herald.Clock, "X"),
			{Span: herald.Span{Start: 3, End: 3}, Type: herald.Date, Value: "X"},
		}
	})
}

func TestRunTimex(t *testing.T) {
	rep, err := Run(context.Background(), "timex", "testdata/timex/a.tml", timexFakeA(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkScore(t, row(t, rep, "strict"), newScore("strict", 2, 3, 3))
	checkScore(t, rep.Overall, newScore("relaxed", 4, 1, 1))
	checkScore(t, row(t, rep, "value"), Score{"value", 3, 2, 2, 0.6, 0.6, 0.6})
	checkScore(t, row(t, rep, "type"), newScore("type", 3, 2, 2))
	if f := figure(t, rep, "value accuracy"); !near(f.Value, 0.75) || f.N != 4 {
		t.Errorf("value accuracy: got %+v, want 0.75 of 4", f)
	}
	// TempEval-3: value F1 = value accuracy × relaxed F1.
	if v := row(t, rep, "value").F1; !near(v, 0.75*rep.Overall.F1) {
		t.Errorf("value F1 %v is not accuracy × relaxed F1", v)
	}
	checkScore(t, row(t, rep, "DATE"), Score{"DATE", 2, 1, 0, 2.0 / 3, 1, 0.8})
	checkScore(t, row(t, rep, "TIME"), newScore("TIME", 0, 1, 1))
	checkScore(t, row(t, rep, "DURATION"), newScore("DURATION", 1, 0, 0))
	checkScore(t, row(t, rep, "SET"), newScore("SET", 0, 0, 1))
	// By type: Thursday is the DATE hit ("August 21" has the wrong value,
	// "weekly" the wrong type); "two" the DURATION hit.
	checkScore(t, row(t, rep, "value DATE"), newScore("value DATE", 1, 2, 1))
	checkScore(t, row(t, rep, "value TIME"), newScore("value TIME", 0, 1, 1))
	checkScore(t, row(t, rep, "value DURATION"), newScore("value DURATION", 1, 0, 0))
	checkScore(t, row(t, rep, "value SET"), newScore("value SET", 0, 0, 1))
}

func TestRunTimexOneToOne(t *testing.T) {
	// One prediction covering two gold dates finds only one of them.
	wide := annotate(func(doc *herald.Document) {
		doc.Times = []herald.Time{{Span: spanOf(t, doc.Text, "Monday to Friday"), Type: herald.Date, Value: "1990-08-13"}}
	})
	rep, err := Run(context.Background(), "timex", "testdata/timex/b.tml", wide, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkScore(t, rep.Overall, newScore("relaxed", 1, 0, 1))
	checkScore(t, row(t, rep, "strict"), newScore("strict", 0, 1, 2))
	checkScore(t, row(t, rep, "value"), newScore("value", 1, 0, 1))
}

func TestRunTimexFolder(t *testing.T) {
	var published []time.Time
	spy := analyzerFunc(func(_ context.Context, a herald.Article) (*herald.Document, error) {
		published = append(published, a.Published)
		return herald.NewDocument(a), nil
	})
	rep, err := Run(context.Background(), "timex", "testdata/timex", spy, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []time.Time{time.Date(1998, 8, 7, 0, 0, 0, 0, time.UTC), time.Date(1990, 8, 15, 13, 37, 0, 0, time.UTC)}
	if !reflect.DeepEqual(published, want) {
		t.Errorf("published: got %v, want %v", published, want)
	}
	if rep.Docs != 2 || len(rep.Notes) != 1 {
		t.Errorf("got %d docs and notes %q, want 2 docs and a note on the duplicate", rep.Docs, rep.Notes)
	}
	checkScore(t, rep.Overall, newScore("relaxed", 0, 0, 7))
	noNaN(t, rep)
	for _, f := range rep.Figures {
		if f.Value != 0 || f.N != 0 {
			t.Errorf("figure %+v: want 0 over 0 items", f)
		}
	}
}

func TestTimexDevData(t *testing.T) {
	dir := devdata.Path(t, "tempeval3/Training")
	docs, notes, err := readTimeMLGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	gold := make(map[string][]herald.Time)
	n := 0
	for _, d := range docs {
		for _, g := range d.Times {
			gold[d.ID] = append(gold[d.ID], herald.Time{Span: g.Span, Type: herald.TimeType(g.Type), Value: g.Value})
		}
		n += len(d.Times)
	}
	t.Logf("%s: %d documents, %d TIMEX3; notes %q", dir, len(docs), n, notes)
	perfect := annotate(func(doc *herald.Document) { doc.Times = gold[doc.ID] })
	rep, err := Run(context.Background(), "timex", dir, perfect, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Overall.F1 != 1 || row(t, rep, "value").F1 != 1 || row(t, rep, "strict").TP != n {
		t.Errorf("gold analyzer: got %+v, want F1 1 over %d", rep.Overall, n)
	}
	rep, err = Run(context.Background(), "timex", dir, emptyAnalyzer, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Overall.Recall != 0 || rep.Overall.FN != n {
		t.Errorf("empty analyzer: got %+v, want recall 0", rep.Overall)
	}
}
