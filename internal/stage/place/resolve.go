package place

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/stage/place/gazetteer"
)

// Evidence weights, in units of a factor of ten in population: a mention
// of a candidate's country is worth as much as being a hundred times more
// populous, and a mention of its region as much again.
const (
	countryBonus  = 2.0
	regionBonus   = 2.0
	nationalBonus = 1.0 // a country or national capital is a likelier referent
)

// A placeName is one name to resolve: a GPE or LOC entity, or the
// dateline's place.
type placeName struct {
	text   string
	spans  []herald.Span
	entity int // index into doc.Entities; -1 for the dateline
}

// placeNames returns the names the document's place entities and dateline
// give, in document order, the dateline first. An entity whose actor code
// names no country — a CAMEO region such as WST for "the West", or an
// international organisation — is an actor, not a place on a map.
func placeNames(doc *herald.Document, gaz *gazetteer.Gazetteer) []placeName {
	var out []placeName
	if p := doc.Dateline.Place; p != "" {
		if i := strings.Index(doc.Dateline.In(doc.Text), p); i >= 0 {
			start := doc.Dateline.Start + i
			out = append(out, placeName{p, []herald.Span{{Start: start, End: start + len(p)}}, -1})
		}
	}
	for i, e := range doc.Entities {
		if e.Type != herald.GPE && e.Type != herald.Location || !countryCode(gaz, e.Actor) {
			continue
		}
		var spans []herald.Span
		for _, m := range e.Mentions {
			if m.Kind == herald.NameMention && m.In(doc.Text) != "" {
				spans = append(spans, m.Span)
			}
		}
		if len(spans) == 0 || e.Name == "" {
			continue
		}
		out = append(out, placeName{e.Name, spans, i})
	}
	return out
}

// countryCode reports whether an entity's actor code is uncoded or starts
// with a country the gazetteer knows.
func countryCode(gaz *gazetteer.Gazetteer, actor string) bool {
	if actor == "" {
		return true
	}
	if len(actor) < 3 {
		return false
	}
	_, ok := gaz.Country(actor[:3])
	return ok
}

// A resolver scores each name's candidates with the evidence of the
// others.
type resolver struct {
	gaz   *gazetteer.Gazetteer
	cands [][]gazetteer.Candidate // by name
	keys  []string                // name keys by name: repeats of a name share one
	// countries and regions map an alpha-3 code, or alpha-3/admin1, to the
	// keys of the names whose first candidate lies there, so that a name
	// is no evidence for itself however often it recurs. Demonyms count
	// under the key "" (no name has it).
	countries map[string][]string
	regions   map[string][]string
}

// gather looks every name up and records where the first candidates lie,
// and which countries the document's demonyms name.
func (r *resolver) gather(doc *herald.Document, names []placeName) {
	r.countries = make(map[string][]string)
	r.regions = make(map[string][]string)
	for _, n := range names {
		cs := r.gaz.Lookup(n.text)
		key := gazetteer.Key(n.text)
		r.cands = append(r.cands, cs)
		r.keys = append(r.keys, key)
		if len(cs) == 0 {
			continue
		}
		top := cs[0]
		r.countries[top.Country] = append(r.countries[top.Country], key)
		if top.Kind != gazetteer.Country {
			k := top.Country + "/" + top.Admin1
			r.regions[k] = append(r.regions[k], key)
		}
	}
	for _, e := range doc.Entities {
		if e.Type != herald.NORP {
			continue
		}
		for _, c := range r.gaz.Lookup(e.Name) {
			if c.Match == gazetteer.MatchDemonym && c.Kind == gazetteer.Country {
				r.countries[c.Country] = append(r.countries[c.Country], "")
				break
			}
		}
	}
}

// resolve returns the best candidate of name i, or false when it has none.
func (r *resolver) resolve(i int) (gazetteer.Candidate, bool) {
	cs := r.cands[i]
	if len(cs) == 0 {
		return gazetteer.Candidate{}, false
	}
	best, bestScore := 0, math.Inf(-1)
	for j, c := range cs {
		s := math.Log10(float64(c.Population) + 10)
		if c.Kind == gazetteer.Country || c.Kind == gazetteer.Capital {
			s += nationalBonus
		}
		if others(r.countries[c.Country], r.keys[i]) {
			s += countryBonus
		}
		if c.Kind != gazetteer.Country && others(r.regions[c.Country+"/"+c.Admin1], r.keys[i]) {
			s += regionBonus
		}
		if s > bestScore {
			best, bestScore = j, s
		}
	}
	return cs[best], true
}

// others reports whether keys holds a key other than key.
func others(keys []string, key string) bool {
	for _, k := range keys {
		if k != key {
			return true
		}
	}
	return false
}

// A placeSet appends places to a document, one per distinct place.
type placeSet struct {
	doc   *herald.Document
	index map[string]int // identity → index into doc.Places
}

func newPlaceSet(doc *herald.Document) *placeSet {
	return &placeSet{doc: doc, index: make(map[string]int)}
}

// add records that spans name candidate c.
func (s *placeSet) add(c gazetteer.Candidate, spans []herald.Span) {
	id := strings.Join([]string{c.Kind.String(), c.Country, c.Admin1, strconv.Itoa(c.GeoNames), c.Name}, "\x00")
	i, ok := s.index[id]
	if !ok {
		i = len(s.doc.Places)
		s.index[id] = i
		s.doc.Places = append(s.doc.Places, herald.Place{
			ID: "P" + strconv.Itoa(i+1), Name: c.Name, Country: c.Country,
			Lat: c.Lat, Lon: c.Lon, GeoNames: c.GeoNames,
		})
	}
	ms := append(s.doc.Places[i].Mentions, spans...)
	slices.SortFunc(ms, func(a, b herald.Span) int { return cmp.Or(a.Start-b.Start, a.End-b.End) })
	s.doc.Places[i].Mentions = slices.Compact(ms)
}
