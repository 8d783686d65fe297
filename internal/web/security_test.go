package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// markupProblems parses page and returns every element or attribute that
// an untrusted input could have put there: scripts and styles other than
// herald's own files, images, frames, objects, SVG outside herald's charts,
// event-handler attributes and links or sources that are not http(s) or
// relative.
func markupProblems(t *testing.T, page string) []string {
	t.Helper()
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatalf("parse page: %v", err)
	}
	var problems []string
	var walk func(n *html.Node, inChart bool)
	walk = func(n *html.Node, inChart bool) {
		if n.Type == html.ElementNode {
			attrs := map[string]string{}
			for _, a := range n.Attr {
				attrs[a.Key] = a.Val
				if strings.HasPrefix(strings.ToLower(a.Key), "on") {
					problems = append(problems, "event handler "+a.Key+" on <"+n.Data+">")
				}
				if a.Key == "href" || a.Key == "src" || a.Key == "action" {
					if u, err := url.Parse(a.Val); err != nil || (u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https") {
						problems = append(problems, "link "+a.Val+" on <"+n.Data+">")
					}
				}
			}
			switch n.Data {
			case "script":
				if !strings.HasPrefix(attrs["src"], "/static/") {
					problems = append(problems, "inline <script>")
				}
			case "img", "iframe", "object", "embed", "style", "foreignObject":
				problems = append(problems, "<"+n.Data+">")
			case "svg":
				if !strings.Contains(attrs["class"], "chart") {
					problems = append(problems, "<svg> outside a chart")
				}
				inChart = true
			case "image":
				if attrs["href"] != "/static/world.svg" {
					problems = append(problems, "<image href="+attrs["href"]+">")
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inChart)
		}
	}
	walk(root, false)
	return problems
}

func TestUntrustedTextIsNeverMarkup(t *testing.T) {
	f := newFixture(t)
	h := f.handler(t, "")
	hostile := "/articles/" + f.hashes["hostile"]
	paths := []string{
		hostile, "/articles/hostile", "/search?actor=UKR*", "/search?q=lying",
		"/search?q=" + url.QueryEscape(scriptPayload+imgPayload+svgPayload),
		"/search?actor=" + url.QueryEscape(svgPayload), "/timeline?actor=" + url.QueryEscape(scriptPayload),
		"/map?q=" + url.QueryEscape(imgPayload), "/network?cameo=" + url.QueryEscape(jsURL),
		"/actors/" + url.PathEscape(scriptPayload), "/actors/UKR", "/",
	}
	for _, path := range paths {
		rec := get(t, h, path)
		if rec.Code >= 500 {
			t.Errorf("%s: status %d", path, rec.Code)
		}
		for _, p := range markupProblems(t, rec.Body.String()) {
			t.Errorf("%s: %s", path, p)
		}
	}
	body := get(t, h, hostile).Body.String()
	for _, want := range []string{"&lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;", "&lt;svg onload=alert(2)&gt;"} {
		if !strings.Contains(body, want) {
			t.Errorf("hostile article does not show %q as text", want)
		}
	}
	if strings.Contains(body, `href="javascript`) || strings.Contains(body, "original</a>") {
		t.Errorf("hostile article links its javascript: URL")
	}
	if body := get(t, h, "/articles/"+f.hashes["kyiv-strike"]).Body.String(); !strings.Contains(body, `href="https://example.org/kyiv-strike"`) {
		t.Errorf("an https URL is not linked")
	}
}

func TestWebURL(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://example.org/a?b=c", "https://example.org/a?b=c"},
		{"http://example.org", "http://example.org"},
		{"javascript:alert(1)", ""},
		{"JaVaScRiPt:alert(1)", ""},
		{"data:text/html,<script>alert(1)</script>", ""},
		{"//evil.example/x", ""},
		{"/relative", ""},
		{"https:///nohost", ""},
		{"vbscript:msgbox", ""},
	} {
		if got := webURL(tc.in); got != tc.want {
			t.Errorf("webURL(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestAnalyzeForm(t *testing.T) {
	f := newFixture(t)
	text := "Russian forces attacked Kyiv on Sunday. " + scriptPayload + " Zelensky condemned the attack."
	form := url.Values{"title": {"Pasted " + svgPayload}, "date": {"2025-08-10"}, "text": {text}}
	withToken := url.Values{"title": form["title"], "date": form["date"], "text": form["text"], "token": {"sesame"}}
	wrongToken := url.Values{"text": form["text"], "token": {"open"}}
	for _, tc := range []struct {
		name   string
		token  string
		noFunc bool
		form   string
		header []string
		status int
		want   string
	}{
		{"plain", "", false, form.Encode(), nil, 200, `class="trig q4"`},
		{"same origin", "", false, form.Encode(), []string{"Sec-Fetch-Site", "same-origin"}, 200, "Coded result"},
		{"cross site", "", false, form.Encode(), []string{"Sec-Fetch-Site", "cross-site"}, 403, ""},
		{"foreign origin", "", false, form.Encode(), []string{"Origin", "https://evil.example"}, 403, ""},
		{"token missing", "sesame", false, form.Encode(), nil, 403, "token is missing or wrong"},
		{"token wrong", "sesame", false, wrongToken.Encode(), nil, 403, "token is missing or wrong"},
		{"token right", "sesame", false, withToken.Encode(), nil, 200, "Coded result"},
		{"bad date", "", false, url.Values{"text": {"x"}, "date": {"10/08/2025"}}.Encode(), nil, 400, "YYYY-MM-DD"},
		{"no text", "", false, url.Values{"text": {"  "}}.Encode(), nil, 400, "Paste the text"},
		{"too long", "", false, "text=" + strings.Repeat("a", maxForm+1), nil, 413, "too long"},
		{"no analyser", "", true, form.Encode(), nil, 404, "does not analyse"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var h http.Handler
			if tc.noFunc {
				var err error
				h, err = New(Options{Store: f.store})
				if err != nil {
					t.Fatal(err)
				}
			} else {
				h = f.handler(t, tc.token)
			}
			rec := httptestDo(h, http.MethodPost, "/analyze", tc.form, tc.header...)
			if rec.Code != tc.status {
				t.Fatalf("status %d, want %d:\n%.2000s", rec.Code, tc.status, rec.Body)
			}
			if !strings.Contains(rec.Body.String(), tc.want) {
				t.Errorf("response lacks %q:\n%.3000s", tc.want, rec.Body)
			}
			if rec.Code == 200 {
				for _, p := range markupProblems(t, rec.Body.String()) {
					t.Errorf("%s", p)
				}
			}
		})
	}
}

func TestAnalyzeFormAsksForToken(t *testing.T) {
	f := newFixture(t)
	if body := get(t, f.handler(t, "sesame"), "/analyze").Body.String(); !strings.Contains(body, `name="token"`) {
		t.Errorf("the form has no token field when a token is configured")
	}
	if body := get(t, f.handler(t, ""), "/analyze").Body.String(); strings.Contains(body, `name="token"`) {
		t.Errorf("the form asks for a token when none is configured")
	}
}
