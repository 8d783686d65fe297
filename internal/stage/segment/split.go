package segment

import (
	"strings"

	"github.com/heraldproject/herald"
)

// A splitter groups the tokens of a document into sentences, one region of
// the text at a time.
type splitter struct {
	text     string
	toks     []herald.Token
	sents    []herald.Sentence
	max      int   // longest sentence in bytes before it is cut
	cuts     []cut // sentences longer than max
	lo, hi   int   // the current region's tokens
	width    int   // line width of hard-wrapped text; 0 when line breaks end paragraphs
	quote    bool  // a straight double quote is open
	list     int   // value of the list label that began a recent sentence; 0 if none
	listKind byte  // '1' for numbers, 'a' for letters
}

// A term is a kind of sentence terminator.
type term uint8

const (
	tNone     term = iota
	tPeriod        // "." or four or more dots
	tBang          // ! ? and runs of them
	tHard          // 。！？: always ends a sentence
	tEllipsis      // "...", "…", ". . ."
	tAbbrev        // a word that kept its period: "Mr.", "U.S.", "F."
)

// region segments text[from:to] into sentences.
func (s *splitter) region(from, to int) {
	from, to = clamp(from, to, len(s.text))
	lo := len(s.toks)
	s.toks = Tokenize(s.text, from, to, s.toks)
	s.width = wrapWidth(s.text[from:to])
	s.quote, s.list = false, 0
	s.run(lo, len(s.toks))
}

// run splits the tokens [lo, hi) into sentences.
func (s *splitter) run(lo, hi int) {
	s.lo, s.hi = lo, hi
	if lo >= hi {
		return
	}
	start := lo
	s.begin(start)
	for k := lo; k < hi; k++ {
		if k > start {
			if b, ok := s.listBreak(k, start); ok {
				s.emit(start, b-1)
				start = b
				s.begin(start)
			}
		}
		s.track(k)
		end := -1
		if t, g := s.termAt(k); t != tNone {
			e := s.closers(g)
			if s.ends(t, k, e, start) {
				end = e
			} else {
				k = g // a spaced ellipsis is decided once, as a whole
			}
		}
		if end < 0 && k+1 < hi && s.lineBreak(k) {
			end = k
		}
		if end < 0 {
			continue
		}
		for q := k + 1; q <= end; q++ {
			s.track(q)
		}
		s.emit(start, end)
		start, k = end+1, end
		if start < hi {
			s.begin(start)
		}
	}
	if start < hi {
		s.emit(start, hi-1)
	}
}

// str returns the text of token k.
func (s *splitter) str(k int) string {
	return s.text[s.toks[k].Start:s.toks[k].End]
}

// adjacent reports whether token k+1 follows token k without a gap.
func (s *splitter) adjacent(k int) bool { return s.toks[k].End == s.toks[k+1].Start }

// termAt returns the kind of terminator token k is, and the last token of
// the terminator, which differs from k for a spaced ellipsis ". . .".
func (s *splitter) termAt(k int) (term, int) {
	tok := s.str(k)
	if kind := s.toks[k].Kind; kind == herald.Word || kind == herald.Number {
		if kind == herald.Word && len(tok) > 1 && tok[len(tok)-1] == '.' {
			return tAbbrev, k
		}
		return tNone, k
	}
	switch tok[0] {
	case '.':
		dots, g := len(tok), k
		for g+1 < s.hi && s.isDots(g+1) && s.spaced(g) {
			g++
			dots += s.toks[g].Len()
		}
		if dots == 2 || dots == 3 {
			return tEllipsis, g
		}
		return tPeriod, g
	case '!', '?':
		return tBang, k
	}
	switch _, cl, _ := next(tok, 0); cl {
	case clTermHard:
		return tHard, k
	case clTerm:
		return tBang, k
	case clEllipsis:
		return tEllipsis, k
	}
	return tNone, k
}

// isDots reports whether token k is a period or an ellipsis of periods.
func (s *splitter) isDots(k int) bool {
	return s.toks[k].Kind == herald.Punctuation && s.text[s.toks[k].Start] == '.'
}

// spaced reports whether token k+1 follows token k after at most one space.
func (s *splitter) spaced(k int) bool {
	g := s.toks[k+1].Start - s.toks[k].End
	return g == 0 || g == 1 && s.text[s.toks[k].End] == ' '
}

