package quote

import "strings"

// A wclass is a set of word classes, as bits.
type wclass uint32

// Word classes. A word can be in several.
const (
	wDet    wclass = 1 << iota // the, a, this, some, …
	wPoss                      // his, her, their, …: also determiners
	wSubj                      // he, she, they, it, I, we, you
	wObj                       // him, her, them, us, me, you, it
	wReflex                    // himself, herself, …
	wRel                       // who, which, that, whom
	wPrep                      // in, on, at, of, …
	wConj                      // and, or, but, because, …
	wAux                       // has, is, will, would, did, …
	wBe                        // is, was, were, been, …
	wAdv                       // also, later, repeatedly, …: skipped between subject and verb
	wTime                      // Monday, today, week, …
	wNeg                       // not, n't, never
	wThat                      // that
	wWh                        // whether, if, how, why, what, when, where
)

// wordTable lists the closed word classes, one class per line.
var wordTable = []struct {
	class wclass
	words string
}{
	{wDet, "the a an this these those some many several any each every both no all another other such much few more most either neither"},
	{wPoss | wDet, "his her their its our my your whose"},
	{wSubj, "he she they it i we you"},
	{wObj, "him her them us me you it"},
	{wReflex, "himself herself themselves itself myself ourselves yourself yourselves"},
	{wRel, "who which that whom"},
	{wPrep, "in on at of for to with from by about during after before since via through over under into onto against among amid amidst between without within despite near across per toward towards like than as upon beyond behind following including throughout"},
	{wConj, "and or but nor so yet because although though while whereas if unless whether when where once until"},
	{wAux, "has have had having is was are were be been being am do does did will would can could shall should may might must wo ca 's ’s 've ’ve 'd ’d 'll ’ll 're ’re 'm ’m"},
	{wBe, "is was are were be been being am 's ’s 're ’re 'm ’m"},
	{wAdv, "also repeatedly previously later since then now once again already still just even further often first initially recently earlier reportedly publicly privately quickly simply long later last subsequently separately similarly frequently always sometimes usually too however meanwhile"},
	{wTime, "january february march april june july august september october november december monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow morning afternoon evening night week weekend month year earlier later day days weeks months years hours minutes moments ago last this next recently"},
	{wNeg, "not n't n’t never"},
	{wThat, "that"},
	{wWh, "whether if how why what when where who which"},
}

// words maps a lower-case word to its classes. It is built once and only
// read.
var words = buildWords()

// buildWords expands wordTable into a map.
func buildWords() map[string]wclass {
	m := make(map[string]wclass, 300)
	for _, row := range wordTable {
		for _, w := range strings.Fields(row.words) {
			m[w] |= row.class
		}
	}
	return m
}
