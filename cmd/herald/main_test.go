package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/heraldproject/herald/internal/render"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden runs each testdata/*.txtar case: the "args" file is the command
// line ($WORK is a temporary folder holding the case's other files, "stdin"
// is standard input), and "exit", "stdout" and "stderr" are what herald must
// produce. Every JSON document printed must match the herald/v1 schema.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden cases: %v", err)
	}
	schema := compileSchema(t)
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			runGolden(t, file, schema)
		})
	}
}

func runGolden(t *testing.T, file string, schema *jsonschema.Schema) {
	ar, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	work := t.TempDir()
	var args, stdin string
	for _, f := range ar.Files {
		switch f.Name {
		case "args":
			args = strings.TrimSpace(string(f.Data))
		case "stdin":
			stdin = string(f.Data)
		case "exit", "stdout", "stderr":
		default:
			path := filepath.Join(work, f.Name)
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, f.Data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	var stdout, stderr bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &stdout, stderr: &stderr}
	code := run(context.Background(), e, strings.Fields(strings.ReplaceAll(args, "$WORK", work)))
	got := map[string]string{
		"exit":   strconv.Itoa(code) + "\n",
		"stdout": strings.ReplaceAll(stdout.String(), work, "$WORK"),
		"stderr": strings.ReplaceAll(stderr.String(), work, "$WORK"),
	}
	validateJSON(t, schema, got["stdout"])
	if *update {
		writeGolden(t, file, ar, got)
		return
	}
	for _, name := range []string{"exit", "stdout", "stderr"} {
		want := ""
		for _, f := range ar.Files {
			if f.Name == name {
				want = string(f.Data)
			}
		}
		if got[name] != want {
			t.Errorf("%s of herald %s:\n got: %s\nwant: %s", name, args, got[name], want)
		}
	}
}

func writeGolden(t *testing.T, file string, ar *txtar.Archive, got map[string]string) {
	var files []txtar.File
	for _, f := range ar.Files {
		switch f.Name {
		case "exit", "stdout", "stderr":
		default:
			files = append(files, f)
		}
	}
	for _, name := range []string{"exit", "stdout", "stderr"} {
		if got[name] != "" {
			files = append(files, txtar.File{Name: name, Data: []byte(got[name])})
		}
	}
	ar.Files = files
	if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
		t.Fatal(err)
	}
}

// validateJSON checks each JSON document in out — one indented document, or
// one per line — against the herald/v1 schema.
func validateJSON(t *testing.T, schema *jsonschema.Schema, out string) {
	t.Helper()
	if !strings.HasPrefix(out, "{") {
		return
	}
	docs := []string{out}
	if !strings.HasPrefix(out, "{\n") {
		docs = strings.Split(strings.TrimSpace(out), "\n")
	}
	for i, d := range docs {
		v, err := jsonschema.UnmarshalJSON(strings.NewReader(d))
		if err != nil {
			t.Fatalf("document %d is not JSON: %v", i, err)
		}
		if err := schema.Validate(v); err != nil {
			t.Errorf("document %d does not match herald/v1: %v", i, err)
		}
	}
}

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(render.SchemaJSON))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("herald-v1.schema.json", v); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("herald-v1.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}
