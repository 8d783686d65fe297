package main

import (
	"strings"
	"testing"
	"time"
)

func TestStatusTable(t *testing.T) {
	st := &status{
		Queue: queueStatus{Name: "herald", URL: "nats://127.0.0.1:4222", Pending: 12345, InFlight: 4, Redelivered: 1, Dead: 1,
			Latest: []deadLetter{{ID: "a7", Origin: `"feed.jsonl" line 7`, Deliveries: 5, Reason: "failed every delivery",
				Time: time.Date(2026, 11, 25, 23, 0, 0, 0, time.UTC)}}},
		Store: &storeStatus{Name: "postgres", Articles: 5000, Events: 21000},
	}
	var b strings.Builder
	st.table(&b)
	want := `queue herald at nats://127.0.0.1:4222
  pending            12,345
  in flight               4
  redelivered             1
  dead letters            1
    2026-11-25 23:00:00  a7 "feed.jsonl" line 7, 5 deliveries: failed every delivery
store postgres
  articles            5,000
  events             21,000
`
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
}
