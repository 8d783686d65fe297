// Package syntax is herald's light syntactic layer: part-of-speech tags,
// phrase chunks and the grammatical roles built from them.
//
// # Tags and chunks
//
// Stage sets Token.POS, a Penn Treebank tag ("NNP", "VBD"), and
// Token.Chunk, a BIO phrase tag ("B-NP", "I-VP", "O"), on every token of
// every sentence. Tagger does the work with two averaged perceptrons,
// written for herald in pure Go after the entity stage's recogniser and
// decoding greedily, left to right: the POS tagger sees the word, its
// lower-case form, its form as written, suffixes of one to three
// characters, its first character, its shape ("Xx", "d", "X.X."),
// capitalisation and the words two either side, the suffixes of its
// neighbours and the two tags before it; the chunker sees the POS tags two
// either side with their bigrams and trigram, the word and the words
// beside it, and the two chunk tags before it, and never opens an inside
// tag after a phrase of another type. Features are hashed into tables of
// rows of int16 weights (1<<18 rows for POS, 1<<16 for chunks), so the
// model carries no feature dictionary. Reading those rows is most of the
// cost of tagging, so the POS tagger sums the rows of the features of a
// word alone (as the word tagged and as each neighbour) once per word, in
// a cache of up to 4,096 words per workspace; integer sums are exact, so
// the tags are those of summing every feature. Herald's own tokens are tagged as
// they are; typographic quotes and dashes are read as the ASCII ones of the
// training data.
//
// # The model
//
// model.bin is generated. The command in ./train reads the CoNLL-2003
// English data, trains both perceptrons on the POS and chunk columns of
// eng.train (the chunker learning from the tags the POS model predicts,
// as it will see them), scores each epoch on eng.testa and keeps the epoch
// with the best sum of POS accuracy and chunk F1. It takes about three
// minutes. Regenerate it, from the repository root, with
//
//	go run ./internal/stage/syntax/train -train /work/shared/data/conll2003/eng.train -dev /work/shared/data/conll2003/eng.testa -out internal/stage/syntax/model.bin
//
// after any change to the features or the tag sets; the magic in the
// model's header is to be changed with them, so that an old model is
// refused. The model of this commit tags eng.testa with a POS accuracy of
// 95.3% and a chunk F1 of 89.0 on CoNLL's own tokens (`herald eval pos`
// measures it through the whole pipeline, on herald's tokens).
//
// # Grammatical roles
//
// Roles reads the tags of one sentence and returns, for each verb group,
// its subjects, objects, agents and prepositional objects as noun groups
// (a noun phrase with the "of" phrases that complete it). Its rules:
//
//   - the subject is the noun group before the verb group, passing over
//     adverbs ("Russia on Monday agreed") and an aside between commas
//     ("Putin, the Russian president, said"); all the groups of a
//     coordination are subjects ("Russia and China agreed", "Britain,
//     France and Germany condemned"), including coordinated nouns that the
//     chunker put in one phrase ("the Turkish and Greek sides");
//   - a relative pronoun's subject is its antecedent ("Serbia, which
//     attacked Bosnia");
//   - a verb coordinated with one before it ("attacked X and shelled Y")
//     shares the subject of the last finite verb before it that is not in
//     a relative clause, passing over participles ("refugees expelled
//     from Nigeria"); an infinitive ("agreed to meet") shares the subject
//     of the verb before it, or takes its object when one stands between
//     ("urged Iran to stop");
//   - in the passive voice (a past participle after "be" or "get" in the
//     group) the subject is acted upon and the "by" phrase acts;
//   - the objects are the noun groups right after the verb group, then
//     the prepositional phrases that follow, up to three.
//
// The event stage uses the roles where its patterns bind no participant,
// to find the target of an act among its prepositional objects ("to",
// "against", "in" …), and to give one event to each coordinated
// participant.
package syntax

//go:generate go run ./train -train /work/shared/data/conll2003/eng.train -dev /work/shared/data/conll2003/eng.testa -out model.bin
