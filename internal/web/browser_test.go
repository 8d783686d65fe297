package web

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// chromiumPath is where Debian installs Chromium; $HERALD_CHROMIUM
// overrides it.
const chromiumPath = "/usr/bin/chromium"

// A browser is a headless Chromium driving one tab against a test server,
// recording what the pages report that a test should fail on.
type browser struct {
	t      *testing.T
	ctx    context.Context
	base   string
	shots  string // folder for screenshots
	mu     sync.Mutex
	errors []string
}

// newBrowser starts Chromium against a server of the fixture's UI, or
// skips t when there is no Chromium.
func newBrowser(t *testing.T) *browser {
	t.Helper()
	if testing.Short() {
		t.Skip("browser tests skipped in -short mode")
	}
	path := chromiumPath
	if p := os.Getenv("HERALD_CHROMIUM"); p != "" {
		path = p
	}
	if _, err := os.Stat(path); err != nil {
		t.Skipf("browser tests need Chromium at %s (apt-get install chromium, or set HERALD_CHROMIUM): %v", path, err)
	}
	f := newFixture(t)
	srv := httptest.NewServer(f.handler(t, ""))
	t.Cleanup(srv.Close)

	shots := os.Getenv("HERALD_TEST_OUT")
	if shots == "" {
		shots = filepath.Join(os.TempDir(), "herald-test-out")
	}
	shots = filepath.Join(shots, "web")
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", shots)

	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	b := &browser{t: t, base: srv.URL, shots: shots}
	ctx, cancelCtx := chromedp.NewContext(actx, chromedp.WithListener(b.listen))
	t.Cleanup(func() { cancelCtx(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	b.ctx = ctx
	return b
}

// listen records exceptions, errors in the browser log (a blocked script
// or style shows there) and dialogs, which only injected script opens.
func (b *browser) listen(ev any) {
	var msg string
	switch e := ev.(type) {
	case *runtime.EventExceptionThrown:
		msg = "exception: " + e.ExceptionDetails.Text
		if e.ExceptionDetails.Exception != nil {
			msg += " " + e.ExceptionDetails.Exception.Description
		}
	case *log.EventEntryAdded:
		if e.Entry.Level == log.EntryLevelError && !strings.HasSuffix(e.Entry.URL, "/favicon.ico") {
			msg = "log: " + e.Entry.Text + " " + e.Entry.URL
		}
	case *page.EventJavascriptDialogOpening:
		msg = "dialog: " + e.Message
	}
	if msg != "" {
		b.mu.Lock()
		b.errors = append(b.errors, msg)
		b.mu.Unlock()
	}
}

// do runs the steps with a time limit, failing the test on an error.
func (b *browser) do(what string, steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		b.t.Fatalf("%s: %v", what, err)
	}
}

// eval evaluates a JavaScript expression that yields a number.
func (b *browser) eval(expr string) int {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 10*time.Second)
	defer cancel()
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](expr))
	if err != nil {
		b.t.Fatalf("evaluate %s: %v", expr, err)
	}
	return n
}

// atLeast checks that the page has at least n elements matching sel.
func (b *browser) atLeast(sel string, n int) {
	b.t.Helper()
	if got := b.eval(fmt.Sprintf("document.querySelectorAll(%q).length", sel)); got < n {
		b.t.Errorf("%s: %d elements match %s, want at least %d", b.location(), got, sel, n)
	}
}

// location returns the tab's URL.
func (b *browser) location() string {
	loc, _ := chromedp.Run(b.ctx, chromedp.Location())
	return loc
}

// shot saves a screenshot of the whole page as name.png.
func (b *browser) shot(name string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 20*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		b.t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(b.shots, name+".png"), png, 0o644); err != nil {
		b.t.Fatal(err)
	}
}

// open loads path and waits for the page's main content.
func (b *browser) open(path string) {
	b.t.Helper()
	b.do("open "+path, chromedp.Navigate(b.base+path), chromedp.WaitVisible(chromedp.CSS("main")))
}

// checkClean fails the test on anything the pages reported.
func (b *browser) checkClean() {
	b.t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, e := range b.errors {
		b.t.Errorf("browser reported %s", e)
	}
	b.errors = nil
}

