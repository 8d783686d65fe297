package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Features are hashed, never built as strings: each word's parts (its
// lower-case form, affixes, shape) are hashed once per sentence, and a
// feature is the mix of a template number with one or more of them. The
// mixed key picks a row of a weight table, so a model carries no feature
// dictionary.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString returns the 64-bit FNV-1a hash of s.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// mix combines a hash with another value into a well-spread hash: the
// finaliser of MurmurHash3 over the pair.
func mix(h, v uint64) uint64 {
	h ^= v + 0x9e3779b97f4a7c15 + (h << 6) + (h >> 2)
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// Hashes of the words beyond either end of a sentence.
var (
	startHash = hashString("<s>")
	endHash   = hashString("</s>")
)

// A word is what the features see of one token, hashed.
type word struct {
	lower    uint64 // lower case, digits as 0
	suf      [3]uint64
	pre      uint64 // first character
	shape    uint64 // "Xx", "d", "X.X."
	flags    uint64 // capitalisation and character classes
	original uint64 // the form as written
}

// Word flags.
const (
	flagCap = 1 << iota
	flagUpper
	flagDigit
	flagHyphen
	flagFirst // first word of the sentence
)

// prepare hashes the parts of every word of a sentence into ws.
func (ws *workspace) prepare(words []string) {
	ws.words = ws.words[:0]
	for i, w := range words {
		w = normalize(w)
		ws.buf = lowerKey(ws.buf[:0], w)
		lw := string(ws.buf) // the conversion does not escape: hashString only reads it
		var x word
		x.original = hashString(w)
		x.lower = hashString(lw)
		for k := range x.suf {
			x.suf[k] = hashString(suffix(lw, k+1))
		}
		x.pre = hashString(prefix(lw, 1))
		var f uint64
		ws.buf, f = shape(ws.buf[:0], w)
		x.shape = hashString(string(ws.buf))
		if i == 0 {
			f |= flagFirst
		}
		x.flags = f
		ws.words = append(ws.words, x)
	}
}

// suffix returns the last n runes of w, or w when it is shorter.
func suffix(w string, n int) string {
	i := len(w)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(w[:i])
		i -= size
	}
	return w[i:]
}

// prefix returns the first n runes of w.
func prefix(w string, n int) string {
	i := 0
	for ; n > 0 && i < len(w); n-- {
		_, size := utf8.DecodeRuneInString(w[i:])
		i += size
	}
	return w[:i]
}

// shape appends w's short shape to buf — letters as X or x, digits as d,
// runs collapsed ("Xx" for "Vladimir", "X.X." for "U.S.") — and returns
// its flags.
func shape(buf []byte, w string) ([]byte, uint64) {
	var f uint64
	lower := false
	var last byte
	for i, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			if i == 0 {
				f |= flagCap
			}
		case unicode.IsLetter(r):
			c, lower = 'x', true
		case unicode.IsDigit(r):
			c = 'd'
			f |= flagDigit
		case r == '-':
			c = '-'
			f |= flagHyphen
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c != last {
			buf = append(buf, c)
			last = c
		}
	}
	if f&flagCap != 0 && !lower {
		f |= flagUpper
	}
	return buf, f
}

// lowerKey appends the lower-case form of w to buf with every ASCII digit
// replaced by 0, so that "1996" and "2025" share features.
func lowerKey(buf []byte, w string) []byte {
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			buf = append(buf, byte(r+'a'-'A'))
		case r >= '0' && r <= '9':
			buf = append(buf, '0')
		case r < utf8.RuneSelf:
			buf = append(buf, byte(r))
		default:
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
	}
	return buf
}

// typographic maps the quotes and dashes of news text to the ASCII forms
// of the CoNLL training data.
var typographic = strings.NewReplacer("‘", "'", "’", "'", "‚", "'", "`", "'", "“", `"`, "”", `"`, "„", `"`,
	"«", `"`, "»", `"`, "–", "-", "—", "-", "‒", "-", "−", "-", "…", "...")

// normalize returns w with typographic quotes and dashes made ASCII; w
// itself when it is ASCII.
func normalize(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return typographic.Replace(w)
		}
	}
	return w
}

// at returns word i of the sentence, or the start or end marker beyond it.
func (ws *workspace) at(i int) *word {
	switch {
	case i < 0:
		return &startWord
	case i >= len(ws.words):
		return &endWord
	}
	return &ws.words[i]
}

var (
	startWord = word{lower: startHash, original: startHash, shape: startHash, pre: startHash, suf: [3]uint64{startHash, startHash, startHash}}
	endWord   = word{lower: endHash, original: endHash, shape: endHash, pre: endHash, suf: [3]uint64{endHash, endHash, endHash}}
)

