// Package place is herald's place stage: it resolves the place names that
// the entity stage found and the dateline's place to geolocated places,
// using the offline gazetteer in package gazetteer.
//
// Names. Every distinct text of a GPE or LOC entity's name and demonym
// mentions is a name to resolve, so that "Paris" linked to France as the
// French state is still Paris on a map and "Russian" is a mention of
// Russia. An entity coded as a CAMEO region or organisation ("the West",
// "EU") is an actor, not a place, unless it is a continent or world region
// the stage knows ("Africa", "the Middle East"). The recogniser's other
// names give places too: a whole uncoded organisation or MISC name the
// gazetteer knows ("Gainesville", which local news often types ORG), and
// a place of some size that begins an organisation's name ("Alexandria"
// of "Alexandria Police", "U.S." of "U.S. Department of Justice"), but not
// one followed by "County", "Street" and the like, nor a common word
// ("Union"). Abbreviations of US states and Canadian and Australian
// provinces ("W.Va.", "NSW") stand for their full names.
//
// Resolution. A name's candidates are scored with a population prior and
// the evidence of the other names, in two rounds: a candidate in a
// country or region that another name resolves to gains, so that "Paris"
// stays in France unless the article speaks of Texas; the second round
// takes that evidence from the first round's choices. Then a name chosen
// as a town may move to a same-named town near the towns the other names
// chose ("Paris" beside McKenzie is Paris, Tennessee). A town the
// gazetteer knows by an English name of its own ("Geneva" for Genève) is
// known abroad: its country's candidates gain, so that a mention of the
// United States alone does not make it Geneva, Illinois, and a mention of
// Illinois does. A compass word before a country ("South Lebanon") names
// a part of that country unless the article speaks of a same-named town's
// region. A country or a large region is placed at its centre
// (centroid.go), not its capital.
// The stage does not yet use context words ("the Georgian capital"),
// nested names ("Paris, Texas") as such, or per-sentence scope, and it
// knows no counties.
package place

import (
	"context"
	"fmt"
	"sync"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/stage/place/gazetteer"
)

var (
	_ herald.Stage  = (*Stage)(nil)
	_ herald.Loader = (*Stage)(nil)
)

// A Stage is the place stage. It is safe for concurrent use once loaded.
type Stage struct {
	once sync.Once
	gaz  *gazetteer.Gazetteer
	err  error
}

// New returns a Stage with the embedded gazetteer, decoded by Load.
func New() *Stage { return &Stage{} }

// NewWith returns a Stage that uses g instead of the embedded gazetteer.
func NewWith(g *gazetteer.Gazetteer) *Stage {
	s := &Stage{gaz: g}
	s.once.Do(func() {})
	return s
}

// Name returns "place".
func (*Stage) Name() string { return "place" }

// Load decodes the embedded gazetteer. It is called once, before any
// document; Process loads on first use when it was not.
func (s *Stage) Load(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.once.Do(func() {
		s.gaz, s.err = gazetteer.Load()
		if s.err != nil {
			s.err = fmt.Errorf("load gazetteer: %w", s.err)
		}
	})
	return s.err
}

// Process appends to doc.Places one place for each distinct place that
// the document's GPE and LOC entities and its dateline name, with IDs
// continuing from the places doc already has: "P1", "P2", …. A place's
// mentions are the spans of every name that resolved to it. A name the
// gazetteer lacks gets an info diagnostic.
func (s *Stage) Process(ctx context.Context, doc *herald.Document) error {
	if err := s.Load(ctx); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	names := placeNames(doc, s.gaz)
	r := resolver{gaz: s.gaz}
	r.gather(doc, names)
	r.settle()
	places := newPlaceSet(doc)
	for i, n := range names {
		c, ok := r.resolve(i)
		if !ok {
			if n.entity >= 0 {
				doc.Diagnose(herald.Info, s.Name(), n.spans[0], fmt.Sprintf("no gazetteer entry for %q", n.text))
			}
			continue
		}
		reason, score := r.why(i)
		places.add(c, n.spans, reason, score)
	}
	return nil
}
