package dedup

import (
	"unicode"
	"unicode/utf8"
)

// ShingleWords is the number of consecutive words in a shingle. Four words
// are long enough that distinct stories on one topic share few shingles, and
// short enough that a changed word spoils only four of them.
const ShingleWords = 4

// shingles calls fn with the hash of every ShingleWords-word shingle of
// text[start:], after folding case and dropping punctuation, and returns the
// number of words. A text of fewer words than a shingle yields one shingle
// of all its words, so that short texts still have a signature; a text
// without words yields none.
func shingles(text string, start int, fn func(h uint64)) int {
	if start < 0 || start > len(text) {
		start = 0
	}
	var ring [ShingleWords]uint64
	n := 0
	words(text[start:], func(w uint64) {
		ring[n%ShingleWords] = w
		n++
		if n >= ShingleWords {
			fn(combine(ring[:], n))
		}
	})
	if n > 0 && n < ShingleWords {
		fn(combine(ring[:n], n))
	}
	return n
}

// combine hashes the words of a shingle in order; ring holds the last words
// with the newest at index (n-1) % len(ring).
func combine(ring []uint64, n int) uint64 {
	h := uint64(len(ring))
	for i := range ring {
		h = mix64(h ^ ring[(n+i)%len(ring)])
	}
	return h
}

// words calls fn with the FNV-1a hash of every word of s, a word being a run
// of letters and digits, lower-cased. Invalid UTF-8 separates words.
func words(s string, fn func(h uint64)) {
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	h, in := uint64(offset), false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			r = unicode.ToLower(r)
			for ; r > 0; r >>= 8 {
				h = (h ^ uint64(r&0xff)) * prime
			}
			in = true
			continue
		}
		if in {
			fn(h)
			h, in = offset, false
		}
	}
	if in {
		fn(h)
	}
}

// mix64 is the splitmix64 finaliser: a fast bijection with good avalanche.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}
