package event

import (
	"context"
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/stage/event/pattern"
)

//go:embed patterns.txt
var defaults string

// Defaults returns the text of herald's default pattern file.
func Defaults() string { return defaults }

// A Source is a pattern file: its name, used in errors, and its text.
type Source struct {
	Name string
	Text string
}

// Options configure a Stage. The zero value uses the default patterns.
type Options struct {
	// Patterns are pattern files to use besides the defaults. A file's
	// patterns are tried after the defaults where both match equally well.
	Patterns []Source
	// NoDefaults leaves the default patterns out.
	NoDefaults bool
}

// Stage finds events in a document's sentences. Its patterns are loaded
// once, by Load or by the first Process; after that it is read-only and
// safe for concurrent use.
type Stage struct {
	opts Options
	once sync.Once
	m    *matcher
	err  error
}

var (
	_ herald.Stage  = (*Stage)(nil)
	_ herald.Loader = (*Stage)(nil)
)

// New returns an event stage with the default patterns.
func New() *Stage { return NewWith(Options{}) }

// NewWith returns an event stage configured by opts.
func NewWith(opts Options) *Stage { return &Stage{opts: opts} }

// Name returns "event".
func (*Stage) Name() string { return "event" }

// Load parses and compiles the patterns. A malformed pattern file is an
// error that lists every bad line with its number.
func (s *Stage) Load(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.once.Do(func() { s.m, s.err = load(s.opts) })
	return s.err
}

// load parses the pattern files of opts.
func load(opts Options) (*matcher, error) {
	var srcs []Source
	if !opts.NoDefaults {
		srcs = append(srcs, Source{Name: "patterns.txt", Text: defaults})
	}
	srcs = append(srcs, opts.Patterns...)
	sets := make([]*pattern.Set, 0, len(srcs))
	for _, src := range srcs {
		set, err := pattern.Parse(src.Name, src.Text)
		if err != nil {
			return nil, fmt.Errorf("load event patterns: %w", err)
		}
		sets = append(sets, set)
	}
	return compile(sets...), nil
}

// checkEvery is how many sentences are processed between checks of the
// context.
const checkEvery = 64

// Process appends the events of every sentence to doc.Events, numbering
// them after any already there. It reads doc.Sentences, doc.Tokens and
// doc.Entities, and doc.Times and doc.Places for the date and place of an
// event. A document without entities has no events.
func (s *Stage) Process(ctx context.Context, doc *herald.Document) error {
	if err := s.Load(ctx); err != nil {
		return err
	}
	ments := docMentions(doc)
	if len(ments) == 0 {
		return nil
	}
	for si := range doc.Sentences {
		if si%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		sent := newSentence(doc, si, ments)
		if len(sent.mentions) == 0 {
			continue
		}
		for _, f := range s.m.find(sent) {
			for _, g := range sent.coordinate(f) {
				doc.Events = append(doc.Events, event(doc, sent, &g, len(doc.Events)+1))
			}
		}
	}
	return nil
}

