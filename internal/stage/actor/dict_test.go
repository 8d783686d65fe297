package actor

import (
	"errors"
	"github.com/heraldproject/herald/internal/devdata"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// day returns the day of y-m-d.
func mkday(y, m, d int) day { return dayOf(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)) }

// codeOn looks up name in d and returns its code on day on.
func codeOn(t *testing.T, d *dict, name string, on day) string {
	t.Helper()
	k := key(name)
	es := d.lookup(k, words(k))
	if len(es) == 0 {
		t.Errorf("%s: no entry %q", d.name, name)
		return ""
	}
	code, _ := es[0].codeAt(on, func(c string) bool { return c != "IGO" })
	return code
}

func TestHeraldFormat(t *testing.T) {
	const src = `# a comment
Vladimir Putin; Putin | RUSGOV | 2000-05-07..2008-05-07, 2012-05-07.. | President of Russia
Dmitry Medvedev | rusgov | 2008-05-07..2012-05-07 | President of Russia   # codes are upper-cased
Dmitry Medvedev | RUSGOV | 2012-05-08..2020-01-16 | Prime Minister of Russia
Kremlin; the Kremlin | RUSGOV
Old Republic | OLD | ..1991-12 | a state that no longer exists
Nobody | ---

spokesperson; spokesman | ~GOV
human rights body | NGO~
`
	d := newDict("test.txt")
	if err := d.readHerald("test.txt", strings.NewReader(src), kindUnknown); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		on   day
		want string
	}{
		{"Vladimir Putin", mkday(2005, 1, 1), "RUSGOV"},
		{"Putin", mkday(2025, 8, 8), "RUSGOV"},
		{"Putin", mkday(2010, 1, 1), "RUSELI"}, // between offices: a former official
		{"Putin", mkday(1995, 1, 1), "RUS"},    // before any office
		{"Putin", 0, "RUSGOV"},                 // no date: the latest
		{"Dmitry Medvedev", mkday(2008, 5, 7), "RUSGOV"},
		{"Dmitry Medvedev", mkday(2021, 1, 1), "RUSELI"},
		{"the Kremlin", mkday(1990, 1, 1), "RUSGOV"},
		{"Old Republic", mkday(1991, 11, 30), "OLD"},
		{"Nobody", mkday(2020, 1, 1), noCode},
	}
	for _, tt := range tests {
		if got := codeOn(t, d, tt.name, tt.on); got != tt.want {
			t.Errorf("%s on %v: %q, want %q", tt.name, tt.on, got, tt.want)
		}
	}
	if a, ok := d.agents["spokesman"]; !ok || a.code != "GOV" || a.prefix {
		t.Errorf("agent spokesman: %+v, %v", a, ok)
	}
	if a, ok := d.agents["human rights body"]; !ok || a.code != "NGO" || !a.prefix {
		t.Errorf("agent human rights body: %+v, %v", a, ok)
	}
	if es := d.lookup("dmitry medvedev", nil); len(es) != 1 || len(es[0].periods) != 2 {
		t.Errorf("Medvedev's two lines are not one entry with two periods: %+v", es)
	}
}

func TestHeraldFormatErrors(t *testing.T) {
	tests := []struct {
		src, want string
	}{
		{"ok | USA\nno code field\n", "line 2"},
		{"Name | US\n", "line 1"},
		{"Name | US!A\n", "code"},
		{"Name | USAGOV | 2020-13-01.. \n", "line 1"},
		{"Name | USAGOV | 2020-02-30..\n", "no such day"},
		{"Name | USAGOV | 2020-01-01..2019-01-01\n", "ends before it starts"},
		{"Name | USAGOV | 2020-01-01\n", "FROM..TO"},
		{"\n\nword | ~GOV | 2020..\n", "line 3"},
		{" ; ; | USA\n", "no name"},
		{"--- | USA\n", "no letters"},
		{"a | b | c | d | e\n", "5 fields"},
	}
	for _, tt := range tests {
		d := newDict("bad.txt")
		err := d.readHerald("bad.txt", strings.NewReader(tt.src), kindUnknown)
		if err == nil {
			t.Errorf("%q: no error", tt.src)
			continue
		}
		if !errors.Is(err, ErrDictionary) || !strings.Contains(err.Error(), "bad.txt") || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: error %q, want one naming bad.txt with %q", tt.src, err, tt.want)
		}
	}
}

