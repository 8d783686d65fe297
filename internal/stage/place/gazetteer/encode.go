package gazetteer

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"unicode/utf8"
)

// The data format. A gazetteer file is the magic "HGAZ", a version byte,
// the payload's length as a uvarint and a raw DEFLATE stream of the
// payload:
//
//	payload = table(alpha-3 codes) table(admin1 codes) table(feature codes)
//	          uvarint(places) place…
//	table   = uvarint(n) string…
//	string  = uvarint(byte length) UTF-8 bytes
//	place   = kind byte, uvarint(country index), uvarint(admin index),
//	          uvarint(feature index), uvarint(GeoNames ID), uvarint(population),
//	          [uvarint(seat GeoNames ID), for countries and regions only]
//	          svarint(lat − previous lat), svarint(lon − previous lon),
//	          string(name), string(ASCII name, "" when the same),
//	          uvarint(other names), (match byte, string(name))…
//
// Coordinates are in units of 1e-5 degrees, delta-coded against the
// previous place, so that places sorted by country and region compress
// well. Name keys are not stored: Decode derives them with Key from the
// ASCII names, so that Key can change without regenerating the data.
const (
	magic      = "HGAZ"
	version    = 1
	coordScale = 1e5
	// maxPayload bounds the decompressed payload, against corrupt input.
	maxPayload = 64 << 20
)

// An Entry is one place for Encode: a Candidate, whose ASCIIName (Encode
// derives it with Fold) and Match Encode ignores, and the other names the
// place is known by.
type Entry struct {
	Candidate
	Alts []AltName
}

// An AltName is another name of a place and how it matches: MatchAlias or
// MatchDemonym.
type AltName struct {
	Name  string
	Match Match
}

// Encode returns the gazetteer file for entries, in their order. The same
// entries always give the same bytes.
func Encode(entries []Entry) ([]byte, error) {
	countries := table(entries, func(e *Entry) string { return e.Country })
	admins := table(entries, func(e *Entry) string { return e.Admin1 })
	features := table(entries, func(e *Entry) string { return e.Feature })
	if len(features) > math.MaxUint8+1 || len(admins) > math.MaxUint16+1 || len(countries) > math.MaxUint16+1 {
		return nil, errors.New("encode gazetteer: too many distinct codes")
	}
	var w writer
	for _, t := range [][]string{countries, admins, features} {
		w.uvarint(uint64(len(t)))
		for _, s := range t {
			w.string(s)
		}
	}
	w.uvarint(uint64(len(entries)))
	var lat, lon int64
	for i := range entries {
		e := &entries[i]
		if err := checkEntry(e); err != nil {
			return nil, fmt.Errorf("encode place %d %q: %w", i, e.Name, err)
		}
		w.b = append(w.b, byte(e.Kind))
		w.uvarint(uint64(index(countries, e.Country)))
		w.uvarint(uint64(index(admins, e.Admin1)))
		w.uvarint(uint64(index(features, e.Feature)))
		w.uvarint(uint64(e.GeoNames))
		w.uvarint(uint64(e.Population))
		if e.Kind >= Region {
			w.uvarint(uint64(e.Seat))
		} else if e.Seat != 0 {
			return nil, fmt.Errorf("encode place %d %q: a city has no seat", i, e.Name)
		}
		la, lo := int64(math.Round(e.Lat*coordScale)), int64(math.Round(e.Lon*coordScale))
		w.varint(la - lat)
		w.varint(lo - lon)
		lat, lon = la, lo
		w.string(e.Name)
		if ascii := Fold(e.Name); ascii != e.Name {
			w.string(ascii)
		} else {
			w.string("")
		}
		w.uvarint(uint64(len(e.Alts)))
		for _, a := range e.Alts {
			w.b = append(w.b, byte(a.Match))
			w.string(a.Name)
		}
	}
	return compress(w.b)
}

// checkEntry reports what makes e unencodable, the same checks that Decode
// applies.
func checkEntry(e *Entry) error {
	switch {
	case e.Kind >= numKinds:
		return fmt.Errorf("bad kind %d", e.Kind)
	case e.Name == "" || !utf8.ValidString(e.Name):
		return errors.New("empty or invalid name")
	case e.Lat < -90 || e.Lat > 90 || e.Lon < -180 || e.Lon > 180:
		return fmt.Errorf("bad coordinates %g, %g", e.Lat, e.Lon)
	case e.Population < 0 || e.Population > math.MaxUint32:
		return fmt.Errorf("bad population %d", e.Population)
	case e.GeoNames < 0 || e.GeoNames > math.MaxUint32 || e.Seat < 0 || e.Seat > math.MaxUint32:
		return fmt.Errorf("bad GeoNames ID %d or seat %d", e.GeoNames, e.Seat)
	}
	for _, a := range e.Alts {
		if a.Match != MatchAlias && a.Match != MatchDemonym || a.Name == "" || !utf8.ValidString(a.Name) {
			return fmt.Errorf("bad other name %q", a.Name)
		}
	}
	return nil
}

// table returns the sorted distinct values of field over entries.
func table(entries []Entry, field func(*Entry) string) []string {
	var t []string
	for i := range entries {
		t = append(t, field(&entries[i]))
	}
	slices.Sort(t)
	return slices.Compact(t)
}

func index(t []string, s string) int {
	i, _ := slices.BinarySearch(t, s)
	return i
}

func compress(payload []byte) ([]byte, error) {
	var out bytes.Buffer
	out.WriteString(magic)
	out.WriteByte(version)
	out.Write(binary.AppendUvarint(nil, uint64(len(payload))))
	zw, err := flate.NewWriter(&out, flate.BestCompression)
	if err != nil {
		return nil, fmt.Errorf("compress gazetteer: %w", err)
	}
	if _, err := zw.Write(payload); err != nil {
		return nil, fmt.Errorf("compress gazetteer: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("compress gazetteer: %w", err)
	}
	return out.Bytes(), nil
}

// writer appends the payload's primitives.
type writer struct{ b []byte }

func (w *writer) uvarint(v uint64) { w.b = binary.AppendUvarint(w.b, v) }
func (w *writer) varint(v int64)   { w.b = binary.AppendVarint(w.b, v) }
func (w *writer) string(s string)  { w.uvarint(uint64(len(s))); w.b = append(w.b, s...) }
