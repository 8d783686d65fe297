package dedup

import (
	"encoding/binary"
	"fmt"
	"hash/maphash"
)

// A Method selects how an Index finds near-duplicates.
type Method uint8

// Methods.
const (
	// MinHash looks candidates up by LSH bands of the MinHash sketch and
	// scores them by estimated Jaccard similarity. The default.
	MinHash Method = iota
	// SimHash compares the 64-bit SimHash of every indexed signature and
	// scores by 1 - distance/64.
	SimHash
)

// String returns the method's lower-case name.
func (m Method) String() string {
	switch m {
	case MinHash:
		return "minhash"
	case SimHash:
		return "simhash"
	}
	return "unknown"
}

// Defaults for Options, chosen by TestDedupMeasure (see the package doc).
const (
	DefaultMinSimilarity = 0.3
	DefaultBands         = 42
	DefaultMaxDistance   = 10
)

// Options configures an Index. The zero value is the default: MinHash with
// DefaultBands bands and DefaultMinSimilarity.
type Options struct {
	Method Method
	// MinSimilarity is the least estimated Jaccard similarity of a MinHash
	// match; 0 means DefaultMinSimilarity.
	MinSimilarity float64
	// Bands is the number of LSH bands of Hashes/Bands rows each (hashes
	// left over are scored but not banded), from 1 to Hashes; 0 means
	// DefaultBands. More bands find pairs of lower similarity at the cost
	// of more candidates to score.
	Bands int
	// MaxDistance is the largest SimHash Hamming distance of a SimHash
	// match; 0 means DefaultMaxDistance.
	MaxDistance int
}

// A Match is an indexed signature that is a near-duplicate of a query.
type Match struct {
	ID         string
	Similarity float64 // estimated Jaccard (MinHash) or 1 - distance/64 (SimHash)
}

// An Index holds signatures in memory and finds the best near-duplicate of
// a new one. It is not safe for concurrent use.
type Index struct {
	opt   Options
	ids   []string
	sigs  []Signature
	bands []map[uint64][]int32 // per band: band hash → positions in sigs
	seed  maphash.Seed
	seen  []uint32 // per position: the query that last scored it, to score once
	query uint32
}

// New returns an empty index. It reports an error for options it cannot
// honour.
func New(opt Options) (*Index, error) {
	if opt.MinSimilarity == 0 {
		opt.MinSimilarity = DefaultMinSimilarity
	}
	if opt.Bands == 0 {
		opt.Bands = DefaultBands
	}
	if opt.MaxDistance == 0 {
		opt.MaxDistance = DefaultMaxDistance
	}
	switch {
	case opt.Method != MinHash && opt.Method != SimHash:
		return nil, fmt.Errorf("new index: unknown method %d", opt.Method)
	case opt.Bands < 0 || opt.Bands > Hashes:
		return nil, fmt.Errorf("new index: %d bands outside [1, %d]", opt.Bands, Hashes)
	case opt.MinSimilarity < 0 || opt.MinSimilarity > 1:
		return nil, fmt.Errorf("new index: minimum similarity %g outside [0, 1]", opt.MinSimilarity)
	case opt.MaxDistance < 0 || opt.MaxDistance > 64:
		return nil, fmt.Errorf("new index: maximum distance %d outside [0, 64]", opt.MaxDistance)
	}
	x := &Index{opt: opt, seed: maphash.MakeSeed()}
	if opt.Method == MinHash {
		x.bands = make([]map[uint64][]int32, opt.Bands)
		for i := range x.bands {
			x.bands[i] = make(map[uint64][]int32)
		}
	}
	return x, nil
}

// Len returns the number of signatures added.
func (x *Index) Len() int { return len(x.ids) }

// Add indexes sig under id. Signatures of texts without words are kept out
// of the lookup, since they are near-duplicates of nothing.
func (x *Index) Add(id string, sig Signature) error {
	if sig.Words > 0 && len(sig.Min) != Hashes {
		return fmt.Errorf("add signature %q: %d hashes, want %d: %w", id, len(sig.Min), Hashes, ErrVersion)
	}
	pos := int32(len(x.ids))
	x.ids = append(x.ids, id)
	x.sigs = append(x.sigs, sig)
	x.seen = append(x.seen, 0)
	if sig.Words == 0 || x.bands == nil {
		return nil
	}
	for b := range x.bands {
		k := x.bandKey(sig, b)
		x.bands[b][k] = append(x.bands[b][k], pos)
	}
	return nil
}

// Best returns the indexed signature most similar to sig, and false when
// none reaches the index's threshold. Ties go to the one added first.
func (x *Index) Best(sig Signature) (Match, bool) {
	if sig.Words == 0 || len(sig.Min) != Hashes {
		return Match{}, false
	}
	if x.opt.Method == SimHash {
		return x.bestSim(sig)
	}
	x.query++
	if x.query == 0 { // wrapped: forget old marks rather than trust them
		clear(x.seen)
		x.query = 1
	}
	best, bestSim := int32(-1), 0.0
	for b := range x.bands {
		for _, pos := range x.bands[b][x.bandKey(sig, b)] {
			if x.seen[pos] == x.query {
				continue
			}
			x.seen[pos] = x.query
			s := Jaccard(sig, x.sigs[pos])
			if s > bestSim || s == bestSim && pos < best {
				best, bestSim = pos, s
			}
		}
	}
	if best < 0 || bestSim < x.opt.MinSimilarity {
		return Match{}, false
	}
	return Match{ID: x.ids[best], Similarity: bestSim}, true
}

// bestSim scans every signature: at a few microseconds per thousand it is
// cheaper than block tables until the index holds hundreds of thousands.
func (x *Index) bestSim(sig Signature) (Match, bool) {
	best, bestDist := -1, x.opt.MaxDistance+1
	for pos, s := range x.sigs {
		if d := Distance(sig, s); d < bestDist {
			best, bestDist = pos, d
		}
	}
	if best < 0 {
		return Match{}, false
	}
	return Match{ID: x.ids[best], Similarity: 1 - float64(bestDist)/64}, true
}

// bandKey hashes band b of sig's MinHash sketch.
func (x *Index) bandKey(sig Signature, b int) uint64 {
	rows := Hashes / len(x.bands)
	var buf [4 * Hashes]byte
	p := buf[:0]
	for _, v := range sig.Min[b*rows : (b+1)*rows] {
		p = binary.LittleEndian.AppendUint32(p, v)
	}
	return maphash.Bytes(x.seed, p)
}
