// Package export writes herald events in the formats other event-data tools
// read: the GDELT 2.0 event table, as tab-separated text or Parquet, PLOVER
// JSON lines and a plain CSV.
//
// A Writer takes one Event at a time — a store's EventHit together with
// what its document adds: the article's URL and publisher, the canonical
// names of its participants and the event's place — so that an export of
// any size is streamed, never held whole. Run pages through a store with
// the cursor and feeds a Writer.
//
// # GDELT 2.0
//
// GDELT writes the 61 tab-separated columns of the GDELT 2.0 Event
// Codebook, in its order (see GDELTColumns), with no header row unless
// asked for. A column herald cannot fill is left empty, never guessed:
//
//   - GLOBALEVENTID is a stable number derived from the document hash and
//     the event ID (the first 53 bits of their SHA-256), since GDELT wants
//     an integer and herald's IDs are text.
//   - SQLDATE, MonthYear, Year and FractionDate come from the hit's date
//     (the event's own when the text gives it, else the publication date);
//     FractionDate is the year plus day-of-year/365 to four places, as in
//     GDELT's files. They are empty when the hit has no date.
//   - ActorNCode is herald's CAMEO actor code, cut into 3-letter groups as
//     GDELT does: the first group is the CountryCode (a country or region)
//     unless it is a CAMEO role code such as GOV or IGO; each role code
//     fills the next TypeNCode; the group after IGO, NGO, NGM, IMG or MNC
//     that is no role code is the KnownGroupCode (IGOUNO: Type1 IGO, known
//     group UNO). Any other group stays only in ActorNCode. EthnicCode and
//     the Religion codes are always empty: herald does not code them.
//   - ActorNName is the participant's entity name, else the words naming
//     it, as written (GDELT upper-cases names; herald keeps the case).
//     Tabs and line breaks in any cell become spaces, since GDELT files
//     have no quoting.
//   - IsRootEvent is empty: herald does not yet mark lead paragraphs.
//   - EventCode is the CAMEO code as text, leading zeros kept;
//     EventBaseCode its first three digits and EventRootCode its first two.
//     QuadClass and GoldsteinScale are herald's.
//   - NumMentions, NumSources and NumArticles are the counts of the event's
//     cluster (herald.Cluster): the events with the same actors, CAMEO
//     code, day, place and modality in every stored article, near-duplicate
//     copies included in NumMentions but counted with their canonical
//     article in NumArticles. An event stored before clusters existed
//     counts 1, 1, 1. As in GDELT, the table has one row a cluster, the
//     first event of it that the store lists; GLOBALEVENTID is that
//     event's.
//   - AvgTone is empty: herald does not measure tone.
//   - Actor1Geo and Actor2Geo are empty: herald places events, not actors.
//     ActionGeo is the event's place when it has one: FullName is the
//     place's name, Lat and Long its coordinates, and CountryCode the FIPS
//     10-4 code of its ISO 3166-1 alpha-3 country, as GDELT uses FIPS, for
//     the countries in this package's table (empty for the others, and for
//     Palestine, which FIPS splits into Gaza and the West Bank). Type,
//     ADM1Code, ADM2Code and FeatureID are empty: herald knows neither the
//     place's feature type nor its GNS/GNIS IDs (the GeoNames ID goes to
//     the PLOVER export).
//   - DATEADDED is when the document was stored, YYYYMMDDHHMMSS in UTC;
//     SOURCEURL is the article's URL, empty when unknown.
//
// # Parquet
//
// Parquet writes the GDELT table's 61 columns, under the same names and in
// the same order, typed (see GDELTRecord): SQLDATE, MonthYear, Year,
// IsRootEvent, QuadClass, the counts, the Geo_Types and DATEADDED as
// integers, FractionDate, GoldsteinScale, AvgTone and coordinates as
// doubles, and everything else, CAMEO codes with their leading zeros
// included, as text. An empty GDELT cell is null. Pages are compressed
// with Zstandard. The library is github.com/parquet-go/parquet-go, pure Go
// and kept up, which pandas (pyarrow), R (arrow) and DuckDB read.
//
// # PLOVER
//
// PLOVER writes one JSON object a line with the field names of Table 6.1
// of the PLOVER manual, draft version 2.0 (4 February 2024): id, date,
// actor and recipient (lists of entity objects with code, sector and
// entity_text), event (a list of one category), event_text, quad_code,
// event_scale (the Goldstein value), event_loc (a location object with
// resolved_place, geonameid, lat, lon and country_code, ISO alpha-3 as
// PLOVER wants), text, text_info (the sentence's sequence number),
// cite_info (url, title, publication, coder) and coder, with coded_date
// the day the document was stored. The
// id is the document's content hash and the event ID. event is an empty
// list when the CAMEO code has no PLOVER category (PLOVER drops CAMEO 01
// and 02); text is the sentence the event was coded from. herald adds
// modality, cameo, confidence, story_id (the article ID) and document (the
// content hash); each entity object adds cameo, the full actor code, whose
// first three letters are code when they name a country or region and
// whose rest is sector.
//
// # CSV
//
// CSV writes one row an event under a header (see CSVHeader), quoted as
// encoding/csv does; CAMEO codes keep their leading zeros. The header is
// written even when no event is, as is GDELT's when asked for.
package export
