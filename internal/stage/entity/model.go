package entity

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// The model file is gzip-compressed. Inside, all integers little-endian:
//
//	magic       8 bytes "HLDNER01"
//	fingerprint uint64  features and word lists the model was trained with
//	scheme      uint8   0 BIO, 1 BILOU
//	bits        uint8   hash bits: the table has 1<<bits rows
//	beam        uint8   beam width for decoding; 1 is greedy
//	reserved    uint8   0
//	scale       float32 a weight is its stored integer times scale
//	rows        uvarint number of non-zero rows that follow
//	row         uvarint row index minus the previous row's index
//	            (the first row's index plus one)
//	            numTags int16, the row's weights
//
// Only rows with a non-zero weight are stored, in increasing order.

const (
	magic   = "HLDNER01"
	minBits = 8
	maxBits = 22
	maxBeam = 16
)

// ErrModel means model bytes are not a valid herald entity model.
var ErrModel = errors.New("invalid entity model")

// A model is a trained tagger: a hashed weight table and how to use it.
type model struct {
	sum    uint64 // fingerprint of the features it was trained with
	scheme scheme
	bits   int
	beam   int
	scale  float32
	w      []int16
}

// numTags returns the number of tags of the model's scheme.
func (m *model) numTags() int { return m.scheme.numTags() }

// encode writes m, compressed, to w.
func (m *model) encode(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.DefaultCompression)
	if err != nil {
		return fmt.Errorf("compress model: %w", err)
	}
	bw := bufio.NewWriter(zw)
	var hdr [24]byte
	copy(hdr[:], magic)
	binary.LittleEndian.PutUint64(hdr[8:], m.sum)
	hdr[16], hdr[17], hdr[18] = byte(m.scheme), byte(m.bits), byte(m.beam)
	binary.LittleEndian.PutUint32(hdr[20:], math.Float32bits(m.scale))
	bw.Write(hdr[:])
	nt := m.numTags()
	rows := 0
	for r := 0; r < len(m.w)/nt; r++ {
		if !allZero(m.w[r*nt : (r+1)*nt]) {
			rows++
		}
	}
	var buf []byte
	buf = binary.AppendUvarint(buf, uint64(rows))
	last := -1
	for r := 0; r < len(m.w)/nt; r++ {
		row := m.w[r*nt : (r+1)*nt]
		if allZero(row) {
			continue
		}
		buf = binary.AppendUvarint(buf, uint64(r-last))
		for _, v := range row {
			buf = binary.LittleEndian.AppendUint16(buf, uint16(v))
		}
		last = r
		if len(buf) > 1<<16 {
			bw.Write(buf)
			buf = buf[:0]
		}
	}
	bw.Write(buf)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	return nil
}

func allZero(row []int16) bool {
	for _, v := range row {
		if v != 0 {
			return false
		}
	}
	return true
}

// decodeModel decompresses and parses a model file.
func decodeModel(data []byte) (*model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrModel, err)
	}
	return readModel(zr)
}

// readModel parses an uncompressed model from r, checking every field. The
// rows are gathered first and the table allocated only once the whole
// input has been read, so that bad input cannot make it allocate a table.
func readModel(r io.Reader) (*model, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	var hdr [24]byte
	if _, err := io.ReadFull(br, hdr[:]); err != nil {
		return nil, fmt.Errorf("%w: read header: %w", ErrModel, err)
	}
	m, err := parseHeader(hdr[:])
	if err != nil {
		return nil, err
	}
	rows, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, fmt.Errorf("%w: read row count: %w", ErrModel, err)
	}
	nt, size := m.numTags(), 1<<m.bits
	if rows > uint64(size) {
		return nil, fmt.Errorf("%w: %d rows in a table of %d", ErrModel, rows, size)
	}
	idx := make([]int, 0, min(rows, 1<<16))
	w := make([]int16, 0, cap(idx)*nt)
	buf := make([]byte, 2*nt)
	last := -1
	for range rows {
		d, err := binary.ReadUvarint(br)
		if err != nil || d == 0 || d > uint64(size-1-last) {
			return nil, fmt.Errorf("%w: bad index after row %d", ErrModel, last)
		}
		last += int(d)
		if _, err := io.ReadFull(br, buf); err != nil {
			return nil, fmt.Errorf("%w: read row %d: %w", ErrModel, last, err)
		}
		idx = append(idx, last)
		for j := range nt {
			w = append(w, int16(binary.LittleEndian.Uint16(buf[2*j:])))
		}
	}
	// Reading to the end also makes gzip check its checksum.
	if _, err := br.ReadByte(); err != io.EOF {
		if err == nil {
			err = errors.New("trailing bytes")
		}
		return nil, fmt.Errorf("%w: %w", ErrModel, err)
	}
	m.w = make([]int16, size*nt)
	for i, r := range idx {
		copy(m.w[r*nt:(r+1)*nt], w[i*nt:(i+1)*nt])
	}
	return m, nil
}

// parseHeader parses and checks the 24-byte header of a model.
func parseHeader(b []byte) (*model, error) {
	if string(b[:8]) != magic {
		return nil, fmt.Errorf("%w: bad magic", ErrModel)
	}
	m := &model{
		sum:    binary.LittleEndian.Uint64(b[8:]),
		scheme: scheme(b[16]),
		bits:   int(b[17]),
		beam:   int(b[18]),
		scale:  math.Float32frombits(binary.LittleEndian.Uint32(b[20:])),
	}
	switch {
	case m.scheme >= numSchemes:
		return nil, fmt.Errorf("%w: unknown tag scheme %d", ErrModel, m.scheme)
	case m.bits < minBits || m.bits > maxBits:
		return nil, fmt.Errorf("%w: %d hash bits out of range", ErrModel, m.bits)
	case m.beam < 1 || m.beam > maxBeam:
		return nil, fmt.Errorf("%w: beam width %d out of range", ErrModel, m.beam)
	case b[19] != 0:
		return nil, fmt.Errorf("%w: reserved byte set", ErrModel)
	case !(m.scale > 0) || math.IsInf(float64(m.scale), 0):
		return nil, fmt.Errorf("%w: bad scale", ErrModel)
	}
	return m, nil
}
