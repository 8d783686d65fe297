package main

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
)

// A row is one line of the CAMEO→PLOVER conversion table.
type row struct {
	plover, mode, comment string
}

// codeRE matches a CAMEO event code: two to four digits.
var codeRE = regexp.MustCompile(`^[0-2][0-9]{1,3}$`)

// mergedRE finds a second record that lost its line break, as in
// "1056\tDemand de-escalation … engagement106:[-5.0] Demand withdrawal".
var mergedRE = regexp.MustCompile(`^(.*?)([0-2][0-9]{1,3}):\[(-?[0-9.]+)\]\s*(.+)$`)

// readLines returns the lines of path without line terminators.
func readLines(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		lines = append(lines, strings.TrimRight(sc.Text(), "\r"))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return lines, nil
}

// readNames reads CAMEO.eventcodes.txt: code, tab, description. Lines
// whose code is a single digit (quad class headings) and the header are
// skipped.
func readNames(path string) (map[string]string, error) {
	lines, err := readLines(path)
	if err != nil {
		return nil, err
	}
	names := make(map[string]string)
	for i, ln := range lines {
		code, desc, ok := strings.Cut(ln, "\t")
		if !ok || !codeRE.MatchString(code) {
			if i > 0 && len(code) != 1 {
				return nil, fmt.Errorf("%s:%d: unexpected line %q", path, i+1, ln)
			}
			continue
		}
		if m := mergedRE.FindStringSubmatch(desc); m != nil {
			desc = m[1]
			names[m[2]] = m[4]
		}
		names[code] = desc
	}
	return names, nil
}

// readGoldstein reads CAMEO.goldsteinscale.txt: code, tab, value.
func readGoldstein(path string) (map[string]float64, error) {
	lines, err := readLines(path)
	if err != nil {
		return nil, err
	}
	gold := make(map[string]float64)
	for i, ln := range lines {
		code, val, ok := strings.Cut(ln, "\t")
		if !ok || !codeRE.MatchString(code) {
			continue
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: goldstein value %q: %w", path, i+1, val, err)
		}
		gold[code] = v
	}
	return gold, nil
}

// readPLOVER reads the conversion table, lines like
// "042: CONSULT, visit,   # Make a visit" and root lines like
// "04: CONSULT". The first line for a code wins.
func readPLOVER(path string) (map[string]row, error) {
	lines, err := readLines(path)
	if err != nil {
		return nil, err
	}
	rows := make(map[string]row)
	for i, ln := range lines {
		body, comment, _ := strings.Cut(ln, "#")
		code, rest, ok := strings.Cut(body, ":")
		code = strings.TrimSpace(code)
		if !ok || !codeRE.MatchString(code) {
			continue
		}
		f := strings.Split(rest, ",")
		r := row{plover: strings.TrimSpace(f[0]), comment: strings.TrimSpace(comment)}
		if len(f) > 1 {
			r.mode = strings.TrimSpace(f[1])
		}
		if r.plover == "" {
			return nil, fmt.Errorf("%s:%d: no PLOVER type for %s", path, i+1, code)
		}
		if _, dup := rows[code]; !dup {
			rows[code] = r
		}
	}
	return rows, nil
}
