package pattern

import (
	"errors"
	"strings"
	"testing"
)

// FuzzParse checks that Parse never panics, that every error it returns
// names a line of the input, and that every pattern it accepts has a
// trigger and parses again to itself from its canonical form.
func FuzzParse(f *testing.F) {
	f.Add("042 SRC visit TGT\n040 SRC meet (with)? TGT # c\n")
	f.Add("040/036 (meeting|talks) between SRC and TGT\n139 @deadline SRC set for TGT\n")
	f.Add("138 SRC threaten TGT with … ((force|attack)|=strike)?\r\n999 x\n(\n")
	f.Fuzz(func(t *testing.T, src string) {
		set, err := Parse("f.txt", src)
		lines := strings.Count(src, "\n") + 1
		if err != nil {
			var list ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error %v is not a non-empty ErrorList", err)
			}
			for _, e := range list {
				if e.Line < 1 || e.Line > lines || e.File != "f.txt" || e.Msg == "" {
					t.Fatalf("bad error %+v for %d lines", e, lines)
				}
			}
		}
		if set == nil {
			t.Fatal("nil set")
		}
		for _, p := range set.Patterns {
			checkPattern(t, p)
		}
	})
}

// checkPattern checks one accepted pattern.
func checkPattern(t *testing.T, p Pattern) {
	t.Helper()
	if p.Trigger < 0 || p.Trigger >= len(p.Items) {
		t.Fatalf("%q: trigger %d out of range", p.String(), p.Trigger)
	}
	if _, ok := p.Items[p.Trigger].Words(); !ok {
		t.Fatalf("%q: trigger is not a word", p.String())
	}
	canon := p.String()
	again, err := Parse("again", p.Code+" "+canon)
	if err != nil {
		t.Fatalf("canonical form %q does not parse: %v", canon, err)
	}
	if len(again.Patterns) != 1 || again.Patterns[0].String() != canon {
		t.Fatalf("canonical form %q parses to %v", canon, again.Patterns)
	}
}
