package gazetteer

import (
	"cmp"
	"slices"
)

// keyBuilder collects the name keys of places while they are decoded and
// builds the lookup index from them.
type keyBuilder struct {
	arena []byte // all keys, end to end, so that they share one allocation
	refs  []keyRef
}

// keyRef is one key in the arena and the posting it leads to.
type keyRef struct {
	off, end uint32
	p        posting
}

// add records that name leads to posting p.
func (k *keyBuilder) add(name string, p posting) {
	off := len(k.arena)
	k.arena = appendKey(k.arena, name)
	if len(k.arena) == off {
		return // a name of punctuation alone has no key
	}
	k.refs = append(k.refs, keyRef{uint32(off), uint32(len(k.arena)), p})
}

// build returns the index from key to postings and the postings, each
// key's sorted best first and holding each place once.
func (k *keyBuilder) build(places []place) (map[string]postings, []posting) {
	s := string(k.arena)
	// One map pass numbers the keys by first appearance; the rest is
	// counting sort over those numbers.
	// The map holds each key's number in lo until the postings are laid.
	index := make(map[string]postings, len(k.refs))
	group := make([]uint32, len(k.refs))
	var counts []uint32
	for i, ref := range k.refs {
		key := s[ref.off:ref.end]
		r, ok := index[key]
		if !ok {
			r.lo = uint32(len(counts))
			index[key] = r
			counts = append(counts, 0)
		}
		group[i] = r.lo
		counts[r.lo]++
	}
	starts := make([]uint32, len(counts)+1)
	for id, c := range counts {
		starts[id+1] = starts[id] + c
	}
	all := make([]posting, len(k.refs))
	fill := slices.Clone(starts[:len(counts)])
	for i, ref := range k.refs {
		all[fill[group[i]]] = ref.p
		fill[group[i]]++
	}
	for key, r := range index {
		lo, hi := starts[r.lo], starts[r.lo+1]
		n := sortPostings(all[lo:hi], places)
		index[key] = postings{lo, lo + uint32(n)}
	}
	return index, all
}

// sortPostings sorts ps best first — by rank, then kind as tieOrder says,
// then the lower GeoNames ID — keeps each place once with its most direct
// match, and returns how many remain at the front of ps.
func sortPostings(ps []posting, places []place) int {
	if len(ps) == 1 {
		return 1
	}
	slices.SortFunc(ps, func(a, b posting) int {
		pa, pb := &places[a>>2], &places[b>>2]
		if c := cmp.Compare(pb.rank, pa.rank); c != 0 {
			return c
		}
		if c := cmp.Compare(tieOrder(pa.kind), tieOrder(pb.kind)); c != 0 {
			return c
		}
		if c := cmp.Compare(pa.geonames, pb.geonames); c != 0 {
			return c
		}
		return cmp.Compare(a, b) // same place: the lower match first
	})
	n := 1
	for _, p := range ps[1:] {
		if p>>2 != ps[n-1]>>2 {
			ps[n] = p
			n++
		}
	}
	return n
}

// tieOrder orders the kinds of equally ranked places: a country before its
// capital ("Singapore"), a city before the region it is the seat of
// ("Berlin", "Zürich").
func tieOrder(k Kind) int {
	switch k {
	case Country:
		return 0
	case Capital:
		return 1
	case City:
		return 2
	}
	return 3
}
