// Package pattern reads herald's event patterns: a small, line-oriented
// text format that says which words express which CAMEO event, and where
// the event's source (SRC) and target (TGT) stand. The event stage compiles
// the patterns and matches them against the tokens of each sentence.
//
// # Format
//
// One pattern a line. Blank lines are ignored, and so is everything from a
// "#" that starts a line or follows a space:
//
//	# CAMEO 042 make a visit
//	042      SRC visit TGT
//	040      SRC meet with? TGT
//	036      SRC (agree|plan|expect) to meet TGT
//	040/036  (meeting|talks|summit) between SRC and TGT   # nominal
//	163      SRC impose sanctions on TGT
//	127      SRC reject TGT 's (proposal|plan|terms)
//	138      SRC threaten TGT with … (force|attack|strike)
//	139      @deadline SRC set for TGT
//
// A line starts with a CAMEO event code, written with its leading zero as
// in the codebook ("036", not "36"). A second code after a slash is the
// code for events the text does not assert: "040/036" codes a meeting that
// happened as 040 (consult) and one that is planned, hoped for or
// conditional as 036 (express intent to meet), as CAMEO and PLOVER ask.
// The rest of the line is the pattern, a sequence of elements separated by
// spaces:
//
//   - word: a word matches itself and its inflections, without regard to
//     case. Write verbs in their base form and nouns in the singular:
//     "visit" matches visit, visits, visited and visiting; "meet" matches
//     met; "sanction" matches sanctions. A word written in an inflected
//     form matches only that form and its own inflections ("talks" does
//     not match "talk"). Words may hold letters, digits and inner
//     apostrophes, hyphens, periods and ampersands; a clitic such as 's
//     and a lone punctuation mark (- , : ;) are words too. Curly
//     apostrophes match straight ones.
//   - =word: the exact form only, without inflections ("=us").
//   - SRC, TGT: the slots of the source and the target, each bound to one
//     entity mention. Each may appear once; a pattern needs at least one.
//     A slot before the first word binds to the nearest mention to the
//     left of the words, a slot after the last word to the nearest mention
//     to the right, and a slot between words to the mention that stands
//     there. Slots before or after the words may stay unbound when no
//     mention is near; a slot between words must bind.
//   - (a|b c|d): one of the alternatives, each a sequence of elements;
//     groups nest.
//   - x? or (…)?: an optional word or group.
//   - … or ...: a gap of one to four tokens.
//   - @x: marks the trigger, the word that expresses the event and whose
//     span the event reports: a word, or a group whose alternatives each
//     start with a word, of which the first word matched is the trigger.
//     Without a mark, the trigger is the first required word or such
//     group that is not a function word such as "to", "the" or "with".
//
// Between two words of a pattern the matcher lets a few modifiers pass
// ("imposed new sanctions on" matches "impose sanctions on"), and it
// handles the passive voice itself: when a verb trigger is followed
// directly by TGT ("SRC attack TGT"), the pattern also matches "TGT was
// attacked (by SRC)". Do not write passive patterns.
//
// # Errors
//
// Parse reports every malformed line with its file name and line number,
// as in "patterns.txt:12: unknown CAMEO code "999"": an unknown code,
// unbalanced parentheses, an empty alternative, a pattern without a
// trigger or without a slot, a repeated or optional slot, two slots or
// gaps side by side, and a pattern that repeats an earlier one.
package pattern
