package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/export"
	"github.com/heraldproject/herald/internal/store/sqlite"
	"github.com/parquet-go/parquet-go"
)

// runExportCmd runs the export command in-process, whether or not commands
// lists it, and returns its exit code, standard output and standard error.
func runExportCmd(ctx context.Context, args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := exportCommand().run(ctx, &env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr}, args)
	return code, stdout.String(), stderr.String()
}

// putPlacedEvent stores a document with a URL, an entity and a place, and
// one event that uses them.
func putPlacedEvent(t *testing.T, db string) {
	t.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	text := "Ukraine's army said, \"we hold\",\tnear Kharkiv."
	doc := herald.NewDocument(herald.Article{ID: "y1", URL: "https://example.com/y1", Source: "Reuters", Text: text,
		Published: time.Date(2025, 8, 10, 9, 0, 0, 0, time.UTC)})
	at := func(s string) herald.Span {
		i := strings.Index(text, s)
		return herald.Span{Start: i, End: i + len(s)}
	}
	doc.Sentences = []herald.Sentence{{Span: herald.Span{Start: 0, End: len(text)}}}
	doc.Entities = []herald.Entity{{ID: "E1", Name: "Armed Forces of Ukraine", Type: herald.Organization, Actor: "UKRMIL",
		Mentions: []herald.Mention{{Span: at("Ukraine's army")}}}}
	doc.Places = []herald.Place{{ID: "P1", Name: "Kharkiv", Country: "UKR", Lat: 49.98081, Lon: 36.25272, GeoNames: 706483,
		Mentions: []herald.Span{at("Kharkiv")}}}
	doc.Events = []herald.Event{{ID: "V1", Sentence: 0, CAMEO: "010", QuadClass: 1, Goldstein: 0, PLOVER: "",
		Modality: herald.Asserted, Source: herald.Participant{Entity: "E1", Actor: "UKRMIL", Span: at("Ukraine's army")},
		Trigger: at("said"), Place: "P1", Confidence: 0.7}}
	if _, err := s.Put(ctx, doc, "herald test"); err != nil {
		t.Fatal(err)
	}
}

func exportStore(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "h.db")
	putEvents(t, db)
	putPlacedEvent(t, db)
	return db
}

func TestExportGDELT(t *testing.T) {
	db := exportStore(t)
	for _, header := range []bool{false, true} {
		args := []string{"--db", db, "--format", "gdelt"}
		if header {
			args = append(args, "--header")
		}
		code, out, errOut := runExportCmd(context.Background(), args...)
		if code != exitOK {
			t.Fatalf("export %v = %d, %s", args, code, errOut)
		}
		r := csv.NewReader(strings.NewReader(out))
		r.Comma, r.LazyQuotes, r.FieldsPerRecord = '\t', true, 61
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatalf("export %v does not parse as 61 tab-separated fields a row: %v\n%s", args, err, out)
		}
		if header {
			if rows[0][0] != "GLOBALEVENTID" || rows[0][60] != "SOURCEURL" {
				t.Errorf("header = %q", rows[0])
			}
			rows = rows[1:]
		}
		if len(rows) != 3 {
			t.Fatalf("export %v gave %d rows; want 3", args, len(rows))
		}
		// By date: V2 (2025-08-08), y1's V1 (2025-08-10), then V1 (2025-08-15).
		first, placed, planned := rows[0], rows[1], rows[2]
		if first[1] != "20250808" || first[26] != "190" || first[28] != "19" || first[7] != "RUS" || first[12] != "MIL" ||
			first[15] != "" || first[16] != "Kharkiv" || first[60] != "" {
			t.Errorf("first row = %q; want V2 of x1", first)
		}
		if placed[26] != "010" || placed[27] != "010" || placed[28] != "01" || placed[30] != "0" || placed[6] != "Armed Forces of Ukraine" ||
			placed[52] != "Kharkiv" || placed[53] != "UP" || placed[56] != "49.98081" || placed[57] != "36.25272" ||
			placed[60] != "https://example.com/y1" || placed[34] != "" || placed[51] != "" {
			t.Errorf("placed row = %q; want y1's event with its place and URL", placed)
		}
		if planned[1] != "20250815" || planned[26] != "036" || planned[29] != "1" {
			t.Errorf("last row = %q; want V1 of x1 on 2025-08-15", planned)
		}
	}
}

