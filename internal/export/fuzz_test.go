package export

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzGDELT checks that any codes, names and dates give one row of 61
// cells, whatever they hold.
func FuzzGDELT(f *testing.F) {
	f.Add("036", "RUSGOV", "Vladimir\tPutin", "2025-08-15", "https://example.com/\n")
	f.Add("", "IGOUNO", "", "", "")
	f.Add("1", "RUSGO", "\r\n", "2024-12-31", "\"")
	f.Fuzz(func(t *testing.T, cameo, actor, name, date, url string) {
		h := hit()
		h.Event.CAMEO, h.Event.Source.Actor, h.Date = cameo, actor, date
		e := Resolve(h, nil)
		e.SourceName, e.URL = name, url
		var buf bytes.Buffer
		w := NewGDELT(&buf, false)
		if err := w.Write(e); err != nil || w.Flush() != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if strings.Count(out, "\n") != 1 || !strings.HasSuffix(out, "\n") || strings.Count(out, "\t") != 60 {
			t.Errorf("row %q is not one line of 61 cells", out)
		}
		a := SplitActor(actor)
		if len(a.Types) > 3 || (a.Country != "" && !strings.HasPrefix(strings.ToUpper(actor), a.Country)) {
			t.Errorf("SplitActor(%q) = %+v", actor, a)
		}
		if utf8.ValidString(cameo) && cameo != "" && !strings.Contains(out, "\t"+clean(cameo)+"\t") {
			t.Errorf("row %q lost the code %q", out, cameo)
		}
	})
}
