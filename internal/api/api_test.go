package api

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/render"
)

func TestEventsPageInStableOrder(t *testing.T) {
	h, s := newAPI(t, nil)
	var all eventPage
	get(t, h, "/api/v1/events?limit=1000", &all)
	n, err := s.Count(context.Background(), herald.Query{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all.Events) != n || n < 3 || all.Next != "" {
		t.Fatalf("one page holds %d events and next %q; the store counts %d", len(all.Events), all.Next, n)
	}
	var paged []render.EventRecord
	next := ""
	for {
		var p eventPage
		get(t, h, "/api/v1/events?limit=2&after="+url.QueryEscape(next), &p)
		paged = append(paged, p.Events...)
		if next = p.Next; next == "" {
			break
		}
	}
	if len(paged) != len(all.Events) {
		t.Fatalf("pages of 2 gave %d events, one page %d", len(paged), len(all.Events))
	}
	for i := range paged {
		if paged[i] != all.Events[i] {
			t.Errorf("event %d: paged %+v, whole %+v", i, paged[i], all.Events[i])
		}
	}
}

func TestEventFilters(t *testing.T) {
	h, _ := newAPI(t, nil)
	var p eventPage
	get(t, h, "/api/v1/events?actor=rus*&modality=ASSERTED&from=2025-08-01&to=2025-08-31", &p)
	if len(p.Events) == 0 {
		t.Fatal("no asserted events of RUS* in August 2025 in the seed")
	}
	for _, e := range p.Events {
		if e.Modality != "asserted" || !strings.HasPrefix(e.SourceActor+e.TargetActor, "RUS") && !strings.Contains(e.TargetActor, "RUS") {
			t.Errorf("event %s (%s → %s, %s) does not match the filters", e.Event, e.SourceActor, e.TargetActor, e.Modality)
		}
	}
}

func TestCountryFilter(t *testing.T) {
	h, s := newAPI(t, nil)
	for _, c := range []string{"RUS", "rus", "FRA"} {
		want, err := s.Count(context.Background(), herald.Query{Country: c})
		if err != nil {
			t.Fatal(err)
		}
		var p eventPage
		get(t, h, "/api/v1/events?country="+c, &p)
		if len(p.Events) != want {
			t.Errorf("country=%s: %d events, the store counts %d", c, len(p.Events), want)
		}
	}
}

func TestErrorsAreJSON(t *testing.T) {
	h, _ := newAPI(t, nil)
	cases := []struct {
		call   call
		status int
		code   string
	}{
		{call{target: "/api/v1/events?from=yesterday"}, 400, "bad_query"},
		{call{target: "/api/v1/events?limit=-1"}, 400, "bad_query"},
		{call{target: "/api/v1/events?quad=1&quad=2"}, 400, "bad_query"},
		{call{target: "/api/v1/events?after=bm90IGEgY3Vyc29y"}, 400, "bad_query"},
		{call{target: "/api/v1/events?from=2025-09-01&to=2025-08-01"}, 400, "bad_query"},
		{call{target: "/api/v1/nothing"}, 404, "not_found"},
		{call{target: "/api/v1/actors/RUS*"}, 400, "bad_query"},
		{call{method: "DELETE", target: "/api/v1/events"}, 405, "method_not_allowed"},
		{call{method: "GET", target: "/api/v1/articles"}, 405, "method_not_allowed"},
		{call{method: "POST", target: "/api/v1/articles", body: "{", ctype: "application/json", token: testToken}, 400, "bad_article"},
		{call{method: "POST", target: "/api/v1/articles", body: "{}", ctype: "application/x-ndjson", token: testToken}, 200, ""},
		{call{method: "POST", target: "/api/v1/analyze", body: "{}", ctype: "application/x-ndjson", token: testToken}, 415, "unsupported_media_type"},
	}
	for _, tc := range cases {
		t.Run(tc.call.method+" "+tc.call.target, func(t *testing.T) {
			resp := do(t, h, tc.call)
			if resp.StatusCode != tc.status {
				b, _ := io.ReadAll(resp.Body)
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.status, b)
			}
			if tc.code == "" {
				return
			}
			var e errorBody
			decode(t, resp, &e)
			if e.Error.Code != tc.code || e.Error.Message == "" {
				t.Errorf("error %+v, want code %q and a message", e.Error, tc.code)
			}
			if strings.Contains(e.Error.Message, "herald.db") {
				t.Errorf("the message %q names the store's file", e.Error.Message)
			}
			if tc.status == 405 && resp.Header.Get("Allow") == "" {
				t.Error("405 without Allow")
			}
		})
	}
}

