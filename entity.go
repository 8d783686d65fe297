package herald

// An EntityType is the kind of thing an entity is.
type EntityType string

// Entity types, following the OntoNotes names used across news NLP.
const (
	Person       EntityType = "PERSON" // a named or unnamed person
	Organization EntityType = "ORG"    // companies, agencies, parties, international organisations
	GPE          EntityType = "GPE"    // countries, cities and regions acting as political actors
	Location     EntityType = "LOC"    // non-political places: rivers, mountains, seas
	NORP         EntityType = "NORP"   // nationalities and political or religious groups
	Misc         EntityType = "MISC"   // other names: events, products, works
)

// An Entity is one real-world participant in an article with all the
// mentions that refer to it.
type Entity struct {
	ID       string     // "E1", "E2", … in order of first mention
	Name     string     // canonical name, e.g. "Vladimir Putin"
	Type     EntityType //
	Role     string     // role as read from the text, e.g. "Russian President"
	Actor    string     // CAMEO actor code, e.g. "RUSGOV"; "" when uncoded
	Mentions []Mention
}

// A MentionKind says how a mention refers to its entity.
type MentionKind uint8

// Mention kinds.
const (
	NameMention    MentionKind = iota // "Vladimir Putin", "Putin"
	NominalMention                    // "the president", "a senior Russian official"
	PronounMention                    // "he", "his"
	// DemonymMention is a nationality or regional adjective standing for
	// its country or region: "Russian" in "Russian troops", "Western".
	DemonymMention
)

// String returns the kind's lower-case name: "name", "nominal", "pronoun"
// or "demonym".
func (k MentionKind) String() string {
	switch k {
	case NameMention:
		return "name"
	case NominalMention:
		return "nominal"
	case PronounMention:
		return "pronoun"
	case DemonymMention:
		return "demonym"
	}
	return "unknown"
}

// A Mention is one place in the text that refers to an entity.
type Mention struct {
	Span
	Kind MentionKind
}
