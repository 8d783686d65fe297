package event

import "strings"

// lemmas appends to buf the base forms that w, a lower-case word, may be
// an inflection of: w itself first, then its irregular base form, then
// what the suffix rules give. The rules over-generate on purpose ("hoped"
// gives both "hop" and "hope"): a pattern word matches when it is one of
// the candidates, and a wrong candidate is rarely a pattern word.
func lemmas(w string, buf []string) []string {
	buf = append(buf, w)
	if b, ok := irregular[w]; ok {
		buf = append(buf, b)
	}
	n := len(w)
	if n < 4 {
		return buf
	}
	switch {
	case strings.HasSuffix(w, "ies") || strings.HasSuffix(w, "ied"):
		buf = append(buf, w[:n-3]+"y") // denies, denied → deny
		if w[n-1] == 'd' {
			buf = append(buf, w[:n-1]) // tied → tie
		}
	case strings.HasSuffix(w, "es"):
		buf = append(buf, w[:n-2], w[:n-1]) // pushes → push; negotiates → negotiate
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		buf = append(buf, w[:n-1]) // visits → visit
	case strings.HasSuffix(w, "ed"):
		buf = append(buf, w[:n-2], w[:n-1]) // visited → visit; agreed → agree
		buf = undouble(w[:n-2], buf)        // planned → plan
	case strings.HasSuffix(w, "ing") && n > 4:
		stem := w[:n-3]
		buf = append(buf, stem, stem+"e") // meeting → meet; making → make
		buf = undouble(stem, buf)         // planning → plan
		if strings.HasSuffix(stem, "y") {
			buf = append(buf, stem[:len(stem)-1]+"ie") // dying → die
		}
	}
	return buf
}

// undouble appends stem without its last letter when the stem ends in a
// doubled letter, as in "plan" from "plann" ("planned"). The candidate is
// wrong for "killed" ("kil"), which does no harm.
func undouble(stem string, buf []string) []string {
	n := len(stem)
	if n >= 3 && stem[n-1] == stem[n-2] {
		buf = append(buf, stem[:n-1])
	}
	return buf
}

// sameForm are verbs whose past participle is their base form.
var sameForm = map[string]bool{
	"hit": true, "cut": true, "put": true, "set": true, "shut": true, "hurt": true,
	"let": true, "beat": true, "cast": true, "burst": true, "spread": true,
	"quit": true, "shed": true, "split": true, "upset": true, "bid": true,
	"broadcast": true, "forecast": true, "thrust": true, "cost": true,
}

// participle reports whether w, a lower-case word, looks like a past
// participle: a regular -ed form, an irregular form other than the base,
// or a verb such as "hit" whose participle is its base form.
func participle(w string) bool {
	if strings.HasSuffix(w, "ed") && len(w) > 3 || sameForm[w] {
		return true
	}
	b, ok := irregular[w]
	return ok && b != w && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "s")
}