func TestAccess(t *testing.T) {
	article := `{"id":"a","text":"Putin met Trump in Alaska."}`
	post := func(target, token string) call {
		return call{method: "POST", target: target, body: article, ctype: "application/json", token: token}
	}
	cases := []struct {
		name   string
		edit   func(*Options)
		call   call
		status int
	}{
		{"reads are open", nil, call{target: "/api/v1/events"}, 200},
		{"protected read without token", func(o *Options) { o.ProtectReads = true }, call{target: "/api/v1/events"}, 401},
		{"protected read with wrong token", func(o *Options) { o.ProtectReads = true }, call{target: "/api/v1/events", token: "x"}, 403},
		{"protected read with token", func(o *Options) { o.ProtectReads = true }, call{target: "/api/v1/events", token: testToken}, 200},
		{"write without token", nil, post("/api/v1/articles", ""), 401},
		{"write with a prefix of the token", nil, post("/api/v1/articles", testToken[:4]), 403},
		{"write on a server without token", func(o *Options) { o.Token = "" }, post("/api/v1/articles", "anything"), 403},
		{"analyze without token", nil, post("/api/v1/analyze", ""), 401},
		{"analyze on a server without token", func(o *Options) { o.Token = "" }, post("/api/v1/analyze", ""), 200},
		{"no analyser", func(o *Options) { o.Analyze = nil }, post("/api/v1/analyze", testToken), 404},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h, _ := newAPI(t, tc.edit)
			resp := do(t, h, tc.call)
			if resp.StatusCode != tc.status {
				b, _ := io.ReadAll(resp.Body)
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.status, b)
			}
			if tc.status == 401 && resp.Header.Get("WWW-Authenticate") == "" {
				t.Error("401 without WWW-Authenticate")
			}
		})
	}
}

func TestLimits(t *testing.T) {
	h, s := newAPI(t, func(o *Options) { o.MaxBody = 200; o.MaxBatch = 2 })
	line := `{"id":"%d","text":"Putin met Trump %d."}` + "\n"
	three := fmt.Sprintf(line+line+line, 1, 1, 2, 2, 3, 3)
	two := fmt.Sprintf(line+line, 1, 1, 2, 2)
	big := fmt.Sprintf(`{"id":"big","text":%q}`, strings.Repeat("word ", 100))
	cases := []struct {
		name   string
		call   call
		status int
	}{
		{"batch over the limit", call{method: "POST", target: "/api/v1/articles", body: three, ctype: "application/x-ndjson", token: testToken}, 413},
		{"body over the limit", call{method: "POST", target: "/api/v1/articles", body: big, ctype: "application/json", token: testToken}, 413},
		{"analyze body over the limit", call{method: "POST", target: "/api/v1/analyze", body: big, ctype: "application/json", token: testToken}, 413},
		{"batch at the limit", call{method: "POST", target: "/api/v1/articles", body: two, ctype: "application/x-ndjson", token: testToken}, 200},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			resp := do(t, h, tc.call)
			if resp.StatusCode != tc.status {
				b, _ := io.ReadAll(resp.Body)
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.status, b)
			}
		})
	}
	// The refused batch stored nothing; the one at the limit both.
	for id, want := range map[string]bool{"1": true, "2": true, "3": false, "big": false} {
		_, _, err := s.Get(context.Background(), id)
		if got := err == nil; got != want {
			t.Errorf("article %s stored: %v, want %v (%v)", id, got, want, err)
		}
	}
}

func TestPostBatch(t *testing.T) {
	h, s := newAPI(t, nil)
	batch := `{"id":"b1","text":"Putin met Trump in Alaska on Friday.","published":"2025-08-15"}
not json
{"id":"b2","title":"no text"}

{"id":"b3","html":"<p>Russia rejected the Ukrainian proposal.</p>"}
`
	send := func() stored {
		var body stored
		resp := do(t, h, call{method: "POST", target: "/api/v1/articles?date=2025-08-16", body: batch, ctype: "application/x-ndjson", token: testToken})
		if resp.StatusCode != 200 {
			b, _ := io.ReadAll(resp.Body)
			t.Fatalf("status %d: %s", resp.StatusCode, b)
		}
		decode(t, resp, &body)
		return body
	}
	first := send()
	if first.Stored != 2 || first.Failed != 2 || first.Skipped != 0 || len(first.Results) != 4 {
		t.Fatalf("first post: %+v", first)
	}
	if r := first.Results[1]; r.Line != 2 || r.Error == "" {
		t.Errorf("bad line: %+v, want line 2 with an error", r)
	}
	if r := first.Results[3]; r.Line != 5 || !r.Stored || r.Article != "b3" {
		t.Errorf("last line: %+v, want line 5 stored as b3", r)
	}
	again := send()
	if again.Stored != 0 || again.Skipped != 2 || again.Failed != 2 {
		t.Errorf("second post: %+v, want the two articles already stored", again)
	}
	doc, _, err := s.Get(context.Background(), "b3")
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Published.Format("2006-01-02"); got != "2025-08-16" {
		t.Errorf("b3 published %s, want the date parameter 2025-08-16", got)
	}
}

