package store

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/dedup"
)

// A Signed document is what a store keeps to find its near-duplicates: the
// encoded dedup signature of its text and the keys of its LSH bands, as
// the integers SQL keeps (see bandKeys).
type Signed struct {
	Sig   dedup.Signature
	Bytes []byte
	Bands []int64
}

// bandKeys returns the keys of sig's LSH bands cut to their top 31 bits,
// which SQLite keeps in 4 bytes rather than 8: a store of a million
// articles holds 42 million keys, so two unrelated bands share a key about
// once in 50 lookups, and the candidate that brings is scored and dropped.
func bandKeys(sig dedup.Signature) []int64 {
	var keys []int64
	for _, k := range dedup.BandKeys(sig) {
		keys = append(keys, int64(k>>33))
	}
	return keys
}

// BandsOf returns the band keys of a signature as Sign encoded it, and
// false when it cannot be decoded (another signature version).
func BandsOf(encoded []byte) ([]int64, bool) {
	var sig dedup.Signature
	if err := sig.UnmarshalBinary(encoded); err != nil {
		return nil, false
	}
	return bandKeys(sig), true
}

// Sign signs the body of doc, from the end of its dateline on, so that
// copies under different datelines agree.
func Sign(doc *herald.Document) (Signed, error) {
	sig := dedup.Sign(doc.Text, doc.Dateline.End)
	b, err := sig.MarshalBinary()
	if err != nil {
		return Signed{}, err
	}
	return Signed{Sig: sig, Bytes: b, Bands: bandKeys(sig)}, nil
}

// A Candidate is a stored article that shares an LSH band with a new one.
type Candidate struct {
	ID        int64  // its row
	Canonical int64  // the row of its canonical article: its own when it is one
	Signature []byte // its encoded signature
}

// Nearest returns the canonical row of the candidate most similar to s,
// and the similarity, when one reaches dedup.DefaultMinSimilarity. Ties go
// to the candidate stored first. Candidates whose signatures cannot be
// decoded (another signature version) are passed over.
func Nearest(s Signed, cands []Candidate) (int64, float64, bool) {
	var best *Candidate
	bestSim := 0.0
	for i := range cands {
		c := &cands[i]
		var sig dedup.Signature
		if err := sig.UnmarshalBinary(c.Signature); err != nil {
			continue
		}
		sim := dedup.Jaccard(s.Sig, sig)
		if sim > bestSim || best != nil && sim == bestSim && c.ID < best.ID {
			best, bestSim = c, sim
		}
	}
	if best == nil || bestSim < dedup.DefaultMinSimilarity {
		return 0, 0, false
	}
	return best.Canonical, bestSim, true
}

// A ClusterKey is what makes events one event cluster: the same actors,
// CAMEO code, day, place and modality. Modality is part of it because a
// meeting that is planned and one that took place are different news.
type ClusterKey struct {
	Source, Target string // actor codes, upper case
	CAMEO          string
	Day            string // Day of the event
	Place          string // PlaceKey of the event's place
	Modality       string
	// Article confines the cluster of an event too vague to be told
	// apart from others (no day, or no actor code on either side) to
	// one story: the row of its canonical article. It is 0 for the
	// others, which cluster across articles.
	Article int64
}

// Clusters returns the cluster key of each of doc's events, in order.
// canonical is the row of doc's canonical article (its own row when it is
// one): a vague event clusters only with the mentions of that story, since
// "someone attacked someone" on an unknown day in two articles is no
// evidence of one event.
func Clusters(doc *herald.Document, canonical int64) []ClusterKey {
	keys := make([]ClusterKey, len(doc.Events))
	for i, e := range doc.Events {
		k := ClusterKey{
			Source:   strings.ToUpper(e.Source.Actor),
			Target:   strings.ToUpper(e.Target.Actor),
			CAMEO:    e.CAMEO,
			Day:      Day(e.Date, doc.Published),
			Place:    PlaceKey(doc, e.Place),
			Modality: string(e.Modality),
		}
		if k.Day == "" || k.Source == "" && k.Target == "" {
			k.Article = canonical
		}
		keys[i] = k
	}
	return keys
}

// Distinct returns keys sorted and without repeats: the order in which a
// store locks clusters, so that two writers never wait for each other in a
// cycle.
func Distinct(keys []ClusterKey) []ClusterKey {
	out := slices.Clone(keys)
	slices.SortFunc(out, func(a, b ClusterKey) int {
		return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target),
			cmp.Compare(a.CAMEO, b.CAMEO), cmp.Compare(a.Day, b.Day),
			cmp.Compare(a.Place, b.Place), cmp.Compare(a.Modality, b.Modality), cmp.Compare(a.Article, b.Article))
	})
	return slices.Compact(out)
}

// PlaceKey names the place with the given ID in doc the same way in every
// document: "geonames:524901" when it is geolocated, else "name:" and its
// name in lower case; "" when the ID is "" or not a place of doc.
func PlaceKey(doc *herald.Document, id string) string {
	if id == "" {
		return ""
	}
	for _, p := range doc.Places {
		if p.ID != id {
			continue
		}
		if p.GeoNames != 0 {
			return "geonames:" + strconv.Itoa(p.GeoNames)
		}
		return "name:" + strings.ToLower(p.Name)
	}
	return ""
}

// seenLayout is the layout of Seen: fixed width, so that the text sorts as
// the time does.
const seenLayout = "2006-01-02T15:04:05.000Z"

// Seen returns when the events of an article were seen, as stores keep it:
// its publication time, or when it was stored if it has none, in UTC.
func Seen(published, stored time.Time) string {
	if published.IsZero() {
		published = stored
	}
	return published.UTC().Format(seenLayout)
}

// ClusterCount is the SQL, common to both stores, that brings the counts
// of the cluster whose id is its one parameter up to date from its events.
// An article of unknown source counts as a source of its own.
const ClusterCount = `UPDATE clusters SET (mentions, sources, articles, first_seen, last_seen) = (
	SELECT count(*),
		count(DISTINCT CASE WHEN a.source <> '' THEN a.source ELSE '#' || coalesce(a.canonical, a.id) END),
		count(DISTINCT coalesce(a.canonical, a.id)), coalesce(min(e.seen), ''), coalesce(max(e.seen), '')
	FROM events e JOIN articles a ON a.id = e.doc WHERE e.cluster = clusters.id)
	WHERE id = `
