// Package segment splits a document into sentences and tokens. It is
// herald's first analysis stage: every later stage reads
// Document.Sentences and Document.Tokens.
//
// The segmenter is rule-based and works in one pass over the bytes of the
// text, without regular expressions or models. Tokens follow the Penn
// Treebank in spirit: punctuation is split off, but abbreviations ("Mr.",
// "U.S."), initials, numbers ("3.5", "1,200"), URLs and e-mail addresses
// stay whole; clitics are split ("Russia" "’s", "do" "n't"); hyphenated
// words stay whole unless both halves are capitalised ("Trump" "-" "Putin").
//
// Sentences end at . ! ? and ellipses, unless what follows shows the
// sentence goes on (a lower-case word, a number after "No.", a name after
// "Mr." or after an initial), and at line breaks that end a paragraph. A
// period after an ambiguous abbreviation such as "U.S." or "Inc." ends a
// sentence only before a word that usually starts one ("in the U.S. The
// president …", but "the U.S. Senate"). Closing quotes and brackets after a
// full stop stay with their sentence. A headline (Document.Headline) is a
// sentence of its own, and a dateline (Document.Dateline) belongs to no
// sentence.
package segment
