package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/heraldproject/herald/internal/export"
)

// pandasPython returns a Python that imports pandas, or "" when none does:
// the one on PATH first, then the system's, where apt puts python3-pandas.
func pandasPython() string {
	for _, py := range []string{"python3", "/usr/bin/python3"} {
		if exec.Command(py, "-c", "import pandas").Run() == nil {
			return py
		}
	}
	return ""
}

// loadGDELT is what a pandas user types to read a GDELT file: a plain
// tab-separated read into the 61 column names, every cell as text. It
// prints the table's shape and the event codes.
const loadGDELT = `
import sys, pandas
names = sys.argv[2].split(",")
df = pandas.read_csv(sys.argv[1], sep="\t", header=None, names=names, dtype=str)
print(df.shape[0], df.shape[1])
print(" ".join(df["EventCode"].fillna("")))
`

// TestGDELTLoadsInPandas exports the seed article's events as GDELT and
// loads them with pandas' plain TSV reader, as the "done when"
// asks: 61 named columns, one row an event cluster, CAMEO codes with their
// leading zeros.
func TestGDELTLoadsInPandas(t *testing.T) {
	py := pandasPython()
	if py == "" {
		t.Skip("pandas is not importable by python3 (apt-get install python3-pandas)")
	}
	dir := t.TempDir()
	db, out := filepath.Join(dir, "h.db"), filepath.Join(dir, "seed.tsv")
	doc := putSeed(t, db, coderVersion())
	if code, _, errOut := runExportCmd(context.Background(), "--db", db, "--format", "gdelt", "--out", out); code != exitOK {
		t.Fatalf("export = %d, %s", code, errOut)
	}
	tsv, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	got, err := exec.Command(py, "-c", loadGDELT, out, strings.Join(export.GDELTColumns, ",")).CombinedOutput()
	if err != nil {
		t.Fatalf("pandas could not read the export: %v\n%s\n%s", err, got, tsv)
	}
	lines := strings.Split(strings.TrimSpace(string(got)), "\n")
	rows := strings.Count(string(tsv), "\n")
	if len(lines) != 2 || lines[0] != strconv.Itoa(rows)+" 61" {
		t.Fatalf("pandas read %q; want %d rows of 61 columns", got, rows)
	}
	if rows == 0 || rows > len(doc.Events) {
		t.Errorf("%d rows for %d events; want one a cluster", rows, len(doc.Events))
	}
	for _, code := range strings.Fields(lines[1]) {
		if len(code) < 3 || !strings.HasPrefix(code, "0") && !strings.HasPrefix(code, "1") && !strings.HasPrefix(code, "2") {
			t.Errorf("EventCode %q lost its form; want CAMEO codes such as 036 as text", code)
		}
	}
}
