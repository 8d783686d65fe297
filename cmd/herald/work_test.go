package main

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/queue/inproc"
	"github.com/heraldproject/herald/internal/store/sqlite"
)

// flakyStore fails its first Puts, as a store does while PostgreSQL
// restarts.
type flakyStore struct {
	herald.Store
	failures atomic.Int32 // Puts left to fail
}

func (s *flakyStore) Put(ctx context.Context, doc *herald.Document, coder string) (bool, error) {
	if s.failures.Add(-1) >= 0 {
		return false, errors.New("connection refused")
	}
	return s.Store.Put(ctx, doc, coder)
}

// TestWorker runs the work loop over an in-process queue: good articles
// are stored once, a duplicate is acked as already stored, a store that
// fails is tried again, and an article over --max-size is handed back
// until it is a dead letter.
func TestWorker(t *testing.T) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	store := &flakyStore{Store: s}
	store.failures.Store(2)
	q := inproc.New(inproc.Options{MaxDeliver: 2, Retry: 10 * time.Millisecond})
	defer q.Close()
	var stderr syncBuffer
	w := &worker{env: &env{stderr: &stderr}, jobs: 2, ackWait: time.Minute, maxDeliver: 2, maxBytes: 300,
		coder: "test", queue: q, store: store, pipe: newPipeline(pipelineConfig{}), m: newWorkMetrics()}
	texts := []string{
		"Russian President Vladimir Putin met President Donald Trump in Alaska on Friday.",
		"Ukrainian President Volodymyr Zelensky thanked German Chancellor Friedrich Merz.",
		"Chinese President Xi Jinping criticised the sanctions on Tuesday.",
		"Russian President Vladimir Putin met President Donald Trump in Alaska on Friday.", // a copy of the first
		strings.Repeat("Too long. ", 40),
	}
	for i, text := range texts {
		if err := q.Publish(ctx, herald.Article{ID: string(rune('a' + i)), Text: text}); err != nil {
			t.Fatal(err)
		}
	}
	run, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	for range w.jobs {
		wg.Go(func() { w.loop(run) })
	}
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(20 * time.Millisecond) {
		st, err := q.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st == (herald.QueueStats{Dead: 1}) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("queue %+v after a minute, want one dead letter and nothing else", st)
		}
	}
	stop()
	wg.Wait()
	if want := (counts{stored: 3, skipped: 1, failed: 2}); w.counts != want {
		t.Errorf("counts %+v, want %+v", w.counts, want)
	}
	var metrics strings.Builder
	w.m.reg.WriteTo(&metrics)
	for _, want := range []string{`herald_articles_total{result="stored"} 3`, `herald_articles_total{result="failed"} 2`, "herald_store_retries_total 2"} {
		if !strings.Contains(metrics.String(), want+"\n") {
			t.Errorf("metrics lack %q:\n%s", want, metrics.String())
		}
	}
	for _, want := range []string{"connection refused; trying again", "(delivery 2 of 2; it becomes a dead letter)"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
		}
	}
}
