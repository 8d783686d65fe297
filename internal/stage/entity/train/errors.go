package main

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/heraldproject/herald/internal/stage/entity"
	"github.com/heraldproject/herald/internal/stage/entity/conll"
)

// writeErrors writes to path every sample that the model tags wrongly,
// with the names it missed and the names it found wrongly.
func writeErrors(path string, model []byte, docs [][]entity.Sample) error {
	rec, err := entity.Decode(model)
	if err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write errors: %w", err)
	}
	w := bufio.NewWriter(f)
	for _, doc := range docs {
		names := rec.Sentences(words(doc))
		for i, s := range doc {
			writeError(w, s, chunks(s.Names), chunks(names[i]))
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write errors: %w", err)
	}
	return f.Close()
}

// writeError writes s to w when the names pred differ from gold.
func writeError(w *bufio.Writer, s entity.Sample, gold, pred []conll.Chunk) {
	var lines []string
	for _, g := range gold {
		if !slices.Contains(pred, g) {
			lines = append(lines, fmt.Sprintf("  missed %s %q", g.Class, phrase(s.Words, g)))
		}
	}
	for _, p := range pred {
		if !slices.Contains(gold, p) {
			lines = append(lines, fmt.Sprintf("  wrong  %s %q", p.Class, phrase(s.Words, p)))
		}
	}
	if len(lines) > 0 {
		fmt.Fprintf(w, "%s\n%s\n\n", strings.Join(s.Words, " "), strings.Join(lines, "\n"))
	}
}

func phrase(words []string, c conll.Chunk) string {
	return strings.Join(words[c.First:c.End], " ")
}
