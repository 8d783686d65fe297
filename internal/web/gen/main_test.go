package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// topoJSON is a topology of two countries: a square made of two arcs, the
// second used reversed, and an island that crosses the antimeridian.
const topoJSON = `{"type":"Topology",
"transform":{"scale":[1,1],"translate":[-180,-90]},
"arcs":[[[180,90],[10,0],[0,10]],[[180,90],[0,10],[10,0]],[[359,100],[-358,0],[0,1]],[[0,0],[360,0]]],
"objects":{"countries":{"type":"GeometryCollection","geometries":[
{"type":"Polygon","id":"001","arcs":[[0,-2]],"properties":{"name":"Square & Co"}},
{"type":"MultiPolygon","id":"002","arcs":[[[2]]],"properties":{"name":"Island"}},
{"type":"Polygon","id":"010","arcs":[[3]],"properties":{"name":"Antarctica"}}]}}}`

func TestRun(t *testing.T) {
	dir := t.TempDir()
	in, out := filepath.Join(dir, "in.json"), filepath.Join(dir, "world.svg")
	if err := os.WriteFile(in, []byte(topoJSON), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run(in, out); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	got := string(b)
	for _, want := range []string{
		`viewBox="0 0 720 300"`,
		// The square: (0,0) (10,0) (10,10) then back along the second
		// arc reversed to (0,10) and (0,0); y grows southward.
		`<path d="M360 180l20 0 0 -20 -20 0 0 20z"><title>Square &amp; Co</title></path>`,
		// The island goes on past the right edge instead of jumping
		// back across the whole map.
		`<path d="M718 160l4 0 0 -2z"><title>Island</title></path>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("map lacks %s:\n%s", want, got)
		}
	}
	if strings.Contains(got, "Antarctica") {
		t.Errorf("the map draws a country wholly south of its edge")
	}
}

func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte("{"), 0o644)
	for _, in := range []string{"", filepath.Join(dir, "missing.json"), bad} {
		if err := run(in, filepath.Join(dir, "out.svg")); err == nil {
			t.Errorf("run(%q) succeeded", in)
		}
	}
}
