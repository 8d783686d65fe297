package place

import (
	"strings"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/stage/place/gazetteer"
)

// A placeName is one name to resolve: a GPE or LOC entity, or the
// dateline's place.
type placeName struct {
	text   string
	spans  []herald.Span
	entity int // index into doc.Entities; -1 for the dateline
}

// placeNames returns the names the document's place entities and dateline
// give, in document order, the dateline first. An entity whose actor code
// names no country — a CAMEO region such as WST for "the West", or an
// international organisation — is an actor, not a place on a map, unless
// it is one of the areas ("Africa"). Each distinct text is a name of its
// own: the actor stage links "Paris" standing for the French state to
// France, but on a map it is still Paris. Names of other entities give
// places too: a whole uncoded organisation or other name the gazetteer
// knows ("Gainesville"), and a place that begins an organisation's name
// ("Alexandria Police", "U.S. Department of Justice").
func placeNames(doc *herald.Document, gaz *gazetteer.Gazetteer) []placeName {
	var out []placeName
	seen := make(map[string]int)
	add := func(text string, span herald.Span, entity int) {
		if j, ok := seen[text]; ok {
			out[j].spans = append(out[j].spans, span)
			return
		}
		seen[text] = len(out)
		out = append(out, placeName{text, []herald.Span{span}, entity})
	}
	if p := doc.Dateline.Place; p != "" {
		if i := strings.Index(doc.Dateline.In(doc.Text), p); i >= 0 {
			start := doc.Dateline.Start + i
			add(p, herald.Span{Start: start, End: start + len(p)}, -1)
		}
	}
	for i, e := range doc.Entities {
		if e.Name == "" {
			continue
		}
		place := e.Type == herald.GPE || e.Type == herald.Location
		coded := countryCode(gaz, e.Actor)
		for _, m := range e.Mentions {
			if m.Kind != herald.NameMention && m.Kind != herald.DemonymMention {
				continue
			}
			text := m.In(doc.Text)
			switch {
			case text == "":
			case !coded && !isArea(text):
				// An actor, not a place.
			case place && (m.Kind == herald.DemonymMention || len(lookup(gaz, text)) > 0):
				add(text, abbreviationSpan(doc.Text, text, m.Span), i)
			case place:
				if sp, ok := prefixPlace(gaz, doc.Text, m.Span); ok {
					add(sp.In(doc.Text), sp, i)
				} else {
					add(text, m.Span, i) // for the diagnostic
				}
			case m.Kind == herald.NameMention && e.Type == herald.Person && e.Actor == "" &&
				afterPreposition(doc.Text, m.Start) && knownPlace(gaz, doc.Text, text):
				add(text, m.Span, i)
			case m.Kind != herald.NameMention || !retypable[e.Type]:
			case e.Actor == "" && knownPlace(gaz, doc.Text, text):
				add(text, abbreviationSpan(doc.Text, text, m.Span), i)
			default:
				if sp, ok := prefixPlace(gaz, doc.Text, m.Span); ok {
					add(sp.In(doc.Text), sp, i)
				}
				if sp, ok := ofPlace(gaz, doc.Text, m.Span); ok {
					add(sp.In(doc.Text), sp, i)
				}
			}
		}
	}
	return out
}

// afterPreposition reports whether the word before offset start in doc is
// a preposition of place: "in", "near", "at" or "from". A name the
// recogniser took for a person is a place after one ("lives in Rock Hill").
func afterPreposition(doc string, start int) bool {
	before := strings.TrimRight(doc[:start], " ")
	if len(before) == start {
		return false
	}
	i := strings.LastIndexAny(before, " \n\t(") + 1
	switch before[i:] {
	case "in", "near", "at", "from", "In", "Near", "At", "From":
		return true
	}
	return false
}

// abbreviationSpan returns span, the span of text in doc, extended over
// the full stop that ends an abbreviation such as "W.Va." when the
// recogniser left it out.
func abbreviationSpan(doc, text string, span herald.Span) herald.Span {
	if _, ok := abbreviation(text); ok && !strings.HasSuffix(text, ".") && strings.HasPrefix(doc[span.End:], ".") {
		span.End++
	}
	return span
}

