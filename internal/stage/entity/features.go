package entity

import "unicode/utf8"

// featureVersion names the feature set. Change it with any change to the
// feature templates below, so that old models are refused.
const featureVersion = "herald-ner-features-1"

// Feature templates. A feature is the mix of a template with token hashes.
const (
	tBias = iota + 1
	tForm
	tLower
	tPrefix1 // and three more, for prefixes of 2 to 4 characters
	tPrefix2
	tPrefix3
	tPrefix4
	tSuffix1 // and three more, for suffixes of 2 to 4 characters
	tSuffix2
	tSuffix3
	tSuffix4
	tShape
	tShort
	tFlags
	tFirst
	tLast
	tPrev1
	tPrev2
	tNext1
	tNext2
	tPrevShort
	tNextShort
	tPrev2Short
	tNext2Short
	tShapeTri
	tPrevLower
	tLowerNext
	tPrevShape
	tShapeNext
	tPrevWordShape
	tShapeNextWord
	tCaps
	tGaz
	tGazPrev
	tGazNext
	tPrevSuffix
	tNextSuffix
	tDocCase
	tDocCaseShape
	tHist
	tHistShape
	// templates of the predicted tags of earlier tokens
	tTag1
	tTag12
	tTag1Lower
	tTag1Short
	tTag1Prev
)

// maxStatic bounds the static features of one token.
const maxStatic = 40 + int(numLists)*(numGazPos+2)

// A token holds the hashes of one token's parts.
type token struct {
	form, lower  uint64
	shape, short uint64
	prefix       [4]uint64
	suffix       [4]uint64
	flags        uint8
	caps         bool
	affixes      uint8 // number of prefixes (and of suffixes) present
}

// A sentence holds the features of one sentence while it is tagged.
type sentence struct {
	toks   []token
	lower  []uint64
	caps   []bool
	marks  []uint64
	keys   []uint64 // static feature keys, maxStatic per token
	counts []int    // number of static keys per token
	buf    []byte
	shape  [64]byte
}

// prepare computes the token hashes and static features of words, one
// sentence of the document that mem remembers.
func (s *sentence) prepare(g *gazetteer, mem *memory, words []string) {
	n := len(words)
	s.toks = resize(s.toks, n)
	s.lower = resize(s.lower, n)
	s.caps = resize(s.caps, n)
	s.marks = resize(s.marks, n)
	s.counts = resize(s.counts, n)
	s.keys = resize(s.keys, n*maxStatic)
	upper, alpha := 0, 0
	for i, w := range words {
		s.hashToken(&s.toks[i], normalize(w))
		s.lower[i] = s.toks[i].lower
		s.caps[i] = s.toks[i].caps
		if s.toks[i].flags&flagAlpha != 0 {
			alpha++
			if s.toks[i].flags&flagUpper != 0 {
				upper++
			}
		}
	}
	g.match(s.lower, s.caps, s.marks)
	// Headlines in capitals ("JAPAN GET LUCKY WIN") make capitalisation
	// uninformative; a sentence flag lets the model learn that.
	caps := uint64(0)
	if alpha >= 3 && upper*10 >= alpha*9 {
		caps = 1
	}
	for i := range n {
		s.counts[i] = s.static(i, caps)
		s.counts[i] = s.docFeatures(i, mem, s.counts[i])
	}
}

// resize returns a slice of length n, reusing b's memory when it can.
func resize[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n, n+n/2)
	}
	return b[:n]
}

// hashToken fills t with the hashes of word w.
func (s *sentence) hashToken(t *token, w string) {
	t.form = hashString(w)
	s.buf = lowerKey(s.buf[:0], w)
	t.lower = hashBytes(s.buf)
	long, short, flags := shapes(w, s.shape[:0])
	t.shape, t.short, t.flags = hashBytes(long), hashBytes(short), flags
	t.caps = isCapitalized(w)
	// Affixes count characters, not bytes.
	n := utf8.RuneCount(s.buf)
	t.affixes = 0
	for k := 1; k <= 4; k++ {
		if k > n {
			t.prefix[k-1], t.suffix[k-1] = 0, 0
			continue
		}
		t.affixes++
		t.prefix[k-1] = hashBytes(s.buf[:runeOffset(s.buf, k)])
		t.suffix[k-1] = hashBytes(s.buf[runeOffset(s.buf, n-k):])
	}
}

// runeOffset returns the byte offset of the k-th character of b.
func runeOffset(b []byte, k int) int {
	off := 0
	for ; k > 0 && off < len(b); k-- {
		_, size := utf8.DecodeRune(b[off:])
		off += size
	}
	return off
}

// The padding before and after a sentence.
var (
	startPad = token{form: 1, lower: 1, shape: 1, short: 1}
	endPad   = token{form: 2, lower: 2, shape: 2, short: 2}
)

// at returns token i, or padding beyond the sentence.
func (s *sentence) at(i int) *token {
	switch {
	case i < 0:
		return &startPad
	case i >= len(s.toks):
		return &endPad
	}
	return &s.toks[i]
}

// The roles a token plays in the static features that depend on one token
// alone: the token tagged, and each of its neighbours two either side.
const (
	asSelf = iota
	asPrev
	asNext
	asPrev2
	asNext2
	numRoles
)

