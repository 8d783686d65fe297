package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/heraldproject/herald"
)

// hit returns a hand-built event hit: Russia's government meets the United
// States' in Anchorage on 15 August 2025.
func hit() herald.EventHit {
	return herald.EventHit{
		Record:    herald.Record{Hash: "abc123", Coder: "herald test", Stored: time.Date(2025, 8, 9, 10, 11, 12, 0, time.UTC)},
		Article:   "x1",
		Published: time.Date(2025, 8, 8, 0, 0, 0, 0, time.UTC),
		Date:      "2025-08-15",
		Event: herald.Event{ID: "V1", Sentence: 2, CAMEO: "036", QuadClass: 1, Goldstein: 4, PLOVER: "CONSULT",
			Source: herald.Participant{Entity: "E1", Actor: "RUSGOV"}, Target: herald.Participant{Actor: "USAGOV"},
			Modality: herald.Planned, Place: "P1", Confidence: 0.9},
		Sentence: "Putin will meet Trump\tin Alaska, \"soon\".",
		Trigger:  "meet",
		Source:   "Putin",
		Target:   "Trump",
	}
}

func doc() *herald.Document {
	d := herald.NewDocument(herald.Article{ID: "x1", URL: "https://example.com/a?x=1,2", Title: "Talks", Source: "AP"})
	d.Entities = []herald.Entity{{ID: "E1", Name: "Vladimir Putin"}}
	d.Places = []herald.Place{{ID: "P1", Name: "Anchorage", Country: "USA", Lat: 61.2181, Lon: -149.9003, GeoNames: 5879400}}
	return d
}

func TestResolve(t *testing.T) {
	e := Resolve(hit(), doc())
	if e.URL != "https://example.com/a?x=1,2" || e.Publisher != "AP" || e.Title != "Talks" || e.SourceName != "Vladimir Putin" ||
		e.TargetName != "Trump" || e.Place == nil || e.Place.Name != "Anchorage" {
		t.Errorf("Resolve = %+v; want the document's URL, names and place", e)
	}
	if e := Resolve(hit(), nil); e.SourceName != "Putin" || e.Place != nil {
		t.Errorf("Resolve without a document = %+v; want the hit's words and no place", e)
	}
}

func TestNewUnknownFormat(t *testing.T) {
	if _, err := New("xml", &bytes.Buffer{}, false); !errors.Is(err, ErrFormat) {
		t.Errorf("New(xml) = %v; want ErrFormat", err)
	}
	for _, f := range Formats {
		if _, err := New(strings.ToUpper(f), &bytes.Buffer{}, false); err != nil {
			t.Errorf("New(%s) = %v", f, err)
		}
	}
}

// fakeStore serves n events of two documents, a few at a page.
type fakeStore struct {
	n, page int
	gets    int
}

func (s *fakeStore) Events(_ context.Context, q herald.Query) ([]herald.EventHit, string, error) {
	start := 0
	if q.After != "" {
		fmt.Sscan(q.After, &start)
	}
	var hits []herald.EventHit
	for i := start; i < s.n && len(hits) < min(s.page, q.Limit); i++ {
		h := hit()
		h.Event.ID = fmt.Sprintf("V%d", i)
		h.Hash = fmt.Sprintf("doc%d", i/4)
		hits = append(hits, h)
	}
	next := ""
	if end := start + len(hits); end < s.n {
		next = fmt.Sprint(end)
	}
	return hits, next, nil
}

func (s *fakeStore) Count(context.Context, herald.Query) (int, error) { return s.n, nil }

func (s *fakeStore) Articles(context.Context, herald.Query) ([]herald.ArticleHit, string, error) {
	return nil, "", nil
}

func (s *fakeStore) Has(context.Context, string) (bool, error) { return true, nil }

func (s *fakeStore) Get(_ context.Context, key string) (*herald.Document, herald.Record, error) {
	s.gets++
	return doc(), herald.Record{Hash: key}, nil
}

func TestRun(t *testing.T) {
	for _, tt := range []struct{ n, limit, want, gets int }{{10, 0, 10, 3}, {10, 5, 5, 2}, {0, 0, 0, 0}} {
		s := &fakeStore{n: tt.n, page: 3}
		var buf bytes.Buffer
		w := NewCSV(&buf)
		n, err := Run(context.Background(), s, herald.Query{}, tt.limit, w)
		if err == nil {
			err = w.Flush()
		}
		rows, _ := csv.NewReader(&buf).ReadAll()
		if err != nil || n != tt.want || len(rows) != 1+tt.want || s.gets != tt.gets {
			t.Errorf("Run over %d events, limit %d = %d, %v, %d rows, %d gets; want %d events and %d gets",
				tt.n, tt.limit, n, err, len(rows), s.gets, tt.want, tt.gets)
		}
	}
}

