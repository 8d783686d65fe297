package api

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// FuzzPostBody posts arbitrary bodies, as one JSON article and as a JSONL
// batch, to the endpoints that read articles: each answer is a client
// error or a JSON body that accounts for every article, never a 500.
//
//	go test -run XXX -fuzz FuzzPostBody -fuzztime 1m ./internal/api/
func FuzzPostBody(f *testing.F) {
	for _, s := range []string{
		`{"id":"a1","title":"Talks","text":"Russian President Vladimir Putin met Donald Trump in Moscow on Friday.","published":"2025-08-08"}`,
		"{\"text\":\"One.\"}\n\n{\"text\":\"Two.\",\"published\":20250808}\n{\"html\":\"<p>Three &amp; four</p>\"}\n",
		`{"text":""}`, `{"text":"\u0000\ud800"}`, `{`, `[]`, `null`, "{\"text\":\"a\"}\n{", `{"id":7,"published":"yesterday","text":"x"}`,
		"{\"text\":\"\xff\xfe\"}", "\ufeff{\"text\":\"bom\"}",
	} {
		f.Add(s, false, "")
		f.Add(s, true, "2025-08-08")
	}
	f.Add(strings.Repeat("{\"text\":\"x\"}\n", 5), true, "2025-13-01")
	h, _ := newAPI(f, func(o *Options) { o.MaxBatch, o.MaxBody = 4, 1<<12 })
	f.Fuzz(func(t *testing.T, body string, batch bool, date string) {
		ctype := "application/json"
		if batch {
			ctype = "application/x-ndjson"
		}
		for _, path := range []string{"/api/v1/articles", "/api/v1/analyze"} {
			target := path + "?date=" + url.QueryEscape(date)
			r := httptest.NewRequest("POST", target, strings.NewReader(body))
			r.Header.Set("Content-Type", ctype)
			r.Header.Set("Authorization", "Bearer "+testToken)
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			switch w.Code {
			case http.StatusBadRequest, http.StatusRequestEntityTooLarge, http.StatusUnsupportedMediaType:
				var e struct {
					Error struct{ Code, Message string }
				}
				if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil || e.Error.Code == "" || e.Error.Message == "" {
					t.Errorf("POST %s %q: status %d with body %s, want a JSON error with a code and a message", target, body, w.Code, w.Body)
				}
			case http.StatusOK:
				var got stored
				if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
					t.Errorf("POST %s %q: status 200 with body %s, which is not JSON: %v", target, body, w.Body, err)
				} else if path == "/api/v1/articles" && got.Stored+got.Skipped+got.Failed != len(got.Results) {
					t.Errorf("POST %s %q: %+v does not account for every article", target, body, got)
				}
			default:
				t.Errorf("POST %s %q: status %d: %s", target, body, w.Code, w.Body)
			}
		}
	})
}
