package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/store/sqlite"
)

// crashArticles is how many articles the crash test ingests: enough that
// ingest is still running when it is killed.
const crashArticles = 2000

// writeCrashInput writes crashArticles small articles as JSONL: random
// words around a sentence with an event, every tenth a syndicated copy of
// the one before under another source, so that the crash also falls among
// near-duplicates and clusters.
func writeCrashInput(t *testing.T, path string) {
	t.Helper()
	words := strings.Fields("army bank border city council court deal election farmers fuel grain harbour health " +
		"hospital industry judges labour market minister navy oil parliament police port prices protest rail " +
		"reform refugees school steel strike students talks taxes trade transport union water wheat workers")
	rng := rand.New(rand.NewPCG(9, 9))
	var b strings.Builder
	prev := ""
	for i := range crashArticles {
		text := prev + " Desk " + fmt.Sprint(i) + " reported."
		if i%10 != 9 || prev == "" {
			var w []string
			for range 40 {
				w = append(w, words[rng.IntN(len(words))])
			}
			text = fmt.Sprintf("Russia met Ukraine in Geneva on Monday. Article %d notes %s.", i, strings.Join(w, " "))
			prev = text
		}
		fmt.Fprintf(&b, `{"id":"c%d","source":"Wire %d","published":"2025-08-%02d","text":%q}`+"\n", i, i%7, 1+i%28, text)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// storeState is what must be equal between a store made in one run and
// one made across a crash: every article with its canonical link and
// number of events, and every listed event with its cluster's counts.
type storeState struct {
	Articles map[string]string // hash → canonical hash and events
	Events   map[string]string // hash/event ID → date, code and cluster counts
}

func readState(t *testing.T, db string) storeState {
	t.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, db, sqlite.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st := storeState{Articles: map[string]string{}, Events: map[string]string{}}
	q := herald.Query{Limit: herald.MaxLimit}
	for {
		hits, next, err := s.Articles(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range hits {
			st.Articles[h.Hash] = fmt.Sprintf("%s %d", h.Canonical, h.Events)
		}
		if q.After = next; next == "" {
			break
		}
	}
	q.After = ""
	for {
		hits, next, err := s.Events(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range hits {
			c := h.Cluster
			st.Events[h.Hash+"/"+h.Event.ID] = fmt.Sprintf("%s %s %d %d %d", h.Date, h.Event.CAMEO, c.Mentions, c.Sources, c.Articles)
		}
		if q.After = next; next == "" {
			break
		}
	}
	return st
}

// storedEvents counts the events in db while another process writes it.
func storedEvents(db string) int {
	s, err := sqlite.Open(context.Background(), db, sqlite.Options{ReadOnly: true})
	if err != nil {
		return 0
	}
	defer s.Close()
	n, _ := s.Count(context.Background(), herald.Query{})
	return n
}

// TestIngestSurvivesKill ingests thousands of articles with a real herald
// process, kills it with SIGKILL halfway, ingests again and checks that
// the store equals one made in a single run and passes herald check. One
// worker (-j 1) stores articles in input order in both, so that which copy
// of a story is canonical does not depend on scheduling.
func TestIngestSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds herald and ingests thousands of articles twice; not with -short")
	}
	dir := t.TempDir()
	bin, in := filepath.Join(dir, "herald"), filepath.Join(dir, "in.jsonl")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	writeCrashInput(t, in)
	clean, crashed := filepath.Join(dir, "clean.db"), filepath.Join(dir, "crashed.db")
	if out, err := exec.Command(bin, "ingest", "-j", "1", "--db", clean, in).CombinedOutput(); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}

	cmd := exec.Command(bin, "ingest", "-j", "1", "--db", crashed, in)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(2 * time.Minute)
	for storedEvents(crashed) < crashArticles/4 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	killedAt := storedEvents(crashed)
	if killedAt == 0 || killedAt >= storedEvents(clean) {
		t.Fatalf("ingest was killed with %d of %d events stored; want it killed midway", killedAt, storedEvents(clean))
	}
	out, err := exec.Command(bin, "ingest", "-j", "1", "--db", crashed, in).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "already stored") {
		t.Fatalf("ingest after the kill: %v\n%s", err, out)
	}
	want, got := readState(t, clean), readState(t, crashed)
	if len(got.Articles) != crashArticles || !reflect.DeepEqual(got, want) {
		t.Errorf("store after a kill and a second ingest differs from a clean run: %d articles, %d events; want %d, %d",
			len(got.Articles), len(got.Events), len(want.Articles), len(want.Events))
	}
	if out, err := exec.Command(bin, "check", "--db", crashed).CombinedOutput(); err != nil || !strings.Contains(string(out), ": ok,") {
		t.Errorf("herald check after the kill: %v\n%s", err, out)
	}
	t.Logf("killed with %d events stored; resumed: %s", killedAt, strings.TrimSpace(string(out)))
}
