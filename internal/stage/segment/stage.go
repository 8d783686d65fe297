package segment

import (
	"context"
	"fmt"
	"unicode/utf8"

	"github.com/heraldproject/herald"
)

// DefaultMaxSentence is the longest sentence, in bytes, that Options
// allows when MaxSentence is zero.
const DefaultMaxSentence = 2000

// Options configure a Stage. The zero value is ready to use.
type Options struct {
	// MaxSentence is the longest sentence in bytes. A longer one, usually
	// a table or a list without punctuation, is cut at token boundaries
	// into pieces no longer than this, and the cut is reported as a
	// warning on the document. Zero means DefaultMaxSentence.
	MaxSentence int
}

// Stage is the segmentation stage. It is safe for concurrent use.
type Stage struct {
	max int
}

var _ herald.Stage = (*Stage)(nil)

// New returns a segmentation stage configured by opts.
func New(opts Options) *Stage {
	m := opts.MaxSentence
	if m <= 0 {
		m = DefaultMaxSentence
	}
	return &Stage{max: m}
}

// Name returns "segment".
func (*Stage) Name() string { return "segment" }

// Process replaces doc.Tokens and doc.Sentences with those of doc.Text.
// The headline, when doc.Headline is set, is sentence 0; the body starts
// after doc.Dateline, which belongs to no sentence. A headline or dateline
// span that does not fit the text is ignored with a warning, and so is a
// sentence longer than the limit, which is cut. It returns an error only
// when ctx is done before the work is.
func (s *Stage) Process(ctx context.Context, doc *herald.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	text := doc.Text
	sp := &splitter{text: text, max: s.max, toks: doc.Tokens[:0], sents: doc.Sentences[:0]}
	if n := len(text)/5 + 16; cap(sp.toks) < n {
		sp.toks = make([]herald.Token, 0, n)
	}
	pos := 0
	if h, ok := checkSpan(doc, doc.Headline, "headline"); ok {
		sp.headline(h)
		pos = h.End
	}
	if d, ok := checkSpan(doc, doc.Dateline.Span, "dateline"); ok && d.End > pos {
		if d.Start > pos {
			sp.region(pos, d.Start)
		}
		pos = d.End
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	sp.region(pos, len(text))
	doc.Tokens, doc.Sentences = sp.toks, sp.sents
	for _, c := range sp.cuts {
		msg := fmt.Sprintf("cut a sentence of %d bytes into %d pieces at the limit of %d bytes",
			c.span.Len(), c.pieces, s.max)
		if c.pieces == 1 {
			msg = fmt.Sprintf("kept a sentence of %d bytes, one token longer than the limit of %d bytes",
				c.span.Len(), s.max)
		}
		doc.Diagnose(herald.Warning, s.Name(), c.span, msg)
	}
	return nil
}

// Segment appends the sentences and tokens of text[from:] to sents and
// toks and returns the extended slices, with the default options. Each
// sentence's FirstToken and EndToken index the returned token slice.
// Sentences longer than DefaultMaxSentence are cut without notice.
func Segment(text string, from int, sents []herald.Sentence, toks []herald.Token) ([]herald.Sentence, []herald.Token) {
	sp := &splitter{text: text, max: DefaultMaxSentence, toks: toks, sents: sents}
	sp.region(from, len(text))
	return sp.sents, sp.toks
}

// headline appends the headline h as one sentence.
func (s *splitter) headline(h herald.Span) {
	lo := len(s.toks)
	s.toks = Tokenize(s.text, h.Start, h.End, s.toks)
	if len(s.toks) == lo {
		return
	}
	s.sents = append(s.sents, herald.Sentence{
		Span:       herald.Span{Start: s.toks[lo].Start, End: s.toks[len(s.toks)-1].End},
		FirstToken: lo,
		EndToken:   len(s.toks),
		Headline:   true,
	})
}

// checkSpan reports whether sp, the document's headline or dateline, is a
// usable span of its text; one that is set but out of range or not on
// character boundaries is reported as a warning and ignored.
func checkSpan(doc *herald.Document, sp herald.Span, what string) (herald.Span, bool) {
	if sp.Empty() {
		return sp, false
	}
	t := doc.Text
	if sp.Start < 0 || sp.End > len(t) ||
		sp.Start < len(t) && !utf8.RuneStart(t[sp.Start]) || sp.End < len(t) && !utf8.RuneStart(t[sp.End]) {
		doc.Diagnose(herald.Warning, "segment", herald.Span{},
			fmt.Sprintf("ignored %s span %d-%d: not on character boundaries of the text of %d bytes",
				what, sp.Start, sp.End, len(t)))
		return sp, false
	}
	return sp, true
}
