package gazetteer

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"unicode/utf8"
)

// ErrFormat means that data is not a gazetteer file this package can read.
var ErrFormat = errors.New("bad gazetteer data")

// Decode reads a gazetteer file as Encode writes it. Bad data gives an
// error wrapping ErrFormat, never a panic.
func Decode(data []byte) (*Gazetteer, error) {
	payload, err := decompress(data)
	if err != nil {
		return nil, err
	}
	r := reader{s: payload}
	g := &Gazetteer{}
	g.countries = r.table(math.MaxUint16 + 1)
	g.admins = r.table(math.MaxUint16 + 1)
	g.features = r.table(math.MaxUint8 + 1)
	// A place takes at least 10 bytes, which bounds the count of a
	// corrupt header before anything is allocated for it.
	n := r.count(10)
	g.places = make([]place, 0, n)
	keys := keyBuilder{
		arena: make([]byte, 0, len(payload)/2),
		refs:  make([]keyRef, 0, n+n/8),
	}
	var lat, lon int64
	for i := 0; i < n && r.err == nil; i++ {
		p := g.readPlace(&r, &lat, &lon)
		// The ASCII name gives the same key faster (see TestKeyOfASCIIName).
		keys.add(p.ascii, posting(i)<<2|posting(MatchName))
		for m := r.count(2); m > 0 && r.err == nil; m-- {
			match := Match(r.byte())
			alt := r.string()
			if match != MatchAlias && match != MatchDemonym {
				r.fail("bad match %d", match)
			}
			keys.add(alt, posting(i)<<2|posting(match))
		}
		g.places = append(g.places, p)
	}
	if r.err == nil && r.off != len(r.s) {
		r.fail("%d trailing bytes", len(r.s)-r.off)
	}
	if r.err != nil {
		return nil, r.err
	}
	if err := g.indexCountries(); err != nil {
		return nil, err
	}
	g.rankPlaces()
	g.index, g.postings = keys.build(g.places)
	return g, nil
}

// readPlace reads one place, advancing the running coordinates.
func (g *Gazetteer) readPlace(r *reader, lat, lon *int64) place {
	var p place
	p.kind = Kind(r.byte())
	p.country = uint16(r.ref(len(g.countries)))
	p.admin = uint16(r.ref(len(g.admins)))
	p.feature = uint8(r.ref(len(g.features)))
	p.geonames = r.uint32()
	p.population = r.uint32()
	if p.kind >= Region {
		p.seat = r.uint32()
	}
	*lat += r.varint()
	*lon += r.varint()
	p.name = r.string()
	p.ascii = r.string()
	if r.err != nil {
		return p
	}
	switch {
	case p.name == "":
		r.fail("empty name")
	case p.kind >= numKinds:
		r.fail("bad kind %d", p.kind)
	case *lat < -90*coordScale || *lat > 90*coordScale || *lon < -180*coordScale || *lon > 180*coordScale:
		r.fail("bad coordinates %d, %d", *lat, *lon)
	}
	p.lat, p.lon = int32(*lat), int32(*lon)
	if p.ascii == "" {
		p.ascii = p.name
	}
	return p
}

// indexCountries maps each country's alpha-3 code to its place.
func (g *Gazetteer) indexCountries() error {
	g.byCountry = make(map[string]int32)
	for i := range g.places {
		p := &g.places[i]
		if p.kind != Country {
			continue
		}
		code := g.countries[p.country]
		if _, dup := g.byCountry[code]; dup {
			return fmt.Errorf("%w: two countries %s", ErrFormat, code)
		}
		g.byCountry[code] = int32(i)
	}
	return nil
}