// maxPrefixWords is the most words prefixPlace tries.
const maxPrefixWords = 3

// prefixPlace returns the span of the longest place name of up to
// maxPrefixWords words, not all of them, that begins the name at span:
// "Alexandria" of "Alexandria Police", "Turkish" of "Turkish TV".
func prefixPlace(gaz *gazetteer.Gazetteer, doc string, span herald.Span) (herald.Span, bool) {
	text := span.In(doc)
	var ends []int
	for i := 0; i < len(text) && len(ends) < maxPrefixWords; i++ {
		if text[i] == ' ' {
			ends = append(ends, i)
		}
	}
	for k := len(ends) - 1; k >= 0; k-- {
		p := text[:ends[k]]
		next, _, _ := strings.Cut(text[ends[k]+1:], " ")
		if p == "" || p[0] < 'A' || p[0] > 'Z' || placeWords[strings.TrimSuffix(next, ".")] {
			continue
		}
		if demonymOf(gaz, p) || knownPlace(gaz, doc, p) && sizeable(lookup(gaz, p)) && (countryOrRegion(lookup(gaz, p)) || bodyWords[next]) {
			return herald.Span{Start: span.Start, End: span.Start + len(p)}, true
		}
	}
	return herald.Span{}, false
}

// placeWords are the words after a name that make it the name of another
// place, which the gazetteer does not hold: "Laurel County" is not in
// Laurel, nor "Memphis Street" in Memphis.
var placeWords = map[string]bool{
	"County": true, "Parish": true, "Township": true, "Borough": true, "City": true,
	"Village": true, "Street": true, "St": true, "Road": true, "Rd": true,
	"Avenue": true, "Ave": true, "Drive": true, "Dr": true, "Boulevard": true,
	"Blvd": true, "Highway": true, "Lane": true, "Way": true, "Lake": true,
	"River": true, "Creek": true, "Park": true, "Hill": true, "Hills": true,
	"Mountain": true, "Valley": true, "Island": true, "Bay": true, "Beach": true,
	"Heights": true, "Springs": true, "Falls": true, "Square": true,
}

// bodyWords are the words after a town's name that make the name that of a
// body based in the town — "Alexandria Police", "Boston Globe" — rather
// than a name that merely begins with a town's: "Real Madrid" is a club,
// not a place in Real, Portugal.
var bodyWords = map[string]bool{
	"Police": true, "Sheriff": true, "Fire": true, "Council": true, "City": true, "County": true,
	"Mayor": true, "Department": true, "Airport": true, "Port": true, "Hospital": true,
	"University": true, "College": true, "School": true, "Schools": true, "Zoo": true,
	"Museum": true, "Library": true, "Times": true, "Post": true, "Herald": true, "Tribune": true,
	"Globe": true, "Journal": true, "News": true, "Gazette": true, "Chronicle": true,
	"Courier": true, "Star": true, "Sun": true, "Press": true, "Daily": true, "TV": true,
	"Radio": true, "Court": true, "Prison": true, "Jail": true, "Stock": true, "Chamber": true,
	"Board": true, "Government": true, "Municipality": true, "Diocese": true, "Archdiocese": true,
}

// ofHeads are the first words of names that end "of PLACE" and say where
// they are: "University of Michigan", "Port of Oakland". A bank, a club or
// a company named after a place ("Bank of England") is an actor, not a
// place on a map.
var ofHeads = map[string]bool{
	"University": true, "College": true, "Institute": true, "School": true, "Port": true,
	"Governor": true, "Mayor": true, "City": true, "Town": true, "State": true, "Province": true,
	"District": true, "Diocese": true, "Archdiocese": true, "Church": true, "Museum": true,
	"Republic": true, "Kingdom": true, "Gulf": true, "Bay": true, "Strait": true, "Isle": true,
}