// closers extends a terminator that ends at token e over the closing quotes
// and brackets that follow it: `."`, `.”`, `.)`, `. "` in CoNLL text.
func (s *splitter) closers(e int) int {
	quote := s.quote
	for e+1 < s.hi && s.newlines(e) == 0 {
		n := e + 1
		tok := s.str(n)
		glued := s.adjacent(e)
		switch r, _, _ := next(tok, 0); {
		case r == '"':
			if !quote && (!glued || s.wordAfter(n)) {
				return e
			}
			quote = false
		case r == '\'' || r == '’':
			if !glued || s.wordAfter(n) || s.toks[n].Kind == herald.Word {
				return e
			}
		case isClosing(r):
		default:
			return e
		}
		e = n
	}
	return e
}

// wordAfter reports whether a word is glued to the end of token n.
func (s *splitter) wordAfter(n int) bool {
	return classAt(s.text, s.toks[n].End).isWord()
}

// ends reports whether the terminator of kind t at token k, extended to
// token e by its closers, ends the sentence that began at token start.
func (s *splitter) ends(t term, k, e, start int) bool {
	m := e + 1
	if m >= s.hi || t == tHard {
		return true
	}
	if nl := s.newlines(e); nl >= 2 || nl == 1 && s.width == 0 && !s.stands(t, k) {
		return true
	}
	cat, w := s.lead(m)
	switch t {
	case tBang:
		return cat != catLower && cat != catPunct && cat != catNone
	case tPeriod:
		if s.labelPeriod(k, start) {
			return false
		}
		return cat != catLower && cat != catPunct && cat != catNone
	case tEllipsis:
		return cat == catUpper && s.str(w) != "I" && starters[s.str(w)]
	}
	return s.abbrevEnds(k, start, cat, w)
}

// stands reports whether the terminator at k is an abbreviation that stands
// before what follows it, such as "Mr." or "No.", even across a line break.
func (s *splitter) stands(t term, k int) bool {
	if t != tAbbrev {
		return false
	}
	a := classifyAbbrev(s.str(k))
	return a == aTitle || a == aNumeric
}

// abbrevEnds reports whether the abbreviation at token k ends its sentence
// when what follows begins with cat, at token w.
func (s *splitter) abbrevEnds(k, start int, cat category, w int) bool {
	a := classifyAbbrev(s.str(k))
	if a == aTitle && s.street(k, start) {
		a = aEnd
	}
	if a == aTitle || a == aNumeric || a == aNever || cat != catUpper {
		return false
	}
	nextWord := s.str(w)
	switch a {
	case aEtc, aMonth:
		return true // news writes "Jan." only before a day: "Jan. 5"
	case aInitial:
		return s.lastLetter(k, start) && starters[nextWord]
	case aCountry:
		return starters[nextWord]
	case aTime:
		if k-start < 3 {
			return false // "At 5 a.m. Mr. Smith went …"
		}
	}
	return starters[nextWord] || isTitle(nextWord)
}

// street reports whether the "St." at token k follows a name, as in "Wall
// St.", and so names a street, not a saint.
func (s *splitter) street(k, start int) bool {
	if k == start || !strings.EqualFold(s.str(k), "st.") {
		return false
	}
	_, cl, _ := next(s.str(k-1), 0)
	return cl == clUpper
}

// lastLetter reports whether the single letter with a period at token k
// ends a sentence ("you and I.", "a grade of A.") rather than being an
// initial ("Albert I. Jones", "J. Smith", "; P. Such").
func (s *splitter) lastLetter(k, start int) bool {
	if k == start {
		return false
	}
	_, cl, _ := next(s.str(k-1), 0)
	return cl == clLower
}

// A cut records a sentence longer than the limit.
type cut struct {
	span   herald.Span
	pieces int // how many sentences it became
}

// emit appends the sentence of tokens [first, last], cut into pieces when
// it is longer than the limit.
func (s *splitter) emit(first, last int) {
	if first > last {
		return
	}
	whole := herald.Span{Start: s.toks[first].Start, End: s.toks[last].End}
	pieces := 0
	for first <= last {
		end := last
		if s.toks[last].End-s.toks[first].Start > s.max {
			end = s.cutPoint(first, last)
		}
		s.sents = append(s.sents, herald.Sentence{
			Span:       herald.Span{Start: s.toks[first].Start, End: s.toks[end].End},
			FirstToken: first,
			EndToken:   end + 1,
		})
		first = end + 1
		pieces++
	}
	if whole.Len() > s.max {
		s.cuts = append(s.cuts, cut{span: whole, pieces: pieces})
	}
}

// cutPoint returns the last token of the longest piece of at most s.max
// bytes that starts at token first; it is first when that token alone is
// longer.
func (s *splitter) cutPoint(first, last int) int {
	limit := s.toks[first].Start + s.max
	end := first
	for c := first + 1; c < last && s.toks[c].End <= limit; c++ {
		end = c
	}
	return end
}
