package quote

import (
	"context"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/stage/actor"
	entitystage "github.com/heraldproject/herald/internal/stage/entity"
	"github.com/heraldproject/herald/internal/stage/place"
	"github.com/heraldproject/herald/internal/stage/segment"
	"github.com/heraldproject/herald/internal/stage/timex"
	"github.com/heraldproject/herald/internal/stage/wire"
)

// TestPolNeARSpeakers runs the whole pipeline over PolNeAR dev and sorts
// the matched quotes with a gold source by what went wrong with their
// speaker. With $QUOTE_SPEAKER_DUMP it writes examples to that file.
func TestPolNeARSpeakers(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	articles := polnearArticles(t)
	ctx := context.Background()
	stages := []herald.Stage{wire.New(), segment.New(segment.Options{}), entitystage.New(), actor.New(actor.Options{}), timex.New(), place.New()}
	for _, s := range stages {
		if l, ok := s.(herald.Loader); ok {
			if err := l.Load(ctx); err != nil {
				t.Fatal(err)
			}
		}
	}
	var out strings.Builder
	counts := map[string]int{}
	n, unreachable := 0, 0
	for _, art := range articles {
		base, text, gold := art.base, art.text, art.gold
		doc := herald.NewDocument(herald.Article{ID: base, Text: text})
		for _, s := range stages {
			if err := s.Process(ctx, doc); err != nil {
				t.Fatal(err)
			}
		}
		if doc.Text != text {
			t.Fatalf("%s: text changed", base)
		}
		a := newAnalysis(doc)
		if err := a.run(ctx); err != nil {
			t.Fatal(err)
		}
		w := countLetters(text)
		type pair struct {
			g, p int
			v    float64
		}
		var cands []pair
		for gi, g := range gold {
			for pi, p := range a.found {
				if v := w.iou(p.content, g.content); v > 0 {
					cands = append(cands, pair{gi, pi, v})
				}
			}
		}
		sort.SliceStable(cands, func(i, j int) bool { return cands[i].v > cands[j].v })
		usedG, usedP := make([]bool, len(gold)), make([]bool, len(a.found))
		for _, c := range cands {
			if usedG[c.g] || usedP[c.p] {
				continue
			}
			usedG[c.g], usedP[c.p] = true, true
			g, f := gold[c.g], a.found[c.p]
			if c.v < 0.5 || len(g.source) == 0 {
				continue
			}
			n++
			spanOK := speakerOverlaps(a, f, g.source)
			right := speaksDiag(doc, f.speaker, g.source)
			key := "hit"
			switch {
			case right:
			case spanOK && f.speaker == "":
				key = "span ok, speaker none"
			case spanOK:
				key = "span ok, speaker wrong"
			case f.speaker == "":
				key = "span miss, speaker none"
			default:
				key = "span miss, speaker wrong"
			}
			counts[key]++
			if right {
				continue
			}
			var src []string
			for _, s := range g.source {
				src = append(src, s.In(text))
			}
			ff := f
			for k := 0; ff.cont >= 0 && k < len(a.found); k++ {
				ff = a.found[ff.cont]
			}
			sp := ff.source
			if ff.subj.ok() {
				sp = a.span(ff.subj.from, ff.subj.to)
			}
			head := ""
			if ff.subj.head >= 0 {
				head = a.toks[ff.subj.head].Span.In(text)
			}
			// the mentions overlapping the gold source
			var gm []string
			for _, e := range doc.Entities {
				for _, m := range e.Mentions {
					for _, s := range g.source {
						if m.Overlaps(s) {
							gm = append(gm, fmt.Sprintf("%s:%s/%s/%q", e.ID, e.Type, m.Kind, m.In(text)))
						}
					}
				}
			}
			if len(gm) == 0 {
				unreachable++
			}
			name := ""
			if e := slices.IndexFunc(doc.Entities, func(e herald.Entity) bool { return e.ID == f.speaker }); e >= 0 {
				name = doc.Entities[e].Name
			}
			fmt.Fprintf(&out, "%s | %s cont=%v | gold=%q | span=%q head=%q | got=%s %q | gold mentions %v\n", key, kindOf(f), f.cont >= 0, strings.Join(src, " / "), sp.In(text), head, f.speaker, name, gm)
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		t.Logf("%-26s %5d  %.3f", k, counts[k], float64(counts[k])/float64(max(n, 1)))
	}
	t.Logf("of the misses, %d have no entity mention on the gold source (best reachable %.3f)", unreachable, 1-float64(unreachable)/float64(max(n, 1)))
	if p := os.Getenv("QUOTE_SPEAKER_DUMP"); p != "" {
		os.WriteFile(p, []byte(out.String()), 0o644)
	}
}

// speaksDiag reports, as internal/eval does, whether the entity with the
// given ID has a mention overlapping one of the source fragments.
func speaksDiag(doc *herald.Document, speaker string, source []herald.Span) bool {
	if speaker == "" {
		return false
	}
	for _, e := range doc.Entities {
		if e.ID != speaker {
			continue
		}
		for _, m := range e.Mentions {
			for _, s := range source {
				if m.Overlaps(s) {
					return true
				}
			}
		}
	}
	return false
}