// event makes the herald.Event of a match.
func event(doc *herald.Document, s *sentence, f *found, n int) herald.Event {
	code := f.rule.code
	switch f.modality {
	case herald.Planned, herald.Hypothetical, herald.Conditional:
		code = f.rule.planned
	}
	trig := s.toks[f.trig].Span
	src, tgt := participant(doc, s, f.src), participant(doc, s, f.tgt)
	for _, p := range []*herald.Participant{&src, &tgt} {
		if p.Actor == "" && p.Entity != "" {
			// a town the actor stage did not code: "Russia shelled
			// Kharkiv" is against Ukraine
			p.Actor = placeCountryAt(doc, p.Span)
		}
	}
	at := place(doc, s, trig)
	if src.Entity == "" && src.Actor != "" && tgt.Actor == "" && tgt.Entity == "" && f.rule.code.QuadClass >= 3 {
		// "rebels in the Ivory Coast dismissed an appeal": a conflict of
		// a domestic group with no named target, as for a place below
		tgt.Actor = src.Actor
	}
	if src.Actor == "" {
		// An uncoded or missing source ("protesters", "prisoners") of an
		// event at a place is taken for a domestic actor of the place's
		// country: "Prisoners rioted at a jail in Dili" is East Timor's.
		if c := placeCountry(doc, at); c != "" {
			src.Actor = c
			if tgt.Actor == "" && f.rule.code.QuadClass >= 3 {
				// and a conflict there with no named target, with the
				// country: domestic protest or repression
				tgt.Actor = c
			}
		}
	}
	if nominal(s, f.tgt) && tgt.Actor == "" && len(src.Actor) >= 3 && !strings.HasPrefix(src.Actor, "IGO") && !strings.HasPrefix(src.Actor, "NGO") {
		// A party that the actor stage cannot code ("Shona rebels", "the
		// opposition") is taken for a domestic one of the other party's
		// country.
		tgt.Actor = src.Actor[:3]
	} else if nominal(s, f.src) && src.Actor == "" && len(tgt.Actor) >= 3 && !strings.HasPrefix(tgt.Actor, "IGO") && !strings.HasPrefix(tgt.Actor, "NGO") {
		src.Actor = tgt.Actor[:3]
	}
	if tgt.Actor == "" && tgt.Entity == "" && len(src.Actor) >= 3 && strings.HasPrefix(code.Code, "14") {
		// A protest with no named target is one against the source's own
		// country: "Algerian landowners began a hunger strike".
		tgt.Actor = src.Actor[:3]
	}
	modality, speaker := reported(doc, trig, f.modality)
	return herald.Event{
		ID:         fmt.Sprintf("V%d", n),
		Sentence:   s.index,
		CAMEO:      code.Code,
		QuadClass:  code.QuadClass,
		Goldstein:  code.Goldstein,
		PLOVER:     code.PLOVER,
		Source:     src,
		Target:     tgt,
		Trigger:    trig,
		Modality:   modality,
		Speaker:    speaker,
		Date:       date(doc, s, trig),
		Place:      at,
		Confidence: f.confidence,
	}
}

// participant describes mention mi of the sentence; the zero Participant
// when mi is -1.
func participant(doc *herald.Document, s *sentence, mi int) herald.Participant {
	if mi < 0 {
		return herald.Participant{}
	}
	m := s.mentions[mi]
	if m.entity < 0 {
		// a generic actor noun, "protesters", perhaps of a country it
		// is in or an organisation it belongs to
		return herald.Participant{Span: m.span, Actor: affiliation(doc, s, m.end)}
	}
	e := doc.Entities[m.entity]
	actor := e.Actor
	if actor == "" && m.kind == herald.NominalMention {
		actor = affiliation(doc, s, m.end) // "militants in Azerbaijan"
	}
	return herald.Participant{Entity: e.ID, Actor: actor, Span: m.span}
}

// affiliation returns the actor code that a generic actor noun takes from
// what follows it at token i, or "": a group of people "in Serbia" is
// Serbia's, and workers "affiliated with" or fighters "loyal to" an
// organisation are that organisation's.
func affiliation(doc *herald.Document, s *sentence, i int) string {
	country := true
	switch {
	case s.is(i, "in"):
		i++
	case s.is(i, "affiliated", "loyal", "allied", "linked") && s.is(i+1, "to", "with"):
		i, country = i+2, false
	default:
		return ""
	}
	if s.is(i, "the") {
		i++
	}
	if i >= len(s.toks) || s.starts[i] < 0 {
		return ""
	}
	m := s.mentions[s.starts[i]]
	if m.entity < 0 || m.kind != herald.NameMention {
		return ""
	}
	if a := doc.Entities[m.entity].Actor; len(a) == 3 || !country {
		return a
	}
	return ""
}

// placeCountry returns the country code of place id, or "".
func placeCountry(doc *herald.Document, id string) string {
	if id == "" {
		return ""
	}
	for i := range doc.Places {
		if doc.Places[i].ID == id {
			return doc.Places[i].Country
		}
	}
	return ""
}

// placeCountryAt returns the country of the place that has a mention at
// span sp, or "".
func placeCountryAt(doc *herald.Document, sp herald.Span) string {
	for i := range doc.Places {
		for _, m := range doc.Places[i].Mentions {
			if m == sp {
				return doc.Places[i].Country
			}
		}
	}
	return ""
}

// nominal reports whether mention mi of the sentence is a common noun
// phrase ("Shona rebels", "protesters"), not a name or a pronoun.
func nominal(s *sentence, mi int) bool {
	return mi >= 0 && s.mentions[mi].kind == herald.NominalMention
}