// TestDocumentsAsAnalyzePrintsThem checks that the analysing and the
// reading endpoints give herald/v1 byte for byte as render writes it.
func TestDocumentsAsAnalyzePrintsThem(t *testing.T) {
	h, s := newAPI(t, nil)
	ctx := context.Background()
	doc, _, err := s.Get(ctx, herald.Seed().ID)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := render.JSON(&want, doc); err != nil {
		t.Fatal(err)
	}
	resp := do(t, h, call{target: "/api/v1/articles/" + doc.ID})
	got, _ := io.ReadAll(resp.Body)
	if !bytes.Equal(got, want.Bytes()) {
		t.Errorf("GET article differs from render.JSON of the stored document")
	}

	a := `{"id":"x","published":"2025-08-08","text":"Witkoff met with Putin in Moscow on Wednesday."}`
	analysed, err := analyzer()(ctx, herald.Article{ID: "x", Text: "Witkoff met with Putin in Moscow on Wednesday.",
		Published: doc.Published, Origin: herald.Origin{Path: "request", Format: "jsonl", Line: 1}})
	if err != nil {
		t.Fatal(err)
	}
	want.Reset()
	if err := render.JSON(&want, analysed); err != nil {
		t.Fatal(err)
	}
	resp = do(t, h, call{method: "POST", target: "/api/v1/analyze", body: a, ctype: "application/json", token: testToken})
	got, _ = io.ReadAll(resp.Body)
	if !bytes.Equal(got, want.Bytes()) {
		t.Errorf("POST analyze:\n%s\nwant\n%s", got, want.Bytes())
	}
	if _, _, err := s.Get(ctx, "x"); !errors.Is(err, herald.ErrNotFound) {
		t.Errorf("after analyze, Get(x) = %v, want ErrNotFound: analyze must not store", err)
	}
}

func TestExportStreamsEveryEvent(t *testing.T) {
	h, s := newAPI(t, nil)
	n, err := s.Count(context.Background(), herald.Query{})
	if err != nil {
		t.Fatal(err)
	}
	resp := do(t, h, call{target: "/api/v1/export?format=csv"})
	if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/csv") {
		t.Fatalf("status %d, Content-Type %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	rows, err := csv.NewReader(resp.Body).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != n+1 {
		t.Errorf("%d rows, want a header and %d events", len(rows), n)
	}
	resp = do(t, h, call{target: "/api/v1/export?format=gdelt&header=true&limit=2"})
	b, _ := io.ReadAll(resp.Body)
	if lines := strings.Count(string(b), "\n"); lines != 3 {
		t.Errorf("gdelt with header and limit 2: %d lines, want 3", lines)
	}
}

func TestExportNamesOnlyItsFormats(t *testing.T) {
	h, _ := newAPI(t, nil)
	resp := do(t, h, call{target: "/api/v1/export?format=parquet"})
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(b), "gdelt, plover, csv") || strings.Contains(string(b), "is not one of gdelt, plover, csv, parquet") {
		t.Errorf("format=parquet: status %d, body %s; want a 400 naming gdelt, plover and csv only", resp.StatusCode, b)
	}
}

// TestArticleTextIsNeverHTML stores an article full of markup and checks
// that every response carrying it is JSON that a browser will not sniff
// as HTML.
func TestArticleTextIsNeverHTML(t *testing.T) {
	h, _ := newAPI(t, nil)
	payload := `<script>alert(1)</script><img src=x onerror=alert(2)><svg onload=alert(3)></svg><a href="javascript:alert(4)">x</a>`
	a := fmt.Sprintf(`{"id":"xss","url":"javascript:alert(5)","title":%q,"published":"2025-08-08","text":"Putin met Trump in Alaska. %s"}`,
		payload, strings.ReplaceAll(payload, `"`, `\"`))
	resp := do(t, h, call{method: "POST", target: "/api/v1/articles", body: a, ctype: "application/json", token: testToken})
	if resp.StatusCode != 200 {
		b, _ := io.ReadAll(resp.Body)
		t.Fatalf("post: status %d: %s", resp.StatusCode, b)
	}
	for _, target := range []string{"/api/v1/articles/xss", "/api/v1/search?q=alert", "/api/v1/events?q=alert", "/api/v1/actors/USAGOV"} {
		resp := do(t, h, call{target: target})
		if resp.StatusCode != 200 {
			t.Errorf("%s: status %d", target, resp.StatusCode)
		}
		hd := resp.Header
		if hd.Get("Content-Type") != "application/json" || hd.Get("X-Content-Type-Options") != "nosniff" ||
			!strings.Contains(hd.Get("Content-Security-Policy"), "default-src 'none'") {
			t.Errorf("%s: headers %v", target, hd)
		}
	}
}

