package export

import (
	"bytes"
	"context"
	"slices"
	"testing"

	"github.com/heraldproject/herald"
	"github.com/parquet-go/parquet-go"
)

func TestParquet(t *testing.T) {
	var buf bytes.Buffer
	w := NewParquet(&buf)
	clustered := hit()
	clustered.Cluster = herald.Cluster{ID: 7, Mentions: 3, Sources: 2, Articles: 2}
	bare := hit()
	bare.Date, bare.Event.CAMEO, bare.Event.QuadClass, bare.Event.Place = "", "", 0, ""
	for _, e := range []Event{Resolve(clustered, doc()), Resolve(bare, nil)} {
		if err := w.Write(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	r := bytes.NewReader(buf.Bytes())
	f, err := parquet.OpenFile(r, r.Size())
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range f.Schema().Fields() {
		names = append(names, c.Name())
	}
	if !slices.Equal(names, GDELTColumns) {
		t.Errorf("Parquet columns = %q; want GDELT's 61 in order", names)
	}
	rows, err := parquet.Read[GDELTRecord](r, r.Size())
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 {
		t.Fatalf("read %d rows; want 2", len(rows))
	}
	got := rows[0]
	switch {
	case got.GlobalEventID != int64(GlobalEventID(Resolve(clustered, doc()))):
		t.Errorf("GLOBALEVENTID = %d; want %d", got.GlobalEventID, GlobalEventID(Resolve(clustered, doc())))
	case deref(got.SQLDate) != 20250815 || deref(got.Year) != 2025 || deref(got.FractionDate) != 2025.6219:
		t.Errorf("dates = %v, %v, %v; want 20250815, 2025, 2025.6219", deref(got.SQLDate), deref(got.Year), deref(got.FractionDate))
	case deref(got.EventCode) != "036" || deref(got.EventRootCode) != "03" || deref(got.QuadClass) != 1 || deref(got.GoldsteinScale) != 4:
		t.Errorf("event = %v %v %v %v; want 036, 03, 1, 4", deref(got.EventCode), deref(got.EventRootCode), deref(got.QuadClass), deref(got.GoldsteinScale))
	case deref(got.NumMentions) != 3 || deref(got.NumSources) != 2 || deref(got.NumArticles) != 2:
		t.Errorf("counts = %v, %v, %v; want the cluster's 3, 2, 2", deref(got.NumMentions), deref(got.NumSources), deref(got.NumArticles))
	case deref(got.Actor1Name) != "Vladimir Putin" || deref(got.ActionGeoFullName) != "Anchorage" || deref(got.ActionGeoLat) != 61.2181:
		t.Errorf("names and place = %v, %v, %v", deref(got.Actor1Name), deref(got.ActionGeoFullName), deref(got.ActionGeoLat))
	case deref(got.DateAdded) != 20250809101112 || deref(got.SourceURL) != "https://example.com/a?x=1,2":
		t.Errorf("DATEADDED, SOURCEURL = %v, %v", deref(got.DateAdded), deref(got.SourceURL))
	case got.AvgTone != nil || got.IsRootEvent != nil || got.Actor1EthnicCode != nil:
		t.Errorf("columns herald cannot fill are not null: %v %v %v", got.AvgTone, got.IsRootEvent, got.Actor1EthnicCode)
	}
	if b := rows[1]; b.SQLDate != nil || b.EventCode != nil || b.QuadClass != nil || deref(b.NumMentions) != 1 || b.ActionGeoLat != nil {
		t.Errorf("bare row = %+v; want no date, code, quad class or place, and 1 mention", b)
	}
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

// clusterStore serves events of which the first two are one cluster.
type clusterStore struct{ fakeStore }

func (s *clusterStore) Events(_ context.Context, q herald.Query) ([]herald.EventHit, string, error) {
	var hits []herald.EventHit
	for i, c := range []int64{1, 1, 2, 0} {
		h := hit()
		h.Event.ID = string(rune('A' + i))
		h.Cluster.ID = c
		hits = append(hits, h)
	}
	return hits, "", nil
}

func TestRunOneRowACluster(t *testing.T) {
	for _, tt := range []struct {
		format string
		want   int
	}{{"gdelt", 3}, {"parquet", 3}, {"csv", 4}, {"plover", 4}} {
		w, err := New(tt.format, &bytes.Buffer{}, false)
		if err != nil {
			t.Fatal(err)
		}
		if n, err := Run(context.Background(), &clusterStore{}, herald.Query{}, 0, w); err != nil || n != tt.want {
			t.Errorf("Run to %s = %d, %v; want %d events", tt.format, n, err, tt.want)
		}
	}
}
