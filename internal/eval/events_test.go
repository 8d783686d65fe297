package eval

import (
	"context"
	"errors"
	"github.com/heraldproject/herald/internal/devdata"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/heraldproject/herald"
)

func TestReadPLOVER(t *testing.T) {
	data, err := os.ReadFile("testdata/events/plover.json")
	if err != nil {
		t.Fatal(err)
	}
	docs, notes, err := readPLOVER(data, "plover.json")
	if err != nil {
		t.Fatal(err)
	}
	want := [][]triple{
		{{"FIN", "TZA", "AGREE"}},
		{{"HUN", "", "REQUEST"}, {"ROU", "", "REQUEST"}},
		{{"KOR", "", "PROTEST"}},
		{{"SDN", "SDN", "ASSAULT"}},
		{{"RUS", "JPN", "CONSULT"}},
	}
	for i, d := range docs {
		if !reflect.DeepEqual(d.Triples, want[i]) {
			t.Errorf("%s: got %v, want %v", d.ID, d.Triples, want[i])
		}
	}
	if len(notes) != 4 || !strings.HasPrefix(notes[0], "1 record has") || !strings.HasPrefix(notes[1], "1 actor code of the CAMEO manual's pre-ISO") || !strings.HasPrefix(notes[2], "NGO actor codes") || !strings.HasSuffix(notes[3], "DEMAND→REQUEST ×1") {
		t.Errorf("notes: got %q", notes)
	}
}

func TestGSRCountry(t *testing.T) {
	for _, tc := range []struct{ code, want string }{
		{"NGOCRC", "IGO"}, {"NGO", "IGO"}, {"IGOUNO", "IGO"}, {"RUSGOV", "RUS"}, {"PSE", "PSE"}, {"", ""},
	} {
		if got := gsrCountry(tc.code); got != tc.want {
			t.Errorf("gsrCountry(%q) = %q, want %q", tc.code, got, tc.want)
		}
	}
}

func TestReadPETRARCH(t *testing.T) {
	data, err := os.ReadFile("testdata/events/petrarch.xml")
	if err != nil {
		t.Fatal(err)
	}
	docs, notes, err := readPETRARCH(data, "petrarch.xml")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 3 || len(notes) != 1 {
		t.Fatalf("got %d records and notes %q, want 3 and a note on the error record", len(docs), notes)
	}
	d := docs[0]
	if d.Text != "Arnor is about to restore full diplomatic ties with Gondor." || !d.Published.Equal(time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("first record: got %q %v", d.Text, d.Published)
	}
	if len(docs[1].Triples) != 2 || len(docs[2].Triples) != 0 {
		t.Errorf("triples: got %v and %v", docs[1].Triples, docs[2].Triples)
	}
}

// event returns a herald event.
func event(plover, cameo, src, tgt string, conf float64) herald.Event {
	return herald.Event{PLOVER: plover, CAMEO: cameo, Source: herald.Participant{Actor: src}, Target: herald.Participant{Actor: tgt}, Confidence: conf}
}

// ploverFake predicts: R1 right (AGREE, most confident) plus a false
// CONSULT and an event without PLOVER type; R2 one of two sources; R3 the
// wrong type; R4 nothing; R5 right, with the ISO code for the gold's JAP.
var ploverFake = annotate(func(doc *herald.Document) {
	switch doc.ID {
	case "R1":
		doc.Events = []herald.Event{event("CONSULT", "040", "FIN", "TZA", 0.4), event("AGREE", "030", "FINGOV", "TZA", 0.9), event("", "010", "FIN", "", 1)}
	case "R2":
		doc.Events = []herald.Event{event("REQUEST", "100", "HUN", "", 0.5)}
	case "R3":
		doc.Events = []herald.Event{event("COERCE", "170", "KOR", "", 0.8), event("PROTEST", "140", "", "", 0.1)}
	case "R5":
		doc.Events = []herald.Event{event("CONSULT", "043", "RUSGOV", "JPNGOV", 0.7)}
	}
})