func TestExportPLOVER(t *testing.T) {
	db := exportStore(t)
	code, out, errOut := runExportCmd(context.Background(), "--db", db, "--format", "plover", "--from", "2025-08-09")
	if code != exitOK {
		t.Fatalf("export = %d, %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("export --from 2025-08-09 wrote %d lines; want 2:\n%s", len(lines), out)
	}
	var r struct {
		ID, Date, CAMEO, Modality, Text string
		Event                           []string
		Actor                           []struct{ Code, Sector, EntityText string } `json:"actor"`
		EventLoc                        struct {
			ResolvedPlace string  `json:"resolved_place"`
			CountryCode   string  `json:"country_code"`
			GeonameID     int     `json:"geonameid"`
			Lat           float64 `json:"lat"`
		} `json:"event_loc"`
		CiteInfo struct{ URL, Publication string } `json:"cite_info"`
		StoryID  string                            `json:"story_id"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &r); err != nil {
		t.Fatal(err)
	}
	if r.Date != "2025-08-10" || r.CAMEO != "010" || len(r.Event) != 0 || r.Modality != "asserted" || r.StoryID != "y1" ||
		len(r.Actor) != 1 || r.Actor[0].Code != "UKR" || r.Actor[0].Sector != "MIL" ||
		r.EventLoc.ResolvedPlace != "Kharkiv" || r.EventLoc.CountryCode != "UKR" || r.EventLoc.GeonameID != 706483 ||
		r.CiteInfo.URL != "https://example.com/y1" || r.CiteInfo.Publication != "Reuters" || !strings.HasSuffix(r.ID, "-V1") {
		t.Errorf("first record = %+v\nfrom %s", r, lines[0])
	}
}

func TestExportCSV(t *testing.T) {
	db := exportStore(t)
	code, out, errOut := runExportCmd(context.Background(), "--db", db, "--format", "csv", "--actor", "RUS*", "--limit", "1")
	if code != exitOK {
		t.Fatalf("export = %d, %s", code, errOut)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 2 || strings.Join(rows[0], ",") != strings.Join(export.CSVHeader, ",") {
		t.Fatalf("export --format csv = %q, %v; want a header and one row", out, err)
	}
	if r := rows[1]; r[1] != "x1" || r[5] != "190" || r[6] != "19" || r[15] != "Russia shelled Kharkiv." || r[16] != "shelled" {
		t.Errorf("row = %q; want V2 of x1", r)
	}
}

func TestExportOut(t *testing.T) {
	db := exportStore(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "events.csv")
	code, stdout, errOut := runExportCmd(context.Background(), "--db", db, "--format", "csv", "--out", out)
	if code != exitOK || stdout != "3 events exported to "+out+"\n" {
		t.Fatalf("export --out = %d, %q, %s", code, stdout, errOut)
	}
	b, err := os.ReadFile(out)
	if err != nil || strings.Count(string(b), "\n") != 4 {
		t.Errorf("%s holds %q, %v; want a header and 3 rows", out, b, err)
	}
	if fi, err := os.Stat(out); err != nil || fi.Mode().Perm() != 0o644 {
		t.Errorf("%s mode = %v, %v; want 0644", out, fi.Mode(), err)
	}
	code, _, errOut = runExportCmd(context.Background(), "--db", db, "--format", "csv", "--out", filepath.Join(dir, "no", "such.csv"))
	if code != exitError || !strings.Contains(errOut, "create output") {
		t.Errorf("export into a missing folder = %d, %s; want 1 and why", code, errOut)
	}
}

func TestWriteFileFailureLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "old.tsv")
	if err := os.WriteFile(path, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	_, err := writeFile(path, func(w io.Writer) (int, error) {
		io.WriteString(w, "half a row")
		return 0, boom
	})
	if !errors.Is(err, boom) {
		t.Errorf("writeFile = %v; want boom", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old\n" {
		t.Errorf("after a failed export %s holds %q; want it as it was", path, b)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("a failed export left %d files; want only the old one", len(ents))
	}
}

func TestExportUsage(t *testing.T) {
	db := exportStore(t)
	none := filepath.Join(t.TempDir(), "none.db")
	tests := []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"--db", db}, exitUsage, "herald: export: --format is required: one of gdelt, plover, csv, parquet\n"},
		{[]string{"--db", db, "--format", "xml"}, exitUsage, "herald: export: --format \"xml\" is not one of gdelt, plover, csv, parquet\n"},
		{[]string{"--db", db, "--format", "plover", "--header"}, exitUsage, "--header is for --format gdelt"},
		{[]string{"--db", db, "--format", "parquet"}, exitUsage, "herald: export: --format parquet needs --out FILE"},
		{[]string{"--db", db, "--format", "csv", "events"}, exitUsage, "export takes flags only"},
		{[]string{"--db", db, "--format", "csv", "--from", "yesterday"}, exitUsage, "--from \"yesterday\" is not a date"},
		{[]string{"--db", none, "--format", "gdelt"}, exitError, "herald: open store \"" + none + "\": file does not exist; 'herald ingest' makes one\n"},
		{[]string{"--bogus"}, exitUsage, "flag provided but not defined: -bogus"},
	}
	for _, tt := range tests {
		code, out, errOut := runExportCmd(context.Background(), tt.args...)
		if code != tt.code || out != "" || !strings.Contains(errOut, tt.stderr) {
			t.Errorf("export %v = %d, %q, %q; want %d and %q", tt.args, code, out, errOut, tt.code, tt.stderr)
		}
	}
	if _, err := os.Stat(none); !os.IsNotExist(err) {
		t.Errorf("export made %s: %v", none, err)
	}
	code, out, _ := runExportCmd(context.Background(), "-h")
	if code != exitOK || !strings.Contains(out, "Usage: herald export --format FMT [flags]") ||
		!strings.Contains(out, "export `format`") && !strings.Contains(out, "export format: gdelt, plover, csv, parquet") {
		t.Errorf("export -h = %d, %s", code, out)
	}
}

func TestExportParquet(t *testing.T) {
	db := exportStore(t)
	out := filepath.Join(t.TempDir(), "events.parquet")
	code, stdout, errOut := runExportCmd(context.Background(), "--db", db, "--format", "parquet", "--out", out)
	if code != exitOK || stdout != "3 events exported to "+out+"\n" {
		t.Fatalf("export parquet = %d, %q, %s", code, stdout, errOut)
	}
	rows, err := parquet.ReadFile[export.GDELTRecord](out)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 {
		t.Fatalf("read %d rows back; want 3", len(rows))
	}
	placed := rows[1]
	if placed.EventCode == nil || *placed.EventCode != "010" || placed.ActionGeoLat == nil || *placed.ActionGeoLat != 49.98081 ||
		placed.NumMentions == nil || *placed.NumMentions != 1 || placed.AvgTone != nil {
		t.Errorf("y1's row = %+v; want CAMEO 010 as text, Kharkiv's latitude, 1 mention, no tone", placed)
	}
}