// TestSQLInjection sends injection payloads in every filter and checks
// that each is refused as a bad query or answered normally, and that the
// store is intact after.
func TestSQLInjection(t *testing.T) {
	h, s := newAPI(t, nil)
	ctx := context.Background()
	before, err := s.Count(ctx, herald.Query{})
	if err != nil {
		t.Fatal(err)
	}
	payloads := []string{
		`' OR '1'='1`, `'; DROP TABLE events; --`, `1; DELETE FROM documents`, `" OR ""="`,
		`RUS*' UNION SELECT * FROM documents --`, `%' OR 1=1 --`, `0421) OR (1=1`, `*`, `\`, "x\x00y",
		`events MATCH '*'`, `NEAR(a b)`, `"unterminated`, `a OR b NOT c`,
	}
	endpoints := []string{"/api/v1/events", "/api/v1/search", "/api/v1/stats/timeline", "/api/v1/stats/network",
		"/api/v1/stats/actors", "/api/v1/stats/places", "/api/v1/export"}
	for _, p := range payloads {
		for _, param := range filterParams {
			for _, ep := range endpoints {
				v := url.Values{param: {p}}
				if ep == "/api/v1/export" {
					v.Set("format", "csv")
				}
				if ep == "/api/v1/search" && param != "q" {
					v.Set("q", "meeting")
				}
				resp := do(t, h, call{target: ep + "?" + v.Encode()})
				io.Copy(io.Discard, resp.Body)
				if resp.StatusCode != 200 && resp.StatusCode != 400 {
					t.Errorf("%s?%s=%q: status %d, want 200 or 400", ep, param, p, resp.StatusCode)
				}
			}
			resp := do(t, h, call{target: "/api/v1/actors/" + url.PathEscape(p)})
			if resp.StatusCode != 404 && resp.StatusCode != 400 {
				t.Errorf("actor %q: status %d, want 404 or 400", p, resp.StatusCode)
			}
			resp = do(t, h, call{target: "/api/v1/articles/" + url.PathEscape(p)})
			if resp.StatusCode != 404 {
				t.Errorf("article %q: status %d, want 404", p, resp.StatusCode)
			}
		}
	}
	after, err := s.Count(ctx, herald.Query{})
	if err != nil || after != before {
		t.Fatalf("the store counted %d events before and %d after (%v)", before, after, err)
	}
	rep, err := s.Check(ctx)
	if err != nil || len(rep.Problems) > 0 {
		t.Errorf("store check after the payloads: %+v, %v", rep, err)
	}
}

// FuzzQueryString checks that no query string makes the events, search
// or timeline endpoints fail with anything but a 400.
func FuzzQueryString(f *testing.F) {
	for _, s := range []string{"actor=RUS*&cameo=04", "q=meeting*&limit=5", "from=2025-08-01&to=2025-08-31&quad=1",
		"after=ZTIwMjUtMDgtMDgvMQ", "q=%22&modality=planned", "country=RUS&plover=consult", "period=week&by=root", "%zz"} {
		f.Add(s)
	}
	h, _ := newAPI(f, nil)
	f.Fuzz(func(t *testing.T, raw string) {
		for _, ep := range []string{"/api/v1/events", "/api/v1/search", "/api/v1/stats/timeline"} {
			r := httptest.NewRequest("GET", ep, nil)
			r.URL.RawQuery = raw
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			if w.Code != http.StatusOK && w.Code != http.StatusBadRequest {
				t.Errorf("%s?%s: status %d: %s", ep, raw, w.Code, w.Body)
			}
		}
	})
}

// failing is a store whose event queries fail as a broken disk would.
type failing struct{ herald.Store }

func (failing) Events(context.Context, herald.Query) ([]herald.EventHit, string, error) {
	return nil, "", errors.New("query events in \"/secret/herald.db\": disk I/O error")
}

func TestInternalErrorsSayNothing(t *testing.T) {
	var log bytes.Buffer
	h, _ := newAPI(t, func(o *Options) {
		o.Store = failing{o.Store}
		o.Log = slog.New(slog.NewTextHandler(&log, nil))
	})
	for _, target := range []string{"/api/v1/events", "/api/v1/export?format=csv", "/api/v1/actors/USAGOV"} {
		resp := do(t, h, call{target: target})
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusInternalServerError || !bytes.Contains(body, []byte(`"internal"`)) ||
			bytes.Contains(body, []byte("secret")) || bytes.Contains(body, []byte("disk")) {
			t.Errorf("%s: status %d, body %s; want 500 saying nothing of the cause", target, resp.StatusCode, body)
		}
	}
	if !strings.Contains(log.String(), "disk I/O error") {
		t.Errorf("the log does not hold the cause: %q", log.String())
	}
}
