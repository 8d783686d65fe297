package devdata

import (
	"os"
	"path/filepath"
	"testing"
)

func TestRootFromEnvironment(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("HERALD_DATA", dir)
	if got, ok := Root(); got != dir || !ok {
		t.Errorf("Root() = %q, %v; want %q, true", got, ok, dir)
	}
	if err := os.WriteFile(filepath.Join(dir, "x.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := Path(t, "x.txt"); got != filepath.Join(dir, "x.txt") {
		t.Errorf("Path = %q", got)
	}
	t.Setenv("HERALD_DATA", filepath.Join(dir, "missing"))
	if _, ok := Root(); ok {
		t.Error("Root() found a missing folder")
	}
}

func TestRootBesideModule(t *testing.T) {
	t.Setenv("HERALD_DATA", "")
	root, _ := Root()
	// The package lies in internal/devdata of the module, so the data
	// folder is three levels up, beside the repository.
	want, err := filepath.Abs("../../../shared/data")
	if err != nil {
		t.Fatal(err)
	}
	if root != want {
		t.Errorf("Root() = %q, want %q", root, want)
	}
}