// roleOffset is the position of the token in each role relative to the
// token tagged.
var roleOffset = [numRoles]int{asSelf: 0, asPrev: -1, asNext: 1, asPrev2: -2, asNext2: 2}

// maxRoleFeatures bounds the features of one token in one role.
const maxRoleFeatures = 6 + 2*4

// roleFeatures writes the keys of the features that token t gives in role
// r into k from f on, and returns the new f.
func roleFeatures(k []uint64, f int, t *token, r int) int {
	add := func(tmpl uint64, v uint64) {
		k[f] = mix(tmpl, v)
		f++
	}
	switch r {
	case asSelf:
		add(tBias, 0)
		add(tForm, t.form)
		add(tLower, t.lower)
		for j := range int(t.affixes) {
			add(tPrefix1+uint64(j), t.prefix[j])
			add(tSuffix1+uint64(j), t.suffix[j])
		}
		add(tShape, t.shape)
		add(tShort, t.short)
		add(tFlags, uint64(t.flags))
	case asPrev:
		add(tPrev1, t.lower)
		add(tPrevShort, t.short)
		add(tPrevSuffix, t.suffix[2])
	case asNext:
		add(tNext1, t.lower)
		add(tNextShort, t.short)
		add(tNextSuffix, t.suffix[2])
	case asPrev2:
		add(tPrev2, t.lower)
		add(tPrev2Short, t.short)
	case asNext2:
		add(tNext2, t.lower)
		add(tNext2Short, t.short)
	}
	return f
}

// roleKeys returns the number of keys, of token t's static features, that
// roleFeatures gives; static writes them first.
func roleKeys(t *token) int { return 6 + 2*int(t.affixes) + 3 + 3 + 2 + 2 }

// static writes the static feature keys of token i and returns their number.
func (s *sentence) static(i int, caps uint64) int {
	k := s.keys[i*maxStatic : (i+1)*maxStatic]
	f := 0
	for r := range numRoles {
		f = roleFeatures(k, f, s.at(i+roleOffset[r]), r)
	}
	t, p1, n1 := s.at(i), s.at(i-1), s.at(i+1)
	add := func(tmpl uint64, v uint64) {
		k[f] = mix(tmpl, v)
		f++
	}
	if i == 0 {
		add(tFirst, mix(t.short, uint64(t.flags)))
	}
	if i == len(s.toks)-1 {
		add(tLast, t.short)
	}
	add(tShapeTri, mix(mix(p1.short, t.short), n1.short))
	add(tPrevLower, mix(p1.lower, t.lower))
	add(tLowerNext, mix(t.lower, n1.lower))
	add(tPrevShape, mix(p1.short, t.short))
	add(tShapeNext, mix(t.short, n1.short))
	add(tPrevWordShape, mix(p1.lower, t.short))
	add(tShapeNextWord, mix(t.short, n1.lower))
	add(tCaps, mix(caps, t.short))
	f = s.gazFeatures(i, k, f)
	return f
}

// docFeatures writes the features of token i that come from the rest of
// the document, after the f features written before.
func (s *sentence) docFeatures(i int, mem *memory, f int) int {
	k := s.keys[i*maxStatic : (i+1)*maxStatic]
	t := &s.toks[i]
	c := uint64(mem.cases[t.lower])
	k[f] = mix(tDocCase, c)
	k[f+1] = mix(tDocCaseShape, mix(c, t.short))
	f += 2
	if label, ok := mem.history(t.lower); ok && t.caps {
		k[f] = mix(tHist, uint64(label))
		k[f+1] = mix(tHistShape, mix(uint64(label), t.short))
		f += 2
	}
	return f
}

// gazFeatures writes the word-list features of token i into k from f on.
func (s *sentence) gazFeatures(i int, k []uint64, f int) int {
	m := s.marks[i]
	for b := 0; m != 0; b++ {
		if m&1 != 0 {
			k[f] = mix(tGaz, uint64(b))
			f++
		}
		m >>= 1
	}
	if i > 0 {
		f = gazNeighbour(k, f, tGazPrev, s.marks[i-1])
	}
	if i+1 < len(s.marks) {
		f = gazNeighbour(k, f, tGazNext, s.marks[i+1])
	}
	return f
}

// gazNeighbour writes one feature per list that marks a neighbouring token.
func gazNeighbour(k []uint64, f int, tmpl uint64, m uint64) int {
	for l := range uint(numLists) {
		if m>>(l*numGazPos)&(1<<numGazPos-1) != 0 {
			k[f] = mix(tmpl, uint64(l))
			f++
		}
	}
	return f
}

// dynamic writes the keys of the features of token i that depend on the
// tags predicted for the two tokens before it, and returns them: the first
// prev1Keys depend on prev1 alone, the last on both.
func (s *sentence) dynamic(k *[5]uint64, i int, prev1, prev2 uint8) []uint64 {
	t, p := s.at(i), s.at(i-1)
	k[0] = mix(tTag1, uint64(prev1))
	k[1] = mix(tTag1Lower, mix(t.lower, uint64(prev1)))
	k[2] = mix(tTag1Short, mix(t.short, uint64(prev1)))
	k[3] = mix(tTag1Prev, mix(p.lower, uint64(prev1)))
	k[4] = mix(tTag12, uint64(prev1)<<8|uint64(prev2))
	return k[:]
}

// prev1Keys is the number of keys dynamic gives that depend on the tag
// before alone.
const prev1Keys = 4
