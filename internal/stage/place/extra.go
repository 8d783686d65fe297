package place

import (
	"strings"

	"github.com/heraldproject/herald/internal/stage/place/gazetteer"
)

// abbreviations maps the postal and news-agency abbreviations of US
// states, Canadian provinces and Australian states, written without dots
// or spaces ("W.Va." is "WVa"), to the names the gazetteer knows. Only a
// name written with a dot is looked up here, so that "Ind." is Indiana but
// "Ind" is not; the few in noDot are also taken without.
var abbreviations = map[string]string{
	"Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California",
	"Cal": "California", "Colo": "Colorado", "Conn": "Connecticut", "Del": "Delaware",
	"Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana",
	"Kan": "Kansas", "Kans": "Kansas", "Ky": "Kentucky", "La": "Louisiana",
	"Md": "Maryland", "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota",
	"Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana", "Neb": "Nebraska",
	"Nebr": "Nebraska", "Nev": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
	"NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota",
	"Okla": "Oklahoma", "Ore": "Oregon", "Pa": "Pennsylvania", "Penn": "Pennsylvania",
	"RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "Tenn": "Tennessee",
	"Tex": "Texas", "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington State",
	"WVa": "West Virginia", "Wis": "Wisconsin", "Wisc": "Wisconsin", "Wyo": "Wyoming",
	"DC": "Washington, D.C.",
	"BC": "British Columbia", "Alta": "Alberta", "Man": "Manitoba", "Sask": "Saskatchewan",
	"Ont": "Ontario", "Que": "Quebec", "NS": "Nova Scotia", "NB": "New Brunswick",
	"PEI": "Prince Edward Island", "Nfld": "Newfoundland and Labrador",
	"NSW": "New South Wales", "Qld": "Queensland", "Vic": "Victoria", "Tas": "Tasmania",
}

// noDot holds the abbreviations that are names without dots too.
var noDot = map[string]bool{"NSW": true, "Qld": true}

// areas are places that news names and the gazetteer lacks: continents,
// world regions and a few regions of countries whose first-level regions
// it does not hold. Their points are their centres, as facts written for
// herald; Country is "" for those that span countries.
var areas = map[string]gazetteer.Candidate{
	"africa":             {Name: "Africa", Lat: 7.2, Lon: 21.1},
	"asia":               {Name: "Asia", Lat: 29.8, Lon: 89.3},
	"europe":             {Name: "Europe", Lat: 48.7, Lon: 9.1},
	"north america":      {Name: "North America", Lat: 46.1, Lon: -100.5},
	"south america":      {Name: "South America", Lat: -14.6, Lon: -57.7},
	"latin america":      {Name: "Latin America", Lat: -14.6, Lon: -57.7},
	"oceania":            {Name: "Oceania", Lat: -18.3, Lon: 138.5},
	"antarctica":         {Name: "Antarctica", Lat: -78.2, Lon: 16.4},
	"middle east":        {Name: "Middle East", Lat: 29.0, Lon: 41.0},
	"darfur":             {Name: "Darfur", Country: "SDN", Lat: 13.5, Lon: 24.0},
	"south ossetia":      {Name: "South Ossetia", Country: "GEO", Lat: 42.3, Lon: 44.0},
	"abkhazia":           {Name: "Abkhazia", Country: "GEO", Lat: 43.0, Lon: 41.0},
	"dagestan":           {Name: "Dagestan", Country: "RUS", Lat: 43.0, Lon: 47.0},
	"chechnya":           {Name: "Chechnya", Country: "RUS", Lat: 43.4, Lon: 45.7},
	"new england":        {Name: "New England", Country: "USA", Lat: 44.0, Lon: -71.5},
	"kashmir":            {Name: "Kashmir", Lat: 34.5, Lon: 76.0},
	"tibet":              {Name: "Tibet", Country: "CHN", Lat: 31.7, Lon: 86.9},
	"siberia":            {Name: "Siberia", Country: "RUS", Lat: 60.0, Lon: 105.0},
	"kurdistan":          {Name: "Kurdistan", Lat: 36.5, Lon: 44.0},
	"balkans":            {Name: "Balkans", Lat: 43.0, Lon: 21.0},
	"caribbean":          {Name: "Caribbean", Lat: 15.0, Lon: -73.0},
	"sub-saharan africa": {Name: "Sub-Saharan Africa", Lat: 0.0, Lon: 20.0},
	"west africa":        {Name: "West Africa", Lat: 12.0, Lon: -3.0},
	"east africa":        {Name: "East Africa", Lat: 0.0, Lon: 36.0},
	"southeast asia":     {Name: "Southeast Asia", Lat: 10.0, Lon: 110.0},
	"south asia":         {Name: "South Asia", Lat: 23.0, Lon: 80.0},
	"central asia":       {Name: "Central Asia", Lat: 43.0, Lon: 65.0},
	"east asia":          {Name: "East Asia", Lat: 35.0, Lon: 115.0},
	"central america":    {Name: "Central America", Lat: 13.0, Lon: -86.0},
	"western europe":     {Name: "Western Europe", Lat: 48.0, Lon: 5.0},
	"eastern europe":     {Name: "Eastern Europe", Lat: 50.0, Lon: 27.0},
}

