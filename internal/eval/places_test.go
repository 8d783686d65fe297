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

func TestReadGeoXML(t *testing.T) {
	docs, notes, err := readGeoGold("testdata/places")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range docs {
		for _, tp := range d.Toponyms {
			got = append(got, d.Corpus+":"+tp.In(d.Text))
		}
	}
	want := []string{
		"geovirus-mini:Kampala", "geovirus-mini:Gulu", // offsets from 1
		"lgl-mini:Paris", "lgl-mini:Lyon", "lgl-mini:Texas", "lgl-mini:Paris", "lgl-mini:Smallville",
		"tr-mini:Winnipeg", "tr-mini:Kenyan", // realigned; Atlantis dropped
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("toponyms:\ngot  %q\nwant %q", got, want)
	}
	wantNotes := []string{
		"tr-mini: realigned the offsets of 2 toponyms to the name they annotate",
		"tr-mini: dropped 1 toponym whose name was not found at its offsets",
	}
	if !reflect.DeepEqual(notes, wantNotes) {
		t.Errorf("notes:\ngot  %q\nwant %q", notes, wantNotes)
	}
	lgl := docs[1]
	if lgl.ID != "lgl-mini#1" || lgl.URL != "http://example.com/floods" || !lgl.Published.Equal(time.Date(2009, 3, 20, 12, 24, 52, 0, time.UTC)) {
		t.Errorf("LGL metadata: got %q %q %v", lgl.ID, lgl.URL, lgl.Published)
	}
	if tp := lgl.Toponyms[4]; tp.HasCoord {
		t.Errorf("toponym without gaztag has coordinates: %+v", tp)
	}
	if tp := docs[0].Toponyms[0]; !tp.HasCoord || tp.Lat != 0.3476 || tp.Lon != 32.5825 {
		t.Errorf("GeoVirus coordinates: got %+v", tp)
	}
	_, _, err = readGeoGold("testdata/places-bad/bad.xml")
	if err == nil || !strings.Contains(err.Error(), `bad.xml": line 2: `) {
		t.Errorf("bad offsets: got %v, want an error at the article's line 2", err)
	}
	_, _, err = readGeoXML(strings.NewReader("<articles><article><text>x</article>"), "broken.xml")
	if err == nil || !strings.Contains(err.Error(), `broken.xml": line 1: `) {
		t.Errorf("broken XML: got %v", err)
	}
}

// placesFake predicts for lgl-mini: Paris exact and right; "Lyon on"
// (overlap only) without coordinates; Texas exact, 1° of longitude off;
// the second Paris (Texas) exact but put in France; Smallville exact (gold
// has no coordinates); "Officials" (false). For geovirus-mini: Kampala
// exact and right; Gulu missed. Nothing for tr-mini.
func placesFake(t *testing.T) Analyzer {
	return annotate(func(doc *herald.Document) {
		at := func(sub string) herald.Span { return spanOf(t, doc.Text, sub) }
		place := func(lat, lon float64, mentions ...herald.Span) herald.Place {
			return herald.Place{Lat: lat, Lon: lon, Mentions: mentions}
		}
		switch doc.ID {
		case "lgl-mini#1":
			second := strings.LastIndex(doc.Text, "Paris")
			doc.Places = []herald.Place{
				place(48.8566, 2.3522, at("Paris"), herald.Span{Start: second, End: second + 5}),
				place(0, 0, at("Lyon on"), at("Officials")),
				place(31.0, -99.0, at("Texas")),
				place(40, 40, at("Smallville")),
			}
		case "geovirus-mini#1":
			doc.Places = []herald.Place{place(0.3476, 32.5825, at("Kampala"))}
		}
	})
}