// countryOrRegion reports whether cs holds a country or a region.
func countryOrRegion(cs []gazetteer.Candidate) bool {
	for _, c := range cs {
		if c.Kind >= gazetteer.Region {
			return true
		}
	}
	return false
}

// minPrefixPopulation is how populous a city must be for a name it begins
// to be taken as naming it: "Alexandria Police" is in Alexandria, but the
// hamlets called University or Federal make no "University Hospital".
const minPrefixPopulation = 10000

// sizeable reports whether cs holds a region, a country or a city of at
// least minPrefixPopulation people.
func sizeable(cs []gazetteer.Candidate) bool {
	for _, c := range cs {
		if c.Kind >= gazetteer.Region || c.Population >= minPrefixPopulation {
			return true
		}
	}
	return false
}

// ofPlace returns the span of the place that ends the name at span after
// "of": "Michigan" of "University of Michigan".
func ofPlace(gaz *gazetteer.Gazetteer, doc string, span herald.Span) (herald.Span, bool) {
	text := span.In(doc)
	i := strings.LastIndex(text, " of ")
	if i < 0 {
		return herald.Span{}, false
	}
	p := text[i+len(" of "):]
	head, _, _ := strings.Cut(text, " ")
	if strings.EqualFold(head, "the") {
		head, _, _ = strings.Cut(text[len(head)+1:], " ")
	}
	if !ofHeads[head] || p == "" || p[0] < 'A' || p[0] > 'Z' || !knownPlace(gaz, doc, p) || !sizeable(lookup(gaz, p)) {
		return herald.Span{}, false
	}
	return herald.Span{Start: span.End - len(p), End: span.End}, true
}

// demonymOf reports whether text is the demonym of a country.
func demonymOf(gaz *gazetteer.Gazetteer, text string) bool {
	for _, c := range gaz.Lookup(text) {
		if c.Match == gazetteer.MatchDemonym && c.Kind == gazetteer.Country {
			return true
		}
	}
	return false
}

// retypable holds the entity types whose uncoded names are places when
// the gazetteer knows them by that name, and whose names may begin with
// a place: the recogniser often takes a town in local news
// ("Gainesville", "Richmond") for an organisation.
var retypable = map[herald.EntityType]bool{herald.Organization: true, herald.Misc: true}

// knownPlace reports whether the gazetteer knows text, a name in doc, as
// the name of a place, not only as a demonym. A short acronym ("SEC",
// "NICE") must name a country or region, and a name that doc also writes
// in lower case ("Police", "Union") is a common word.
func knownPlace(gaz *gazetteer.Gazetteer, doc, text string) bool {
	acronym := len(text) <= 4 && strings.ToUpper(text) == text
	if notPlaces[text] || strings.Contains(doc, strings.ToLower(text)) {
		return false
	}
	for _, c := range lookup(gaz, text) {
		if c.Match != gazetteer.MatchDemonym && (!acronym || c.Kind >= gazetteer.Region) {
			return true
		}
	}
	return false
}

// notPlaces are names of towns that, in a name the recogniser did not
// take for a place, are far more often a common word or a brand:
// "University Hospital", "Central Bank", "Toyota".
var notPlaces = map[string]bool{
	"University": true, "Central": true, "Metro": true, "Police": true, "Union": true,
	"Christmas": true, "Hope": true, "Federal": true, "College": true, "National": true,
	"General": true, "Center": true, "Centre": true, "Liberty": true, "Independence": true,
	"Toyota": true, "Ford": true, "Mercedes": true, "Continental": true, "Mart": true,
	"Marines": true, "Reform": true, "Paper": true, "Side": true, "Justice": true,
	"Progress": true, "Unity": true, "Victory": true, "Energy": true, "Enterprise": true,
}

// countryCode reports whether an entity's actor code is uncoded or starts
// with a country the gazetteer knows.
func countryCode(gaz *gazetteer.Gazetteer, actor string) bool {
	if actor == "" {
		return true
	}
	if len(actor) < 3 {
		return false
	}
	_, ok := gaz.Country(actor[:3])
	return ok
}
