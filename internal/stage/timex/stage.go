package timex

import (
	"context"
	"time"

	"github.com/heraldproject/herald"
)

// Stage finds and normalises the time expressions of a document. It holds
// no state and is safe for concurrent use.
type Stage struct{}

var _ herald.Stage = (*Stage)(nil)

// New returns the time expression stage.
func New() *Stage { return &Stage{} }

// Name returns "timex".
func (*Stage) Name() string { return "timex" }

// checkEvery is how many units are processed between checks of the
// context.
const checkEvery = 64

// Process appends the document's time expressions to doc.Times in text
// order, one per expression, each with its TimeML type and value. It reads
// the text within doc.Sentences, or the whole text when there are none.
// An expression whose value needs a date the document lacks gets an empty
// value and a diagnostic.
func (*Stage) Process(ctx context.Context, doc *herald.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	text := doc.Text
	p := parser{text: text, lower: asciiLower(text)}
	dct, ok := doc.Date()
	r := newResolver(dct, ok)
	units := 0
	visit := func(start, end int) error {
		if units++; units%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		p.toks = scan(text, p.lower, start, end, p.toks[:0])
		p.markCues()
		p.title = p.titleCase()
		p.unit(doc, r)
		return nil
	}
	if len(doc.Sentences) == 0 {
		return paragraphs(text, 0, len(text), visit)
	}
	last := 0
	for _, s := range doc.Sentences {
		start, end := max(s.Start, last), min(s.End, len(text))
		if start >= end {
			continue
		}
		if err := paragraphs(text, start, end, visit); err != nil {
			return err
		}
		last = end
	}
	return nil
}

// unit records the expressions of the unit whose tokens the parser holds.
func (p *parser) unit(doc *herald.Document, r *resolver) {
	prevEnd := -10
	for i := 0; i < len(p.toks); {
		m, ok := p.next(i)
		if !ok {
			return
		}
		r.adj = r.hasRef && r.refU == uDay && m.x.kind == kClock && p.sameSentence(prevEnd, m.first)
		r.hasAhead = false
		if m.x.kind == kClock && !r.adj {
			r.ahead, r.hasAhead = p.dayAhead(m, r)
		}
		p.record(doc, r, m)
		if second, ok := p.nextDay(m); ok {
			m = second
			p.record(doc, r, m)
		}
		prevEnd, i = m.end, m.end
	}
}

// record adds the time of mention m to doc, or a diagnostic when it has no
// value.
func (p *parser) record(doc *herald.Document, r *resolver, m mention) {
	span := herald.Span{Start: p.toks[m.first].start, End: p.toks[m.end-1].end}
	v, why := r.resolve(m.x, p.tenseOf(m))
	doc.Times = append(doc.Times, herald.Time{Span: span, Type: m.x.typ, Value: v})
	if why != "" {
		doc.Diagnose(herald.Info, "timex", span, why)
	}
}

// nextDay reads a second day of the month after date mention m, joined by
// "and" or "or" and ending the clause: "on April 24 and 25."
func (p *parser) nextDay(m mention) (mention, bool) {
	if m.x.kind != kDate || m.x.d == 0 || m.x.typ != herald.Date || !p.is(m.end, "and") && !p.is(m.end, "or") {
		return mention{}, false
	}
	k := m.end + 1
	d, digits, ok := p.number(k)
	if !ok || digits > 2 || !validDate(2000, m.x.m, d) || d <= m.x.d {
		return mention{}, false
	}
	if k+1 < len(p.toks) && p.toks[k+1].kind != tPunct {
		return mention{}, false // "April 24 and 25 people"
	}
	x := m.x
	x.d = d
	return mention{first: k, end: k + 1, x: x}, true
}

// paragraphs calls visit for each paragraph of text[start:end]: the runs
// of text between blank lines, which no expression spans.
func paragraphs(text string, start, end int, visit func(start, end int) error) error {
	from := start
	for i := start; i < end; i++ {
		if text[i] != '\n' {
			continue
		}
		j := i + 1
		for j < end && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j < end && text[j] == '\n' {
			if err := visit(from, i); err != nil {
				return err
			}
			from = j
			i = j
		}
	}
	return visit(from, end)
}

// tenseOf returns the tense that directs the value of mention m.
func (p *parser) tenseOf(m mention) int8 {
	tense := p.tense(m.first, m.end)
	switch {
	case p.punct(m.end, '\'') && p.is(m.end+1, "s"):
		tense = tenseNone // "Wednesday's ruling": the verbs are not about it
	case (p.is(m.first-1, "until") || p.is(m.first-1, "till")) && m.first > 1 && p.toks[m.first-2].kind == tWord:
		// A deadline, which even past narrative sets ahead:
		// "postponed until Tuesday", "gave them until 9 a.m. Tuesday";
		// but not "Until Thursday, they had not called him".
		tense = tenseFuture
	case tense == tenseNone && (p.is(m.first-1, "by") || p.is(m.first-1, "until") || p.is(m.first-1, "till")):
		tense = tenseFuture // a deadline: "by Friday", "until January"
	}
	return tense
}

// dayAhead returns the day of a date that follows time of day m after
// nothing but a comma or a parenthesis, which gives the day of the time:
// "10:35 a.m. (0735 GMT) Friday", "4 in the morning (4 a.m. Thursday)".
func (p *parser) dayAhead(m mention, r *resolver) (time.Time, bool) {
	depth := 0
	for i := m.end; i < len(p.toks) && i < m.end+clockReach; i++ {
		t := &p.toks[i]
		switch {
		case t.kind == tPunct && t.ch == '(':
			depth++
			continue
		case t.kind == tPunct && t.ch == ')':
			depth--
			continue
		case depth > 0:
			if p.boundary(i) {
				return time.Time{}, false
			}
			if !p.startsExpr(i) {
				continue
			}
		case t.kind == tPunct && (t.ch == ',' || t.ch == '.' && !p.boundary(i)):
			continue // "10:35 a.m., Friday"
		}
		n, ok := p.match(i)
		if !ok || n.x.kind != kWeekday && n.x.kind != kDate {
			if depth > 0 {
				if ok {
					i = n.end - 1 // "(0735 GMT)": the same time elsewhere
				}
				continue
			}
			return time.Time{}, false
		}
		rr := *r
		rr.hasAhead = false
		v, why := rr.resolve(n.x, p.tenseOf(n))
		if why != "" || len(v) < 10 {
			return time.Time{}, false
		}
		d, g, ok := parseValue(v[:10])
		return d, ok && g == uDay
	}
	return time.Time{}, false
}
