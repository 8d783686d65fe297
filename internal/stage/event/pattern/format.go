package pattern

/*
# Event patterns

herald codes events with patterns: lines of text that say which words
express which CAMEO event and where its source (SRC) and target (TGT)
stand. herald ships a default set (internal/stage/event/patterns.txt);
users add their own files in the same format.

## Lines

	# comment
	CODE[/CODE2]  ELEMENT ELEMENT …   # comment

  - Blank lines are ignored, and so is everything from a "#" that starts a
    line or follows a space or tab.
  - CODE is a CAMEO event code with its leading zero ("036"). Unknown codes
    are errors.
  - CODE2, optional, is the code for events the text does not assert
    (planned, hypothetical or conditional): "040/036" codes a meeting that
    happened as 040 (consult) and a planned one as 036 (express intent to
    meet). Negated events keep CODE.

## Elements

| element     | matches                                                           |
|-------------|-------------------------------------------------------------------|
| word        | the word and its inflections, any case: visit, visits, visited, visiting; meet, met; sanction, sanctions |
| =word       | that form only                                                    |
| SRC, TGT    | one entity mention: the source, the target                        |
| (a\|b c)    | one of the alternatives, each a sequence of elements; nests       |
| x?  (…)?    | optional word or group                                            |
| … or ...    | one to four tokens                                                |
| @x          | the trigger: a word, or a group whose alternatives start with words |

Words hold letters, digits and inner ' - . &; a clitic ('s) and a lone
punctuation mark (- , : ;) are words too. Write verbs in the base form
and nouns in the singular to match all their forms; a word written in an
inflected form ("talks") matches only that form and its inflections.

Without @, the trigger is the first required word (or group of words) that
is not a function word (to, the, with, 's …). The event's trigger span is
the token where the trigger matched.

## How a pattern matches

  - Between two words of a pattern, up to two lower-case modifiers may
    stand in the text: "SRC impose sanctions on TGT" matches "imposed new
    sanctions on".
  - An inner slot (between words) binds the mention that stands there, after
    at most four modifiers such as determiners and titles. Slots before the
    first word or after the last bind the nearest mention on that side, and
    may stay unbound, except the target of a verb pattern whose verb is
    directly followed by TGT ("SRC visit TGT"), which must bind.
  - Passive voice is the matcher's job: a verb pattern whose verb is
    directly followed by TGT (optional words aside) also matches
    "TGT was <verb>ed (by SRC)". Do not write passive patterns.
  - Where patterns overlap in a sentence, the one with more words wins.

## Errors

Every bad line is reported with its file and line, for example:

	patterns.txt:12: unknown CAMEO code "999"
	patterns.txt:13: unbalanced parentheses: ( without )
	patterns.txt:14: pattern has no trigger: no required word that is not a function word (mark one with @)
	patterns.txt:15: pattern has no SRC or TGT slot
	patterns.txt:16: duplicate pattern "SRC @visit TGT" (first on line 3)

Other errors: an empty alternative, a repeated or optional slot, a slot or
gap inside a group, two slots or gaps side by side, a leading gap, a "?"
or "|" out of place, a character that cannot be in a word.
*/