func TestRunPlaces(t *testing.T) {
	rep, err := Run(context.Background(), "places", "testdata/places", placesFake(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkScore(t, row(t, rep, "geovirus-mini"), newScore("geovirus-mini", 1, 0, 1))
	checkScore(t, row(t, rep, "lgl-mini"), newScore("lgl-mini", 4, 2, 1))
	checkScore(t, row(t, rep, "tr-mini"), newScore("tr-mini", 0, 0, 2))
	checkScore(t, rep.Overall, newScore("exact", 5, 2, 4))
	checkScore(t, row(t, rep, "overlap"), newScore("overlap", 6, 1, 3))
	// Errors, sorted: 0 (Kampala), 0 (Paris), 95.3 (Texas), 7783.4 (Paris,
	// Texas), 20039 (Lyon, not geocoded); computed independently.
	wants := []Figure{
		{Name: "accuracy@161km", Value: 0.6, N: 5},
		{Name: "mean error", Value: 5583.533090526763, Unit: "km", N: 5},
		{Name: "median error", Value: 95.31246586560195, Unit: "km", N: 5},
		{Name: "AUC", Value: 0.4664159193198957, N: 5},
	}
	for _, want := range wants {
		got := figure(t, rep, want.Name)
		if !near(got.Value, want.Value) || got.N != want.N || got.Unit != want.Unit {
			t.Errorf("got %+v, want %+v", got, want)
		}
	}
	if len(rep.Notes) != 2 {
		t.Errorf("notes: got %q", rep.Notes)
	}
}

func TestRunPlacesEdges(t *testing.T) {
	rep, err := Run(context.Background(), "places", "testdata/places", emptyAnalyzer, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkScore(t, rep.Overall, newScore("exact", 0, 0, 9))
	noNaN(t, rep)
	for _, f := range rep.Figures {
		if f.Value != 0 || f.N != 0 {
			t.Errorf("no errors: got %+v, want 0 over 0", f)
		}
	}
}

func TestErrorMeasures(t *testing.T) {
	if d := greatCircleKm(0, 0, 0, 180); !near(d, 3.141592653589793*earthRadiusKm) {
		t.Errorf("antipodes: got %v km", d)
	}
	if a := errorAUC([]float64{0, 0}); a != 0 {
		t.Errorf("perfect AUC: got %v", a)
	}
	if a := errorAUC([]float64{maxErrorKm - 1, maxErrorKm - 1}); !near(a, 1) {
		t.Errorf("worst AUC: got %v", a)
	}
	if a := errorAUC([]float64{160}); !near(a, 0.5129915071487662) {
		t.Errorf("one error: got %v, want ln(161)/ln(20039)", a)
	}
	if m := median([]float64{1, 2, 3, 10}); m != 2.5 {
		t.Errorf("even median: got %v", m)
	}
}

func TestPlacesDevData(t *testing.T) {
	dir := devdata.Path(t, "geoparsing/data/Corpora")
	docs, notes, err := readGeoGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	gold := make(map[string][]toponym)
	counts := make(map[string][2]int)
	n, withCoord := 0, 0
	for _, d := range docs {
		gold[d.ID] = d.Toponyms
		c := counts[d.Corpus]
		c[0]++
		c[1] += len(d.Toponyms)
		counts[d.Corpus] = c
		n += len(d.Toponyms)
		for _, tp := range d.Toponyms {
			if tp.HasCoord {
				withCoord++
			}
		}
	}
	t.Logf("%s: %d documents, %d toponyms, %d with coordinates; per corpus [docs toponyms] %v; notes %q", dir, len(docs), n, withCoord, counts, notes)
	perfect := annotate(func(doc *herald.Document) {
		for _, tp := range gold[doc.ID] {
			lat, lon := tp.Lat, tp.Lon
			if !tp.HasCoord {
				lat, lon = 1, 1
			}
			doc.Places = append(doc.Places, herald.Place{Lat: lat, Lon: lon, Mentions: []herald.Span{tp.Span}})
		}
	})
	rep, err := Run(context.Background(), "places", dir, perfect, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Overall.F1 != 1 || figure(t, rep, "accuracy@161km").Value != 1 || figure(t, rep, "AUC").Value != 0 {
		t.Errorf("gold analyzer: got %+v %+v, want F1 1, accuracy 1, AUC 0", rep.Overall, rep.Figures)
	}
	if f := figure(t, rep, "accuracy@161km"); f.N != withCoord {
		t.Errorf("gold analyzer: %d errors, want %d", f.N, withCoord)
	}
	rep, err = Run(context.Background(), "places", dir, emptyAnalyzer, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Overall.Recall != 0 || rep.Overall.FN != n {
		t.Errorf("empty analyzer: got %+v, want recall 0", rep.Overall)
	}
}
