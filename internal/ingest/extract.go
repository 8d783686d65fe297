package ingest

import "context"

// Extract returns the main text of a web page exactly as the HTML reader
// reads it, for scoring the extraction on its own ("herald eval extract").
// url is unused by the extractor today and kept for extractors that resolve
// relative links.
func Extract(ctx context.Context, page []byte, url string) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", err
	}
	a, err := extractHTML(page)
	if err != nil {
		return "", err
	}
	return a.Text, nil
}
