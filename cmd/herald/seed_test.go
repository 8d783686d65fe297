package main

import (
	"context"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
)

// TestSeed checks the seed article against the rows marked "must" in
// ../shared/seed/EXPECTED.md that herald's stages cover.
func TestSeed(t *testing.T) {
	doc, err := newPipeline(pipelineConfig{}).Analyze(context.Background(), herald.Seed())
	if err != nil {
		t.Fatal(err)
	}
	text := func(s herald.Span) string { return s.In(doc.Text) }

	if doc.Source != "MENAFN" {
		t.Errorf("source = %q, want MENAFN", doc.Source)
	}
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			if strings.Contains(text(m.Span), "MENAFN") {
				t.Errorf("the source tag is an entity: %+v", e)
			}
		}
	}

	times := map[string]string{}
	for _, tm := range doc.Times {
		times[text(tm.Span)] = tm.Value
	}
	for span, want := range map[string]string{"Thursday": "2025-08-07", "Wednesday": "2025-08-06"} {
		if times[span] != want {
			t.Errorf("time %q = %q, want %q", span, times[span], want)
		}
	}

	moscow := ""
	for _, p := range doc.Places {
		if p.Name == "Moscow" && p.Country == "RUS" && p.GeoNames == 524901 {
			moscow = p.ID
		}
	}
	if moscow == "" {
		t.Errorf("no place Moscow, RUS, GeoNames 524901 in %+v", doc.Places)
	}

	checkSeedEvents(t, doc, moscow)
	checkSeedQuotes(t, doc)
}

func checkSeedEvents(t *testing.T, doc *herald.Document, moscow string) {
	t.Helper()
	byRoot := map[string][]herald.Event{}
	for _, e := range doc.Events {
		byRoot[e.CAMEO[:2]] = append(byRoot[e.CAMEO[:2]], e)
	}
	for _, e := range byRoot["03"] {
		if e.Modality == herald.Asserted && strings.Contains(doc.Sentences[e.Sentence].In(doc.Text), "anticipated meeting") {
			t.Errorf("the anticipated meeting is asserted: %+v", e)
		}
	}
	if len(byRoot["03"]) == 0 {
		t.Error("no root 03 event for the planned Putin–Trump meeting")
	}
	met := false
	for _, e := range byRoot["04"] {
		met = met || e.Modality == herald.Asserted && e.Date == "2025-08-06" && e.Place == moscow
	}
	if !met {
		t.Errorf("no asserted root 04 meeting on 2025-08-06 in Moscow: %+v", byRoot["04"])
	}
	for _, root := range []string{"13", "12"} {
		if len(byRoot[root]) == 0 {
			t.Errorf("no root %s event", root)
		}
	}
}

func checkSeedQuotes(t *testing.T, doc *herald.Document) {
	t.Helper()
	speaker := map[string]string{}
	for _, q := range doc.Quotes {
		if q.Kind != herald.Direct {
			continue
		}
		for _, e := range doc.Entities {
			if e.ID == q.Speaker {
				speaker[q.In(doc.Text)] = e.Name
			}
		}
	}
	for _, content := range []string{"This can be a historic meeting", "Dialogue will prevail."} {
		if speaker[content] != "Kirill Dmitriev" {
			t.Errorf("direct quote %q: speaker %q, want Kirill Dmitriev (quotes %v)", content, speaker[content], speaker)
		}
	}
}
