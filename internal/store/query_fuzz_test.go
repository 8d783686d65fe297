package store

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/heraldproject/herald"
)

// FuzzCheck checks arbitrary queries: each is refused with
// herald.ErrBadQuery or becomes a filter whose fields hold only what the
// stores' SQL expects.
//
//	go test -run XXX -fuzz FuzzCheck -fuzztime 1m ./internal/store/
func FuzzCheck(f *testing.F) {
	f.Add("RUS*", "04", "consult", 1, "asserted", "ukr", int64(1754611200), int64(1754697600), "meeting* \"Putin\"", 5, Cursor(EventCursor, "2025-08-08", 7), true)
	f.Add("*", "0421*", "", 0, "", "", int64(0), int64(0), "", 0, "", false)
	f.Add("ſ", "99999", "\x00", 5, "said", "RU", int64(-62135596801), int64(253402300800), "\x01 \xff *", -1, "YQ", false)
	f.Add("ZZ9*", "9*", "", 4, "negated", "ÄÖÜ", int64(1), int64(0), "** a* *b", 1001, Cursor(ArticleCursor, "", -1), true)
	f.Fuzz(func(t *testing.T, actor, cameo, plover string, quad int, modality, country string, from, to int64, text string, limit int, after string, articles bool) {
		kind := byte(EventCursor)
		if articles {
			kind = ArticleCursor
		}
		q := herald.Query{Actor: actor, CAMEO: cameo, PLOVER: plover, QuadClass: quad, Modality: herald.Modality(modality),
			Country: country, Text: text, Limit: limit, After: after}
		if from != 0 {
			q.From = time.Unix(from, 0)
		}
		if to != 0 {
			q.To = time.Unix(to, 0)
		}
		filter, err := Check(q, kind)
		if err != nil {
			if !errors.Is(err, herald.ErrBadQuery) {
				t.Errorf("Check(%+v) = %v, which does not wrap herald.ErrBadQuery", q, err)
			}
			return
		}
		if problem := filterProblem(filter, kind); problem != "" {
			t.Errorf("Check(%+v) = %+v: %s", q, filter, problem)
		}
	})
}

// filterProblem says what is wrong with a filter that Check returned, or
// "" when nothing is.
func filterProblem(f Filter, kind byte) string {
	switch {
	case f.Limit < 1 || f.Limit > herald.MaxLimit:
		return "limit out of range"
	case f.Actor != nil && (f.Actor.Lo == "" || strings.Trim(f.Actor.Lo, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") != ""):
		return "actor is not a code of upper-case letters and digits"
	case f.CAMEO != nil && (len(f.CAMEO.Lo) < 1 || len(f.CAMEO.Lo) > 4 || strings.Trim(f.CAMEO.Lo, "0123456789") != ""):
		return "CAMEO is not one to four digits"
	case f.Country != "" && (len(f.Country) != 3 || strings.Trim(f.Country, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != ""):
		return "country is not three upper-case letters"
	case f.From != "" && f.To != "" && f.To < f.From:
		return "date range ends before it begins"
	}
	for _, term := range f.Terms {
		if term.Word == "" || !utf8.ValidString(term.Word) || strings.ContainsAny(term.Word, "\" \t\n") || strings.IndexFunc(term.Word, isControl) >= 0 {
			return "term " + term.Word + " is empty or holds a quote, space or control character"
		}
	}
	if f.After {
		day, id, err := parseCursor(Cursor(kind, f.AfterDay, f.AfterID), kind)
		if err != nil || day != f.AfterDay || id != f.AfterID {
			return "the cursor does not survive a round trip"
		}
	}
	return ""
}
