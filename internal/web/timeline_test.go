package web

import (
	"context"
	"testing"

	"github.com/heraldproject/herald"
)

func TestPairTimeline(t *testing.T) {
	f := newFixture(t)
	s := &server{Options: Options{Store: f.store, Stats: f.store}}
	counted := 0
	for _, tc := range []struct{ actor, with string }{
		{"USAGOV", "RUSGOV"}, {"RUS*", "UKR*"}, {"UKR", "RUS"},
	} {
		want := 0
		for _, doc := range f.docs {
			for _, e := range doc.Events {
				src, tgt := e.Source.Actor, e.Target.Actor
				if (matchActor(tc.actor, src) && matchActor(tc.with, tgt)) || (matchActor(tc.actor, tgt) && matchActor(tc.with, src)) {
					want++
				}
			}
		}
		buckets, truncated, err := s.pairTimeline(context.Background(), herald.Query{Actor: tc.actor}, tc.with, herald.Day)
		if err != nil {
			t.Fatal(err)
		}
		got := 0
		for _, b := range buckets {
			got += b.Events
		}
		if got != want || truncated {
			t.Errorf("%s with %s: %d events (truncated %v), want %d", tc.actor, tc.with, got, truncated, want)
		}
		counted += got
	}
	if counted == 0 {
		t.Errorf("no pair has events; the test checks nothing")
	}
}

func TestPeriodStart(t *testing.T) {
	for _, tc := range []struct {
		date   string
		period herald.Period
		want   string
	}{
		{"2025-08-08", herald.Day, "2025-08-08"},
		{"2025-08-08", herald.Week, "2025-08-04"}, // a Friday; its Monday
		{"2025-08-04", herald.Week, "2025-08-04"},
		{"2025-08-10", herald.Week, "2025-08-04"}, // a Sunday ends the week
		{"2025-W32", herald.Day, ""},
		{"", herald.Week, ""},
	} {
		if got := periodStart(tc.date, tc.period); got != tc.want {
			t.Errorf("periodStart(%q, %s) = %q, want %q", tc.date, tc.period, got, tc.want)
		}
	}
}

func TestMatchActor(t *testing.T) {
	for _, tc := range []struct {
		pattern, code string
		want          bool
	}{
		{"RUSGOV", "RUSGOV", true}, {"rusgov", "RUSGOV", true}, {"RUS*", "RUSMIL", true},
		{"RUS", "RUSGOV", false}, {"RUS*", "BLR", false}, {"*", "", true},
	} {
		if got := matchActor(tc.pattern, tc.code); got != tc.want {
			t.Errorf("matchActor(%q, %q) = %v", tc.pattern, tc.code, got)
		}
	}
}