func TestRunEventsPLOVER(t *testing.T) {
	rep, err := Run(context.Background(), "events", "testdata/events/plover.json", ploverFake, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if f := figure(t, rep, "event type accuracy"); f.Value != 0.6 || f.N != 5 {
		t.Errorf("type accuracy: got %+v, want 3 of 5", f)
	}
	checkScore(t, rep.Overall, newScore("triples", 3, 2, 3))
	for _, want := range []Score{
		newScore("AGREE", 1, 0, 0), newScore("REQUEST", 1, 0, 0), newScore("PROTEST", 0, 0, 1),
		newScore("COERCE", 0, 1, 0), newScore("ASSAULT", 0, 0, 1), newScore("CONSULT", 1, 0, 0),
	} {
		checkScore(t, row(t, rep, want.Name), want)
	}
	if rep.Classes[0].Name != "AGREE" || len(rep.Classes) != len(ploverTypes) {
		t.Errorf("classes: got %d rows starting %q", len(rep.Classes), rep.Classes[0].Name)
	}
}

// petrarchFake predicts: T-01 right; T-02 the right root but a wrong full
// code, and a target cut to its country; T-03 a false event.
var petrarchFake = annotate(func(doc *herald.Document) {
	switch doc.ID {
	case "T-01":
		doc.Events = []herald.Event{event("", "064", "ARN", "GON", 1)}
	case "T-02":
		doc.Events = []herald.Event{event("", "112", "ARNGOV", "GONMIL", 1), event("", "111", "GON", "ARNGOV", 1)}
	case "T-03":
		doc.Events = []herald.Event{event("", "010", "ARN", "ARN", 1), event("", "010", "", "ARN", 1)}
	}
})

func TestRunEventsPETRARCH(t *testing.T) {
	rep, err := Run(context.Background(), "events", "testdata/events/petrarch.xml", petrarchFake, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkScore(t, rep.Overall, newScore("full", 1, 3, 2))
	checkScore(t, row(t, rep, "root"), newScore("root", 2, 2, 1))
	checkScore(t, row(t, rep, "root, country"), newScore("root, country", 3, 1, 0))
	checkScore(t, row(t, rep, "06"), newScore("06", 1, 0, 0))
	checkScore(t, row(t, rep, "11"), newScore("11", 1, 1, 1))
	checkScore(t, row(t, rep, "01"), newScore("01", 0, 1, 0))
	if rep.Docs != 3 || len(rep.Notes) != 1 {
		t.Errorf("got %d docs and notes %q", rep.Docs, rep.Notes)
	}
}

func TestRunEventsEdges(t *testing.T) {
	ctx := context.Background()
	for _, path := range []string{"testdata/events/plover.json", "testdata/events/petrarch.xml"} {
		rep, err := Run(ctx, "events", path, emptyAnalyzer, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Overall.TP != 0 || rep.Overall.FP != 0 || rep.Overall.Recall != 0 {
			t.Errorf("%s: empty analyzer: got %+v", path, rep.Overall)
		}
		noNaN(t, rep)
	}
	_, err := Run(ctx, "events", "testdata/events/neither.txt", emptyAnalyzer, Options{})
	if !errors.Is(err, herald.ErrMalformed) {
		t.Errorf("neither format: got %v", err)
	}
	_, err = Run(ctx, "events", "testdata/events/bad.json", emptyAnalyzer, Options{})
	if err == nil || !strings.Contains(err.Error(), `bad.json": line 2: `) {
		t.Errorf("bad JSON: got %v", err)
	}
	_, err = Run(ctx, "events", "testdata/events/bad.xml", emptyAnalyzer, Options{})
	if err == nil || !strings.Contains(err.Error(), `bad.xml": line `) {
		t.Errorf("bad XML: got %v", err)
	}
}

// goldEvents returns an analyzer that codes every gold triple of docs
// as an event, with the PLOVER type when there is one.
func goldEvents(docs []eventDoc) Analyzer {
	byID := make(map[string]eventDoc, len(docs))
	for _, d := range docs {
		byID[d.ID] = d
	}
	return annotate(func(doc *herald.Document) {
		d := byID[doc.ID]
		for _, tr := range d.Triples {
			e := event(d.Type, tr.Event, tr.Source, tr.Target, 1)
			if d.Type != "" {
				e.CAMEO = ""
			}
			doc.Events = append(doc.Events, e)
		}
		if len(d.Triples) == 0 && d.Type != "" {
			doc.Events = append(doc.Events, event(d.Type, "", "", "", 1))
		}
	})
}

func TestEventsDevData(t *testing.T) {
	for _, rel := range []string{"plover/PLOVER_GSR_CAMEO.json", "petrarch2/text/PETR.UnitTest.records.xml"} {
		t.Run(rel, func(t *testing.T) {
			path := devdata.Path(t, rel)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			read := readPETRARCH
			if strings.HasSuffix(path, ".json") {
				read = readPLOVER
			}
			docs, notes, err := read(data, path)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, d := range docs {
				n += len(d.Triples)
			}
			t.Logf("%s: %d records, %d gold triples; notes %q", path, len(docs), n, notes)
			rep, err := Run(context.Background(), "events", path, goldEvents(docs), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Overall.F1 != 1 || rep.Overall.TP+rep.Overall.FN != n {
				t.Errorf("gold analyzer: got %+v, want F1 1 over %d triples", rep.Overall, n)
			}
			for _, f := range rep.Figures {
				if f.Value != 1 {
					t.Errorf("gold analyzer: got %+v, want 1", f)
				}
			}
			rep, err = Run(context.Background(), "events", path, emptyAnalyzer, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Overall.Recall != 0 {
				t.Errorf("empty analyzer: got %+v, want recall 0", rep.Overall)
			}
		})
	}
}