func TestBrowser(t *testing.T) {
	b := newBrowser(t)
	f := newFixture(t)

	b.open("/")
	b.atLeast("header.top nav a", 5)
	// The stylesheet applies: the header has its colour.
	if b.eval(`getComputedStyle(document.querySelector("header.top")).backgroundColor === "rgb(36, 59, 83)" ? 1 : 0`) != 1 {
		t.Errorf("the stylesheet did not apply")
	}
	b.shot("home")

	// Search through the form, then follow the first result to its
	// evidence.
	b.open("/search")
	b.do("search", chromedp.SetValue(chromedp.CSS(`form.filters input[name="actor"]`), "RUSGOV"),
		chromedp.Submit(chromedp.CSS(`form.filters input[name="actor"]`)),
		chromedp.WaitVisible(chromedp.CSS("table.results")))
	b.atLeast("table.results tbody tr", 1)
	b.shot("search")
	b.do("open evidence", chromedp.Click(chromedp.CSS("table.results a.hit")), chromedp.WaitVisible(chromedp.CSS(".doc")))
	if loc := b.location(); !strings.Contains(loc, "/articles/") || !strings.Contains(loc, "#V") {
		t.Errorf("evidence link led to %s", loc)
	}
	b.atLeast(".doc .trig", 1)
	b.atLeast(".doc .ent", 3)
	b.atLeast(".doc .quote", 1)
	b.atLeast(".doc .time", 1)
	b.atLeast("table.events tbody tr", 1)
	// The script runs under the policy: hovering a trigger lights its row.
	b.eval(`document.querySelector(".doc .trig").dispatchEvent(new MouseEvent("mouseover", {bubbles: true})), 0`)
	b.atLeast("table.events tr.lit", 1)
	b.shot("article")

	// Hostile text stays text in a real browser's DOM.
	b.open("/articles/" + f.hashes["hostile"])
	if n := b.eval(`document.querySelectorAll("main script, main img, main iframe, .doc svg, [onerror], [onload], a[href^='javascript']").length`); n != 0 {
		t.Errorf("the hostile article put %d elements into the page", n)
	}
	if b.eval(`document.querySelector(".doc").textContent.includes("<script>alert") ? 1 : 0`) != 1 {
		t.Errorf("the hostile article's script is not shown as text")
	}
	b.shot("hostile")

	for _, c := range []struct {
		path, name string
		sels       []string
	}{
		{"/actors/RUSGOV", "actor", []string{"svg.timechart rect", "svg.timechart polyline", "blockquote"}},
		{"/timeline?actor=RUSGOV", "timeline", []string{"svg.timechart rect", "svg.timechart polyline"}},
		{"/timeline?actor=USAGOV&with=RUSGOV", "timeline-pair", []string{"svg.timechart rect"}},
		{"/network", "network", []string{"svg.network path", "svg.network circle"}},
		{"/map", "map", []string{"svg.worldmap circle", "svg.worldmap image"}},
	} {
		b.open(c.path)
		for _, sel := range c.sels {
			b.atLeast(sel, 1)
		}
		// A chart that renders has a size.
		if b.eval(`Math.round(document.querySelector("svg.chart").getBoundingClientRect().height)`) < 100 {
			t.Errorf("%s: the chart is not drawn", c.path)
		}
		b.shot(c.name)
	}
	// The world map's shapes load from the embedded file.
	b.open("/map")
	if b.eval(`performance.getEntriesByType("resource").filter(e => e.name.endsWith("/static/world.svg")).length`) < 1 {
		t.Errorf("the map did not load static/world.svg")
	}

	b.open("/analyze")
	b.do("analyse", chromedp.SetValue(chromedp.CSS("textarea[name=text]"), "Russian forces attacked Kyiv on Sunday. Ukraine condemned the attack."),
		chromedp.Submit(chromedp.CSS("textarea[name=text]")),
		chromedp.WaitVisible(chromedp.CSS(".result .doc")))
	b.atLeast(".result .trig", 1)
	b.shot("analyze")
	b.checkClean()
}
