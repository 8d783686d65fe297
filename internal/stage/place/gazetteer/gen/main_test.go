package main

import (
	"bytes"
	"os"
	"testing"
)

// TestRegenerate checks that the committed gazetteer.bin is what the
// pinned npm packages give, byte for byte. It needs the packages
// installed (see the package comment) in $HERALD_GAZ_NPM or
// /tmp/gaz/node_modules, and skips without them.
func TestRegenerate(t *testing.T) {
	dir := os.Getenv("HERALD_GAZ_NPM")
	if dir == "" {
		dir = "/tmp/gaz/node_modules"
	}
	if err := checkVersions(dir); err != nil {
		t.Skipf("source packages not installed: %v", err)
	}
	got, stats, err := generate(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(stats)
	want, err := os.ReadFile("../gazetteer.bin")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("regenerated gazetteer differs from ../gazetteer.bin (%d bytes, committed %d): run go generate", len(got), len(want))
	}
}
