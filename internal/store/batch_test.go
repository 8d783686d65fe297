package store

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/heraldproject/herald"
)

// failingBatch stores documents in a map, and fails any batch or put of a
// document whose ID is bad.
type failingBatch struct {
	herald.Writer
	bad     string
	stored  map[string]bool
	batches int
}

func (f *failingBatch) PutBatch(ctx context.Context, docs []*herald.Document, coder string) ([]bool, error) {
	f.batches++
	for _, d := range docs {
		if d.ID == f.bad {
			return nil, fmt.Errorf("put document %s: disk full", d.ID)
		}
	}
	isNew := make([]bool, len(docs))
	for i, d := range docs {
		isNew[i] = !f.stored[d.Text]
		f.stored[d.Text] = true
	}
	return isNew, nil
}

func (f *failingBatch) Put(ctx context.Context, d *herald.Document, coder string) (bool, error) {
	isNew, err := f.PutBatch(ctx, []*herald.Document{d}, coder)
	if err != nil {
		return false, err
	}
	return isNew[0], nil
}

func TestPutAllFailsOnlyTheBadDocument(t *testing.T) {
	docs := []*herald.Document{
		herald.NewDocument(herald.Article{ID: "a", Text: "A."}),
		herald.NewDocument(herald.Article{ID: "bad", Text: "B."}),
		herald.NewDocument(herald.Article{ID: "a2", Text: "A."}),
	}
	f := &failingBatch{bad: "bad", stored: map[string]bool{}}
	isNew, errs := PutAll(context.Background(), f, docs, "test")
	if !reflect.DeepEqual(isNew, []bool{true, false, false}) || errs[0] != nil || errs[1] == nil || errs[2] != nil {
		t.Errorf("PutAll = %v, %v; want a stored, bad failed, a2 already stored", isNew, errs)
	}
	f = &failingBatch{stored: map[string]bool{}}
	if isNew, errs = PutAll(context.Background(), f, docs, "test"); !reflect.DeepEqual(isNew, []bool{true, true, false}) ||
		slices.ContainsFunc(errs, func(err error) bool { return err != nil }) || f.batches != 1 {
		t.Errorf("PutAll = %v, %v in %d batches; want all in one batch, a2 not new", isNew, errs, f.batches)
	}
}