// lookup returns the candidates for text: those of the full name an
// abbreviation stands for ("W.Va."), an area, or the gazetteer's.
func lookup(gaz *gazetteer.Gazetteer, text string) []gazetteer.Candidate {
	if full, ok := abbreviation(text); ok {
		if cs := gaz.Lookup(full); len(cs) > 0 {
			return cs
		}
	}
	// An area comes first: "Asia" is also a town in the Philippines.
	if a, ok := areas[strings.ToLower(strings.TrimPrefix(text, "the "))]; ok {
		a.Kind = gazetteer.Region
		return []gazetteer.Candidate{a}
	}
	return withCountryPart(gaz, text, gaz.Lookup(text))
}

// compass are the words that name a part of a country: "South Lebanon",
// "northern Iraq".
var compass = []string{"north ", "south ", "east ", "west ", "northern ", "southern ", "eastern ", "western ",
	"northeast ", "northwest ", "southeast ", "southwest ", "central ", "upper ", "lower "}

// withCountryPart adds to cs, the towns a name such as "South Lebanon"
// may be, the part of the country after its compass word, as a region of
// that country at its centre, first where the country is the more
// populous: the name of a small Ohio town is not the south of Lebanon
// unless the article speaks of Ohio. Only a name the gazetteer knows as
// towns alone is read so, and only where the rest is plainly a country:
// "South Africa" and "Northern Ireland" are places of their own,
// "Northeast Georgia" may be the US state's, and a name the gazetteer does
// not know ("East Azerbaijan", Iran's) is better left unknown than put in
// the wrong country.
func withCountryPart(gaz *gazetteer.Gazetteer, text string, cs []gazetteer.Candidate) []gazetteer.Candidate {
	if len(cs) == 0 {
		return cs
	}
	for _, c := range cs {
		if c.Kind == gazetteer.Country || c.Kind == gazetteer.Region {
			return cs
		}
	}
	lower := strings.ToLower(text)
	for _, w := range compass {
		rest, ok := strings.CutPrefix(lower, w)
		if !ok {
			continue
		}
		var country gazetteer.Candidate
		for _, c := range gaz.Lookup(text[len(text)-len(rest):]) {
			switch {
			case c.Kind == gazetteer.Region:
				return cs
			case c.Kind == gazetteer.Country && c.Match == gazetteer.MatchName:
				country = c
			}
		}
		if country.Kind != gazetteer.Country {
			return cs
		}
		country.Kind, country.Name = gazetteer.Region, text
		country.Lat, country.Lon = centre(country.Country, country.Lat, country.Lon)
		if cs[0].Population > country.Population {
			return append(cs, country)
		}
		return append([]gazetteer.Candidate{country}, cs...)
	}
	return cs
}

// isArea reports whether text names one of the areas.
func isArea(text string) bool {
	_, ok := areas[strings.ToLower(strings.TrimPrefix(text, "the "))]
	return ok
}

// abbreviation returns the name an abbreviation such as "W.Va." or "NSW"
// stands for.
func abbreviation(text string) (string, bool) {
	if len(text) > 8 {
		return "", false
	}
	var buf [8]byte
	b := buf[:0]
	for i := 0; i < len(text); i++ {
		if text[i] != '.' && text[i] != ' ' {
			b = append(b, text[i])
		}
	}
	bare := string(b)
	full, ok := abbreviations[bare]
	if !ok || bare == text && !noDot[bare] {
		return "", false
	}
	return full, true
}
