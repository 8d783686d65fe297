// Package bench measures a baseline NLP library, github.com/jdkato/prose/v2,
// on the corpora herald is measured on, so that herald's figures have
// something to stand beside.
//
// It is a separate Go module: herald does not depend on it. It shares
// herald's code rather than copying it — Go's internal-package rule goes by
// import path, so this module, under herald's path, may import herald's
// internal packages. Corpora are read with herald's reader
// (internal/ingest), as herald bench reads them, so both sides analyse the
// same articles. Entities are scored by herald's scorer (internal/eval),
// through an Analyzer that gives prose's entities as a herald.Document,
// so the report is herald eval ner's. The speed report prints the same
// "1 pipeline … words/s" line as herald bench, with words counted the same
// way (strings.Fields over the article text), so run.sh can set the two
// side by side.
package bench
