package dedup

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/heraldproject/herald"
)

// ErrVersion means encoded signature bytes come from an unknown format
// version or were made with other parameters (shingle size, hash count), so
// they cannot be compared with signatures made by this package.
var ErrVersion = errors.New("unsupported signature version")

// version is the first byte of an encoded signature. Bump it whenever the
// hashing changes, so that stored signatures are recomputed, not compared.
const version = 1

// maxWords bounds the decoded word count to what an int holds everywhere.
const maxWords = 1<<31 - 1

// MarshalBinary encodes s as: version byte, shingle size byte, word count
// (uvarint), SimHash (8 bytes, little-endian), hash count (uvarint) and the
// MinHash minima (4 bytes each, little-endian).
func (s Signature) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, 2+2*binary.MaxVarintLen64+8+4*len(s.Min))
	b = append(b, version, ShingleWords)
	b = binary.AppendUvarint(b, uint64(s.Words))
	b = binary.LittleEndian.AppendUint64(b, s.Sim)
	b = binary.AppendUvarint(b, uint64(len(s.Min)))
	for _, v := range s.Min {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return b, nil
}

// UnmarshalBinary decodes a signature encoded by MarshalBinary. It returns
// an error wrapping ErrVersion for another version or parameters, and one
// wrapping herald.ErrMalformed for bytes that are not a signature.
func (s *Signature) UnmarshalBinary(b []byte) error {
	if len(b) < 2 {
		return fmt.Errorf("decode signature: %d bytes: %w", len(b), herald.ErrMalformed)
	}
	if b[0] != version || b[1] != ShingleWords {
		return fmt.Errorf("decode signature version %d, shingle %d: %w", b[0], b[1], ErrVersion)
	}
	b = b[2:]
	words, n := binary.Uvarint(b)
	if n <= 0 || words > maxWords {
		return fmt.Errorf("decode signature word count: %w", herald.ErrMalformed)
	}
	b = b[n:]
	if len(b) < 8 {
		return fmt.Errorf("decode signature simhash: %w", herald.ErrMalformed)
	}
	sim := binary.LittleEndian.Uint64(b)
	b = b[8:]
	k, n := binary.Uvarint(b)
	if n <= 0 {
		return fmt.Errorf("decode signature hash count: %w", herald.ErrMalformed)
	}
	b = b[n:]
	switch {
	case words == 0 && (k != 0 || sim != 0):
		return fmt.Errorf("decode signature: hashes without words: %w", herald.ErrMalformed)
	case words > 0 && k != Hashes:
		return fmt.Errorf("decode signature: %d hashes, want %d: %w", k, Hashes, ErrVersion)
	case uint64(len(b)) != 4*k:
		return fmt.Errorf("decode signature: %d bytes of hashes, want %d: %w", len(b), 4*k, herald.ErrMalformed)
	}
	out := Signature{Words: int(words), Sim: sim}
	if k > 0 {
		out.Min = make([]uint32, k)
		for i := range out.Min {
			out.Min[i] = binary.LittleEndian.Uint32(b[4*i:])
		}
	}
	*s = out
	return nil
}
