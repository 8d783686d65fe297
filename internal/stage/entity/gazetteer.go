package entity

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
)

// lists holds short word lists written for herald: facts such as country
// names and demonyms, one entry per line, "#" starting a comment. They give
// the tagger features for names it never saw in training, and they decide
// whether a location is a GPE and a MISC name a NORP.
//
//go:embed lists/*.txt
var lists embed.FS

// A list names one of the word lists.
type list uint8

// The word lists. Changing a list changes the features, so the model must
// be regenerated afterwards (the model records a fingerprint of the lists).
const (
	listCountry   list = iota // countries, their short names and abbreviations
	listPlace                 // capitals, cities, states and provinces
	listRegion                // continents, seas, rivers and other non-political places
	listDemonym               // nationalities, peoples, religious and political groups
	listGivenName             // common given names
	listOrgWord               // words that mark organisation names: "Bank", "Party"
	listTitle                 // titles before person names: "President", "Mr"
	listOrg                   // well-known organisations: "NATO", "Hamas", "Gazprom"
	listSeat                  // seats of government named for it: "Kremlin", "White House"
	numLists
)

var listFiles = [numLists]string{
	listCountry:   "lists/country.txt",
	listPlace:     "lists/place.txt",
	listRegion:    "lists/region.txt",
	listDemonym:   "lists/demonym.txt",
	listGivenName: "lists/givenname.txt",
	listOrgWord:   "lists/orgword.txt",
	listTitle:     "lists/title.txt",
	listOrg:       "lists/org.txt",
	listSeat:      "lists/seat.txt",
}

// maxEntryWords bounds the number of words in a list entry.
const maxEntryWords = 5

// seqSeed starts the hash of a word sequence.
const seqSeed = 0x5eed

// A gazetteer looks up token sequences in the word lists.
type gazetteer struct {
	entries  map[uint64]uint16   // sequence hash → bit set of lists
	prefixes map[uint64]struct{} // hashes of proper prefixes of entries
	sum      uint64              // fingerprint of the lists' contents
}

// loadGazetteer reads the embedded word lists.
func loadGazetteer() (*gazetteer, error) {
	g := &gazetteer{
		entries:  make(map[uint64]uint16, 4096),
		prefixes: make(map[uint64]struct{}, 1024),
		sum:      fnvOffset,
	}
	var key []byte
	for l, name := range listFiles {
		data, err := lists.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("read word list: %w", err)
		}
		g.sum = mix(g.sum, hashBytes(data))
		sc := bufio.NewScanner(strings.NewReader(string(data)))
		for sc.Scan() {
			line, _, _ := strings.Cut(sc.Text(), "#")
			words := strings.Fields(line)
			if len(words) == 0 || len(words) > maxEntryWords {
				continue
			}
			h := uint64(seqSeed)
			for i, w := range words {
				key = lowerKey(key[:0], normalize(w))
				h = mix(h, hashBytes(key))
				if i < len(words)-1 {
					g.prefixes[h] = struct{}{}
				}
			}
			g.entries[h] |= 1 << l
		}
	}
	return g, nil
}

// lookup returns the lists holding the words whose lower-case hashes are
// seq, and whether the words are a proper prefix of some entry.
func (g *gazetteer) lookup(seq uint64) (mask uint16, prefix bool) {
	mask = g.entries[seq]
	_, prefix = g.prefixes[seq]
	return mask, prefix
}

// Positions of a token in a matched entry, as in BILOU tagging.
const (
	gazBegin = iota
	gazInside
	gazLast
	gazUnit
	numGazPos
)

// match marks the capitalised token sequences of a sentence found in the
// word lists. lower holds each token's lower-case hash and caps whether it
// starts with a capital; marks receives, per token, one bit per list and
// position (bit list*numGazPos+position). Only the longest entry starting
// at each token is marked.
func (g *gazetteer) match(lower []uint64, caps []bool, marks []uint64) {
	clear(marks)
	for i := range lower {
		if !caps[i] {
			continue
		}
		h := uint64(seqSeed)
		var best uint16
		bestEnd := 0
		for j := i; j < len(lower) && j < i+maxEntryWords; j++ {
			h = mix(h, lower[j])
			mask, prefix := g.lookup(h)
			if mask != 0 && caps[j] {
				best, bestEnd = mask, j+1
			}
			if !prefix {
				break
			}
		}
		for l := range numLists {
			if best&(1<<l) == 0 {
				continue
			}
			for k := i; k < bestEnd; k++ {
				pos := gazInside
				switch {
				case bestEnd-i == 1:
					pos = gazUnit
				case k == i:
					pos = gazBegin
				case k == bestEnd-1:
					pos = gazLast
				}
				marks[k] |= 1 << (uint(l)*numGazPos + uint(pos))
			}
		}
	}
}

// has reports whether the words with lower-case hashes seq-of-words form an
// entry of list l.
func (g *gazetteer) has(l list, words []uint64) bool {
	h := uint64(seqSeed)
	for _, w := range words {
		h = mix(h, w)
	}
	return g.entries[h]&(1<<l) != 0
}
