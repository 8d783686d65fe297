// Package timex finds the time expressions of a document and normalises
// them to TimeML TIMEX3 values, relative to the publication date:
//
//	"on Thursday"      → DATE     2025-08-07
//	"next week"        → DATE     2025-W33
//	"in January"       → DATE     2025-01
//	"3 p.m. Friday"    → TIME     2025-08-08T15:00
//	"within 24 hours"  → DURATION PT24H
//	"every Monday"     → SET      XXXX-WXX-1
//
// Recognition is a hand-written scanner over the words of each sentence
// with read-only lookup tables (no regular expressions). Spans follow
// TimeML: prepositions ("on", "in", "within") are left out, determiners and
// modifiers ("the", "next", "early", "about") are kept. Words that
// qualify a title or a state rather than date an event ("a former
// minister", "formerly") and ages ("52 years old") are not time
// expressions, as in TimeML. Decades and centuries take the TIMEX3
// truncated form: "the 1990s" → 199, "the 20th century" → 19.
//
// Normalisation reads the direction of bare expressions from the tense of
// the nearest verbs (a word list, as there is no part-of-speech tagger): a
// weekday in past-tense narrative points back, one after "will" forward,
// and so does a deadline after "until" ("postponed until Tuesday"). A
// time of day takes its day from a date just before it or just after it
// past a parenthesis: "10:35 a.m. (0735 GMT) Friday"; a part of day given
// alone ("by mid afternoon", "in the morning") falls on the day of the
// narrative.
// Expressions such as "two days later" are anchored to the previous date in
// the text, "the day before last Tuesday" and "the week of March 6" to the
// date inside them, and "the quarter" of a company report to the last
// quarter named ("the fiscal first quarter"). Without a publication date, relative expressions keep their type
// but get no value, and a diagnostic says why.
//
// Governing gives a later stage the time expression that dates a span,
// with the precision of its value.
package timex
