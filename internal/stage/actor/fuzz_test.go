package actor

import (
	"bufio"
	"bytes"
	"errors"
	"testing"

	"github.com/heraldproject/herald"
)

// exercise looks up every name of d on a few days, as the stage does, so
// that a fuzzed dictionary that reads without error is also used.
func exercise(t *testing.T, d *dict) {
	days := []day{0, mkday(1990, 1, 1), mkday(2025, 8, 8)}
	isCountry := func(c string) bool { return c == "USA" || c == "RUS" }
	for _, e := range d.all {
		for _, k := range e.keys {
			d.lookup(k, words(k))
		}
		for _, p := range e.stems {
			d.lookup(joinKey(p.words), p.words)
		}
		for _, on := range days {
			code, _ := e.codeAt(on, isCountry)
			if code != "" && code != noCode && !validCode(code) && !validCode(code[:len(code)-3]) {
				t.Errorf("entry %s: code %q", e.src, code)
			}
			e.periodAt(on)
		}
	}
}

// checkReadError fails unless err is nil, a dictionary error or a line too
// long.
func checkReadError(t *testing.T, err error) {
	if err != nil && !errors.Is(err, ErrDictionary) && !errors.Is(err, bufio.ErrTooLong) {
		t.Fatalf("error %v is no dictionary error", err)
	}
}

// FuzzHerald reads arbitrary text as a dictionary in herald's format:
//
//	go test -run XXX -fuzz FuzzHerald -fuzztime 1m ./internal/stage/actor/
func FuzzHerald(f *testing.F) {
	f.Add([]byte("Vladimir Putin; Putin | RUSGOV | 2000-05-07..2008-05-07, 2012-05-07.. | President of Russia\n"))
	f.Add([]byte("spokesman | ~GOV\nNGO body | NGO~\nNobody | ---\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := readDictionary("fuzz.txt", bytes.NewReader(data), true)
		checkReadError(t, err)
		if err == nil {
			exercise(t, d)
		}
	})
}

// FuzzPetrarch reads arbitrary text as a PETRARCH actors or agents
// dictionary:
//
//	go test -run XXX -fuzz FuzzPetrarch -fuzztime 1m ./internal/stage/actor/
func FuzzPetrarch(f *testing.F) {
	f.Add([]byte("UNITED_STATES [USA]\n+U.S.\nGOLLUM\n\t[HOB <950601]\n\t[HOBGOV 19950601-19990815]\n"))
	f.Add([]byte("!PERSON! = MAN, MEN\nCONGRESS!PERSON! {} [~LEG]\nBODY [NGO~]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := readDictionary("fuzz.actors", bytes.NewReader(data), false)
		checkReadError(t, err)
		if err == nil {
			exercise(t, d)
		}
	})
}

// FuzzProcess runs the stages before the actor stage and then the actor
// stage on arbitrary text, which must not panic and must give entities
// whose mentions lie in the text:
//
//	go test -run XXX -fuzz FuzzProcess -fuzztime 1m ./internal/stage/actor/
func FuzzProcess(f *testing.F) {
	f.Add("Russian President Vladimir Putin met US special envoy Steve Witkoff in Moscow. He said his talks went well.")
	f.Add("MOSCOW (Reuters) - The Kremlin said sanctions on Moscow, Washington's tool, would fail; a senior Russian official, who spoke to him, agreed.")
	f.Fuzz(func(t *testing.T, text string) {
		doc := analyse(t, stage(t), text, seedDate)
		checkEntities(t, doc)
	})
}

// checkEntities checks the invariants of the stage's output: IDs in order,
// mentions inside the text, in order, and not in the dateline.
func checkEntities(t *testing.T, doc *herald.Document) {
	t.Helper()
	prev := -1
	for i, e := range doc.Entities {
		if len(e.Mentions) == 0 {
			t.Fatalf("%s has no mentions", e.ID)
		}
		if e.ID != "E"+itoa(i+1) || e.Mentions[0].Start < prev {
			t.Fatalf("entity %d: ID %s, first mention at %d after %d", i, e.ID, e.Mentions[0].Start, prev)
		}
		prev = e.Mentions[0].Start
		last := -1
		for _, m := range e.Mentions {
			if m.Start < last || m.Start < 0 || m.End > len(doc.Text) || m.Empty() {
				t.Fatalf("%s: mention %+v out of order or range", e.ID, m)
			}
			if !doc.Dateline.Empty() && m.Overlaps(doc.Dateline.Span) {
				t.Fatalf("%s: mention %+v in the dateline", e.ID, m)
			}
			last = m.Start
		}
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
