package api

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/heraldproject/herald"
)

// filterParams are the query parameters that select events, as the flags
// of herald query do.
var filterParams = []string{"actor", "cameo", "plover", "quad", "modality", "country", "from", "to", "q"}

// params returns the request's query parameters after checking that each
// is known and given once, so that a misspelt filter is an error rather
// than silently ignored.
func params(u *url.URL, known ...[]string) (url.Values, error) {
	v, err := url.ParseQuery(u.RawQuery)
	if err != nil {
		return nil, badRequest("bad_query", "the query string is malformed")
	}
	for name, vals := range v {
		ok := false
		for _, k := range known {
			ok = ok || slices.Contains(k, name)
		}
		if !ok {
			return nil, badRequest("bad_query", fmt.Sprintf("unknown parameter %q", name))
		}
		if len(vals) > 1 {
			return nil, badRequest("bad_query", fmt.Sprintf("parameter %q is given %d times", name, len(vals)))
		}
		if !printable(vals[0]) {
			return nil, badRequest("bad_query", fmt.Sprintf("parameter %q holds invalid UTF-8 or a control character", name))
		}
	}
	return v, nil
}

// printable reports whether s is valid UTF-8 without control
// characters, which no filter has a use for.
func printable(s string) bool {
	return utf8.ValidString(s) && !strings.ContainsFunc(s, unicode.IsControl)
}

// query returns the store query of the filter parameters in v. The store
// checks the values further and answers ErrBadQuery for those out of
// range.
func query(v url.Values) (herald.Query, error) {
	q := herald.Query{Actor: v.Get("actor"), CAMEO: v.Get("cameo"), PLOVER: v.Get("plover"),
		Modality: herald.Modality(strings.ToLower(v.Get("modality"))), Text: v.Get("q"),
		Country: v.Get("country"), After: v.Get("after")}
	var err error
	if q.QuadClass, err = intParam(v, "quad"); err != nil {
		return q, err
	}
	if q.Limit, err = intParam(v, "limit"); err != nil {
		return q, err
	}
	if q.From, err = dayParam(v, "from"); err != nil {
		return q, err
	}
	if q.To, err = dayParam(v, "to"); err != nil {
		return q, err
	}
	return q, nil
}

// intParam reads a whole number ≥ 0; absent is 0.
func intParam(v url.Values, name string) (int, error) {
	s := v.Get(name)
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, badRequest("bad_query", fmt.Sprintf("%s %q is not a whole number ≥ 0", name, s))
	}
	return n, nil
}

func dayParam(v url.Values, name string) (time.Time, error) {
	s := v.Get(name)
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return t, badRequest("bad_query", fmt.Sprintf("%s %q is not a date in the form YYYY-MM-DD", name, s))
	}
	return t, nil
}
