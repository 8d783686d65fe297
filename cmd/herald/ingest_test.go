package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/store/sqlite"
)

// runHerald runs a command line in-process and returns its exit code, standard
// output and standard error.
func runHerald(ctx context.Context, stdin io.Reader, args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	code := run(ctx, &env{stdin: stdin, stdout: &stdout, stderr: &stderr}, args)
	return code, stdout.String(), stderr.String()
}

const batch = `{"id":"a1","source":"AP","published":"2025-08-07","title":"Talks","text":"WASHINGTON, Aug. 7 (AP) — The talks ended. Both sides left."}
{"id":"a2", "text": 
{"id":"a3","published":"2025-08-09T10:00:00Z","text":"Kyiv said the strikes continued."}
`

func TestIngestTwiceThenQuery(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, in := filepath.Join(dir, "h.db"), filepath.Join(dir, "batch.jsonl")
	if err := os.WriteFile(in, []byte(batch), 0o644); err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"3 articles: 2 stored, 0 already stored, 1 failed", "3 articles: 0 stored, 2 already stored, 1 failed"} {
		code, out, errOut := runHerald(ctx, nil, "ingest", "-j", "3", "--db", db, in)
		if code != exitError || !strings.HasPrefix(out, want) || !strings.Contains(errOut, "1 of 3 articles failed") ||
			!strings.Contains(errOut, `line 2: malformed JSON`) {
			t.Errorf("ingest #%d = %d,\n%s%s\nwant 1, %q and the bad line", i+1, code, out, errOut, want)
		}
	}
	code, out, errOut := runHerald(ctx, nil, "query", "articles", "--db", db, "--format", "json")
	if code != exitOK {
		t.Fatalf("query articles = %d, %s", code, errOut)
	}
	var got []articleRecord
	for line := range strings.Lines(out) {
		var r articleRecord
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		got = append(got, r)
	}
	if len(got) != 2 || got[0].Article != "a1" || got[1].Article != "a3" || got[0].Published != "2025-08-07T00:00:00Z" ||
		got[0].Title != "Talks" || got[0].Source != "AP" || got[1].Coder != coderVersion() || len(got[1].Document) != 64 {
		t.Errorf("query articles gave %+v; want a1 then a3 with their metadata", got)
	}

	code, out, _ = runHerald(ctx, nil, "query", "articles", "--db", db, "--format", "csv", "--q", "kyiv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != exitOK || err != nil || len(rows) != 2 || strings.Join(rows[0], ",") != strings.Join(articleHeader, ",") ||
		rows[1][1] != "a3" || rows[1][6] != "[Kyiv] said the strikes continued." {
		t.Errorf("query articles --q kyiv --format csv = %d, %q (%v); want a header and a3 with its snippet", code, out, err)
	}
}

// putEvents stores hand-built documents with events, since the pipeline
// codes none yet.
func putEvents(t *testing.T, db string) {
	t.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, db, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	text := "Путин will meet Trump in Alaska. Russia shelled Kharkiv."
	doc := herald.NewDocument(herald.Article{ID: "x1", Text: text, Published: time.Date(2025, 8, 8, 0, 0, 0, 0, time.UTC)})
	at := func(s string) herald.Span {
		i := strings.Index(text, s)
		return herald.Span{Start: i, End: i + len(s)}
	}
	doc.Sentences = []herald.Sentence{{Span: at("Путин will meet Trump in Alaska.")}, {Span: at("Russia shelled Kharkiv.")}}
	doc.Events = []herald.Event{
		{ID: "V1", Sentence: 0, CAMEO: "036", QuadClass: 1, Goldstein: 4, PLOVER: "CONSULT", Modality: herald.Planned, Date: "2025-08-15",
			Source: herald.Participant{Actor: "RUSGOV", Span: at("Путин")}, Target: herald.Participant{Actor: "USAGOV", Span: at("Trump")},
			Trigger: at("meet"), Confidence: 0.9},
		{ID: "V2", Sentence: 1, CAMEO: "190", QuadClass: 4, Goldstein: -10, PLOVER: "ASSAULT", Modality: herald.Asserted,
			Source: herald.Participant{Actor: "RUSMIL", Span: at("Russia")}, Target: herald.Participant{Span: at("Kharkiv")},
			Trigger: at("shelled"), Confidence: 0.8},
	}
	if _, err := s.Put(ctx, doc, "herald test"); err != nil {
		t.Fatal(err)
	}
}

