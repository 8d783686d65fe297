package store

import (
	"context"

	"github.com/heraldproject/herald"
)

// A BatchWriter stores many documents in one transaction, all or none, as
// the SQLite store does. It reports which documents were new.
type BatchWriter interface {
	PutBatch(ctx context.Context, docs []*herald.Document, coder string) ([]bool, error)
}

// BatchSize is how many documents callers gather for one PutAll: enough
// to share a transaction's cost, few enough that a crash loses little.
const BatchSize = 64

// PutAll stores docs, in one transaction when w is a BatchWriter, and
// reports which were new and the error of each that failed. One bad
// document fails its whole batch, so after a failed batch the documents
// are stored one at a time and only the bad one fails.
func PutAll(ctx context.Context, w herald.Writer, docs []*herald.Document, coder string) ([]bool, []error) {
	errs := make([]error, len(docs))
	if b, ok := w.(BatchWriter); ok && len(docs) > 1 {
		if isNew, err := b.PutBatch(ctx, docs, coder); err == nil {
			return isNew, errs
		}
	}
	isNew := make([]bool, len(docs))
	for i, doc := range docs {
		isNew[i], errs[i] = w.Put(ctx, doc, coder)
	}
	return isNew, errs
}
