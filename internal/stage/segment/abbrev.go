package segment

import "strings"

// An abbr classifies a word that keeps its period by where it stands and
// whether it can end a sentence.
type abbr uint8

// Abbreviation classes.
const (
	aNone    abbr = iota
	aTitle        // before a name: Mr., Dr., Gen., St.; never ends a sentence
	aNumeric      // before a number: No., Art., pp.; keeps its period only there
	aMonth        // Jan., Sept.: ends a sentence only before a clear starter
	aNever        // e.g., i.e., vs., cf.: inside a sentence only
	aTime         // a.m., p.m.
	aEnd          // Inc., Co., Jr., Calif.: may end a sentence
	aEtc          // etc.: ends a sentence before any capital
	aCountry      // U.S., U.K., J.R.R.: ends a sentence only before a clear starter
	aInitial      // a single letter: an initial, or a letter ending a sentence
)

// exactAbbrevs are abbreviations that are matched with their case, because
// their lower-case forms are ordinary words ("ill.", "mass.", "miss.").
// The tables in this file are read-only.
var exactAbbrevs = map[string]abbr{
	"Ft": aTitle, "Mar": aMonth, "Ill": aEnd, "Mass": aEnd, "Miss": aEnd,
	"Ore": aEnd, "Wash": aEnd, "Ind": aEnd, "Mich": aEnd, "Mont": aEnd,
	"Del": aEnd, "Pa": aEnd, "La": aEnd, "Mo": aEnd, "Md": aEnd,
	"Ga": aEnd, "Va": aEnd, "Vt": aEnd, "Ky": aEnd, "Kan": aEnd,
	"Tex": aEnd, "Ala": aEnd, "Ark": aEnd, "Neb": aEnd, "Nev": aEnd,
	"Wis": aEnd, "Wyo": aEnd, "Ont": aEnd, "Que": aEnd, "Sask": aEnd,
	"Alta": aEnd, "Fri": aEnd, "Thu": aEnd, "Tue": aEnd,
}

// foldedAbbrevs are abbreviations matched in lower case. Multi-period ones
// are listed without their final period.
var foldedAbbrevs = map[string]abbr{
	// titles and ranks
	"mr": aTitle, "mrs": aTitle, "ms": aTitle, "messrs": aTitle, "mmes": aTitle,
	"dr": aTitle, "drs": aTitle, "prof": aTitle, "gen": aTitle, "gens": aTitle,
	"lt": aTitle, "lieut": aTitle, "col": aTitle, "maj": aTitle, "capt": aTitle,
	"cmdr": aTitle, "cdr": aTitle, "sgt": aTitle, "cpl": aTitle, "pvt": aTitle,
	"spc": aTitle, "adm": aTitle, "brig": aTitle, "sen": aTitle, "sens": aTitle,
	"rep": aTitle, "reps": aTitle, "gov": aTitle, "govs": aTitle, "pres": aTitle,
	"rev": aTitle, "revs": aTitle, "hon": aTitle, "rt": aTitle, "fr": aTitle,
	"msgr": aTitle, "supt": aTitle, "insp": aTitle, "det": aTitle, "amb": aTitle,
	"atty": aTitle, "st": aTitle, "ste": aTitle, "mt": aTitle, "mme": aTitle,
	"mlle": aTitle, "sra": aTitle, "sr": aEnd, "jr": aEnd, "esq": aEnd,
	// before numbers
	"no": aNumeric, "nos": aNumeric, "nr": aNumeric, "art": aNumeric,
	"arts": aNumeric, "fig": aNumeric, "figs": aNumeric, "vol": aNumeric,
	"vols": aNumeric, "pp": aNumeric, "ch": aNumeric, "chap": aNumeric,
	"sec": aNumeric, "para": aNumeric, "op": aNumeric, "rs": aNumeric,
	"ca": aNumeric, "tel": aNumeric, "ext": aNumeric, "est": aNumeric,
	"n°": aNumeric, "nº": aNumeric,
	// months and days
	"jan": aMonth, "feb": aMonth, "apr": aMonth, "jun": aMonth, "jul": aMonth,
	"aug": aMonth, "sep": aMonth, "sept": aMonth, "oct": aMonth, "nov": aMonth,
	"dec": aMonth, "tues": aMonth, "thur": aMonth, "thurs": aMonth,
	// inside a sentence only
	"e.g": aNever, "i.e": aNever, "cf": aNever, "vs": aNever, "viz": aNever,
	"approx": aNever, "resp": aNever,
	// times
	"a.m": aTime, "p.m": aTime,
	// after a name or a number
	"inc": aEnd, "corp": aEnd, "co": aEnd, "cos": aEnd, "ltd": aEnd,
	"plc": aEnd, "bros": aEnd, "al": aEnd, "ave": aEnd, "blvd": aEnd,
	"rd": aEnd, "hwy": aEnd, "dept": aEnd, "univ": aEnd, "assn": aEnd,
	"intl": aEnd, "natl": aEnd, "govt": aEnd, "mfg": aEnd, "ft": aEnd,
	"lb": aEnd, "lbs": aEnd, "oz": aEnd, "yd": aEnd, "yds": aEnd,
	"sq": aEnd, "hr": aEnd, "hrs": aEnd, "calif": aEnd, "colo": aEnd,
	"conn": aEnd, "fla": aEnd, "ariz": aEnd, "kans": aEnd, "minn": aEnd,
	"nebr": aEnd, "okla": aEnd, "tenn": aEnd, "wisc": aEnd, "penn": aEnd,
	"etc": aEtc,
	// countries and organisations
	"u.s": aCountry, "u.s.a": aCountry, "u.k": aCountry, "u.n": aCountry,
	"e.u": aCountry, "u.a.e": aCountry, "u.s.s.r": aCountry,
}

