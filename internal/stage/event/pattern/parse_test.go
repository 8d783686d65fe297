package pattern

import (
	"errors"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	src := `# CAMEO 042 make a visit
042  SRC visit TGT
040  SRC meet (with)? TGT      # optional word
036  SRC (agree|plan|expect) to meet TGT
040/036  meeting between SRC and TGT   # nominal
163	SRC impose sanctions on TGT
125  SRC reject TGT ’s (proposal|plan|terms)
138  SRC threaten TGT with …
139  @deadline SRC set for TGT
`
	set, err := Parse("patterns.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		code, planned, canon string
		line                 int
	}{
		{"042", "", "SRC @visit TGT", 2},
		{"040", "", "SRC @meet (with)? TGT", 3},
		{"036", "", "SRC @(agree|plan|expect) to meet TGT", 4},
		{"040", "036", "@meeting between SRC and TGT", 5},
		{"163", "", "SRC @impose sanctions on TGT", 6},
		{"125", "", "SRC @reject TGT 's (proposal|plan|terms)", 7},
		{"138", "", "SRC @threaten TGT with …", 8},
		{"139", "", "@deadline SRC set for TGT", 9},
	}
	if len(set.Patterns) != len(want) {
		t.Fatalf("got %d patterns, want %d", len(set.Patterns), len(want))
	}
	for i, w := range want {
		p := set.Patterns[i]
		if p.Code != w.code || p.Planned != w.planned || p.String() != w.canon || p.Line != w.line || p.File != "patterns.txt" {
			t.Errorf("pattern %d = %s/%s %q line %d, want %s/%s %q line %d",
				i, p.Code, p.Planned, p.String(), p.Line, w.code, w.planned, w.canon, w.line)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{"999 SRC visit TGT", `unknown CAMEO code "999"`},
		{"36 SRC visit TGT", `unknown CAMEO code "36"`},
		{"040/99 SRC meet TGT", `unknown CAMEO code "99"`},
		{"042", "no pattern after code"},
		{"040 SRC meet (with TGT", "unbalanced parentheses"},
		{"040 SRC meet with) TGT", "unbalanced parentheses"},
		{"040 SRC (meet|) TGT", "empty alternative"},
		{"040 SRC () TGT", "empty alternative"},
		{"040 SRC with TGT", "no trigger"},
		{"040 SRC (the)? meeting? TGT", "no trigger"},
		{"040 meet with", "no SRC or TGT"},
		{"040 SRC meet SRC", "SRC appears 2 times"},
		{"040 SRC meet TGT and TGT", "TGT appears 2 times"},
		{"040 SRC? meet TGT", "slot cannot be optional"},
		{"040 SRC TGT meet", "SRC next to TGT"},
		{"040 SRC meet … … TGT", "a gap next to a gap"},
		{"040 … SRC meet TGT", "starts with a gap"},
		{"040 SRC meet (with TGT) now", "TGT inside a group"},
		{"040 SRC meet (a|…) TGT", "gap inside a group"},
		{"040 SRC @(with)? TGT meet", "trigger cannot be optional"},
		{"040 SRC @meet @with TGT", "more than one trigger"},
		{"040 SRC (@meet|see) TGT", "@ inside a group"},
		{"040 SRC @((meet) with|see) TGT", "trigger must be a word"},
		{"040 SRC meet?? TGT", "repeated ?"},
		{"040 ? SRC meet TGT", "? without a word"},
		{"040 SRC meet | see TGT", "| outside a group"},
		{"040 SRC me$t TGT", "invalid character '$'"},
		{"040 SRC's meeting with TGT", "write a slot apart"},
		{"040 SRC = TGT", "= without a word"},
		{"040 SRC meet TGT @", "@ without a word"},
		{"040 ((((((((((meet)))))))))) SRC", "nested deeper"},
	}
	for _, tt := range tests {
		_, err := Parse("p.txt", "# header\n"+tt.line+"\n")
		if err == nil {
			t.Errorf("%q: no error, want %q", tt.line, tt.want)
			continue
		}
		var list ErrorList
		if !errors.As(err, &list) || len(list) != 1 || list[0].Line != 2 {
			t.Errorf("%q: error %v, want one error on line 2", tt.line, err)
			continue
		}
		if !strings.HasPrefix(err.Error(), "p.txt:2: ") || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: error %q, want p.txt:2: …%s…", tt.line, err, tt.want)
		}
	}
}

func TestDuplicate(t *testing.T) {
	src := "042 SRC visit TGT\n043 SRC   @visit TGT  # same words, other code\n042 SRC visit TGT in\n"
	set, err := Parse("p.txt", src)
	if err == nil || err.Error() != `p.txt:2: duplicate pattern "SRC @visit TGT" (first on line 1)` {
		t.Fatalf("err = %v", err)
	}
	if len(set.Patterns) != 2 {
		t.Errorf("kept %d patterns, want the 2 good ones", len(set.Patterns))
	}
}

func TestErrorList(t *testing.T) {
	_, err := Parse("p.txt", "999 SRC x TGT\n\n040 SRC (meet TGT\n040 SRC meet TGT\n")
	var list ErrorList
	if !errors.As(err, &list) || len(list) != 2 {
		t.Fatalf("err = %v, want 2 errors", err)
	}
	if list[0].Line != 1 || list[1].Line != 3 {
		t.Errorf("lines %d, %d; want 1, 3", list[0].Line, list[1].Line)
	}
	if !strings.HasSuffix(err.Error(), "(and 1 more errors)") {
		t.Errorf("err = %q", err)
	}
	var one *Error
	if !errors.As(err, &one) || one.Line != 1 {
		t.Errorf("errors.As(*Error) = %v", one)
	}
}

func TestComments(t *testing.T) {
	set, err := Parse("p.txt", "  # indented comment\r\n042 SRC visit TGT#not-a-comment\r\n\r\n")
	if err == nil {
		t.Fatalf("want an error for the # inside a word, got %d patterns", len(set.Patterns))
	}
	set, err = Parse("p.txt", "042 SRC visit TGT\t# tab comment\r\n")
	if err != nil || len(set.Patterns) != 1 {
		t.Fatalf("got %v, %v", set, err)
	}
}

func TestBOM(t *testing.T) {
	set, err := Parse("p.txt", "\ufeff042 SRC visit TGT\n")
	if err != nil || len(set.Patterns) != 1 {
		t.Errorf("got %v, %v", set, err)
	}
}

func TestRoundTrip(t *testing.T) {
	for _, line := range []string{
		"040 SRC meet ((with|alongside)|=beside)? TGT in …",
		"0871 SRC (declare|announce) (a)? (ceasefire|truce|cease-fire)",
		"040/036 SRC - TGT (meeting|summit|talks)",
		"112 SRC accuse TGT of (war crimes|genocide)",
	} {
		set, err := Parse("p", line)
		if err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		p := set.Patterns[0]
		again, err := Parse("p", p.Code+" "+p.String())
		if err != nil || again.Patterns[0].String() != p.String() {
			t.Errorf("%q: round trip gave %v, %v", line, again, err)
		}
	}
}