// Feature templates; each feature mixes its template number first.
const (
	tBias = iota
	tWord
	tOriginal
	tSuf1
	tSuf2
	tSuf3
	tPre1
	tShape
	tFlags
	tPrevWord
	tNextWord
	tPrev2Word
	tNext2Word
	tPrevSuf
	tNextSuf
	tPrevTag
	tPrevTags
	tPrevTagWord
	tPOS
	tPrevPOS
	tNextPOS
	tPrev2POS
	tNext2POS
	tPOSBigramLeft
	tPOSBigramRight
	tPOSTrigram
	tChunkPrev
	tChunkPrevPOS
	tChunkPrevTwo
	tChunkPrevWord
	tNextPOSWord
)

// posFeatures appends the keys of the features of word i for the POS
// tagger, given the tags of the two words before it.
func (ws *workspace) posFeatures(keys []uint64, i int, t1, t2 uint8) []uint64 {
	for r := range numRoles {
		keys = roleFeatures(keys, ws.at(i+roleOffset[r]), r)
	}
	return ws.tagFeatures(keys, i, t1, t2)
}

// The roles a word plays in the POS features: the word being tagged, and
// each of its neighbours two either side.
const (
	asSelf = iota
	asPrev
	asNext
	asPrev2
	asNext2
	numRoles
)

// roleOffset is the position of the word in each role relative to the word
// being tagged.
var roleOffset = [numRoles]int{asSelf: 0, asPrev: -1, asNext: 1, asPrev2: -2, asNext2: 2}

// roleFeatures appends the keys of the POS features that word w gives in
// role r; they depend on the word alone.
func roleFeatures(keys []uint64, w *word, r int) []uint64 {
	switch r {
	case asSelf:
		return append(keys,
			mix(tBias, 0),
			mix(tWord, w.lower),
			mix(tOriginal, w.original),
			mix(tSuf1, w.suf[0]),
			mix(tSuf2, w.suf[1]),
			mix(tSuf3, w.suf[2]),
			mix(tPre1, w.pre),
			mix(tShape, w.shape),
			mix(tFlags, w.flags),
		)
	case asPrev:
		return append(keys, mix(tPrevWord, w.lower), mix(tPrevSuf, w.suf[2]))
	case asNext:
		return append(keys, mix(tNextWord, w.lower), mix(tNextSuf, w.suf[2]))
	case asPrev2:
		return append(keys, mix(tPrev2Word, w.lower))
	}
	return append(keys, mix(tNext2Word, w.lower))
}

// tagFeatures appends the keys of the POS features of word i that depend
// on the tags of the two words before it.
func (ws *workspace) tagFeatures(keys []uint64, i int, t1, t2 uint8) []uint64 {
	return append(keys,
		mix(tPrevTag, uint64(t1)),
		mix(mix(tPrevTags, uint64(t1)), uint64(t2)),
		mix(mix(tPrevTagWord, uint64(t1)), ws.at(i).lower),
	)
}

// chunkFeatures appends the keys of the features of word i for the
// chunker, given the POS tags of the sentence and the chunk tags of the
// two words before it.
func (ws *workspace) chunkFeatures(keys []uint64, i int, pos []uint8, c1, c2 uint8) []uint64 {
	tag := func(j int) uint64 {
		switch {
		case j < 0:
			return startHash
		case j >= len(pos):
			return endHash
		}
		return uint64(pos[j])
	}
	p0, pm1, pp1, pm2 := tag(i), tag(i-1), tag(i+1), tag(i-2)
	keys = append(keys,
		mix(tBias, 1),
		mix(tPOS, p0),
		mix(tPrevPOS, pm1),
		mix(tNextPOS, pp1),
		mix(tPrev2POS, pm2),
		mix(tNext2POS, tag(i+2)),
		mix(mix(tPOSBigramLeft, pm1), p0),
		mix(mix(tPOSBigramRight, p0), pp1),
		mix(mix(mix(tPOSTrigram, pm2), pm1), p0),
		mix(tWord+100, ws.at(i).lower),
		mix(tPrevWord+100, ws.at(i-1).lower),
		mix(mix(tNextPOSWord, pp1), ws.at(i+1).lower),
		mix(tChunkPrev, uint64(c1)),
		mix(mix(tChunkPrevPOS, uint64(c1)), p0),
		mix(mix(tChunkPrevTwo, uint64(c1)), uint64(c2)),
		mix(mix(tChunkPrevWord, uint64(c1)), ws.at(i).lower),
	)
	return keys
}
