package herald

import (
	_ "embed"
	"time"
)

//go:embed testdata/seed/menafn-2025-08-08-putin-trump.txt
var seedText string

// Seed returns herald's canonical example: a MENAFN wire story of
// 8 August 2025 on the planned Putin–Trump meeting, as a plain-text article
// dated by hand (the file carries no date). herald bench repeats it, and
// ../shared/seed/EXPECTED.md says what an analyst expects from it.
func Seed() Article {
	return Article{
		ID:        "menafn-2025-08-08-putin-trump",
		Text:      seedText,
		Published: time.Date(2025, 8, 8, 0, 0, 0, 0, time.UTC),
		Origin:    Origin{Path: "testdata/seed/menafn-2025-08-08-putin-trump.txt", Format: "text"},
	}
}
