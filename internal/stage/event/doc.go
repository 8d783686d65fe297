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
// 16 Russian advisers") or a part or group of people ("thousands of Iraqi
// Kurds", "a deployment of NATO troops") does not stop a slot, a slot
// before the pattern's words takes a mention that a generic noun extended
// into them ("NATO peacekeeping troops" for "SRC peacekeeping troops
// arrive in TGT"), and a past-tense verb may
// follow a plural or a noun after a mention ("Palestinian prisoners
// rioted"). A threat without a target takes the subject of its "if" or
// "unless" clause. A generic noun after a possessive name ("Israel's high
// court") is that name's, and one followed by "in" and a country
// ("rebels in the Ivory Coast") or by "loyal to", "affiliated with" and
// an organisation is that country's or organisation's. Between a
// pattern's words, a day name and its "on" do not count among the
// modifiers passed over ("warships on Monday launched").
//
// Grammatical roles: where the syntax stage has tagged the tokens, the
// roles of the trigger's verb group (syntax.Roles) complete what the
// pattern bound. A slot that found no mention takes the subject of the
// verb group (in the passive voice, its "by" agent), and a pattern's
// target slot that found none its object (in the passive, its subject);
// an event still without a target takes the first entity among the
// objects of the verb's "to", "against", "into", "toward", "with", "in"
// and "on" phrases ("refused to deploy peacekeepers in Iraq"); a town
// that the actor stage left uncoded after "in" or "on" is where the act
// happened, not its target ("surrendered in Soroti"), except for an act of
// material conflict ("fired at targets in Jericho"). A verb coordinated
// with an earlier one shares its subject, and that subject replaces a
// source the pattern took from the earlier verb's clause: in "Benin
// opened its borders to Africans ordered out of Nigeria, but was refusing
// Ghanaians", the refusal is Benin's.
// A participant that is one of several coordinated noun groups ("Russia
// and China condemned …", "… attacked Kyiv and Odesa") gives one event for
// each of them. With the tags, a finite verb between a name and a generic
// actor noun keeps the noun out of the name's mention: in "Russia massed
// troops", "troops" is not Russia's.
//
// Actor codes: a participant that the actor stage could not code takes
// the country of the place stage's place at its words ("shelled Kharkiv"
// is against Ukraine), else the country of a coded nominal partner
// ("Shona rebels" of Mozambique); an uncoded source takes the country of
// the place of the event, and a protest or other conflict without a
// target the source's country (domestic protest).
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
// Joint acts: a pattern that starts "SRC and TGT" ("SRC and TGT agree",
// "SRC and TGT meet", "SRC and TGT sign (agreement|…)", "… clash") codes
// an act both parties do together, and gives two events, each party a
// source without a target, as PETRARCH and the PLOVER gold standard code
// a compound subject. GDELT's habit of two directed events (X→Y and Y→X)
// was measured too: on the PLOVER GSR it scores triple F1 0.476, one
// directed event (X→Y, herald's earlier choice) 0.480, two sources 0.512.
// "X met Y" and "talks between X and Y" stay directed, as the text puts
// one party first.
//
// Reported speech: an event whose trigger lies inside the content of a
// direct or indirect quote of speech or thought (Document.Quotes, found by
// the quote stage: "X said Y attacked Z", "according to X", "X told",
// "X believes") carries the quote's speaker in Event.Speaker. Its
// modality is reported when the cues of its own clause would make it
// asserted; a negated, conditional, planned or hypothetical event keeps
// that modality, which says more about whether it happened, and keeps the
// speaker as well. The quote stage also marks the content of stances
// ("condemned", "urged", "refused", "attacked"); that content is what was
// done or wanted, not what was said, and makes no event reported, nor
// does the quote whose cue is the event's own trigger ("X condemned Y" is
// X's act). Quoted fragments are not speech and make no event reported.
//
// Where overlapping patterns match, the one with more words wins, then the
// one that passed over fewer modifiers. An act that is not asserted and
// follows the trigger of an appeal, demand, rejection or threat in the
// same clause is that event's content and no event of its own, as CAMEO
// codes "demanded that Israel ease restrictions" (one demand) and
// "threatened an offensive unless Iraq accepted its terms" (one threat);
// an intent keeps its planned act, which carries the intent's code, and
// an intent without a target gives way to that act when it has one ("is
// willing to withdraw its troops from Lebanon" is one intent to withdraw). Of several events in a sentence,
// those in a subordinate clause (after a subordinating word or, with the
// syntax stage's tags, a relative "that"), an infinitive or the object of
// another event ("rejected a US offer to host a summit") lose confidence,
// to below every event of the main clause, when one stands there. Each
// event carries the sentence
// index, the trigger span, the participants' entity IDs, actor codes and
// mention spans, the nearest date of the sentence (Document.Times) and the
// place it is said to happen at ("in Moscow", Document.Places), when they
// share its clause, and a confidence that grows with the pattern's length
// and the participants found and shrinks with their distance.
package event