func TestQueryEvents(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "h.db")
	putEvents(t, db)
	code, out, errOut := runHerald(ctx, nil, "query", "events", "--db", db, "--format", "json")
	want := `{"date":"2025-08-08","cameo":"190","quad_class":4,"goldstein":-10,"plover":"ASSAULT","source_actor":"RUSMIL","source":"Russia","target_actor":"","target":"Kharkiv","modality":"asserted","trigger":"shelled","confidence":0.8,"sentence":"Russia shelled Kharkiv.","article":"x1","event":"V2","document":"` +
		herald.ContentHash("Путин will meet Trump in Alaska. Russia shelled Kharkiv.") + `","coder":"herald test","mentions":1,"sources":1,"articles":1}`
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != exitOK || len(lines) != 2 || lines[0] != want || !strings.Contains(lines[1], `"source":"Путин","target_actor":"USAGOV"`) {
		t.Errorf("query events --format json = %d, %s%s\nwant first %s", code, out, errOut, want)
	}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--actor", "rus*", "--format", "csv"}, "date,cameo,quad_class,goldstein,plover,source_actor,source,target_actor,target,modality,trigger,confidence,sentence,article,event,document,coder,mentions,sources,articles\n" +
			"2025-08-08,190,4,-10,ASSAULT,RUSMIL,Russia,,Kharkiv,asserted,shelled,0.8,Russia shelled Kharkiv.,x1,V2,"},
		{[]string{"--cameo", "03", "--format", "csv"}, "\n2025-08-15,036,1,4,CONSULT,RUSGOV,Путин,USAGOV,Trump,planned,meet,0.9,Путин will meet Trump in Alaska.,x1,V1,"},
		{[]string{"--cameo", "19", "--format", "table"}, "DATE        CAMEO  QUAD  PLOVER   SOURCE  TARGET     MODALITY  TRIGGER  ARTICLE\n" +
			"2025-08-08  190    4     ASSAULT  RUSMIL  \"Kharkiv\"  asserted  shelled  x1\n"},
		{[]string{"--limit", "1", "--format", "csv"}, "\n2025-08-08,190,"},
		{[]string{"--from", "2025-08-10", "--modality", "planned", "--quad", "1", "--plover", "consult"}, `"event":"V1"`},
		{[]string{"--to", "2025-08-07"}, ""},
	}
	for _, tt := range tests {
		args := append([]string{"query", "events", "--db", db}, tt.args...)
		code, out, errOut := runHerald(ctx, nil, args...)
		if code != exitOK || !strings.Contains(out, tt.want) || (tt.want == "" && out != "") {
			t.Errorf("herald %s = %d,\n%s%s\nwant it to hold %q", strings.Join(args, " "), code, out, errOut, tt.want)
		}
	}
	if _, out, _ := runHerald(ctx, nil, "query", "events", "--db", db, "--limit", "1", "--format", "csv"); strings.Count(out, "\n") != 2 {
		t.Errorf("--limit 1 printed %q; want a header and one event", out)
	}
}

// cancellingReader cancels a context once it has been read past a point, as
// Ctrl-C would in the middle of an input.
type cancellingReader struct {
	r      io.Reader
	n, at  int
	cancel context.CancelFunc
}

func (c *cancellingReader) Read(p []byte) (int, error) {
	if c.n >= c.at {
		c.cancel()
	}
	n, err := c.r.Read(p[:min(len(p), 512)])
	c.n += n
	return n, err
}

func TestIngestInterruptedResumes(t *testing.T) {
	const total = 40
	var in strings.Builder
	for i := range total {
		fmt.Fprintf(&in, `{"id":"n%d","published":"2025-08-%02d","text":"Story %d. %s"}`+"\n", i, 1+i%28, i, strings.Repeat("Officials met again today. ", 20))
	}
	db := filepath.Join(t.TempDir(), "h.db")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stdin := &cancellingReader{r: strings.NewReader(in.String()), at: in.Len() / 3, cancel: cancel}
	code, out, errOut := runHerald(ctx, stdin, "ingest", "-j", "2", "--in", "jsonl", "--db", db, "-")
	var n, stored, skipped, failed int
	_, counts, _ := strings.Cut(out, ": ")
	if _, err := fmt.Sscanf(counts, "%d stored, %d already stored, %d failed", &stored, &skipped, &failed); err != nil {
		t.Fatalf("interrupted ingest printed %q: %v", out, err)
	}
	n = stored + skipped + failed
	if code != exitError || !strings.Contains(errOut, "ingest interrupted") || failed != 0 || stored >= total {
		t.Fatalf("interrupted ingest = %d, %s%s; want 1, some articles stored, none failed, and a word on the interruption", code, out, errOut)
	}
	t.Logf("interrupted with %d of %d articles done, %d stored", n, total, stored)
	if _, got, _ := runHerald(context.Background(), nil, "query", "articles", "--db", db, "--limit", "0", "--format", "json"); strings.Count(got, "\n") != stored {
		t.Errorf("the store holds %d articles after the interruption; ingest said %d were stored", strings.Count(got, "\n"), stored)
	}
	code, out, errOut = runHerald(context.Background(), strings.NewReader(in.String()), "ingest", "-j", "2", "--in", "jsonl", "--db", db, "-")
	want := fmt.Sprintf("%d articles: %d stored, %d already stored, 0 failed", total, total-stored, stored)
	if code != exitOK || !strings.HasPrefix(out, want) {
		t.Errorf("resumed ingest = %d, %s%s; want 0, %q", code, out, errOut, want)
	}
	if _, got, _ := runHerald(context.Background(), nil, "query", "articles", "--db", db, "--limit", "0", "--format", "json"); strings.Count(got, "\n") != total {
		t.Errorf("the store holds %d articles; want %d", strings.Count(got, "\n"), total)
	}
}

func TestCheckAfterIngest(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "h.db")
	in := filepath.Join(dir, "a.jsonl")
	if err := os.WriteFile(in, []byte(`{"id":"a1","published":"2025-08-07","text":"MOSCOW (Reuters) - Russia struck Ukraine's power grid on Thursday."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errs strings.Builder
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errs}
	if code := run(context.Background(), e, []string{"ingest", "--db", db, in}); code != exitOK {
		t.Fatalf("ingest: exit %d: %s", code, errs.String())
	}
	out.Reset()
	if code := run(context.Background(), e, []string{"check", "--db", db}); code != exitOK {
		t.Fatalf("check: exit %d: %s", code, errs.String())
	}
	if want := "ok, 1 articles, 1 events"; !strings.Contains(out.String(), want) {
		t.Errorf("check printed %q, want %q", out.String(), want)
	}
}
