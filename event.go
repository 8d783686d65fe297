package herald

// A Modality says whether an event is reported as having happened.
type Modality string

// Modalities. Only Asserted events happened according to the text.
const (
	Asserted     Modality = "asserted"
	Planned      Modality = "planned"
	Hypothetical Modality = "hypothetical"
	Conditional  Modality = "conditional"
	Negated      Modality = "negated"
	// Reported events are told by someone the text quotes or cites ("X
	// said Y attacked Z"): the text asserts that they said so, not that it
	// happened. Event.Speaker says who.
	Reported Modality = "reported"
)

// An Event is one "who did what to whom" found in a sentence, coded in CAMEO
// and PLOVER.
type Event struct {
	ID         string      // "V1", "V2", …
	Sentence   int         // index into Document.Sentences
	CAMEO      string      // full CAMEO event code, e.g. "036"
	QuadClass  int         // 1 verbal cooperation … 4 material conflict
	Goldstein  float64     // Goldstein scale value of the CAMEO code
	PLOVER     string      // PLOVER event type, e.g. "CONSULT"
	Source     Participant // who acts
	Target     Participant // who is acted upon
	Trigger    Span        // the words that express the event
	Modality   Modality    //
	Speaker    string      // ID of the Entity whose quote or claim holds the event; "" when none or unknown
	Date       string      // ISO 8601 date of the event, when known
	Place      string      // ID of a Place, when known
	Confidence float64     // 0–1
}

// A Participant is the source or target of an event.
type Participant struct {
	Entity string // ID of an Entity; "" when the actor has no entity
	Actor  string // CAMEO actor code
	Span   Span   // the words that name the participant in the sentence
}

// A QuoteKind says how a quote reports speech.
type QuoteKind string

// Quote kinds.
const (
	Direct   QuoteKind = "direct"   // quoted words: he wrote, “This can be a historic meeting”
	Indirect QuoteKind = "indirect" // reported speech: Putin said that …
	Fragment QuoteKind = "fragment" // a quoted phrase inside a sentence: a “president of peace”
)

// A Quote is speech or writing attributed to a speaker.
type Quote struct {
	Span              // the content
	Kind    QuoteKind //
	Speaker string    // ID of an Entity; "" when no speaker was found
	// Cue is the reporting words ("wrote", "according to"); empty when
	// none. In an interrupted quote ("“We will,” he said, “prevail.”") it
	// lies inside the content span.
	Cue Span
	// Source is the words naming the speaker as written ("he", "a senior
	// Russian official involved in negotiations"), so that an anonymous
	// source is kept even when Speaker is ""; empty when none.
	Source Span
}

// A TimeType is the TimeML type of a temporal expression.
type TimeType string

// TimeML temporal expression types.
const (
	Date     TimeType = "DATE"
	Clock    TimeType = "TIME"
	Duration TimeType = "DURATION"
	Set      TimeType = "SET"
)

// A Time is a temporal expression with its normalised TimeML value.
type Time struct {
	Span
	Type  TimeType
	Value string // e.g. "2025-08-07", "2025-W33", "PT24H"
}

// A Place is a geolocated location with all its mentions.
type Place struct {
	ID       string // "P1", "P2", …
	Name     string
	Country  string // ISO 3166-1 alpha-3
	Admin1   string // first-level administrative division: the GeoNames admin1 code, e.g. "TX", "48"; "" when unknown
	Lat, Lon float64
	GeoNames int // GeoNames ID; 0 when unknown
	Mentions []Span
	// Reason says why this candidate was chosen among the places of that
	// name, e.g. "in a country the article names"; Score says how clearly
	// it won, from 0.5 (a tie) to 1 (no other candidate).
	Reason string
	Score  float64
}
