package segment

import (
	"strings"
	"unicode/utf8"

	"github.com/heraldproject/herald"
)

// A wordState is what the scanner knows about the word it is reading.
type wordState struct {
	start   int  // offset of the word
	seg     int  // offset of the part after the last inner period
	piece   int  // offset of the part after the last inner hyphen
	letters bool // the word has letters, so it is not a number
	dotted  bool // the word has an inner period: "U.S", "3.5", "a.m"
}

// kind returns the token kind of the word read so far.
func (w *wordState) kind() herald.TokenKind {
	if w.letters {
		return herald.Word
	}
	return herald.Number
}

// reset starts a new word at i.
func (w *wordState) reset(i int) { *w = wordState{start: i, seg: i, piece: i} }

// A step says how the scanner goes on after a character inside a word.
type step uint8

const (
	stepJoin step = iota // the character joins the word; go on
	stepStop             // the word ends before the character
	stepDone             // the tokens are added; scanning resumes after them
)

// word scans the word or number that starts at i, which may also be a URL,
// an e-mail address, a handle or a hashtag, appends its tokens and returns
// the offset after them.
func (s *scanner) word(i int) int {
	t := s.t
	var w wordState
	w.reset(i)
	j := i
	if t[i] == '@' || t[i] == '#' || t[i] == '.' {
		j++ // "@Reuters", "#Ukraine", ".556"
	}
	for j < len(t) {
		// The common case first: ASCII letters and digits.
		if c := t[j]; c < utf8.RuneSelf && asciiClass[c] <= clDigit {
			w.letters = w.letters || asciiClass[c] != clDigit
			j++
			continue
		}
		r, cl, size := next(t, j)
		if cl.isWord() {
			w.letters = w.letters || cl != clDigit
			j += size
			continue
		}
		st, nj := s.join(&w, j, r, cl, size)
		switch st {
		case stepDone:
			return nj
		case stepJoin:
			j = nj
			continue
		}
		break
	}
	if j < len(t) && t[j] == '.' && s.keepsPeriod(&w, j) {
		j++
	}
	if j > w.start {
		s.add(w.start, j, w.kind())
	}
	return j
}

// join decides whether the character r of class cl at j, inside a word,
// joins the word.
func (s *scanner) join(w *wordState, j int, r rune, cl class, size int) (step, int) {
	t := s.t
	switch {
	case cl == clPeriod:
		if strings.EqualFold(t[w.start:j], "www") && classAt(t, j+1).isWord() {
			return stepDone, s.url(w.start)
		}
		if s.innerPeriod(w, j) {
			w.dotted = true
			w.seg = j + 1
			return stepJoin, j + 1
		}
	case r == ',':
		if isDigitByte(t[j-1]) && thousands(t, j+1) {
			return stepJoin, j + 1
		}
	case r == ':' || r == '/':
		if r == ':' && strings.HasPrefix(t[j+1:], "//") && isScheme(t[w.start:j]) {
			return stepDone, s.url(w.start)
		}
		if isDigitByte(t[j-1]) && j+1 < len(t) && isDigitByte(t[j+1]) {
			return stepJoin, j + 1 // "10:30", "24/7"
		}
	case r == '@':
		if end := emailEnd(t, j); end > 0 {
			s.add(w.start, end, herald.Word)
			return stepDone, end
		}
	case cl == clApos:
		return s.apostrophe(w, j, size)
	case cl == clHyphen:
		return s.hyphen(w, j, size)
	case r == '&' || r == '_':
		if j+1 < len(t) && isASCIILetter(t[j-1]) && isASCIILetter(t[j+1]) &&
			(r == '_' || t[j-1] <= 'Z' && t[j+1] <= 'Z') {
			return stepJoin, j + 1 // "AT&T", "S&P", "snake_case"
		}
	case r == '°' || r == 'º':
		if t[w.start:j] == "N" {
			return stepJoin, j + size // "N°"
		}
	}
	return stepStop, j
}

// innerPeriod reports whether the period at j joins the parts of a word
// around it: "U.S", "3.5", "a.m", "example.com", "Jane.Doe@…", but not
// "world.Today" where a space is missing between sentences.
func (s *scanner) innerPeriod(w *wordState, j int) bool {
	t := s.t
	if j+1 >= len(t) {
		return false
	}
	_, ncl, _ := next(t, j+1)
	if !ncl.isWord() {
		return false
	}
	prev := t[w.seg:j]
	switch {
	case ncl == clDigit && allDigits(prev):
		return true // 3.5, 1026.253.553
	case oneRune(prev) && !isDigitByte(prev[0]):
		return true // U.S, a.m, J.R.R
	case ncl == clLower || ncl == clDigit || ncl == clLetter:
		return true // example.com, v1.2
	}
	return emailAhead(t, j)
}

