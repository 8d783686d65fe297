package eval

import (
	"context"
	"math"
	"testing"

	"github.com/heraldproject/herald"
)

// analyzerFunc adapts a function to the Analyzer interface.
type analyzerFunc func(ctx context.Context, a herald.Article) (*herald.Document, error)

func (f analyzerFunc) Analyze(ctx context.Context, a herald.Article) (*herald.Document, error) {
	return f(ctx, a)
}

// emptyAnalyzer finds nothing.
var emptyAnalyzer = analyzerFunc(func(_ context.Context, a herald.Article) (*herald.Document, error) {
	return herald.NewDocument(a), nil
})

// annotate returns an analyzer that lets fill add annotations to each
// document.
func annotate(fill func(doc *herald.Document)) Analyzer {
	return analyzerFunc(func(_ context.Context, a herald.Article) (*herald.Document, error) {
		doc := herald.NewDocument(a)
		fill(doc)
		return doc, nil
	})
}

// near reports whether a and b agree to within 1e-9.
func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// checkScore compares a row's counts and ratios.
func checkScore(t *testing.T, got Score, want Score) {
	t.Helper()
	if got.Name != want.Name || got.TP != want.TP || got.FP != want.FP || got.FN != want.FN {
		t.Errorf("row %q: got tp=%d fp=%d fn=%d (name %q), want tp=%d fp=%d fn=%d",
			want.Name, got.TP, got.FP, got.FN, got.Name, want.TP, want.FP, want.FN)
	}
	if !near(got.Precision, want.Precision) || !near(got.Recall, want.Recall) || !near(got.F1, want.F1) {
		t.Errorf("row %q: got p=%.6f r=%.6f f1=%.6f, want p=%.6f r=%.6f f1=%.6f",
			want.Name, got.Precision, got.Recall, got.F1, want.Precision, want.Recall, want.F1)
	}
}

// row returns the class, overall or total row named name.
func row(t *testing.T, rep *Report, name string) Score {
	t.Helper()
	for _, s := range append(append(append([]Score(nil), rep.Classes...), rep.Overall), rep.Totals...) {
		if s.Name == name {
			return s
		}
	}
	t.Fatalf("report has no row %q", name)
	return Score{}
}

// figure returns the figure named name.
func figure(t *testing.T, rep *Report, name string) Figure {
	t.Helper()
	for _, f := range rep.Figures {
		if f.Name == name {
			return f
		}
	}
	t.Fatalf("report has no figure %q", name)
	return Figure{}
}

// noNaN fails when any ratio of the report is NaN.
func noNaN(t *testing.T, rep *Report) {
	t.Helper()
	for _, s := range append(append(append([]Score(nil), rep.Classes...), rep.Overall), rep.Totals...) {
		for _, v := range []float64{s.Precision, s.Recall, s.F1} {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Errorf("row %q has a NaN or infinite ratio: %+v", s.Name, s)
			}
		}
	}
	for _, f := range rep.Figures {
		if math.IsNaN(f.Value) || math.IsInf(f.Value, 0) {
			t.Errorf("figure %q is NaN or infinite", f.Name)
		}
	}
}
