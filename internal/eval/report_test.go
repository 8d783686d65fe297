package eval

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// sampleReport returns a report with every kind of row.
func sampleReport() *Report {
	return &Report{
		Task:    "places",
		Gold:    "testdata/places",
		Classes: []Score{newScore("lgl", 4, 2, 1), newScore("GeoVirus", 1, 0, 1)},
		Overall: newScore("exact", 5, 2, 2),
		Totals:  []Score{newScore("overlap", 6, 1, 1)},
		Figures: []Figure{
			{Name: "accuracy@161km", Value: 0.6, N: 5},
			{Name: "median error", Value: 95.3125, Unit: "km", N: 5},
		},
		Notes:       []string{"tr-mini: realigned the offsets of 2 toponyms to the name they annotate"},
		Docs:        3,
		Words:       1234,
		Elapsed:     1500 * time.Millisecond,
		WordsPerSec: 1234 / 1.5,
	}
}

// golden compares got with the file at path, or rewrites the file with
// -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs; run go test -update to accept:\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}

func TestWriteText(t *testing.T) {
	var b bytes.Buffer
	if err := sampleReport().WriteText(&b); err != nil {
		t.Fatal(err)
	}
	golden(t, "testdata/report.txt", b.Bytes())
}

func TestWriteJSON(t *testing.T) {
	var b bytes.Buffer
	if err := sampleReport().WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	golden(t, "testdata/report.json", b.Bytes())
	var back struct {
		Elapsed float64 `json:"elapsed_s"`
		Overall Score   `json:"overall"`
	}
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if back.Elapsed != 1.5 || back.Overall != sampleReport().Overall {
		t.Errorf("round trip: got %+v", back)
	}

	// Empty lists are written as [], not null.
	b.Reset()
	if err := (&Report{Task: "ner"}).WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b.Bytes(), []byte("null")) {
		t.Errorf("empty report has null: %s", b.Bytes())
	}
}

func TestTasks(t *testing.T) {
	want := []string{"events", "extract", "ner", "places", "pos", "quotes", "timex"}
	got := Tasks()
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}
