package gazetteer

import (
	"errors"
	"testing"
)

// small returns a few entries covering every field of the format.
func small() []Entry {
	return []Entry{
		{Candidate: Candidate{Name: "Ukraine", Country: "UKR", Lat: 50.45466, Lon: 30.5238,
			Population: 3000000, Seat: 703448, Kind: Country},
			Alts: []AltName{{"the Ukraine", MatchAlias}, {"Ukrainian", MatchDemonym}}},
		{Candidate: Candidate{Name: "Kyiv", Country: "UKR", Admin1: "12", Feature: "PPLC",
			Lat: 50.45466, Lon: 30.5238, Population: 2797553, GeoNames: 703448, Kind: Capital},
			Alts: []AltName{{"Kiev", MatchAlias}}},
		{Candidate: Candidate{Name: "Zürich", Country: "CHE", Admin1: "ZH", Feature: "PPLA",
			Lat: 47.36667, Lon: 8.55, Population: 341730, GeoNames: 2657896, Kind: City}},
		{Candidate: Candidate{Name: "Zürich", Country: "CHE", Admin1: "ZH", Lat: 47.36667, Lon: 8.55,
			Population: 1000000, Seat: 2657896, Kind: Region}},
	}
}

func TestRoundTrip(t *testing.T) {
	data, err := Encode(small())
	if err != nil {
		t.Fatal(err)
	}
	g, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if g.Len() != 4 {
		t.Fatalf("Len = %d, want 4", g.Len())
	}
	got := g.Lookup("kiev")
	want := Candidate{Name: "Kyiv", ASCIIName: "Kyiv", Country: "UKR", Admin1: "12", Feature: "PPLC",
		Lat: 50.45466, Lon: 30.5238, Population: 2797553, GeoNames: 703448, Kind: Capital, Match: MatchAlias}
	if len(got) != 1 || got[0] != want {
		t.Errorf("Lookup(kiev) = %+v, want %+v", got, want)
	}
	zs := g.Lookup("Zurich")
	if len(zs) != 2 || zs[0].Kind != City || zs[1].Kind != Region || zs[0].ASCIIName != "Zurich" {
		t.Errorf("Lookup(Zurich) = %+v, want the city, then the canton", zs)
	}
	if c := g.Lookup("Ukrainian"); len(c) != 1 || c[0].Match != MatchDemonym || c[0].Seat != 703448 {
		t.Errorf("Lookup(Ukrainian) = %+v", c)
	}
}

func TestEncodeRejects(t *testing.T) {
	bad := []Entry{
		{Candidate: Candidate{Name: "", Country: "XXX"}},
		{Candidate: Candidate{Name: "X", Country: "XXX", Lat: 91}},
		{Candidate: Candidate{Name: "X", Country: "XXX", Kind: numKinds}},
		{Candidate: Candidate{Name: "X", Country: "XXX", Population: -1}},
		{Candidate: Candidate{Name: "X", Country: "XXX", Seat: 5}},
		{Candidate: Candidate{Name: "X", Country: "XXX"}, Alts: []AltName{{"Y", MatchName}}},
	}
	for i, e := range bad {
		if _, err := Encode([]Entry{e}); err == nil {
			t.Errorf("Encode(bad[%d]) succeeded", i)
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	good, err := Encode(small())
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string][]byte{
		"empty":     nil,
		"magic":     []byte("GIF89a"),
		"version":   append([]byte("HGAZ\x02"), good[5:]...),
		"truncated": good[:len(good)/2],
		"length":    append([]byte("HGAZ\x01\xff\xff\xff\xff\x0f"), good[6:]...),
	}
	for name, data := range tests {
		if _, err := Decode(data); !errors.Is(err, ErrFormat) {
			t.Errorf("%s: Decode error = %v, want ErrFormat", name, err)
		}
	}
	// Every truncation of the payload must fail cleanly.
	payload, err := decompress(good)
	if err != nil {
		t.Fatal(err)
	}
	for n := range len(payload) {
		data, err := compress([]byte(payload[:n]))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Decode(data); err == nil {
			t.Errorf("payload cut to %d of %d bytes decoded", n, len(payload))
		}
	}
}

// FuzzDecode feeds Decode arbitrary files: it must return an error or a
// gazetteer, never panic.
func FuzzDecode(f *testing.F) {
	good, err := Encode(small())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:20])
	f.Add([]byte("HGAZ\x01"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if g, err := Decode(data); err == nil {
			g.Lookup("Kyiv")
		}
	})
}

// FuzzDecodePayload feeds Decode well-compressed arbitrary payloads, so
// that mutations reach the record parser rather than the decompressor.
func FuzzDecodePayload(f *testing.F) {
	good, err := Encode(small())
	if err != nil {
		f.Fatal(err)
	}
	payload, err := decompress(good)
	if err != nil {
		f.Fatal(err)
	}
	f.Add([]byte(payload))
	f.Add([]byte{1, 3, 'U', 'K', 'R', 1, 0, 1, 0, 1})
	f.Fuzz(func(t *testing.T, payload []byte) {
		data, err := compress(payload)
		if err != nil {
			t.Fatal(err)
		}
		g, err := Decode(data)
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Errorf("error %v does not wrap ErrFormat", err)
			}
			return
		}
		for _, name := range []string{"Kyiv", "kiev", "Zurich", "Ukrainian"} {
			for _, c := range g.Lookup(name) {
				if c.Lat < -90 || c.Lat > 90 || c.Lon < -180 || c.Lon > 180 {
					t.Errorf("decoded %+v", c)
				}
			}
		}
	})
}
