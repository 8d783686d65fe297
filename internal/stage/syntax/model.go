package syntax

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// The model file is gzip-compressed. Inside, integers little-endian:
//
//	magic  8 bytes "HLDSYN01"
//	then the POS table and the chunk table, each:
//	bits   uint8   hash bits: the table has 1<<bits rows
//	tags   uint8   weights per row: the number of tags
//	rows   uvarint number of non-zero rows that follow
//	row    uvarint row index minus the previous row's index (the first
//	       row's index plus one), then tags int16 weights
//
// Only rows with a non-zero weight are stored, in increasing order.

const (
	magic   = "HLDSYN01"
	minBits = 8
	maxBits = 20
)

// ErrModel means model bytes are not a valid herald syntax model.
var ErrModel = errors.New("invalid syntax model")

//go:embed model.bin
var embedded []byte

// Embedded returns the Tagger of the model embedded in herald.
func Embedded() (*Tagger, error) { return Decode(embedded) }

// Encode writes the tagger's model, compressed, to w.
func (t *Tagger) Encode(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.DefaultCompression)
	if err != nil {
		return fmt.Errorf("compress model: %w", err)
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	writeTable(bw, &t.tg.pos)
	writeTable(bw, &t.tg.chunk)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	return nil
}

// writeTable writes one table's header and its non-zero rows.
func writeTable(bw *bufio.Writer, t *table[int16]) {
	nt := t.nTags
	bw.WriteByte(byte(64 - t.shift))
	bw.WriteByte(byte(nt))
	var rows []int
	for r := 0; r < len(t.w)/nt; r++ {
		for _, v := range t.w[r*nt : (r+1)*nt] {
			if v != 0 {
				rows = append(rows, r)
				break
			}
		}
	}
	buf := binary.AppendUvarint(nil, uint64(len(rows)))
	last := -1
	for _, r := range rows {
		buf = binary.AppendUvarint(buf, uint64(r-last))
		for _, v := range t.w[r*nt : (r+1)*nt] {
			buf = binary.LittleEndian.AppendUint16(buf, uint16(v))
		}
		last = r
	}
	bw.Write(buf)
}

// Decode reads a model written by Encode.
func Decode(data []byte) (*Tagger, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrModel, err)
	}
	br := bufio.NewReaderSize(zr, 64<<10)
	var m [len(magic)]byte
	if _, err := io.ReadFull(br, m[:]); err != nil || string(m[:]) != magic {
		return nil, fmt.Errorf("%w: bad magic", ErrModel)
	}
	var tg tagger[int16]
	if tg.pos, err = readTable(br, numPOS); err != nil {
		return nil, fmt.Errorf("%w: POS table: %w", ErrModel, err)
	}
	if tg.chunk, err = readTable(br, numChunks); err != nil {
		return nil, fmt.Errorf("%w: chunk table: %w", ErrModel, err)
	}
	// Reading to the end also makes gzip check its checksum.
	if _, err := br.ReadByte(); err != io.EOF {
		if err == nil {
			err = errors.New("trailing bytes")
		}
		return nil, fmt.Errorf("%w: %w", ErrModel, err)
	}
	return newTagger(tg), nil
}

// readTable reads one table of nTags tags, checking every field.
func readTable(br *bufio.Reader, nTags int) (table[int16], error) {
	bits, err1 := br.ReadByte()
	nt, err2 := br.ReadByte()
	if err := errors.Join(err1, err2); err != nil {
		return table[int16]{}, err
	}
	if bits < minBits || bits > maxBits || int(nt) != nTags {
		return table[int16]{}, fmt.Errorf("%d bits, %d tags", bits, nt)
	}
	size := 1 << bits
	rows, err := binary.ReadUvarint(br)
	if err != nil || rows > uint64(size) {
		return table[int16]{}, errors.New("bad row count")
	}
	t := newTable[int16](int(bits), nTags)
	buf := make([]byte, 2*nTags)
	last := -1
	for range rows {
		d, err := binary.ReadUvarint(br)
		if err != nil || d == 0 || d > uint64(size-1-last) {
			return table[int16]{}, fmt.Errorf("bad index after row %d", last)
		}
		last += int(d)
		if _, err := io.ReadFull(br, buf); err != nil {
			return table[int16]{}, fmt.Errorf("read row %d: %w", last, err)
		}
		row := t.w[last*nTags : (last+1)*nTags]
		for j := range row {
			row[j] = int16(binary.LittleEndian.Uint16(buf[2*j:]))
		}
	}
	return t, nil
}
