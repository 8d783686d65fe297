package web

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/heraldproject/herald"
)

// A filter is the event filter of a page's form: the values as typed, to
// fill the form again, and the query they make.
type filter struct {
	Text, Actor, With, Country, CAMEO, Modality, Quad, From, To, Period string

	Query herald.Query
}

// modalities are the choices of the modality filter.
var modalities = []herald.Modality{herald.Asserted, herald.Planned, herald.Hypothetical, herald.Conditional, herald.Negated, herald.Reported}

// parseFilter reads the filter from a request's query.
func parseFilter(v url.Values) (filter, error) {
	f := filter{
		Text:     strings.TrimSpace(v.Get("q")),
		Actor:    strings.ToUpper(strings.TrimSpace(v.Get("actor"))),
		With:     strings.ToUpper(strings.TrimSpace(v.Get("with"))),
		Country:  strings.ToUpper(strings.TrimSpace(v.Get("country"))),
		CAMEO:    strings.TrimSpace(v.Get("cameo")),
		Modality: strings.TrimSpace(v.Get("modality")),
		Quad:     strings.TrimSpace(v.Get("quad")),
		From:     strings.TrimSpace(v.Get("from")),
		To:       strings.TrimSpace(v.Get("to")),
		Period:   strings.TrimSpace(v.Get("period")),
	}
	q := herald.Query{Text: f.Text, Actor: f.Actor, CAMEO: f.CAMEO, After: v.Get("after")}
	if f.Country != "" {
		if len(f.Country) != 3 || strings.Trim(f.Country, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
			return f, fmt.Errorf("country %q is not a three-letter code", f.Country)
		}
		q.Country = f.Country
	}
	if f.Modality != "" {
		m := herald.Modality(f.Modality)
		if !slices.Contains(modalities, m) {
			return f, fmt.Errorf("modality %q is not one of %s", f.Modality, modalityList())
		}
		q.Modality = m
	}
	if f.Quad != "" {
		n, err := strconv.Atoi(f.Quad)
		if err != nil || n < 1 || n > 4 {
			return f, fmt.Errorf("quad class %q is not 1 to 4", f.Quad)
		}
		q.QuadClass = n
	}
	var err error
	if q.From, err = parseDay("from", f.From); err != nil {
		return f, err
	}
	if q.To, err = parseDay("to", f.To); err != nil {
		return f, err
	}
	switch f.Period {
	case "", string(herald.Day), string(herald.Week):
	default:
		return f, fmt.Errorf("period %q is not day or week", f.Period)
	}
	f.Query = q
	return f, nil
}

// modalityList returns the modalities as a list for messages.
func modalityList() string {
	names := make([]string, len(modalities))
	for i, m := range modalities {
		names[i] = string(m)
	}
	return strings.Join(names, ", ")
}

// parseDay reads a YYYY-MM-DD date; "" is the zero time.
func parseDay(name, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s date %q is not YYYY-MM-DD", name, s)
	}
	return t, nil
}

// Values returns the filter as URL query values, leaving out empty ones,
// for links that keep it.
func (f filter) Values() url.Values {
	v := url.Values{}
	for _, kv := range [][2]string{
		{"q", f.Text}, {"actor", f.Actor}, {"with", f.With}, {"country", f.Country},
		{"cameo", f.CAMEO}, {"modality", f.Modality}, {"quad", f.Quad},
		{"from", f.From}, {"to", f.To}, {"period", f.Period},
	} {
		if kv[1] != "" {
			v.Set(kv[0], kv[1])
		}
	}
	return v
}

// Modalities returns the choices of the modality filter.
func (filter) Modalities() []herald.Modality { return modalities }

// matchActor reports whether code matches pattern as Query.Actor does:
// ignoring case, with a trailing * matching any rest.
func matchActor(pattern, code string) bool {
	pattern, code = strings.ToUpper(pattern), strings.ToUpper(code)
	if p, ok := strings.CutSuffix(pattern, "*"); ok {
		return strings.HasPrefix(code, p)
	}
	return pattern == code
}
