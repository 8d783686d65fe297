package segment

// begin notes the start of a sentence at token k: a paragraph break
// forgets open quotes and lists, and a list label ("1.", "2)", "b.")
// starts or continues a list.
func (s *splitter) begin(k int) {
	if k > s.lo {
		switch nl := s.newlines(k - 1); {
		case nl >= 2:
			s.quote, s.list = false, 0
		case nl == 1 && s.width == 0:
			s.quote = false
		}
	}
	b := k
	if s.isBullet(k) && k+1 < s.hi {
		b = k + 1
	}
	if v, kind, ok := s.label(b); ok {
		s.list, s.listKind = v, kind
	}
}

// listBreak reports whether the item of a list that continues the list of
// an earlier sentence begins at token k, and returns the token where the
// new sentence starts: "1) The first item 2) The second item".
func (s *splitter) listBreak(k, start int) (int, bool) {
	if s.list == 0 {
		return 0, false
	}
	v, kind, ok := s.label(k)
	if !ok || kind != s.listKind || v != s.list+1 {
		return 0, false
	}
	if k-1 > start && s.isBullet(k-1) {
		return k - 1, true
	}
	return k, true
}

// label reads a list label at token k, a number of up to three digits
// followed by "." or ")" or ".)", or a lower-case letter followed by "." or
// ")", then a space and a capitalised word. It returns the label's value
// (1 for "a") and kind.
func (s *splitter) label(k int) (int, byte, bool) {
	if k >= s.hi || k > s.lo && s.adjacent(k-1) && !s.isBullet(k-1) {
		return 0, 0, false
	}
	tok := s.str(k)
	var v int
	var kind byte
	m := k + 1
	switch {
	case len(tok) <= 3 && allDigits(tok):
		for _, c := range []byte(tok) {
			v = v*10 + int(c-'0')
		}
		kind = '1'
		m = s.labelEnd(k, true)
	case len(tok) == 2 && tok[1] == '.' && tok[0] >= 'a' && tok[0] <= 'z':
		v, kind = int(tok[0]-'a'+1), 'a'
	case len(tok) == 1 && tok[0] >= 'a' && tok[0] <= 'z':
		v, kind = int(tok[0]-'a'+1), 'a'
		m = s.labelEnd(k, false)
	default:
		return 0, 0, false
	}
	if m <= k || m >= s.hi || s.adjacent(m-1) {
		return 0, 0, false
	}
	if cat, _ := s.lead(m); cat != catUpper {
		return 0, 0, false
	}
	return v, kind, true
}

// labelEnd returns the token after the "." or ")" or ".)" glued to the
// label at token k, or k when there is none. A period is allowed only after
// a number.
func (s *splitter) labelEnd(k int, period bool) int {
	m := k + 1
	if m >= s.hi || !s.adjacent(k) {
		return k
	}
	switch s.str(m) {
	case ".":
		if !period {
			return k
		}
		m++
		if m < s.hi && s.str(m) == ")" && s.adjacent(m-1) {
			m++
		}
	case ")":
		m++
	default:
		return k
	}
	return m
}

// labelPeriod reports whether the period at token k follows a number that
// labels the list item the sentence begins with: "1. The first item".
func (s *splitter) labelPeriod(k, start int) bool {
	p := k - 1
	if p < start || p > start && !(p-1 == start && s.isBullet(start)) {
		return false
	}
	tok := s.str(p)
	return len(tok) <= 3 && allDigits(tok) && s.adjacent(p)
}

// isBullet reports whether token k is a bullet that marks a list item.
func (s *splitter) isBullet(k int) bool {
	tok := s.str(k)
	r, _, size := next(tok, 0)
	return size == len(tok) && isBullet(r)
}
