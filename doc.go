// Package herald holds the domain types of herald, a news event coder: the
// article as read, the document that the pipeline stages annotate, and the
// annotations themselves — sentences, tokens, entities, events, quotes, times
// and places — together with the small interfaces that stages implement.
//
// Every annotation points into Document.Text by a Span of byte offsets; text
// is never copied into an annotation. Encoders convert spans to the Unicode
// code-point offsets of the herald/v1 JSON contract (see docs/schema.md).
//
// The package does no I/O. Readers, stages, stores and queues live under
// internal/ and only cmd/herald wires them together.
package herald
