package bench

import (
	"context"
	"fmt"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/ingest"
)

// Corpus returns the articles at path exactly as herald bench reads them
// (benchCorpus in cmd/herald/bench.go): herald's reader, internal/ingest,
// with its default options, over a file or a directory of text, HTML,
// feeds or JSONL, leaving out what it reports as an error (an empty file,
// say). An empty path gives herald's seed article. So both sides analyse
// the same texts and count the same words.
func Corpus(ctx context.Context, path string) ([]herald.Article, error) {
	if path == "" {
		return []herald.Article{herald.Seed()}, nil
	}
	var arts []herald.Article
	for a, err := range ingest.Read(ctx, path, ingest.Options{}) {
		if err != nil {
			// As herald bench: a corpus of real news has a few bad
			// files; the benchmark measures the rest.
			continue
		}
		arts = append(arts, a)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("no articles in %q", path)
	}
	return arts, nil
}
