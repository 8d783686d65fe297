package gazetteer

import (
	"math"
	"runtime"
	"sync"
	"testing"
	"time"
)

// loaded decodes the embedded gazetteer once for all tests.
var loaded = sync.OnceValues(Load)

func mustLoad(tb testing.TB) *Gazetteer {
	tb.Helper()
	g, err := loaded()
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

func TestLookupFirst(t *testing.T) {
	g := mustLoad(t)
	tests := []struct {
		name          string
		want, country string
		geonames      int
		lat, lon      float64
		kind          Kind
	}{
		{"Moscow", "Moscow", "RUS", 524901, 55.75, 37.62, Capital},
		{"MOSCOW", "Moscow", "RUS", 524901, 55.75, 37.62, Capital},
		{"Kyiv", "Kyiv", "UKR", 703448, 50.45, 30.52, Capital},
		{"Kiev", "Kyiv", "UKR", 703448, 50.45, 30.52, Capital},
		{"Paris", "Paris", "FRA", 2988507, 48.85, 2.35, Capital},
		{"Washington", "Washington, D.C.", "USA", 4140963, 38.90, -77.04, Capital},
		{"Washington, D.C.", "Washington, D.C.", "USA", 4140963, 38.90, -77.04, Capital},
		{"zurich", "Zürich", "CHE", 2657896, 47.37, 8.55, City}, // before the canton
		{"Berlin", "Berlin", "DEU", 2950159, 52.52, 13.41, Capital},
		{"New York", "New York City", "USA", 5128581, 40.71, -74.01, City},
		{"Georgia", "Georgia", "GEO", 0, 41.69, 44.83, Country}, // at Tbilisi
		{"Sao Paulo", "São Paulo", "BRA", 0, 0, 0, Region + 99},
		{"St. Petersburg", "Saint Petersburg", "RUS", 498817, 59.94, 30.31, City},
		{"Naypyidaw", "Nay Pyi Taw", "MMR", 6611854, 19.75, 96.13, Capital},
	}
	for _, tt := range tests {
		got := g.Lookup(tt.name)
		if len(got) == 0 {
			t.Errorf("Lookup(%q) = none, want %s", tt.name, tt.want)
			continue
		}
		c := got[0]
		if c.Name != tt.want || c.Country != tt.country {
			t.Errorf("Lookup(%q)[0] = %s, %s; want %s, %s", tt.name, c.Name, c.Country, tt.want, tt.country)
			continue
		}
		if tt.kind > Country {
			continue // only the name is checked
		}
		if c.GeoNames != tt.geonames || c.Kind != tt.kind || !near(c.Lat, tt.lat) || !near(c.Lon, tt.lon) {
			t.Errorf("Lookup(%q)[0] = %+v; want GeoNames %d, %s at %.2f, %.2f",
				tt.name, c, tt.geonames, tt.kind, tt.lat, tt.lon)
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 0.02 }

// TestLookupIncludes checks candidates that must be among a name's.
func TestLookupIncludes(t *testing.T) {
	g := mustLoad(t)
	type want struct {
		name, country string
		kind          Kind
		admin1        string
	}
	tests := []struct {
		name string
		want []want
	}{
		{"Paris", []want{{"Paris", "FRA", Capital, ""}, {"Paris", "USA", City, "TX"}}},
		{"Georgia", []want{{"Georgia", "GEO", Country, ""}, {"Georgia", "USA", Region, "GA"}}},
		{"Washington", []want{{"Washington", "USA", Region, "WA"}}},
		{"Nice", []want{{"Nice", "FRA", City, "93"}, {"Nice", "USA", City, "CA"}}},
		{"Russian", []want{{"Russia", "RUS", Country, ""}}},
		{"Ukrainian", []want{{"Ukraine", "UKR", Country, ""}}},
		{"Burma", []want{{"Myanmar", "MMR", Country, ""}}},
		{"Ivory Coast", []want{{"Ivory Coast", "CIV", Country, ""}}},
		{"Côte d'Ivoire", []want{{"Ivory Coast", "CIV", Country, ""}}},
		{"cote d’ivoire", []want{{"Ivory Coast", "CIV", Country, ""}}},
		{"U.S.", []want{{"United States", "USA", Country, ""}}},
		{"US", []want{{"United States", "USA", Country, ""}}},
		{"America", []want{{"United States", "USA", Country, ""}}},
		{"UK", []want{{"United Kingdom", "GBR", Country, ""}}},
		{"Britain", []want{{"United Kingdom", "GBR", Country, ""}}},
		{"Gaza", []want{{"Gaza Strip", "PSE", Region, "GZ"}, {"Gaza", "PSE", City, "GZ"}}},
		{"the West Bank", []want{{"West Bank", "PSE", Region, "WE"}}},
		{"Bavaria", []want{{"Bavaria", "DEU", Region, "02"}}},
		{"Donetsk region", []want{{"Donetsk Oblast", "UKR", Region, "05"}}},
		{"England", []want{{"England", "GBR", Region, "ENG"}}},
	}
	for _, tt := range tests {
		got := g.Lookup(tt.name)
		for _, w := range tt.want {
			found := false
			for _, c := range got {
				if c.Name == w.name && c.Country == w.country && c.Kind == w.kind && (w.admin1 == "" || c.Admin1 == w.admin1) {
					found = true
				}
			}
			if !found {
				t.Errorf("Lookup(%q) lacks %+v; got %d candidates: %v", tt.name, w, len(got), names(got))
			}
		}
	}
}

// TestLookupOrder checks that the first candidates rank as the prior says.
func TestLookupOrder(t *testing.T) {
	g := mustLoad(t)
	got := g.Lookup("Washington")
	for _, c := range got {
		if c.Country == "GBR" && c.Population > got[0].Population {
			t.Errorf("Washington: English town %+v ranks above %+v", c, got[0])
		}
	}
	if got[0].Match != MatchAlias {
		t.Errorf("Washington: first match %s, want alias", got[0].Match)
	}
	for _, name := range []string{"Paris", "Moscow", "Springfield"} {
		cs := g.Lookup(name)
		for i := 1; i < len(cs); i++ {
			if cs[i].Population > cs[i-1].Population {
				t.Errorf("%s: candidate %d (%d) outranks %d (%d)", name, i, cs[i].Population, i-1, cs[i-1].Population)
			}
		}
	}
}

func TestLookupNone(t *testing.T) {
	g := mustLoad(t)
	for _, name := range []string{"", " ", "...", "Xqzzyville", "the"} {
		if got := g.Lookup(name); len(got) != 0 {
			t.Errorf("Lookup(%q) = %v, want none", name, names(got))
		}
	}
}

func TestCountry(t *testing.T) {
	g := mustLoad(t)
	c, ok := g.Country("ukr")
	if !ok || c.Name != "Ukraine" || c.Kind != Country || !near(c.Lat, 50.45) {
		t.Errorf("Country(ukr) = %+v, %v", c, ok)
	}
	if _, ok := g.Country("XXX"); ok {
		t.Error("Country(XXX) found")
	}
}

func TestASCIIName(t *testing.T) {
	g := mustLoad(t)
	for name, want := range map[string]string{"Zürich": "Zurich", "Kraków": "Krakow", "Łódź": "Lodz", "Moscow": "Moscow"} {
		got := g.Lookup(name)
		if len(got) == 0 || got[0].ASCIIName != want {
			t.Errorf("Lookup(%q)[0].ASCIIName = %v, want %q", name, names(got), want)
		}
	}
}

func names(cs []Candidate) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Name+"/"+c.Country+"/"+c.Admin1+"/"+c.Kind.String())
	}
	return out
}

// TestMemory reports the heap that a loaded gazetteer holds.
func TestMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("measures a fresh load")
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	heap := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("load %v; %d places, %d keys; heap %.1f MiB; sys %.1f MiB",
		took, g.Len(), g.Keys(), float64(heap)/(1<<20), float64(after.Sys)/(1<<20))
	if heap > 100<<20 {
		t.Errorf("gazetteer holds %d bytes, want at most 100 MiB", heap)
	}
	runtime.KeepAlive(g)
}