func TestCSV(t *testing.T) {
	var buf bytes.Buffer
	w := NewCSV(&buf)
	e := Resolve(hit(), doc())
	bare := hit()
	bare.Event.CAMEO, bare.Event.QuadClass, bare.Event.Place = "", 0, ""
	for _, ev := range []Event{e, Resolve(bare, nil)} {
		if err := w.Write(ev); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 3 {
		t.Fatalf("CSV gave %d rows, %v:\n%s", len(rows), err, buf.String())
	}
	if got := strings.Join(rows[0], ","); got != strings.Join(CSVHeader, ",") {
		t.Errorf("header = %s", got)
	}
	want := []string{"abc123-V1", "x1", "2025-08-15", "RUSGOV", "USAGOV", "036", "03", "1", "4", "CONSULT", "planned", "0.9",
		"Anchorage", "61.2181", "-149.9003", "Putin will meet Trump\tin Alaska, \"soon\".", "meet", "https://example.com/a?x=1,2"}
	if got := rows[1]; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("row =\n%q\nwant\n%q", got, want)
	}
	if r := rows[2]; r[5] != "" || r[6] != "" || r[7] != "" || r[8] != "" || r[12] != "" || r[13] != "" {
		t.Errorf("row without code or place = %q; want those cells empty", r)
	}
	if !strings.Contains(out, `"Putin will meet Trump	in Alaska, ""soon""."`) {
		t.Errorf("sentence not quoted as CSV wants:\n%s", out)
	}
}

func TestPLOVER(t *testing.T) {
	var buf bytes.Buffer
	w := NewPLOVER(&buf)
	bare := hit()
	bare.Event.Source, bare.Event.PLOVER, bare.Event.Place = herald.Participant{Actor: "IGOUNO"}, "", ""
	bare.Source, bare.Target, bare.Event.Target.Actor = "", "", ""
	for _, ev := range []Event{Resolve(hit(), doc()), Resolve(bare, nil)} {
		if err := w.Write(ev); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("PLOVER wrote %d lines; want 2:\n%s", len(lines), buf.String())
	}
	var got map[string]json.RawMessage
	if err := json.Unmarshal([]byte(lines[0]), &got); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"id": `"abc123-V1"`, "date": `"2025-08-15"`, "event": `["CONSULT"]`, "event_text": `["meet"]`,
		"actor":     `[{"code":"RUS","sector":"GOV","entity_text":"Vladimir Putin","cameo":"RUSGOV"}]`,
		"recipient": `[{"code":"USA","sector":"GOV","entity_text":"Trump","cameo":"USAGOV"}]`,
		"quad_code": `1`, "event_scale": `4`, "modality": `"planned"`, "cameo": `"036"`, "story_id": `"x1"`,
		"event_loc": `{"resolved_place":"Anchorage","geonameid":5879400,"lat":61.2181,"lon":-149.9003,"country_code":"USA"}`,
		"cite_info": `{"url":"https://example.com/a?x=1,2","title":"Talks","publication":"AP","coder":"herald test"}`,
		"text_info": `{"sequence":2}`, "coded_date": `"2025-08-09"`, "confidence": `0.9`, "document": `"abc123"`,
		"coder": `"herald test"`,
		"text":  `"Putin will meet Trump\tin Alaska, \"soon\"."`,
	}
	for k, v := range want {
		if string(got[k]) != v {
			t.Errorf("%s = %s; want %s", k, got[k], v)
		}
	}
	var bareGot map[string]json.RawMessage
	if err := json.Unmarshal([]byte(lines[1]), &bareGot); err != nil {
		t.Fatal(err)
	}
	for k, v := range map[string]string{"event": `[]`, "recipient": `[]`, "actor": `[{"sector":"IGOUNO","cameo":"IGOUNO"}]`, "event_loc": "null"} {
		if b := string(bareGot[k]); b != v && (v != "null" || b != "") {
			t.Errorf("bare event: %s = %s; want %s", k, b, v)
		}
	}
}

func TestEmptyExportHasHeader(t *testing.T) {
	for _, tt := range []struct {
		format string
		header bool
		want   string
	}{
		{"csv", false, strings.Join(CSVHeader, ",") + "\n"},
		{"gdelt", true, strings.Join(GDELTColumns, "\t") + "\n"},
		{"gdelt", false, ""},
		{"plover", false, ""},
	} {
		var buf bytes.Buffer
		w, err := New(tt.format, &buf, tt.header)
		if err != nil {
			t.Fatal(err)
		}
		n, err := Run(context.Background(), &fakeStore{page: 3}, herald.Query{}, 0, w)
		if err == nil {
			err = w.Flush()
		}
		if err != nil || n != 0 || buf.String() != tt.want {
			t.Errorf("empty %s export = %d, %v, %q; want %q", tt.format, n, err, buf.String(), tt.want)
		}
	}
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	s := &failingStore{fakeStore{n: 5, page: 3}}
	if _, err := Run(ctx, s, herald.Query{}, 0, NewPLOVER(&bytes.Buffer{})); !errors.Is(err, context.Canceled) {
		t.Errorf("Run with a cancelled context = %v; want context.Canceled", err)
	}
}

// failingStore fails as a store does once its context is done.
type failingStore struct{ fakeStore }

func (s *failingStore) Events(ctx context.Context, q herald.Query) ([]herald.EventHit, string, error) {
	if err := ctx.Err(); err != nil {
		return nil, "", fmt.Errorf("query events: %w", err)
	}
	return s.fakeStore.Events(ctx, q)
}

func TestWriteAfterError(t *testing.T) {
	w := NewGDELT(errWriter{}, false)
	for range 5000 { // more than bufio's buffer
		if err := w.Write(Resolve(hit(), nil)); err != nil {
			if !strings.Contains(err.Error(), "write gdelt row") {
				t.Errorf("error = %v; want it to say what failed", err)
			}
			if w.Flush() == nil {
				t.Errorf("Flush after an error = nil")
			}
			return
		}
	}
	t.Errorf("writing to a failing writer gave no error")
}

type errWriter struct{}

func (errWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }
