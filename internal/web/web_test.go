package web

import (
	"net/http"
	"strings"
	"testing"
)

func TestPages(t *testing.T) {
	f := newFixture(t)
	h := f.handler(t, "")
	seed := "/articles/" + f.hashes["menafn-2025-08-08-putin-trump"]
	for _, tc := range []struct {
		path   string
		status int
		want   []string
	}{
		{"/", 200, []string{"Busiest actors", "RUSGOV"}},
		{"/search?actor=RUSGOV", 200, []string{"evidence", `href="` + seed + "#V"}},
		{"/search?q=Witkoff", 200, []string{"<mark>met</mark>", `<ul class="articles">`, "<mark>Witkoff</mark>"}},
		{"/search?modality=bogus", 400, []string{"modality &#34;bogus&#34; is not one of"}},
		{"/search?from=08-2025", 400, []string{"from date"}},
		{"/search?country=RU", 400, []string{"three-letter code"}},
		{seed, 200, []string{`class="trig q`, `id="V4"`, `class="ent ent-person"`, `class="time"`, `class="quote"`, "Express intent to meet or negotiate"}},
		{"/articles/menafn-2025-08-08-putin-trump", 200, []string{"Witkoff"}},
		{"/articles/nothing-here", 404, []string{"Nothing is stored"}},
		{"/actors/RUSGOV", 200, []string{"Top counterparts", "USAGOV", `<svg class="chart timechart"`, "<blockquote>"}},
		{"/timeline?actor=RUSGOV", 200, []string{`<rect class="q`, `<polyline class="goldstein"`}},
		{"/timeline?actor=USAGOV&with=RUSGOV", 200, []string{`<rect class="q`, "between USAGOV and RUSGOV"}},
		{"/timeline?with=RUSGOV", 400, []string{"Give the first actor"}},
		{"/timeline?country=UKR&period=week", 200, []string{`<rect class="q`}},
		{"/network", 200, []string{`<svg class="chart network"`, `<path d="M`, "RUSGOV"}},
		{"/map", 200, []string{`<image href="/static/world.svg"`, "<circle cx="}},
		{"/analyze", 200, []string{`<form class="analyze" action="/analyze" method="post">`}},
		{"/static/world.svg", 200, []string{"<path d="}},
		{"/static/app.js", 200, []string{"data-event"}},
		{"/nowhere", 404, []string{"There is no page"}},
	} {
		t.Run(tc.path, func(t *testing.T) {
			rec := get(t, h, tc.path)
			if rec.Code != tc.status {
				t.Fatalf("status %d, want %d:\n%s", rec.Code, tc.status, rec.Body)
			}
			for _, w := range tc.want {
				if !strings.Contains(rec.Body.String(), w) {
					t.Errorf("page lacks %q", w)
				}
			}
		})
	}
}

func TestSecurityHeaders(t *testing.T) {
	f := newFixture(t)
	h := f.handler(t, "")
	for _, path := range []string{"/", "/articles/x", "/static/app.css", "/map"} {
		rec := get(t, h, path)
		csp := rec.Header().Get("Content-Security-Policy")
		for _, w := range []string{"default-src 'self'", "script-src 'self'", "frame-ancestors 'none'"} {
			if !strings.Contains(csp, w) {
				t.Errorf("%s: Content-Security-Policy %q lacks %q", path, csp, w)
			}
		}
		if strings.Contains(csp, "unsafe-inline") {
			t.Errorf("%s: Content-Security-Policy allows inline code: %q", path, csp)
		}
		if got := rec.Header().Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s: X-Content-Type-Options = %q", path, got)
		}
		if got := rec.Header().Get("Referrer-Policy"); got != "no-referrer" {
			t.Errorf("%s: Referrer-Policy = %q", path, got)
		}
	}
}

func TestNoInlineCode(t *testing.T) {
	f := newFixture(t)
	h := f.handler(t, "")
	seed := "/articles/" + f.hashes["menafn-2025-08-08-putin-trump"]
	for _, path := range []string{"/", "/search?actor=RUS*", seed, "/actors/RUSGOV", "/timeline?actor=RUSGOV", "/network", "/map", "/analyze"} {
		body := get(t, h, path).Body.String()
		if strings.Count(body, "<script") != strings.Count(body, `<script src="/static/`) {
			t.Errorf("%s has an inline script", path)
		}
		if strings.Contains(body, "style=") || strings.Contains(body, "<style") {
			t.Errorf("%s has inline styles, which the policy blocks", path)
		}
	}
}

func TestUnknownMethod(t *testing.T) {
	f := newFixture(t)
	rec := httptestDo(f.handler(t, ""), http.MethodPost, "/search", "")
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST /search: status %d, want 405", rec.Code)
	}
}
