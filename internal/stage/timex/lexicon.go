package timex

// A class is what a word can contribute to a time expression.
type class uint8

// Word classes of the lexicon.
const (
	cNone     class = iota
	cMonth          // val: 1–12; flag: abbreviation
	cWeekday        // val: 1 (Monday) – 7; flag: plural
	cUnit           // val: a unit; flag: plural
	cNum            // val: "one" … "ninety", "dozen"
	cTeen           // val: "nineteen", used in spoken years
	cMult           // val: "hundred", "thousand"
	cOrd            // val: "first" … "thirty-first"
	cA              // "a", "an"
	cThe            // "the"
	cRel            // val: rel; "last", "next", "this", …
	cMod            // "early", "late", "mid", "earlier", "later"
	cApprox         // "about", "nearly", … and multi-word heads "more", "at", "up"
	cDeictic        // val: day offset: "yesterday", "today", "tomorrow", "tonight"
	cPart           // val: part of day: "morning", "night", …
	cClock          // val: hour: "noon", "midnight", "midday"
	cSeason         // val: season
	cSetAdv         // val: unit: "daily", "weekly", …
	cEvery          // "every", "each", "per"
	cAfter          // val: direction: "ago", "earlier", "later", "before", "after"
	cRef            // val: ref: "now", "recently", "soon", …
	cFiscal         // "fiscal"
	cHoliday        // val: holiday
	cZone           // "gmt", "utc", "edt", …
	cMeridiem       // val: 0 am, 12 pm
	cVague          // "several", "few", "couple", "many"
	cDecade         // val: decade digit: "twenties" … "nineties"
	cPeriod         // "period"
)

// A unit is a calendar or clock unit; units also name the granularity of a
// value.
type unit uint8

// Units, from finest to coarsest.
const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uPart // part of day: morning, afternoon, evening, night
	uDay
	uWeekend
	uWeek
	uMonth
	uSeason
	uQuarter
	uHalf
	uYear
	uDecade
	uCentury
	uMillennium
)

// rel values of cRel words: which occurrence of a unit they pick.
const (
	rLast     = iota + 1 // last, past, previous
	rNext                // next, coming, following
	rThis                // this, current, present
	rLatest              // latest: the most recent completed period
	rThat                // that, same: the period of the previous expression
	rPrevious            // previous, preceding: before the previous expression
	rFollow              // following, subsequent: after the previous expression
	rPast                // past: last, or a duration before a number
	rComing              // coming, upcoming: next, or a duration before a number
)

// ref values of cRef words.
const (
	refPresent = iota + 1
	refPast
	refFuture
	refFutureNoun // "future", a reference as "the future" or before a plural
	refRecent     // "recent", a reference alone or before a plural unit
	refCurrent    // "current", a reference unless a unit follows
)

// Seasons in TimeML order of codes.
const (
	sSpring = iota + 1
	sSummer
	sFall
	sWinter
)

// seasonCode gives the TimeML code of a season.
var seasonCode = [...]string{"", "SP", "SU", "FA", "WI"}

// partCode gives the TimeML code of a part of day.
var partCode = [...]string{"", "MO", "MI", "AF", "EV", "NI", "DT"}

// Parts of day, indexes into partCode.
const (
	pMorning = iota + 1
	pMidday
	pAfternoon
	pEvening
	pNight
	pDaytime
)

// Holidays.
const (
	hNewYear = iota + 1
	hNewYearEve
	hChristmas
	hChristmasEve
	hThanksgiving
	hEaster
	hElection
	hIndependence
	hLabor
	hMemorial
	hHalloween
	hValentine
	hVeterans
)

// Tense cues carried by words.
const (
	tenseNone   int8 = 0
	tensePast   int8 = -1
	tenseFuture int8 = 1
)

// An entry is what the lexicon knows about one lower-case word.
type entry struct {
	cls   class
	val   int16
	flag  bool // abbreviation or plural, by class
	tense int8 // tensePast, tenseFuture or tenseNone
}

// lexicon maps lower-case words to entries. It is built once and only read.
var lexicon = buildLexicon()

// buildLexicon returns the lexicon of time words and tense cues.
func buildLexicon() map[string]entry {
	m := make(map[string]entry, 600)
	add := func(e entry, words ...string) {
		for _, w := range words {
			m[w] = e
		}
	}
	addCalendar(m, add)
	addNumbers(add)
	addFunctionWords(add)
	addTenseCues(m)
	return m
}

