package event

import (
	"context"
	"encoding/json"
	"github.com/heraldproject/herald/internal/devdata"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/stage/event/cameo"
	"github.com/heraldproject/herald/internal/stage/segment"
)

// gsrRoots maps the event types of the gold standard (an earlier PLOVER
// draft) to the CAMEO roots they cover.
var gsrRoots = map[string][]string{
	"AGREE": {"03"}, "CONSULT": {"04"}, "SUPPORT": {"05"}, "COOPERATE": {"06"},
	"AID": {"07"}, "CONCEDE": {"08"}, "RETREAT": {"08"}, "INVESTIGATE": {"09"},
	"DEMAND": {"10", "02"}, "DISAPPROVE": {"11"}, "REJECT": {"12"},
	"THREATEN": {"13"}, "PROTEST": {"14"}, "MOBILIZE": {"15"}, "SANCTION": {"16"},
	"COERCE": {"17"}, "ASSAULT": {"18", "20"}, "FIGHT": {"19"},
}

// markRE matches the gold standard's inline markup, "(SRC: Greece)".
var markRE = regexp.MustCompile(`\((SRC|TAR|SRC/TAR|EVT|LOC|LOCATION|DATE)[^:]*: ([^)]*)\)`)

// gsrDoc strips the markup of one record into a document whose entities
// are the marked sources and targets, their actor codes "SRC" and "TAR".
func gsrDoc(markup string) *herald.Document {
	var b strings.Builder
	var ents []herald.Entity
	last := 0
	for _, m := range markRE.FindAllStringSubmatchIndex(markup, -1) {
		b.WriteString(markup[last:m[0]])
		tag, words := markup[m[2]:m[3]], markup[m[4]:m[5]]
		start := b.Len()
		b.WriteString(words)
		last = m[1]
		if tag == "SRC" || tag == "TAR" || tag == "SRC/TAR" {
			ents = append(ents, herald.Entity{ID: "E" + itoa(len(ents)+1), Actor: tag,
				Mentions: []herald.Mention{{Span: herald.Span{Start: start, End: b.Len()}}}})
		}
	}
	b.WriteString(markup[last:])
	doc := herald.NewDocument(herald.Article{Text: b.String()})
	doc.Entities = ents
	return doc
}

// TestGSR measures the default patterns on the PLOVER gold standard: how
// many records get an event of the right CAMEO root, and how many of those
// have the marked source and target the right way round. It fails only
// when the scores fall below a floor well under today's.
func TestGSR(t *testing.T) {
	// The PLOVER gold standard: the example sentences of the CAMEO manual,
	// marked up with source, target and event, classified in PLOVER.
	b, err := os.ReadFile(devdata.Path(t, "plover/PLOVER_GSR_CAMEO.json"))
	if err != nil {
		t.Fatal(err)
	}
	var recs []struct {
		ID, Event string
		TextInfo  json.RawMessage
	}
	if err := json.Unmarshal(b, &recs); err != nil {
		t.Fatal(err)
	}
	st := New()
	var found, root, roles int
	for _, r := range recs {
		var info struct{ Markup string }
		if json.Unmarshal(r.TextInfo, &info) != nil || info.Markup == "" {
			continue // a record without markup
		}
		doc := gsrDoc(info.Markup)
		if err := segment.New(segment.Options{}).Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if err := st.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if len(doc.Events) > 0 {
			found++
		}
		ok, okRoles := gsrScore(doc, gsrRoots[r.Event])
		if ok {
			root++
		}
		if okRoles {
			roles++
		}
		if testing.Verbose() && !ok {
			t.Logf("%s %s: %s", r.ID, r.Event, doc.Text)
			for _, ev := range doc.Events {
				t.Logf("    %s", describe(doc, ev))
			}
		}
	}
	n := len(recs)
	t.Logf("%d records: %d with events, %d with the right root (%.0f%%), %d of them with source and target right",
		n, found, root, 100*float64(root)/float64(n), roles)
	if root*100 < 30*n {
		t.Errorf("right root for %d of %d records, want at least 30%%", root, n)
	}
}

// gsrScore reports whether an event of doc has one of the roots, and
// whether such an event also has a marked source as source and no marked
// target as source.
func gsrScore(doc *herald.Document, roots []string) (ok, roles bool) {
	for _, ev := range doc.Events {
		r := cameo.Root(ev.CAMEO)
		if !contains2(roots, r) {
			continue
		}
		ok = true
		if strings.HasPrefix(ev.Source.Actor, "SRC") && ev.Target.Actor != "SRC" {
			roles = true
		}
	}
	return ok, roles
}

func contains2(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
