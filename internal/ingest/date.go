package ingest

import (
	"errors"
	"strings"
	"time"
)

// dateLayouts are the date formats that parseDate accepts, most common
// first.
var dateLayouts = []string{
	time.RFC3339,
	"2006-01-02",
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006/01/02",
	"2006/01/02 15:04:05",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006 15:04 MST",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 MST",
	time.RFC850,
	time.ANSIC,
	"2 Jan 2006",
	"2 January 2006",
	"Jan 2, 2006",
	"January 2, 2006",
	"Jan 2, 2006 15:04 MST",
	"January 2, 2006 15:04 MST",
}

// zoneOffsets are the offsets, in seconds east of UTC, of the zone
// abbreviations that RFC 822 allows besides UT and GMT, and of a few more
// seen in news feeds. Other abbreviations are refused rather than read as
// UTC.
var zoneOffsets = map[string]int{
	"UT": 0, "UTC": 0, "GMT": 0, "Z": 0,
	"EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600,
	"MST": -7 * 3600, "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600,
	"BST": 1 * 3600, "CET": 1 * 3600, "CEST": 2 * 3600, "EET": 2 * 3600,
	"EEST": 3 * 3600, "IST": 5*3600 + 1800, "JST": 9 * 3600,
}

var errDate = errors.New("unknown date format")

// parseDate reads a date in one of dateLayouts, keeping its time zone: the
// local date of a story is what relative dates in its text refer to. A date
// without a time zone is taken to be UTC. An empty string is the zero time.
func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range dateLayouts {
		t, err := time.ParseInLocation(layout, s, time.UTC)
		if err != nil {
			continue
		}
		if strings.Contains(layout, "MST") {
			name, _ := t.Zone()
			off, ok := zoneOffsets[strings.ToUpper(name)]
			if !ok {
				return time.Time{}, errors.New("unknown time zone " + name)
			}
			// The parser gives unknown abbreviations a zero offset.
			t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.FixedZone(name, off))
		}
		return t, nil
	}
	return time.Time{}, errDate
}