func TestPetrarchFormat(t *testing.T) {
	const src = `<!-- PETRARCH ACTORS
   over several lines -->
UNITED_STATES [USA]
+USA
+U.S.  #JW   9/12/91
ARGENTIN  [ARG]
ARNOR_  [ARN]
GOLLUM  # pas 27 Apr 03
+SMEAGOL
	[HOB < 950601]
	[HOBGOV 19950601 - 19990815]
#	[950601-990815]  commented out
	[HOBREB > 990816]
SAM_GAMGEE [HOB]
	[HOBCIV <20080120]
	[ORCHOB 20100109-20100112]
	[HOBMIL 20080120-20121109]
PALESTINIAN [pse]
LORIEN  [ELR/GAL]
PRINCE OF DOL AMROTH
	[--- <950630]
	[DOL]
ENT
	[ENT]
#NASGUL  [###]
<! -- an odd comment -->
!PERSON! = MAN, MEN, WOMAN, WOMEN
PRESIDENT [~GOV] # ns 6/26/01
CONGRESS!PERSON! [~LEG]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
MEDIA {} [~MED]
HUMAN_RIGHTS_BODY  [NGO~]
POLICE {} [ ~COP]
`
	d, err := readPetrarch("test.actors", strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		on   day
		want string
	}{
		{"United States", 0, "USA"},
		{"U.S.", 0, "USA"},
		{"Argentina", 0, "ARG"}, // a stem
		{"Argentine", 0, "ARG"},
		{"Arnor", 0, "ARN"},
		{"Smeagol", mkday(1990, 1, 1), "HOB"},
		{"Gollum", mkday(1995, 6, 1), "HOBGOV"},
		{"Gollum", mkday(1999, 8, 15), "HOBGOV"}, // ranges include their last day
		{"Gollum", mkday(1999, 8, 16), "HOBELI"}, // ">" is after the day: nothing holds, after an office
		{"Gollum", mkday(1999, 8, 17), "HOBREB"},
		{"Sam Gamgee", mkday(2010, 1, 10), "ORCHOB"}, // the first that holds wins
		{"Sam Gamgee", mkday(2011, 1, 1), "HOBMIL"},
		{"Sam Gamgee", mkday(2020, 1, 1), "HOB"}, // the undated code
		{"Palestinian", 0, "PSE"},
		{"Lorien", 0, "ELR"},
		{"Prince of Dol Amroth", mkday(1990, 1, 1), noCode},
		{"Prince of Dol Amroth", mkday(2000, 1, 1), "DOL"},
		{"Ent", 0, "ENT"},
	}
	for _, tt := range tests {
		if got := codeOn(t, d, tt.name, tt.on); got != tt.want {
			t.Errorf("%s on %v: %q, want %q", tt.name, tt.on, got, tt.want)
		}
	}
	for _, w := range []string{"arnoria", "nasgul"} {
		if es := d.lookup(w, words(w)); len(es) > 0 {
			t.Errorf("%q matches %q", w, es[0].name)
		}
	}
	checkPetrarchAgents(t, d)
}

// checkPetrarchAgents checks the agents of TestPetrarchFormat's dictionary.
func checkPetrarchAgents(t *testing.T, d *dict) {
	agents := map[string]agent{
		"president": {code: "GOV"}, "presidents": {code: "GOV"},
		"congressman": {code: "LEG"}, "congresswomen": {code: "LEG"},
		"attorney general": {code: "GOV"}, "attorneys general": {code: "GOV"},
		"media": {code: "MED"}, "human rights body": {code: "NGO", prefix: true},
		"human rights bodies": {code: "NGO", prefix: true}, "police": {code: "COP"},
	}
	for k, want := range agents {
		if got, ok := d.agents[k]; !ok || got != want {
			t.Errorf("agent %q: %+v %v, want %+v", k, got, ok, want)
		}
	}
	for _, k := range []string{"attorney generals", "medias", "polices"} {
		if _, ok := d.agents[k]; ok {
			t.Errorf("agent %q, which braces rule out", k)
		}
	}
}

func TestPetrarchErrors(t *testing.T) {
	tests := []struct {
		src, want string
	}{
		{"A [AAA]\n<!-- not closed\nB [BBB]\n", "line 2"},
		{"+SYNONYM\n", "belongs to no entry"},
		{"[CODE]\n", "belongs to no entry"},
		{"NAME [AB]\n", "code"},
		{"NAME [ABC <9913]\n", "date"},
		{"NAME [ABC 950101-940101]\n", "ends before"},
		{"NAME [ABC 19950231-19960101]\n", "no such day"},
		{"NAME [ABC\n", "not closed"},
		{"NAME\nOTHER [ABC]\n", "line 1"},
		{"NAME [ABC]\n+OTHER [DEF]\n", "may not carry"},
		{"NAME!X! [~GOV]\n", "not defined"},
		{"NAME [~G!]\n", "agent code"},
		{"NAME [ABC] junk\n", "unexpected"},
	}
	for _, tt := range tests {
		_, err := readPetrarch("bad.actors", strings.NewReader(tt.src))
		if err == nil {
			t.Errorf("%q: no error", tt.src)
			continue
		}
		if !errors.Is(err, ErrDictionary) || !strings.Contains(err.Error(), "bad.actors") || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: error %q, want one naming bad.actors with %q", tt.src, err, tt.want)
		}
	}
}

