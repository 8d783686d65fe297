package render

import _ "embed"

// SchemaJSON is the JSON Schema (draft 2020-12) of the herald/v1 document
// that JSON and JSONL write.
//
//go:embed herald-v1.schema.json
var SchemaJSON []byte
