package gazetteer

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
)

//go:generate go run ./gen -o gazetteer.bin

//go:embed gazetteer.bin
var embedded []byte

// A Kind says what sort of place a candidate is.
type Kind uint8

// Kinds of place.
const (
	City    Kind = iota // a populated place from GeoNames
	Capital             // a national capital (GeoNames PPLC, or the capital countries-list names)
	Region              // a first-level administrative region or a curated territory such as the West Bank
	Country             // a country or dependent territory with an ISO 3166-1 code
	numKinds
)

// String returns the kind's lower-case name.
func (k Kind) String() string {
	switch k {
	case City:
		return "city"
	case Capital:
		return "capital"
	case Region:
		return "region"
	case Country:
		return "country"
	}
	return "unknown"
}

// A Match says how a looked-up name matched a candidate.
type Match uint8

// Matches, from the most to the least direct.
const (
	MatchName    Match = iota // the candidate's own name or its ASCII spelling
	MatchAlias                // another name: "Kiev" for Kyiv, "Burma" for Myanmar, "UK"
	MatchDemonym              // an adjective or demonym: "Russian" for Russia
	numMatches
)

// String returns the match's lower-case name.
func (m Match) String() string {
	switch m {
	case MatchName:
		return "name"
	case MatchAlias:
		return "alias"
	case MatchDemonym:
		return "demonym"
	}
	return "unknown"
}

// A Candidate is one place that a name may refer to.
type Candidate struct {
	Name      string // preferred name, e.g. "Kyiv", "Washington, D.C.", "Georgia"
	ASCIIName string // Name without diacritics, e.g. "Zurich" for "Zürich"
	Country   string // ISO 3166-1 alpha-3 code, e.g. "RUS"
	Admin1    string // GeoNames first-level admin code, e.g. "GA", "48"; "" for a country
	Feature   string // GeoNames feature code of a city, e.g. "PPLC", "PPLA"; "" otherwise
	Lat, Lon  float64
	// Population is the GeoNames population of a city, 0 when unknown. For a
	// country or region it is the sum over its cities in the gazetteer, a
	// lower bound.
	Population int
	GeoNames   int // GeoNames ID; 0 for countries and regions
	// Seat is the GeoNames ID of a country's capital or a region's seat,
	// whose point the candidate has; 0 for cities and for the few places
	// whose point is stated by hand.
	Seat  int
	Kind  Kind
	Match Match
}

// A Gazetteer finds the places a name may refer to. It is read-only after
// Load or Decode and safe for concurrent use.
type Gazetteer struct {
	places    []place
	countries []string // alpha-3 codes by index
	admins    []string // admin1 codes by index
	features  []string // feature codes by index
	index     map[string]postings
	postings  []posting
	byCountry map[string]int32 // alpha-3 → index of the country's place
}

// place is one decoded record; its strings point into the decoded data.
type place struct {
	name, ascii string
	lat, lon    int32 // 1e-5 degrees
	population  uint32
	rank        uint32 // the population prior that orders candidates
	geonames    uint32
	seat        uint32
	country     uint16
	admin       uint16
	feature     uint8
	kind        Kind
}

// postings is the range [lo, hi) of a key's entries in Gazetteer.postings.
type postings struct{ lo, hi uint32 }

// A posting is a place index shifted left by two with the Match below.
type posting uint32

// Load decodes the gazetteer embedded in the binary.
func Load() (*Gazetteer, error) {
	g, err := Decode(embedded)
	if err != nil {
		return nil, fmt.Errorf("load embedded gazetteer: %w", err)
	}
	return g, nil
}

// Lookup returns every candidate for name, matching case- and
// diacritic-insensitively as Key describes, or nil when no place has that
// name. Candidates come in the order of a population prior: a city ranks
// by its population, a country by the summed population of its cities and
// a region by its seat's population, so that "Washington" gives
// Washington, D.C. before the state and "Berlin" the city before the
// city-state. Ties go to countries, then capitals, cities and regions.
func (g *Gazetteer) Lookup(name string) []Candidate {
	return g.AppendLookup(nil, name)
}

// AppendLookup appends the candidates for name to dst, as Lookup does, so
// that a caller can reuse one slice across lookups.
func (g *Gazetteer) AppendLookup(dst []Candidate, name string) []Candidate {
	var buf [64]byte
	key := appendKey(buf[:0], name)
	r, ok := g.index[string(key)]
	if !ok {
		return dst
	}
	dst = slices.Grow(dst, int(r.hi-r.lo))
	for _, p := range g.postings[r.lo:r.hi] {
		dst = append(dst, g.candidate(int(p>>2), Match(p&3)))
	}
	return dst
}

// Country returns the country with the ISO 3166-1 alpha-3 code, such as
// "UKR", and whether the gazetteer has it.
func (g *Gazetteer) Country(alpha3 string) (Candidate, bool) {
	i, ok := g.byCountry[strings.ToUpper(alpha3)]
	if !ok {
		return Candidate{}, false
	}
	return g.candidate(int(i), MatchName), true
}

// Len returns the number of places in the gazetteer.
func (g *Gazetteer) Len() int { return len(g.places) }

// Keys returns the number of distinct name keys in the gazetteer.
func (g *Gazetteer) Keys() int { return len(g.index) }

// candidate returns place i as a Candidate.
func (g *Gazetteer) candidate(i int, m Match) Candidate {
	p := &g.places[i]
	return Candidate{
		Name:       p.name,
		ASCIIName:  p.ascii,
		Country:    g.countries[p.country],
		Admin1:     g.admins[p.admin],
		Feature:    g.features[p.feature],
		Lat:        float64(p.lat) / coordScale,
		Lon:        float64(p.lon) / coordScale,
		Population: int(p.population),
		GeoNames:   int(p.geonames),
		Seat:       int(p.seat),
		Kind:       p.kind,
		Match:      m,
	}
}
