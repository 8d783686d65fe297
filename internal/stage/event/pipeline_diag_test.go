package event

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/devdata"
	"github.com/heraldproject/herald/internal/stage/actor"
	"github.com/heraldproject/herald/internal/stage/entity"
	placestage "github.com/heraldproject/herald/internal/stage/place"
	"github.com/heraldproject/herald/internal/stage/quote"
	"github.com/heraldproject/herald/internal/stage/segment"
	"github.com/heraldproject/herald/internal/stage/syntax"
	"github.com/heraldproject/herald/internal/stage/timex"
	"github.com/heraldproject/herald/internal/stage/wire"
)

// TestGSRPipelineDiag runs the whole pipeline over the PLOVER gold
// standard and, with $HERALD_EVENT_DUMP set, writes each record's gold
// type and actors against herald's entities and events to that file,
// with the record's miss grouped by cause. Without it, it skips.
func TestGSRPipelineDiag(t *testing.T) {
	out := os.Getenv("HERALD_EVENT_DUMP")
	if out == "" {
		t.Skip("set HERALD_EVENT_DUMP to a file to dump the PLOVER GSR diagnosis")
	}
	b, err := os.ReadFile(devdata.Path(t, "plover/PLOVER_GSR_CAMEO.json"))
	if err != nil {
		t.Fatal(err)
	}
	var recs []struct {
		ID     string          `json:"id"`
		Event  string          `json:"event"`
		Text   string          `json:"text"`
		Source json.RawMessage `json:"source"`
		Target json.RawMessage `json:"target"`
	}
	if err := json.Unmarshal(b, &recs); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	stages := []herald.Stage{wire.New(), segment.New(segment.Options{}), entity.New(), actor.New(actor.Options{}),
		timex.New(), placestage.New(), quote.New(), syntax.New(), New()}
	for _, s := range stages {
		if l, ok := s.(herald.Loader); ok {
			if err := l.Load(ctx); err != nil {
				t.Fatal(err)
			}
		}
	}
	if txt := os.Getenv("HERALD_EVENT_TEXT"); txt != "" {
		recs = recs[:0]
		for _, l := range strings.Split(txt, "\n") {
			recs = append(recs, struct {
				ID     string          `json:"id"`
				Event  string          `json:"event"`
				Text   string          `json:"text"`
				Source json.RawMessage `json:"source"`
				Target json.RawMessage `json:"target"`
			}{ID: "text", Text: l})
		}
	}
	var w strings.Builder
	causes := map[string]int{}
	for _, r := range recs {
		if now, ok := draft08[r.Event]; ok {
			r.Event = now
		}
		doc := herald.NewDocument(herald.Article{ID: r.ID, Text: r.Text})
		for _, s := range stages {
			if err := s.Process(ctx, doc); err != nil {
				t.Fatal(err)
			}
		}
		pred := ""
		best := -1.0
		for _, e := range doc.Events {
			if e.PLOVER != "" && e.Confidence > best {
				pred, best = e.PLOVER, e.Confidence
			}
		}
		cause := "ok"
		if pred != r.Event {
			switch {
			case len(doc.Entities) == 0:
				cause = "no entity"
			case len(doc.Events) == 0:
				cause = "no event"
			default:
				cause = "wrong type"
				for _, e := range doc.Events {
					if e.PLOVER == r.Event {
						cause = "right type not most confident"
					}
				}
			}
		}
		gs, gt := codes(r.Source), codes(r.Target)
		if len(gt) == 0 {
			gt = []string{""}
		}
		gold := map[string]bool{}
		for _, a := range gs {
			for _, b := range gt {
				gold[a+">"+b] = true
			}
		}
		var tri []string
		hit := false
		for _, e := range doc.Events {
			if e.PLOVER == r.Event && e.Source.Actor != "" {
				k := cut(e.Source.Actor) + ">" + cut(e.Target.Actor)
				tri = append(tri, k)
				hit = hit || gold[k]
			}
		}
		if cause == "ok" {
			switch {
			case hit:
				causes["triple hit"]++
			case len(tri) == 0:
				causes["triple: no sourced event of the type"]++
			default:
				causes["triple: wrong actors"]++
			}
		}
		causes[cause]++
		fmt.Fprintf(&w, "%s\t%s\ttriples=%v hit=%v\tgold=%s pred=%s src=%s tgt=%s\n  %s\n", cause, r.ID, tri, hit, r.Event, pred, compact(r.Source), compact(r.Target), r.Text)
		for _, e := range doc.Entities {
			var ms []string
			for _, m := range e.Mentions {
				ms = append(ms, fmt.Sprintf("%q/%v", m.Span.In(doc.Text), m.Kind))
			}
			fmt.Fprintf(&w, "    ent %s actor=%s %s\n", e.ID, e.Actor, strings.Join(ms, " "))
		}
		for _, e := range doc.Events {
			fmt.Fprintf(&w, "    ev %s %s %q src=%s tgt=%s conf=%.2f %v\n", e.CAMEO, e.PLOVER, e.Trigger.In(doc.Text), e.Source.Actor, e.Target.Actor, e.Confidence, e.Modality)
		}
	}
	var keys []string
	for k := range causes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&w, "# %s: %d\n", k, causes[k])
		t.Logf("%s: %d", k, causes[k])
	}
	if err := os.WriteFile(out, []byte(w.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// draft08 renames the GSR's draft-0.5 event types to the draft-0.8 types
// herald codes, as the events scorer (internal/eval) reads them.
var draft08 = map[string]string{"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}

// gsrCodes reads the GSR's leftover pre-ISO country codes, and NGO, as the
// events scorer does.
var gsrCodes = map[string]string{"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "NGO": "IGO"}

func compact(raw json.RawMessage) string {
	var as []struct{ Code, Text string }
	if json.Unmarshal(raw, &as) != nil {
		return string(raw)
	}
	var ss []string
	for _, a := range as {
		ss = append(ss, a.Code)
	}
	return strings.Join(ss, ",")
}

func codes(raw json.RawMessage) []string {
	var as []struct{ Code string }
	if json.Unmarshal(raw, &as) != nil {
		return nil
	}
	var out []string
	for _, a := range as {
		if a.Code != "" {
			out = append(out, cut(a.Code))
		}
	}
	return out
}

// cut returns the country part of an actor code as the events scorer
// compares it.
func cut(c string) string {
	if len(c) > 3 {
		c = c[:3]
	}
	if g, ok := gsrCodes[c]; ok {
		return g
	}
	return c
}
