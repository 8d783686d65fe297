package dedup

// BandRows is the number of MinHash values in one band of BandKeys:
// Hashes/DefaultBands.
const BandRows = Hashes / DefaultBands

// BandKeys returns the keys of the DefaultBands LSH bands of sig, under
// which a store indexes it: two signatures that share a key agree on every
// value of one band, and are candidates to score with Jaccard. Unlike the
// Index's in-memory keys, these are the same in every process and every
// release of this version of the signature, so stores can keep them. The
// band number is hashed in, so that equal values in different bands do not
// share a key. A signature of a text without words has none.
func BandKeys(sig Signature) []uint64 {
	if sig.Words == 0 || len(sig.Min) != Hashes {
		return nil
	}
	keys := make([]uint64, DefaultBands)
	for b := range keys {
		h := mix64(uint64(version)<<32 | uint64(b))
		for _, v := range sig.Min[b*BandRows : (b+1)*BandRows] {
			h = mix64(h ^ uint64(v))
		}
		keys[b] = h
	}
	return keys
}
