package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestGivenNames(t *testing.T) {
	tests := []struct {
		name                 string
		names, exclude, keep []string
		want                 []string
	}{
		{"kept", []string{"Mary", "John"}, nil, nil, []string{"John", "Mary"}},
		{"short", []string{"Al", "Jo", "Ann"}, nil, nil, []string{"Ann"}},
		{"excluded ignoring case", []string{"Georgia", "Grace", "Mary"}, []string{"georgia", "GRACE"}, nil, []string{"Mary"}},
		{"supplement kept though excluded", []string{"Max"}, []string{"Max"}, []string{"Max", "Ngozi"}, []string{"Max", "Ngozi"}},
		{"duplicates once", []string{"Anna", "Anna"}, nil, []string{"Anna"}, []string{"Anna"}},
		{"short supplement kept", nil, nil, []string{"Li", "Xi"}, []string{"Li", "Xi"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := givenNames(tt.names, tt.exclude, tt.keep); !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestEntries(t *testing.T) {
	got := entries([]byte("# header\nNew Zealand  # a comment\n\n  U.S. \n#\n"))
	want := []string{"New Zealand", "U.S."}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestCommitted regenerates the lists from the npm packages named by
// $HERALD_LISTS_NPM (see SOURCES.md) and compares them with the committed
// ones.
func TestCommitted(t *testing.T) {
	npm := os.Getenv("HERALD_LISTS_NPM")
	if npm == "" {
		t.Skip("HERALD_LISTS_NPM not set: no node_modules with the list packages")
	}
	dir := t.TempDir()
	for _, l := range handLists {
		b, err := os.ReadFile(filepath.Join("..", l+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, l+".txt"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := run(npm, dir); err != nil {
		t.Fatal(err)
	}
	for _, l := range []string{"givenname.txt", "country.txt"} {
		got, err := os.ReadFile(filepath.Join(dir, l))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("..", l))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("%s differs from what gen writes; regenerate it (SOURCES.md)", l)
		}
	}
}
