package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/heraldproject/herald/internal/stage/place/gazetteer"
)

// addRegions adds the regions of directCountries and regionTable, each at
// its seat's point.
func (b *builder) addRegions(subs []subdivision) error {
	iso := make(map[string]subdivision)
	for _, s := range subs {
		iso[s.code] = s
	}
	codes := slices.Sorted(func(yield func(string) bool) {
		for code := range iso {
			if !yield(code) {
				return
			}
		}
	})
	for _, a2 := range directCountries() {
		for _, code := range codes {
			s := iso[code]
			admin := strings.TrimPrefix(code, a2+"-")
			if s.parent != a2 || admin == code {
				continue
			}
			seat, ok := b.best(b.inRegion(a2, admin), func(*gazetteer.Entry) bool { return true })
			if !ok {
				continue // an ISO subdivision without cities of its own, such as "GB-KEN"
			}
			b.addRegion(s, "", admin, seat, nil)
		}
	}
	for _, row := range regionTable() {
		if err := b.addTableRegion(row, iso); err != nil {
			return err
		}
	}
	return nil
}

// addTableRegion adds a region of regionTable after checking its code and
// seat against the sources.
func (b *builder) addTableRegion(row regionRow, iso map[string]subdivision) error {
	s, ok := iso[row.iso]
	if !ok {
		return fmt.Errorf("region %s: not in iso-3166", row.iso)
	}
	a2 := row.iso[:2]
	in := b.inRegion(a2, row.admin)
	if len(in) == 0 {
		return fmt.Errorf("region %s: no city has admin1 code %q", row.iso, row.admin)
	}
	named := func(e *gazetteer.Entry) bool { return gazetteer.Key(e.Name) == gazetteer.Key(row.seat) }
	seat, ok := b.best(in, named)
	if !ok {
		// Kyiv is the seat of Kyiv Oblast but a region of its own.
		if seat, ok = b.best(b.cities[a2], named); !ok {
			return fmt.Errorf("region %s: no seat %q", row.iso, row.seat)
		}
	}
	var names []string
	for _, stem := range row.stems {
		names = append(names, stem+" Oblast", stem+" region", stem+" province")
	}
	b.addRegion(s, row.name, row.admin, seat, names)
	return nil
}

// addRegion adds ISO subdivision s as a region with GeoNames code admin,
// at the point of entry seat. An English name, when given, becomes its
// name and the ISO name an alias.
func (b *builder) addRegion(s subdivision, english, admin string, seat int, names []string) {
	a2 := s.parent
	name, other := s.name, ""
	if english != "" {
		name, other = english, s.name
	}
	e := gazetteer.Entry{Candidate: gazetteer.Candidate{
		Name: name, Country: b.to3[a2], Admin1: admin,
		Lat: b.entries[seat].Lat, Lon: b.entries[seat].Lon, Seat: b.entries[seat].GeoNames,
		Population: b.sums[a2+"/"+admin], Kind: gazetteer.Region,
	}}
	e.Alts = aliases([]string{other}, regionNames()[s.code], names)
	e.Alts = append(e.Alts, demonymAlts(regionDemonyms()[s.code])...)
	b.regions[s.code] = len(b.entries)
	b.entries = append(b.entries, e)
}

// inRegion returns the city entries of country a2 with admin1 code admin.
func (b *builder) inRegion(a2, admin string) []int {
	var out []int
	for _, i := range b.cities[a2] {
		if b.entries[i].Admin1 == admin {
			out = append(out, i)
		}
	}
	return out
}

// addTerritories adds the curated territories at their stated points.
func (b *builder) addTerritories() error {
	for _, t := range territories() {
		if len(b.inRegion(t.country, t.admin)) == 0 {
			return fmt.Errorf("territory %s: no city has admin1 code %q", t.name, t.admin)
		}
		e := gazetteer.Entry{Candidate: gazetteer.Candidate{
			Name: t.name, Country: b.to3[t.country], Admin1: t.admin,
			Lat: t.lat, Lon: t.lon, Population: b.sums[t.country+"/"+t.admin], Kind: gazetteer.Region,
		}}
		e.Alts = append(aliases(t.aliases), demonymAlts(regionDemonyms()[t.name])...)
		b.regions[t.name] = len(b.entries)
		b.entries = append(b.entries, e)
	}
	return nil
}

// addCityAliases adds the curated other names of cities, checking that
// each GeoNames ID names the city the table expects.
func (b *builder) addCityAliases() error {
	for _, a := range cityAliases() {
		i, ok := b.byID[a.id]
		if !ok {
			return fmt.Errorf("city alias: no GeoNames ID %d (%s)", a.id, a.name)
		}
		if got := b.entries[i].Name; got != a.name {
			return fmt.Errorf("city alias: GeoNames ID %d is %q, want %q", a.id, got, a.name)
		}
		b.entries[i].Alts = append(b.entries[i].Alts, aliases(a.aliases)...)
	}
	return nil
}