// keepsPeriod reports whether the word w, followed by a period at j, keeps
// the period as an abbreviation or an initial.
func (s *scanner) keepsPeriod(w *wordState, j int) bool {
	t := s.t
	if !w.letters || (j+1 < len(t) && t[j+1] == '.') {
		return false // a number, or an ellipsis follows
	}
	if w.dotted {
		last := t[w.seg:j]
		if oneRune(last) && !isDigitByte(last[0]) {
			return true // U.S., a.m., J.R.R., Ph.D.
		}
	}
	word := t[w.start:j]
	switch lookupAbbrev(word) {
	case aNone:
		return !w.dotted && oneRune(word) // an initial: "F.", "p."
	case aNumeric:
		return numberFollows(t, j+1)
	}
	return true
}

// apostrophe handles an apostrophe at j inside a word: it splits off the
// clitics of "Russia's", "they're", "don't", and keeps "O'Brien" whole.
func (s *scanner) apostrophe(w *wordState, j, size int) (step, int) {
	t := s.t
	k := j + size
	if cl := classAt(t, k); cl != clUpper && cl != clLower && cl != clLetter {
		return stepStop, j
	}
	if end := clitic(t, k); end > 0 {
		if j > w.start {
			s.add(w.start, j, w.kind())
		}
		s.add(j, end, herald.Word)
		return stepDone, end
	}
	if (t[k] == 't' || t[k] == 'T') && !classAt(t, k+1).isWord() &&
		j-1 > w.start && (t[j-1] == 'n' || t[j-1] == 'N') {
		s.add(w.start, j-1, w.kind())
		s.add(j-1, k+1, herald.Word) // "n't"
		return stepDone, k + 1
	}
	return stepJoin, k
}

// hyphen handles a hyphen at j inside a word: "ground-breaking", "24-hour"
// and "so-called" stay whole; "Trump-Putin" and "US-Russia", where both
// sides are capitalised, become three tokens.
func (s *scanner) hyphen(w *wordState, j, size int) (step, int) {
	t := s.t
	k := j + size
	if k >= len(t) {
		return stepStop, j
	}
	_, ncl, _ := next(t, k)
	if !ncl.isWord() {
		return stepStop, j
	}
	if _, pcl, _ := next(t, w.piece); pcl == clUpper && ncl == clUpper {
		s.add(w.start, j, w.kind())
		s.add(j, k, herald.Punctuation)
		w.reset(k)
		return stepJoin, k
	}
	w.piece, w.seg = k, k
	return stepJoin, k
}

// url scans a web address that starts at start and returns its end, which
// leaves out trailing punctuation and an unbalanced closing bracket.
func (s *scanner) url(start int) int {
	t := s.t
	j := start
	for j < len(t) {
		r, cl, size := next(t, j)
		if cl == clSpace || cl == clNewline || r == '"' || r == '<' || r == '>' ||
			(r >= 0x80 && cl != clUpper && cl != clLower && cl != clLetter && cl != clDigit) {
			break
		}
		j += size
	}
	for j > start {
		c := t[j-1]
		if c == ')' && strings.Count(t[start:j], "(") >= strings.Count(t[start:j], ")") {
			break
		}
		if !strings.ContainsRune(".,;:!?')]}*", rune(c)) {
			break
		}
		j--
	}
	s.add(start, j, herald.Word)
	return j
}

// isScheme reports whether w names a URL scheme.
func isScheme(w string) bool {
	switch strings.ToLower(w) {
	case "http", "https", "ftp", "ftps", "sftp", "file", "ws", "wss":
		return true
	}
	return false
}

// emailEnd returns the end of the domain of an e-mail address whose "@" is
// at at, or 0 when what follows is not a domain with a dot.
func emailEnd(t string, at int) int {
	j, end, dot := at+1, 0, false
	for j < len(t) {
		c := t[j]
		switch {
		case isASCIILetter(c) || isDigitByte(c):
			j++
			end = j
		case (c == '.' || c == '-') && j+1 < len(t) && (isASCIILetter(t[j+1]) || isDigitByte(t[j+1])) && end == j:
			dot = dot || c == '.'
			j++
		default:
			j = len(t)
		}
	}
	if !dot {
		return 0
	}
	return end
}

// emailAhead reports whether an "@" follows i before the next space, so
// that the word at i is the local part of an e-mail address.
func emailAhead(t string, i int) bool {
	for j := i; j < len(t) && j < i+64; j++ {
		switch c := t[j]; {
		case c == '@':
			return true
		case c <= ' ':
			return false
		}
	}
	return false
}

// thousands reports whether three digits and then no digit follow i.
func thousands(t string, i int) bool {
	return i+3 <= len(t) && isDigitByte(t[i]) && isDigitByte(t[i+1]) && isDigitByte(t[i+2]) &&
		(i+3 == len(t) || !isDigitByte(t[i+3]))
}

// numberFollows reports whether a number (or "#") follows i after spaces.
func numberFollows(t string, i int) bool {
	for i < len(t) && t[i] == ' ' {
		i++
	}
	return i < len(t) && (isDigitByte(t[i]) || t[i] == '#')
}

// allDigits reports whether s is a non-empty run of ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return len(s) > 0
}
