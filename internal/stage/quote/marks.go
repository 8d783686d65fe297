package quote

import (
	"unicode"
	"unicode/utf8"
)

// A quoted is a stretch of quoted text: the tokens between an opening
// quotation mark and its closing mark, possibly over several sentences and
// paragraphs.
type quoted struct {
	open  int // token of the opening mark
	close int // token of the closing mark; -1 when the quote is never closed
	from  int // first token of the content
	to    int // one past the last token of the content
}

// family returns the family of a mark: 1 for double marks, 2 for single
// curly ones, 0 for none.
func family(m mark) int {
	switch m {
	case mOpen, mClose, mStraight:
		return 1
	case mSingleOpen, mSingleClose:
		return 2
	}
	return 0
}

// segments pairs the quotation marks of the document. A paragraph that
// opens a quote without closing it continues into the next when that one
// opens with a mark of the same family, as news style has it; otherwise
// the quote ends with its paragraph. Marks of the other family inside a
// quote are nested quotes and part of its content.
func (a *analysis) segments() []quoted {
	var out []quoted
	open := -1
	fam := 0
	for i := range a.toks {
		m := a.info[i].mark
		if open >= 0 && a.para[i] != a.para[i-1] {
			if family(m) == fam && a.canOpen(i) {
				continue // the quote goes on in this paragraph
			}
			out = appendSegment(out, quoted{open: open, close: -1, from: a.after(open), to: i})
			open = -1
		}
		if m == mNone || a.info[i].tail {
			continue
		}
		if open < 0 {
			if a.canOpen(i) {
				open, fam = i, family(m)
			}
			continue
		}
		if family(m) != fam {
			continue
		}
		if a.canClose(i) {
			out = appendSegment(out, quoted{open: open, close: i, from: a.after(open), to: i})
			open = -1
		} else if m == mOpen || m == mSingleOpen {
			open = i // the earlier mark was never closed
		}
	}
	if open >= 0 {
		out = appendSegment(out, quoted{open: open, close: -1, from: a.after(open), to: len(a.toks)})
	}
	return out
}

// after returns the token after the mark at token i, which may be written
// with two tokens.
func (a *analysis) after(i int) int {
	if i+1 < len(a.info) && a.info[i+1].tail {
		return i + 2
	}
	return i + 1
}

// appendSegment appends s unless it has no content.
func appendSegment(out []quoted, s quoted) []quoted {
	if s.to <= s.from {
		return out
	}
	return append(out, s)
}

// canOpen reports whether the mark at token i can open a quote: a curly
// opening mark, or a straight one that touches the token after it and
// follows no letter, digit or closing punctuation.
func (a *analysis) canOpen(i int) bool {
	switch a.info[i].mark {
	case mOpen, mSingleOpen:
		return true
	case mStraight:
		t := a.toks[i]
		n := a.after(i)
		if n >= len(a.toks) || a.toks[n].Start != a.toks[n-1].End {
			return false
		}
		if t.Start == 0 {
			return true
		}
		switch a.text[t.Start-1] {
		case '.', ',', '!', '?', ';', ')', ']':
			return false
		}
		r, _ := utf8.DecodeLastRuneInString(a.text[:t.Start])
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}
	return false
}

// canClose reports whether the mark at token i can close a quote: a curly
// closing mark, or a straight one that touches the token before it.
func (a *analysis) canClose(i int) bool {
	switch a.info[i].mark {
	case mClose:
		return true
	case mSingleClose:
		// A lone ’ after a word is a closing quote only when no letter
		// follows: "voters’ choice" is a possessive, and that case is
		// rare enough inside a single-quoted phrase to accept.
		return i > 0 && a.toks[i-1].End == a.toks[i].Start
	case mStraight:
		return i > 0 && a.toks[i-1].End == a.toks[i].Start
	}
	return false
}
