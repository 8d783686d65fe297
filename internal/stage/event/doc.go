// Package event finds events — who did what to whom — in a document's
// sentences and codes them in CAMEO and PLOVER, with their modality and
// the spans of their evidence.
//
// The stage matches event patterns (package pattern describes the format;
// patterns.txt holds herald's defaults, several for every CAMEO root)
// against the tokens of each sentence. A pattern's words match their
// inflections: the matcher reduces each token to candidate base forms by a
// few suffix rules and a table of irregular verbs. Between two words of a
// pattern it lets up to two lower-case modifiers pass ("imposed new
// sanctions on"), and before the mention of an inner slot up to four
// ("between Russian President Vladimir Putin").
//
// Participants come from the entity stage's mentions (Document.Entities);
// only the outermost mention counts where mentions nest. A slot before the
// pattern's words takes the nearest mention to the left, jumping an aside
// between commas ("Ukraine, on the other hand, continues to reject …") and
// passing over objects of prepositions; a slot after the words takes a
// mention that follows them after at most a few modifiers. A verb pattern
// whose verb is followed by TGT ("SRC attack TGT") needs its target, and
// also matches the passive voice, with the roles swapped: "Kyiv was
// attacked by Russia". A verb pattern does not match where the token
// before its verb shows it to be a noun or adjective ("new sanctions",
// "military aid").
//
// Besides the entity stage's mentions, a slot may bind a generic actor
// noun that no mention covers ("Prisoners rioted", "the government"): a
// participant without an entity or an actor code. Such a noun right after
// a name or demonym ("Israeli army", "Ivory Coast rebels") extends that
// mention. A count before a mention ("more than 100 Palestinians", "up to
// 16 Russian advisers") does not stop a slot, and a past-tense verb may
// follow a plural or a noun after a mention ("Palestinian prisoners
// rioted"). A threat without a target takes the subject of its "if" or
// "unless" clause.
//
// Actor codes: a participant that the actor stage could not code takes
// the country of a coded nominal partner ("Shona rebels" of Mozambique),
// an uncoded source the country of the place of the event, and a protest
// or other conflict without a target the source's country (domestic
// protest).
//
// Modality comes from cue words around the trigger in its clause: "not",
// "never", "refused to" → negated; "if", "unless", "or face" → conditional;
// "will", "plans to", "is scheduled to", "anticipated", "planned" →
// planned; "could", "may", "might", "would", "demanded that" →
// hypothetical; else asserted. Negation wins over condition, and
// condition over the nearer of the planned and hypothetical cues. Events
// that are planned, hypothetical or conditional take the pattern's second
// code when it gives one: a planned meeting is 036 (express intent to
// meet), not 040 (consult); a planned attack is a threat.
//
// Where overlapping patterns match, the one with more words wins, then the
// one that passed over fewer modifiers. Of several events in a sentence,
// those in a subordinate clause, an infinitive or the object of another
// event ("rejected a US offer to host a summit") lose confidence when one
// stands in the main clause. Each event carries the sentence
// index, the trigger span, the participants' entity IDs, actor codes and
// mention spans, the nearest date of the sentence (Document.Times) and the
// place it is said to happen at ("in Moscow", Document.Places), when they
// share its clause, and a confidence that grows with the pattern's length
// and the participants found and shrinks with their distance.
package event
