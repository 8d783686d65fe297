package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/store/sqlite"
)

// TestServeFinishesWritesOnShutdown starts a POST whose analysis is slow,
// stops the server while it runs and checks that the article was stored
// before serve returned, and the client answered.
func TestServeFinishesWritesOnShutdown(t *testing.T) {
	bg := context.Background()
	s, err := sqlite.Open(bg, filepath.Join(t.TempDir(), "h.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	started := make(chan struct{})
	slow := func(ctx context.Context, a herald.Article) (*herald.Document, error) {
		close(started)
		time.Sleep(300 * time.Millisecond)
		return herald.NewDocument(a), ctx.Err()
	}
	sv := serving{token: "tok", maxBody: 1 << 20, maxBatch: 10, log: io.Discard}
	h, err := sv.handler(s, slow)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(bg)
	served := make(chan error, 1)
	go func() { served <- serve(ctx, sv.server(h), ln) }()

	url := "http://" + ln.Addr().String() + "/api/v1/articles"
	answered := make(chan int, 1)
	go func() {
		req, _ := http.NewRequest("POST", url, strings.NewReader(`{"id":"slow","text":"Putin met Trump."}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer tok")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Errorf("post: %v", err)
			answered <- 0
			return
		}
		resp.Body.Close()
		answered <- resp.StatusCode
	}()
	<-started
	stop()
	if err := <-served; err != nil {
		t.Fatalf("serve: %v", err)
	}
	// serve has returned: what the handler stored is there.
	if _, _, err := s.Get(bg, "slow"); err != nil {
		t.Errorf("the article posted at shutdown was not stored: %v", err)
	}
	if code := <-answered; code != http.StatusOK {
		t.Errorf("the POST under way at shutdown got %d, want 200", code)
	}
	if _, err := http.Get(url); err == nil {
		t.Error("the server still answers after shutdown")
	}
}

func TestServeCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "h.db")
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	pr, pw := io.Pipe()
	exited := make(chan int, 1)
	go func() {
		code := run(ctx, &env{stdin: strings.NewReader(""), stdout: pw, stderr: io.Discard},
			[]string{"serve", "--db", db, "--addr", "127.0.0.1:0", "--token", "tok"})
		pw.Close()
		exited <- code
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("serve printed no address: %v", err)
	}
	go io.Copy(io.Discard, pr)
	_, rest, _ := strings.Cut(line, "http://")
	base, _, _ := strings.Cut(rest, " ")
	base = strings.TrimSuffix(base, "/")

	req, _ := http.NewRequest("POST", "http://"+base+"/api/v1/articles?date=2025-08-08",
		strings.NewReader(`{"id":"seed","text":"Witkoff met with Putin in Moscow on Wednesday."}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer tok")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("POST article: %d", resp.StatusCode)
	}
	resp, err = http.Get("http://" + base + "/api/v1/events?actor=RUSGOV")
	if err != nil {
		t.Fatal(err)
	}
	var page struct {
		Events []struct{ Trigger string } `json:"events"`
	}
	err = json.NewDecoder(resp.Body).Decode(&page)
	resp.Body.Close()
	if err != nil || len(page.Events) == 0 || page.Events[0].Trigger != "met" {
		t.Errorf("GET events after the POST: %+v, %v; want the meeting", page, err)
	}
	if resp, err := http.Get("http://" + base + "/"); err != nil || resp.StatusCode >= 500 {
		t.Errorf("GET / (the web UI): %v, %v", resp, err)
	}
	req, _ = http.NewRequest("GET", "http://"+base+"/api/v1/events", nil)
	req.Host = "rebound.example"
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusMisdirectedRequest {
		t.Errorf("GET with Host %s: %v, %v; want 421", req.Host, resp, err)
	}
	stop()
	if code := <-exited; code != exitOK {
		t.Errorf("serve exited %d after the context ended, want 0", code)
	}
}
