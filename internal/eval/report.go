package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"
)

// A Score is one row of counts and the ratios computed from them. Unless a
// task documents otherwise, Precision = TP/(TP+FP), Recall = TP/(TP+FN) and
// F1 is their harmonic mean; each is 0 when its denominator is 0.
type Score struct {
	Name      string  `json:"name"`
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// A Figure is one accuracy-type measure, such as accuracy within 161 km or
// a median error, over N items.
type Figure struct {
	Name  string  `json:"name"`
	Value float64 `json:"value"`
	Unit  string  `json:"unit,omitempty"` // "km"; "" for a ratio
	N     int     `json:"n"`
}

// A Report is the outcome of one evaluation run.
type Report struct {
	Task    string  `json:"task"`
	Gold    string  `json:"gold"`
	Classes []Score `json:"classes"` // per class, in the gold set's order
	Overall Score   `json:"overall"` // the task's headline row
	Totals  []Score `json:"totals"`  // further aggregate rows, e.g. "PER+ORG+LOC", "strict"
	// Figures holds accuracy-type measures, e.g. value accuracy,
	// accuracy within 161 km, mean and median km, AUC.
	Figures []Figure `json:"figures"`
	// Notes records what the gold reader noticed or repaired, such as
	// realigned offsets or skipped duplicate annotations.
	Notes []string `json:"notes"`

	Docs        int           `json:"docs"`
	Words       int           `json:"words"`
	Elapsed     time.Duration `json:"-"` // time spent in the analyzer only
	WordsPerSec float64       `json:"words_per_sec"`
}

// WriteJSON writes the report as one indented JSON object, with Elapsed in
// seconds as "elapsed_s".
func (r *Report) WriteJSON(w io.Writer) error {
	type plain Report
	c := *r
	c.Classes, c.Totals = nonNil(c.Classes), nonNil(c.Totals)
	c.Figures, c.Notes = nonNil(c.Figures), nonNil(c.Notes)
	out := struct {
		*plain
		ElapsedSec float64 `json:"elapsed_s"`
	}{(*plain)(&c), r.Elapsed.Seconds()}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

// nonNil returns s, or an empty slice for nil, so that JSON shows [].
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// WriteText writes the report as an aligned table for a person.
func (r *Report) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n", r.Task, r.Gold)
	elapsed := r.Elapsed.Round(time.Millisecond)
	if r.Elapsed < time.Second {
		elapsed = r.Elapsed.Round(time.Microsecond)
	}
	fmt.Fprintf(&b, "%d docs, %d words, %s in analysis, %.0f words/s\n",
		r.Docs, r.Words, elapsed, r.WordsPerSec)
	writeScores(&b, r)
	writeFigures(&b, r.Figures)
	for _, n := range r.Notes {
		fmt.Fprintf(&b, "note: %s\n", n)
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

// writeScores writes the class rows, a blank line, then the overall and
// total rows.
func writeScores(b *strings.Builder, r *Report) {
	rows := append(append([]Score(nil), r.Classes...), r.Overall)
	rows = append(rows, r.Totals...)
	width := len("class")
	for _, s := range rows {
		width = max(width, utf8.RuneCountInString(s.Name))
	}
	fmt.Fprintf(b, "\n%-*s %8s %8s %8s %9s %9s %9s\n", width, "class", "tp", "fp", "fn", "precision", "recall", "f1")
	for i, s := range rows {
		if i == len(r.Classes) && i > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(b, "%-*s %8d %8d %8d %9.4f %9.4f %9.4f\n", width, s.Name, s.TP, s.FP, s.FN, s.Precision, s.Recall, s.F1)
	}
}

// writeFigures writes one line per figure.
func writeFigures(b *strings.Builder, figs []Figure) {
	if len(figs) == 0 {
		return
	}
	width := len("figure")
	for _, f := range figs {
		width = max(width, utf8.RuneCountInString(f.Name))
	}
	fmt.Fprintf(b, "\n%-*s %12s %8s\n", width, "figure", "value", "n")
	for _, f := range figs {
		v := fmt.Sprintf("%.4f", f.Value)
		if f.Unit != "" {
			v = fmt.Sprintf("%.1f %s", f.Value, f.Unit)
		}
		fmt.Fprintf(b, "%-*s %12s %8d\n", width, f.Name, v, f.N)
	}
	b.WriteByte('\n')
}