// addCalendar adds months, weekdays, units, seasons, parts of day and
// holidays.
func addCalendar(m map[string]entry, add func(entry, ...string)) {
	months := []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
	for i, w := range months {
		add(entry{cls: cMonth, val: int16(i + 1)}, w)
		if len(w) > 4 {
			add(entry{cls: cMonth, val: int16(i + 1), flag: true}, w[:3])
		}
	}
	add(entry{cls: cMonth, val: 9, flag: true}, "sept")
	days := []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	for i, w := range days {
		add(entry{cls: cWeekday, val: int16(i + 1)}, w)
		add(entry{cls: cWeekday, val: int16(i + 1), flag: true}, w+"s")
	}
	units := []struct {
		u     unit
		words []string
	}{
		{uSecond, []string{"second"}}, {uMinute, []string{"minute", "min"}},
		{uHour, []string{"hour", "hr"}}, {uDay, []string{"day"}},
		{uWeekend, []string{"weekend"}}, {uWeek, []string{"week"}},
		{uMonth, []string{"month"}}, {uQuarter, []string{"quarter"}},
		{uHalf, []string{"half"}}, {uYear, []string{"year", "yr"}},
		{uDecade, []string{"decade"}}, {uCentury, []string{"century"}},
		{uMillennium, []string{"millennium"}},
	}
	for _, u := range units {
		for _, w := range u.words {
			add(entry{cls: cUnit, val: int16(u.u)}, w)
			add(entry{cls: cUnit, val: int16(u.u), flag: true}, w+"s")
		}
	}
	add(entry{cls: cUnit, val: int16(uCentury), flag: true}, "centuries")
	add(entry{cls: cUnit, val: int16(uMillennium), flag: true}, "millennia")
	add(entry{cls: cUnit, val: int16(uHalf), flag: true}, "halves")
	add(entry{cls: cSeason, val: sSpring}, "spring")
	add(entry{cls: cSeason, val: sSummer}, "summer")
	add(entry{cls: cSeason, val: sFall}, "fall", "autumn")
	add(entry{cls: cSeason, val: sWinter}, "winter")
	add(entry{cls: cPart, val: pMorning}, "morning")
	add(entry{cls: cPart, val: pAfternoon}, "afternoon")
	add(entry{cls: cPart, val: pEvening}, "evening")
	add(entry{cls: cPart, val: pNight}, "night")
	add(entry{cls: cPart, val: pMorning, flag: true}, "mornings")
	add(entry{cls: cPart, val: pAfternoon, flag: true}, "afternoons")
	add(entry{cls: cPart, val: pEvening, flag: true}, "evenings")
	add(entry{cls: cPart, val: pNight, flag: true}, "nights")
	add(entry{cls: cClock, val: 12}, "noon", "midday")
	add(entry{cls: cClock, val: 24}, "midnight")
	holidays := []struct {
		h int16
		w string
	}{
		{hChristmas, "christmas"}, {hThanksgiving, "thanksgiving"}, {hEaster, "easter"},
		{hHalloween, "halloween"}, {hValentine, "valentine"}, {hElection, "election"},
		{hIndependence, "independence"}, {hLabor, "labor"}, {hMemorial, "memorial"},
		{hVeterans, "veterans"},
	}
	for _, h := range holidays {
		m[h.w] = entry{cls: cHoliday, val: h.h}
	}
}

// addNumbers adds numbers and ordinals written in words.
func addNumbers(add func(entry, ...string)) {
	ones := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
		"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
		"seventeen", "eighteen", "nineteen"}
	for i, w := range ones {
		c := cNum
		if i >= 10 {
			c = cTeen
		}
		add(entry{cls: c, val: int16(i)}, w)
	}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		add(entry{cls: cNum, val: int16(20 + 10*i)}, w)
		add(entry{cls: cDecade, val: int16(2 + i)}, w[:len(w)-1]+"ies")
	}
	add(entry{cls: cNum, val: 12}, "dozen")
	add(entry{cls: cMult, val: 100}, "hundred")
	add(entry{cls: cMult, val: 1000}, "thousand")
	ords := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
		"eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
		"fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"}
	for i, w := range ords {
		add(entry{cls: cOrd, val: int16(i + 1)}, w)
	}
	add(entry{cls: cOrd, val: 30}, "thirtieth")
	add(entry{cls: cOrd, val: 21}, "twenty-first")
}

