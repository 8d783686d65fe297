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
	countryMore   = 0.5 // for each doubling of the names in the country
	regionBonus   = 2.0
	nationalBonus = 1.0 // a country or national capital is a likelier referent
	// knownBonus is for the candidates in the country of a town matched
	// by an English name of its own ("Geneva" for Genève, "Cologne" for
	// Köln): a town known abroad, which one mention of a country with a
	// small homonym ("U.S. negotiators return to Geneva") does not
	// outweigh, and a mention of that homonym's region does. It goes to
	// every candidate in that country, so that it takes no side between
	// a town and its region ("New York").
	knownBonus = 1.5
	nearBonus  = 2.0 // another name's town lies within nearKm
	nearKm     = 150
)

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
	demonyms  []string // countries the document's demonyms name
	known     []string // by name: the country of a town it is an English name of, "" for none
	chosen    []int    // by name: index into cands, -1 for none
	moved     []bool   // by name: nearness to another town changed the choice
}

// gather looks every name up and records where the first candidates lie,
// and which countries the document's demonyms name.
func (r *resolver) gather(doc *herald.Document, names []placeName) {
	r.countries = make(map[string][]string)
	r.regions = make(map[string][]string)
	for _, n := range names {
		cs := lookup(r.gaz, n.text)
		key := gazetteer.Key(n.text)
		r.cands = append(r.cands, cs)
		r.keys = append(r.keys, key)
		r.known = append(r.known, knownCountry(cs))
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
				r.demonyms = append(r.demonyms, c.Country)
				break
			}
		}
	}
}

// knownCountry returns the country of the first town of cs matched by an
// English name of its own, or "".
func knownCountry(cs []gazetteer.Candidate) string {
	for _, c := range cs {
		if isTown(c) && c.Match == gazetteer.MatchAlias {
			return c.Country
		}
	}
	return ""
}

// resolve returns the best candidate of name i, or false when it has none.
// It must follow settle.
func (r *resolver) resolve(i int) (gazetteer.Candidate, bool) {
	if r.chosen[i] < 0 {
		return gazetteer.Candidate{}, false
	}
	return r.cands[i][r.chosen[i]], true
}

// settle chooses every name's candidate in two rounds. The first scores
// with the population prior and the countries and regions of the other
// names' first candidates; the second replaces that evidence with the
// first round's choices, so that "Georgia" chosen as the US state by
// "Atlanta" speaks for the United States and not for Tbilisi. (Nearness
// to the other names' places was tried as evidence too and lost more
// than it won: it turns "Florida" into Florida, New York.)
func (r *resolver) settle() {
	r.chosen = make([]int, len(r.cands))
	r.moved = make([]bool, len(r.cands))
	for i := range r.cands {
		r.chosen[i] = r.best(i)
	}
	clear(r.countries)
	clear(r.regions)
	for i, j := range r.chosen {
		if j < 0 {
			continue
		}
		c := r.cands[i][j]
		r.countries[c.Country] = append(r.countries[c.Country], r.keys[i])
		if c.Kind != gazetteer.Country {
			k := c.Country + "/" + c.Admin1
			r.regions[k] = append(r.regions[k], r.keys[i])
		}
	}
	for _, k := range r.demonyms {
		r.countries[k] = append(r.countries[k], "")
	}
	for i := range r.cands {
		if len(r.cands[i]) > 1 {
			r.chosen[i] = r.best(i)
		}
	}
	r.nearest()
}

// best returns the index of name i's best candidate, or -1 when it has
// none.
func (r *resolver) best(i int) int {
	best, bestScore := -1, math.Inf(-1)
	for j, c := range r.cands[i] {
		if s := r.score(i, c); s > bestScore {
			best, bestScore = j, s
		}
	}
	return best
}

// score returns the evidence for candidate c of name i: its population
// prior and the countries and regions of the other names.
func (r *resolver) score(i int, c gazetteer.Candidate) float64 {
	s := math.Log10(float64(c.Population) + 10)
	if c.Kind == gazetteer.Country || c.Kind == gazetteer.Capital {
		s += nationalBonus
	}
	if r.known[i] != "" && c.Country == r.known[i] {
		s += knownBonus
	}
	if n := distinctOthers(r.countries[c.Country], r.keys[i]); n > 0 {
		s += countryBonus + countryMore*math.Log2(float64(n))
	}
	if c.Kind != gazetteer.Country && others(r.regions[c.Country+"/"+c.Admin1], r.keys[i]) {
		s += regionBonus
	}
	return s
}

