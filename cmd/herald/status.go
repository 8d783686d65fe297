package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/heraldproject/herald"
)

const statusDetail = `Status counts the articles on a NATS work queue — waiting for a worker,
in flight, delivered more than once, and dead letters that failed every
delivery, the latest of them listed — and, with --postgres or --db, the
articles and events in the store. On a terminal it prints a table;
otherwise, or with --json, one JSON object.

Example:
	herald status --nats nats://127.0.0.1:4222 --postgres postgres://herald@db/herald`

func statusCommand() *command {
	c := &command{name: "status", summary: "count the articles on a work queue and in a store", usage: "status --nats URL [flags]"}
	c.run = func(ctx context.Context, e *env, args []string) int {
		fs := newFlags(e, c, statusDetail)
		var qf queueFlags
		qf.register(fs)
		var sf storeFlags
		sf.register(fs)
		asJSON := fs.Bool("json", false, "print JSON even on a terminal")
		if code := parseFlags(e, fs, args); code >= 0 {
			return code
		}
		if qf.url == "" || fs.NArg() > 0 {
			e.errorf("status needs --nats URL and no arguments; run 'herald help status'")
			return exitUsage
		}
		st, err := readStatus(ctx, qf, sf, storeGiven(fs, sf))
		if err != nil {
			e.errorf("%v", err)
			return exitError
		}
		if *asJSON || !isTerminal(e.stdout) {
			enc := json.NewEncoder(e.stdout)
			enc.SetIndent("", "  ")
			enc.Encode(st)
		} else {
			st.table(e.stdout)
		}
		return exitOK
	}
	return c
}

// storeGiven reports whether the command line names a store, by flag or
// by $HERALD_POSTGRES.
func storeGiven(fs *flag.FlagSet, sf storeFlags) bool {
	given := sf.postgres != ""
	fs.Visit(func(f *flag.Flag) { given = given || f.Name == "db" })
	return given
}

// A status is what the status command reports.
type status struct {
	Queue queueStatus  `json:"queue"`
	Store *storeStatus `json:"store,omitempty"`
}

type queueStatus struct {
	Name        string       `json:"name"`
	URL         string       `json:"url"`
	Pending     int          `json:"pending"`
	InFlight    int          `json:"in_flight"`
	Redelivered int          `json:"redelivered"`
	Dead        int          `json:"dead_letters"`
	Latest      []deadLetter `json:"latest_dead_letters,omitempty"`
}

// A deadLetter is how status shows one.
type deadLetter struct {
	ID         string    `json:"id"`
	Origin     string    `json:"origin"`
	Deliveries int       `json:"deliveries"`
	Reason     string    `json:"reason"`
	Time       time.Time `json:"time"`
}

// maxDeadListed is how many dead letters status lists, the latest first.
const maxDeadListed = 5

type storeStatus struct {
	Name     string `json:"name"`
	Articles int    `json:"articles"`
	Events   int    `json:"events"`
}

func readStatus(ctx context.Context, qf queueFlags, sf storeFlags, withStore bool) (*status, error) {
	q, err := qf.open(ctx, 0, 0)
	if err != nil {
		return nil, err
	}
	defer q.Close()
	qs, err := q.Stats(ctx)
	if err != nil {
		return nil, err
	}
	st := &status{Queue: queueStatus{Name: qf.name, URL: qf.url, Pending: qs.Pending, InFlight: qs.InFlight, Redelivered: qs.Redelivered, Dead: qs.Dead}}
	letters, err := q.DeadLetters(ctx, maxDeadListed)
	if err != nil {
		return nil, err
	}
	for _, l := range letters {
		st.Queue.Latest = append(st.Queue.Latest, deadLetter{ID: l.Article.ID, Origin: describe(l.Article.Origin),
			Deliveries: l.Deliveries, Reason: l.Reason, Time: l.Time.UTC()})
	}
	if !withStore {
		return st, nil
	}
	s, err := sf.open(ctx, true)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	events, err := s.Count(ctx, herald.Query{})
	if err != nil {
		return nil, err
	}
	articles, err := countArticles(ctx, s)
	if err != nil {
		return nil, err
	}
	st.Store = &storeStatus{Name: sf.name(), Articles: articles, Events: events}
	return st, nil
}

// countArticles pages through the store's articles, MaxLimit at a time:
// the store has no count of articles of its own.
func countArticles(ctx context.Context, s herald.Searcher) (int, error) {
	n := 0
	q := herald.Query{Limit: herald.MaxLimit}
	for {
		hits, next, err := s.Articles(ctx, q)
		if err != nil {
			return 0, err
		}
		n += len(hits)
		if next == "" {
			return n, nil
		}
		q.After = next
	}
}

// table writes the status for a person.
func (st *status) table(w io.Writer) {
	q := st.Queue
	fmt.Fprintf(w, "queue %s at %s\n", q.Name, q.URL)
	for _, row := range []struct {
		name string
		n    int
	}{{"pending", q.Pending}, {"in flight", q.InFlight}, {"redelivered", q.Redelivered}, {"dead letters", q.Dead}} {
		fmt.Fprintf(w, "  %-14s %10s\n", row.name, commas(row.n))
	}
	for _, l := range q.Latest {
		fmt.Fprintf(w, "    %s  %s %s, %d deliveries: %s\n", l.Time.Format(time.DateTime), l.ID, l.Origin, l.Deliveries, l.Reason)
	}
	if s := st.Store; s != nil {
		fmt.Fprintf(w, "store %s\n  %-14s %10s\n  %-14s %10s\n", s.Name, "articles", commas(s.Articles), "events", commas(s.Events))
	}
}