// addFunctionWords adds determiners, modifiers, quantifiers, references and
// the other small words of time expressions.
func addFunctionWords(add func(entry, ...string)) {
	add(entry{cls: cA}, "a", "an")
	add(entry{cls: cThe}, "the")
	add(entry{cls: cRel, val: rLast, tense: tensePast}, "last")
	add(entry{cls: cRel, val: rNext, tense: tenseFuture}, "next")
	add(entry{cls: cRel, val: rComing, tense: tenseFuture}, "coming", "upcoming")
	add(entry{cls: cRel, val: rThis}, "this", "present")
	add(entry{cls: cRel, val: rLatest}, "latest")
	add(entry{cls: cRel, val: rThat}, "that", "same")
	add(entry{cls: cRel, val: rPrevious}, "previous", "preceding", "prior")
	add(entry{cls: cRel, val: rFollow}, "following", "subsequent", "ensuing")
	add(entry{cls: cRel, val: rPast}, "past")
	add(entry{cls: cMod}, "early", "late", "mid", "middle", "end", "beginning", "start",
		"earlier", "later", "sometime")
	add(entry{cls: cApprox}, "about", "around", "nearly", "almost", "approximately", "roughly",
		"some", "over", "under", "more", "less", "fewer", "at", "up", "no", "just", "barely")
	add(entry{cls: cDeictic, val: -1, tense: tensePast}, "yesterday")
	add(entry{cls: cDeictic, val: 0}, "today")
	add(entry{cls: cDeictic, val: 1, tense: tenseFuture}, "tomorrow")
	add(entry{cls: cDeictic, val: 2}, "tonight")
	add(entry{cls: cSetAdv, val: int16(uDay)}, "daily")
	add(entry{cls: cSetAdv, val: int16(uWeek)}, "weekly")
	add(entry{cls: cSetAdv, val: int16(uMonth)}, "monthly")
	add(entry{cls: cSetAdv, val: int16(uQuarter)}, "quarterly")
	add(entry{cls: cSetAdv, val: int16(uYear)}, "annually", "yearly")
	add(entry{cls: cSetAdv, val: int16(uHalf)}, "semiannually")
	add(entry{cls: cSetAdv, val: int16(uHour)}, "hourly")
	add(entry{cls: cSetAdv, val: int16(uPart)}, "nightly")
	add(entry{cls: cEvery}, "every", "each", "per")
	add(entry{cls: cAfter, val: -1, tense: tensePast}, "ago")
	add(entry{cls: cAfter, val: -2}, "earlier", "before")
	add(entry{cls: cAfter, val: 2}, "later", "after")
	add(entry{cls: cAfter, val: 1}, "hence")
	add(entry{cls: cRef, val: refPresent}, "now", "currently", "nowadays", "presently")
	add(entry{cls: cRef, val: refCurrent}, "current")
	add(entry{cls: cRef, val: refPast}, "recently", "lately")
	add(entry{cls: cRef, val: refRecent}, "recent")
	add(entry{cls: cRef, val: refFutureNoun}, "future")
	add(entry{cls: cFiscal}, "fiscal", "fy")
	add(entry{cls: cZone}, "gmt", "utc", "edt", "est", "cdt", "cst", "mdt", "mst", "pdt", "pst",
		"bst", "cet", "cest", "et", "pt", "msk", "ist", "jst")
	add(entry{cls: cMeridiem, val: 0}, "am")
	add(entry{cls: cMeridiem, val: 12}, "pm")
	add(entry{cls: cVague}, "several", "few", "couple", "many")
	add(entry{cls: cPeriod}, "period")
}

// addTenseCues marks the verbs and auxiliaries from which the tense of a
// sentence is read. Words already in the lexicon keep their class.
func addTenseCues(m map[string]entry) {
	cue := func(t int8, words ...string) {
		for _, w := range words {
			e := m[w]
			e.tense = t
			m[w] = e
		}
	}
	cue(tenseFuture, "will", "shall", "ll", "gonna", "scheduled", "would", "upcoming",
		"slated")
	cue(tensePast, "was", "were", "had", "did", "said", "told", "met", "came", "went", "made",
		"took", "gave", "saw", "began", "won", "lost", "left", "held", "got", "found", "sent",
		"spent", "brought", "bought", "fell", "rose", "became", "ran", "wrote", "spoke",
		"knew", "thought", "paid", "led", "struck", "fought", "fled", "sold", "built",
		"kept", "felt", "meant", "stood", "shot", "broke", "chose", "drove", "flew", "grew",
		"threw", "wore", "hit", "quit", "sought", "taught", "caught", "fed", "dealt",
		"slid", "sank", "swore", "sat", "wasn", "weren", "didn", "hadn", "ago",
		"since", "been")
}