// nearest re-chooses among the towns a name chosen as a town may be, adding
// to the score of each the nearness of the towns the other names were
// chosen as: a local paper's "Paris" among Henry County's towns is Paris,
// Tennessee. Only towns compete, since a state or country is no nearer to
// anything for being large.
func (r *resolver) nearest() {
	type town struct {
		key      string
		lat, lon float64
	}
	var towns []town
	for i, j := range r.chosen {
		if j >= 0 && isTown(r.cands[i][j]) {
			c := r.cands[i][j]
			towns = append(towns, town{r.keys[i], c.Lat, c.Lon})
		}
	}
	for i, j := range r.chosen {
		if j < 0 || !isTown(r.cands[i][j]) || len(r.cands[i]) < 2 {
			continue
		}
		best, bestScore := j, math.Inf(-1)
		for k, c := range r.cands[i] {
			if !isTown(c) {
				continue
			}
			s := r.score(i, c)
			for _, t := range towns {
				if t.key == r.keys[i] {
					continue
				}
				if d := distanceKm(c.Lat, c.Lon, t.lat, t.lon); d <= nearKm {
					s += nearBonus
					break
				}
			}
			if s > bestScore {
				best, bestScore = k, s
			}
		}
		if best != j {
			r.moved[i] = true
		}
		r.chosen[i] = best
	}
}

// why returns the reason name i's candidate was chosen and how clearly it
// won: the logistic of its score's lead over the runner-up.
func (r *resolver) why(i int) (string, float64) {
	j := r.chosen[i]
	cs := r.cands[i]
	if len(cs) == 1 {
		return "the only place of that name", 1
	}
	c := cs[j]
	runner := math.Inf(-1)
	for k, o := range cs {
		if k != j {
			runner = max(runner, r.score(i, o))
		}
	}
	score := math.Round(1000/(1+math.Exp(runner-r.score(i, c)))) / 1000
	switch {
	case r.moved[i]:
		return "near another place the article names", score
	case j != 0 && distinctOthers(r.countries[c.Country], r.keys[i]) > 0:
		return "in a country the article names", score
	case j != 0 && c.Kind != gazetteer.Country && others(r.regions[c.Country+"/"+c.Admin1], r.keys[i]):
		return "in a region the article names", score
	case c.Kind == gazetteer.Country || c.Kind == gazetteer.Capital:
		return "a country or national capital", score
	}
	return "the most populous place of that name", score
}

// isTown reports whether c is a city or a capital.
func isTown(c gazetteer.Candidate) bool {
	return c.Kind == gazetteer.City || c.Kind == gazetteer.Capital
}

// distanceKm returns the great-circle distance between two points given
// in degrees.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const rad = math.Pi / 180
	dLat, dLon := (lat2-lat1)*rad, (lon2-lon1)*rad
	h := math.Sin(dLat/2)*math.Sin(dLat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * 6371 * math.Asin(math.Sqrt(min(1, max(0, h))))
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

// distinctOthers returns how many distinct keys other than key keys
// holds; keys are few.
func distinctOthers(keys []string, key string) int {
	n := 0
	for i, k := range keys {
		if k != key && !slices.Contains(keys[:i], k) {
			n++
		}
	}
	return n
}

// A placeSet appends places to a document, one per distinct place.
type placeSet struct {
	doc   *herald.Document
	index map[string]int // identity → index into doc.Places
}

func newPlaceSet(doc *herald.Document) *placeSet {
	return &placeSet{doc: doc, index: make(map[string]int)}
}

// add records that spans name candidate c, chosen for reason with score.
func (s *placeSet) add(c gazetteer.Candidate, spans []herald.Span, reason string, score float64) {
	id := strings.Join([]string{c.Kind.String(), c.Country, c.Admin1, strconv.Itoa(c.GeoNames), c.Name}, "\x00")
	i, ok := s.index[id]
	if !ok {
		i = len(s.doc.Places)
		s.index[id] = i
		lat, lon := c.Lat, c.Lon
		switch c.Kind {
		case gazetteer.Country:
			lat, lon = centre(c.Country, lat, lon)
		case gazetteer.Region:
			lat, lon = centre(c.Country+"/"+c.Admin1, lat, lon)
		}
		s.doc.Places = append(s.doc.Places, herald.Place{
			ID: "P" + strconv.Itoa(i+1), Name: c.Name, Country: c.Country, Admin1: c.Admin1,
			Lat: lat, Lon: lon, GeoNames: c.GeoNames, Reason: reason, Score: score,
		})
	}
	ms := append(s.doc.Places[i].Mentions, spans...)
	slices.SortFunc(ms, func(a, b herald.Span) int { return cmp.Or(a.Start-b.Start, a.End-b.End) })
	s.doc.Places[i].Mentions = slices.Compact(ms)
}