// rankPlaces sets each place's rank: a region ranks as its seat, every
// other place by its own population.
func (g *Gazetteer) rankPlaces() {
	seats := make(map[uint32]uint32)
	for i := range g.places {
		p := &g.places[i]
		p.rank = p.population
		if p.kind == Region && p.seat != 0 {
			seats[p.seat] = 0
		}
	}
	for i := range g.places {
		p := &g.places[i]
		if _, ok := seats[p.geonames]; ok && p.kind <= Capital && p.geonames != 0 {
			seats[p.geonames] = p.population
		}
	}
	for i := range g.places {
		if p := &g.places[i]; p.kind == Region {
			p.rank = seats[p.seat]
		}
	}
}

// decompress checks the header of data and returns its payload.
func decompress(data []byte) (string, error) {
	if len(data) < len(magic)+1 || string(data[:len(magic)]) != magic {
		return "", fmt.Errorf("%w: no gazetteer header", ErrFormat)
	}
	if v := data[len(magic)]; v != version {
		return "", fmt.Errorf("%w: version %d, want %d", ErrFormat, v, version)
	}
	data = data[len(magic)+1:]
	size, k := binary.Uvarint(data)
	if k <= 0 || size > maxPayload {
		return "", fmt.Errorf("%w: bad payload length", ErrFormat)
	}
	zr := flate.NewReader(bytes.NewReader(data[k:]))
	defer zr.Close()
	var b strings.Builder
	b.Grow(int(size))
	n, err := io.Copy(&b, io.LimitReader(zr, int64(size)+1))
	if err != nil {
		return "", fmt.Errorf("%w: decompress: %v", ErrFormat, err)
	}
	if n != int64(size) {
		return "", fmt.Errorf("%w: payload of %d bytes, header says %d", ErrFormat, n, size)
	}
	return b.String(), nil
}

// reader reads the payload's primitives. After the first error it reads
// zeros and keeps that error, so that callers check once.
type reader struct {
	s   string
	off int
	err error
}

func (r *reader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf("%w: at byte %d: %s", ErrFormat, r.off, fmt.Sprintf(format, args...))
	}
}

func (r *reader) byte() byte {
	if r.err != nil || r.off >= len(r.s) {
		r.fail("unexpected end")
		return 0
	}
	r.off++
	return r.s[r.off-1]
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	var v uint64
	for i := 0; i < binary.MaxVarintLen64 && r.off+i < len(r.s); i++ {
		b := r.s[r.off+i]
		if i == binary.MaxVarintLen64-1 && b > 1 {
			break
		}
		v |= uint64(b&0x7f) << (7 * i)
		if b < 0x80 {
			r.off += i + 1
			return v
		}
	}
	r.fail("bad varint")
	return 0
}

func (r *reader) varint() int64 {
	u := r.uvarint()
	return int64(u>>1) ^ -int64(u&1)
}

func (r *reader) uint32() uint32 {
	v := r.uvarint()
	if v > math.MaxUint32 {
		r.fail("value %d out of range", v)
		return 0
	}
	return uint32(v)
}

// count reads a count of items of at least minSize bytes each, failing
// when the rest of the payload cannot hold that many.
func (r *reader) count(minSize int) int {
	v := r.uvarint()
	if v > uint64((len(r.s)-r.off)/minSize) {
		r.fail("count %d exceeds data", v)
		return 0
	}
	return int(v)
}

// ref reads an index into a table of n entries.
func (r *reader) ref(n int) int {
	v := r.uvarint()
	if v >= uint64(n) {
		r.fail("index %d out of range %d", v, n)
		return 0
	}
	return int(v)
}

func (r *reader) string() string {
	n := r.uvarint()
	if r.err != nil {
		return ""
	}
	if n > uint64(len(r.s)-r.off) {
		r.fail("string of %d bytes exceeds data", n)
		return ""
	}
	s := r.s[r.off : r.off+int(n)]
	r.off += int(n)
	if !utf8.ValidString(s) {
		r.fail("invalid UTF-8")
	}
	return s
}

// table reads a table of at most max strings.
func (r *reader) table(max int) []string {
	n := r.count(1)
	if n > max {
		r.fail("table of %d entries", n)
		return nil
	}
	t := make([]string, n)
	for i := range t {
		t[i] = r.string()
	}
	return t
}