// TestPetrarchValidation reads the PETRARCH validation dictionaries.
func TestPetrarchValidation(t *testing.T) {
	actors := devdata.Path(t, "petrarch2/dictionaries/PETR.Validate.actors.txt")
	agents := devdata.Path(t, "petrarch2/dictionaries/PETR.Validate.agents.txt")
	d, err := readDictionaryFile(actors)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.all) < 100 {
		t.Errorf("read %d actors, want over 100", len(d.all))
	}
	tests := []struct {
		name string
		on   day
		want string
	}{
		{"Hamas", 0, "PSEREBHMS"},
		{"Israeli troops", 0, "ISRMIL"},
		{"Washington", 0, "USAGOV"},
		{"U.S.", 0, "USA"},
		{"Interpol", 0, "IGOCOPITP"},
		{"Norwegian", 0, "NOR"},
		{"Zimbabwe", mkday(1975, 1, 1), "RHO"},
		{"Zimbabwe", mkday(1990, 1, 1), "ZBW"},
		{"Slinker", mkday(1996, 1, 1), "HOBGOV"},
		{"Sam Gamgee", mkday(2010, 1, 10), "ORCHOB"},
		{"Sam Gamgee", mkday(2013, 1, 1), "HOBGOV"},
		{"Sam Gamgee", mkday(2014, 1, 1), "HOBELI"},
		{"Hamfast Gamgee", mkday(2000, 1, 1), "HOB"},
		{"Palestinian", 0, "PSE"},
	}
	for _, tt := range tests {
		if got := codeOn(t, d, tt.name, tt.on); got != tt.want {
			t.Errorf("%s on %v: %q, want %q", tt.name, tt.on, got, tt.want)
		}
	}
	ag, err := readDictionaryFile(agents)
	if err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]string{
		"foreign minister": "GOVFRM", "congresswomen": "LEG", "minister of silly walks": "GOV",
		"ministries of silly walks": "GOV", "police": "COP", "troops": "MIL", "golden geese": "GGS",
	} {
		if a, ok := ag.agents[k]; !ok || a.code != want {
			t.Errorf("agent %q: %+v %v, want %s", k, a, ok, want)
		}
	}
}

// TestUserDictionaries checks that the stage reads the user's
// dictionaries, that they override herald's knowledge, and that a
// malformed one stops Load with the file and line.
func TestUserDictionaries(t *testing.T) {
	dir := t.TempDir()
	herald := filepath.Join(dir, "mine.txt")
	petrarch := filepath.Join(dir, "mine.actors")
	bad := filepath.Join(dir, "bad.txt")
	write := func(p, s string) {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(herald, "# mine\nVladimir Putin; Putin | RUSMIL | 2025-01-01.. | Supreme Commander\nhelmsman | ~GOV\n")
	write(petrarch, "<!-- mine -->\nCONTOSO_CORP [USABUS]\n+CONTOSO\nSTEVE_WITKOFF [USAELI]\n")
	write(bad, "Fine | USA\nBroken | U\n")
	s := New(Options{Dictionaries: []string{herald, petrarch}})
	if err := s.Load(t.Context()); err != nil {
		t.Fatal(err)
	}
	doc := analyse(t, s, "Russian President Vladimir Putin met Steve Witkoff. Contoso said the Ukrainian helmsman Ivan Franko resigned.", seedDate)
	for name, want := range map[string]string{
		"Vladimir Putin": "RUSMIL", "Steve Witkoff": "USAELI", "Contoso": "USABUS", "Ivan Franko": "UKRGOV",
	} {
		e := find(doc, name)
		if e == nil || e.Actor != want {
			var got []string
			for _, e := range doc.Entities {
				got = append(got, describe(doc, e))
			}
			t.Errorf("%s: %v, want %s; entities:\n  %s", name, e, want, joinLines(got))
		}
	}
	err := New(Options{Dictionaries: []string{herald, bad}}).Load(t.Context())
	if !errors.Is(err, ErrDictionary) || !strings.Contains(err.Error(), bad) || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("Load with a bad dictionary: %v", err)
	}
	if err := New(Options{Dictionaries: []string{filepath.Join(dir, "missing.txt")}}).Load(t.Context()); err == nil {
		t.Errorf("Load with a missing dictionary: no error")
	}
}
