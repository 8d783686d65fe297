// Package devdata finds herald's development data for the tests that
// measure herald on it. The data — CoNLL-2003, TempEval-3, PolNeAR, the
// geoparsing corpora and the rest — is never part of the repository: it
// lies in shared/data beside the repository (../shared/data from its root),
// or wherever $HERALD_DATA points. Tests that need it skip without it, so
// `go test ./...` passes on a clone with nothing beside it.
package devdata

import (
	"os"
	"path/filepath"
	"testing"
)

// Root returns the development data folder and whether it exists:
// $HERALD_DATA when set, else shared/data beside the module root found by
// walking up from the working directory to go.mod.
func Root() (string, bool) {
	if dir := os.Getenv("HERALD_DATA"); dir != "" {
		return dir, isDir(dir)
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			// bench/ is a module of its own inside the repository; the
			// data lies beside the outermost one.
			if _, err := os.Stat(filepath.Join(filepath.Dir(dir), "go.mod")); err != nil {
				root := filepath.Join(filepath.Dir(dir), "shared", "data")
				return root, isDir(root)
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// Path returns the path of rel inside the development data, or skips t
// when it is not there.
func Path(t testing.TB, rel string) string {
	t.Helper()
	root, ok := Root()
	if !ok {
		t.Skipf("development data not found (set HERALD_DATA or put shared/data beside the repository)")
	}
	p := filepath.Join(root, filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		t.Skipf("development data %s not found: %v", rel, err)
	}
	return p
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}
