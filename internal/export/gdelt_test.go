package export

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strings"
	"testing"
)

func TestGDELTColumns(t *testing.T) {
	if len(GDELTColumns) != 61 {
		t.Fatalf("%d GDELT columns; want 61", len(GDELTColumns))
	}
	for i, name := range map[int]string{0: "GLOBALEVENTID", colActor1: "Actor1Code", colActor2: "Actor2Code",
		colEvent: "IsRootEvent", colActionGeo: "ActionGeo_Type", colAdded: "DATEADDED", 60: "SOURCEURL", 34: "AvgTone"} {
		if GDELTColumns[i] != name {
			t.Errorf("column %d is %s; want %s", i, GDELTColumns[i], name)
		}
	}
}

// readGDELT parses GDELT output as tab-separated values, as a reader of
// GDELT files would, and checks that every row has 61 fields.
func readGDELT(t *testing.T, out string) [][]string {
	t.Helper()
	r := csv.NewReader(strings.NewReader(out))
	r.Comma, r.LazyQuotes, r.FieldsPerRecord = '\t', true, 61
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("GDELT output does not parse as 61 tab-separated fields a row: %v\n%s", err, out)
	}
	return rows
}

func TestGDELT(t *testing.T) {
	var buf bytes.Buffer
	w := NewGDELT(&buf, true)
	bare := hit()
	bare.Date, bare.Event.CAMEO, bare.Event.QuadClass, bare.Event.Place = "", "", 0, ""
	bare.Event.Source.Actor, bare.Event.Target.Actor = "IGOUNO", "GOV"
	for _, e := range []Event{Resolve(hit(), doc()), Resolve(bare, nil)} {
		if err := w.Write(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	rows := readGDELT(t, buf.String())
	if len(rows) != 3 || !slices.Equal(rows[0], GDELTColumns) {
		t.Fatalf("got %d rows, first %q; want the header and 2 rows", len(rows), rows[0])
	}
	got := map[string]string{}
	for i, name := range GDELTColumns {
		got[name] = rows[1][i]
	}
	want := map[string]string{
		"SQLDATE": "20250815", "MonthYear": "202508", "Year": "2025", "FractionDate": "2025.6219",
		"Actor1Code": "RUSGOV", "Actor1Name": "Vladimir Putin", "Actor1CountryCode": "RUS", "Actor1Type1Code": "GOV",
		"Actor1KnownGroupCode": "", "Actor1Religion1Code": "", "Actor1EthnicCode": "", "Actor1Type2Code": "",
		"Actor2Code": "USAGOV", "Actor2Name": "Trump", "Actor2CountryCode": "USA", "Actor2Type1Code": "GOV",
		"IsRootEvent": "", "EventCode": "036", "EventBaseCode": "036", "EventRootCode": "03", "QuadClass": "1",
		"GoldsteinScale": "4", "NumMentions": "1", "NumSources": "1", "NumArticles": "1", "AvgTone": "",
		"Actor1Geo_Type": "", "Actor1Geo_FullName": "", "Actor2Geo_Lat": "",
		"ActionGeo_Type": "", "ActionGeo_FullName": "Anchorage", "ActionGeo_CountryCode": "US", "ActionGeo_ADM1Code": "",
		"ActionGeo_ADM2Code": "", "ActionGeo_Lat": "61.2181", "ActionGeo_Long": "-149.9003", "ActionGeo_FeatureID": "",
		"DATEADDED": "20250809101112", "SOURCEURL": "https://example.com/a?x=1,2",
		"GLOBALEVENTID": "8495715026016386",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q; want %q", k, got[k], v)
		}
	}
	if strings.Contains(rows[1][6], "\t") || strings.Count(buf.String(), "\n") != 3 {
		t.Errorf("a tab or line break inside a cell was kept")
	}
	b := rows[2]
	for _, i := range []int{1, 2, 3, 4, colActor1 + 2, colActor2 + 2, colEvent + 1, colEvent + 4, colEvent + 5, colActionGeo + 1, colAdded + 1} {
		if b[i] != "" {
			t.Errorf("%s = %q for an event without it; want empty", GDELTColumns[i], b[i])
		}
	}
	if b[colActor1+3] != "UNO" || b[colActor1+7] != "IGO" || b[colActor2+7] != "GOV" {
		t.Errorf("IGOUNO and GOV split into %q; want known group UNO, types IGO and GOV", b[colActor1:colEvent])
	}
}

func TestGDELTNoHeader(t *testing.T) {
	var buf bytes.Buffer
	w := NewGDELT(&buf, false)
	e := hit()
	e.Event.CAMEO = "0211"
	if err := w.Write(Resolve(e, nil)); err != nil || w.Flush() != nil {
		t.Fatal(err)
	}
	rows := readGDELT(t, buf.String())
	if len(rows) != 1 || rows[0][colEvent+1] != "0211" || rows[0][colEvent+2] != "021" || rows[0][colEvent+3] != "02" {
		t.Errorf("rows = %q; want one row with codes 0211, 021, 02", rows)
	}
}

func TestSplitActor(t *testing.T) {
	tests := []struct {
		code           string
		country, group string
		types          []string
	}{
		{"RUSGOV", "RUS", "", []string{"GOV"}},
		{"USAGOVMIL", "USA", "", []string{"GOV", "MIL"}},
		{"RUS", "RUS", "", nil},
		{"GOV", "", "", []string{"GOV"}},
		{"IGOUNO", "", "UNO", []string{"IGO"}},
		{"NGOAMN", "", "AMN", []string{"NGO"}},
		{"ORCHOB", "ORC", "", nil},
		{"rusgov", "RUS", "", []string{"GOV"}},
		{"RUSGO", "", "", nil},
		{"RU5GOV", "", "", nil},
		{"", "", "", nil},
	}
	for _, tt := range tests {
		a := SplitActor(tt.code)
		if a.Country != tt.country || a.KnownGroup != tt.group || !slices.Equal(a.Types, tt.types) {
			t.Errorf("SplitActor(%q) = %+v; want %s, %s, %v", tt.code, a, tt.country, tt.group, tt.types)
		}
	}
}

func TestFIPS(t *testing.T) {
	for iso, want := range map[string]string{"USA": "US", "RUS": "RS", "UKR": "UP", "GBR": "UK", "DEU": "GM", "ISR": "IS", "PSE": "", "XXX": ""} {
		if fips[iso] != want {
			t.Errorf("fips[%s] = %q; want %q", iso, fips[iso], want)
		}
	}
}