// lookupAbbrev classifies w, a word without its final period.
func lookupAbbrev(w string) abbr {
	if a, ok := exactAbbrevs[w]; ok {
		return a
	}
	if len(w) > 16 {
		return aNone
	}
	var buf [16]byte
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	return foldedAbbrevs[string(buf[:n])]
}

// classifyAbbrev classifies a token that kept its final period, such as
// "Mr.", "U.S." or "F.".
func classifyAbbrev(tok string) abbr {
	w := strings.TrimSuffix(tok, ".")
	if a := lookupAbbrev(w); a != aNone {
		return a
	}
	if oneRune(w) {
		return aInitial
	}
	return aCountry // an unlisted dotted abbreviation: F.B.I., J.R.R., Ph.D.
}

// titlesWithoutPeriod are titles as British style writes them.
var titlesWithoutPeriod = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Messrs": true,
}

// isTitle reports whether tok is a title that stands before a name.
func isTitle(tok string) bool {
	if w, ok := strings.CutSuffix(tok, "."); ok {
		return lookupAbbrev(w) == aTitle
	}
	return titlesWithoutPeriod[tok]
}

// starters are capitalised words that begin sentences far more often than
// they continue them. After an ambiguous abbreviation ("in the U.S. The
// president …") one of them signals a new sentence, where a name ("the U.S.
// Senate") does not.
var starters = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`
		A An The This That These Those There Here It Its He She His Her Him
		They Their Them We Our Us I My Me You Your Who Whom Whose What Which
		When Where Why How Whether If Unless Although Though While Whereas As
		Because Since Until After Before Once But And Or Nor So Yet Still Also
		However Meanwhile Moreover Furthermore Nevertheless Nonetheless Instead
		Indeed Thus Therefore Hence Otherwise Then Now Today Yesterday Tomorrow
		Tonight Earlier Later Last Next Finally First Second Third In On At For
		From By With Without Within Under Over During Despite Among Between
		Against According Following Amid Some Many Most More Much Few Several
		Both All Each Every Any No None Not Neither Either Other Another Such
		One Two Three Four Five Six Is Are Was Were Be Been Being Am Will Would
		Can Could Should Shall Might Must Do Does Did Has Have Had Let
		Please Officials Analysts Police Experts Critics Sources Residents
		Authorities Asked Speaking Separately Overall Elsewhere Like Unlike To
		Of Just Even Only Perhaps Maybe Already Again`) {
		m[w] = true
	}
	return m
}()

// oneRune reports whether s holds exactly one character.
func oneRune(s string) bool {
	if len(s) == 0 {
		return false
	}
	if s[0] < 0x80 {
		return len(s) == 1
	}
	for i := range s {
		if i > 0 {
			return false
		}
	}
	return true
}
