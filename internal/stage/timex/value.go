package timex

import (
	"strconv"
	"time"
)

// isoWeekday returns the ISO day of the week of t: 1 Monday … 7 Sunday.
func isoWeekday(t time.Time) int { return (int(t.Weekday())+6)%7 + 1 }

// add moves t by n units and returns the start of the period it lands in
// (the day, the Monday of the week, the first of the month, …).
func add(t time.Time, n int, u unit) time.Time {
	y, m, d := t.Date()
	switch u {
	case uWeek, uWeekend:
		t = t.AddDate(0, 0, 7*n)
		return t.AddDate(0, 0, 1-isoWeekday(t))
	case uMonth:
		return time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	case uSeason, uQuarter:
		return time.Date(y, time.Month((int(m)-1)/3*3+1+3*n), 1, 0, 0, 0, 0, time.UTC)
	case uHalf:
		return time.Date(y, time.Month((int(m)-1)/6*6+1+6*n), 1, 0, 0, 0, 0, time.UTC)
	case uYear:
		return time.Date(y+n, 1, 1, 0, 0, 0, 0, time.UTC)
	case uDecade:
		return time.Date(floorDiv(y, 10)*10+10*n, 1, 1, 0, 0, 0, 0, time.UTC)
	case uCentury:
		return time.Date(floorDiv(y, 100)*100+100*n, 1, 1, 0, 0, 0, 0, time.UTC)
	case uMillennium:
		return time.Date(floorDiv(y, 1000)*1000+1000*n, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(y, m, d+n, 0, 0, 0, 0, time.UTC)
}

// floorDiv divides rounding towards minus infinity.
func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// format returns the TimeML value of the period of granularity g that
// starts at t: "2025-08-07", "2025-W33", "2025-08", "2025-Q3", "2025",
// "199", "19".
func format(t time.Time, g unit) string {
	y := t.Year()
	if y < 0 || y > 9999 {
		return ""
	}
	switch g {
	case uWeek, uWeekend:
		wy, w := t.ISOWeek()
		v := itoa4(wy) + "-W" + pad2(w)
		if g == uWeekend {
			v += "-WE"
		}
		return v
	case uMonth:
		return itoa4(y) + "-" + pad2(int(t.Month()))
	case uSeason:
		return seasonValue(t)
	case uQuarter:
		return itoa4(y) + "-Q" + strconv.Itoa((int(t.Month())-1)/3+1)
	case uHalf:
		return itoa4(y) + "-H" + strconv.Itoa((int(t.Month())-1)/6+1)
	case uYear:
		return itoa4(y)
	case uDecade:
		return itoa4(y)[:3]
	case uCentury:
		return itoa4(y)[:2]
	case uMillennium:
		return itoa4(y)[:1]
	}
	return itoa4(y) + "-" + pad2(int(t.Month())) + "-" + pad2(t.Day())
}

// seasonValue returns the season that t falls in: spring March to May,
// summer June to August, fall September to November, winter December to
// February, named by the year of its December.
func seasonValue(t time.Time) string {
	y, m := t.Year(), int(t.Month())
	s := (m / 3) % 4 // 0 winter, 1 spring, 2 summer, 3 fall
	if m <= 2 {
		y--
	}
	if s == 0 {
		return itoa4(y) + "-WI"
	}
	return itoa4(y) + "-" + seasonCode[s]
}

// parseValue reads a calendar value and returns the start of its period
// and its granularity: "2025-08-07", "2025-08-07T15:00", "2025-W33",
// "2025-W33-WE", "2025-08", "2025-SU", "2025-Q3", "2025-H1", "2025",
// "199", "19". It reports false for other values, such as durations and
// "PRESENT_REF".
func parseValue(v string) (time.Time, unit, bool) {
	if i := indexByte(v, 'T'); i > 0 && len(v) > 10 {
		t, g, ok := parseValue(v[:i])
		if !ok || g != uDay {
			return t, g, false
		}
		return t, uDay, true
	}
	n := len(v)
	if n == 3 || n == 4 && v[3] == 'X' {
		y, ok := atoi(v, 0, 3)
		return time.Date(y*10, 1, 1, 0, 0, 0, 0, time.UTC), uDecade, ok
	}
	y, ok := atoi(v, 0, min(n, 4))
	switch {
	case !ok:
		return time.Time{}, uNone, false
	case n == 2:
		return time.Date(y*100, 1, 1, 0, 0, 0, 0, time.UTC), uCentury, true
	case n == 4:
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), uYear, true
	case n < 7 || v[4] != '-':
		return time.Time{}, uNone, false
	}
	return parsePeriod(v, y)
}

// parsePeriod reads the part of a calendar value after "YYYY-".
func parsePeriod(v string, y int) (time.Time, unit, bool) {
	n := len(v)
	switch v[5] {
	case 'W':
		w, ok := atoi(v, 6, 8)
		if !ok || w < 1 || w > 53 || n != 8 && v[8:] != "-WE" {
			return time.Time{}, uNone, false
		}
		// The Monday of ISO week 1 is the Monday on or before 4 January.
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		t := jan4.AddDate(0, 0, 1-isoWeekday(jan4)+7*(w-1))
		if n == 8 {
			return t, uWeek, true
		}
		return t, uWeekend, true
	case 'Q', 'H':
		q, ok := atoi(v, 6, 7)
		months := 3
		if v[5] == 'H' {
			months = 6
		}
		if !ok || n != 7 || q < 1 || q > 12/months {
			return time.Time{}, uNone, false
		}
		if months == 6 {
			return time.Date(y, time.Month(q*6-5), 1, 0, 0, 0, 0, time.UTC), uHalf, true
		}
		return time.Date(y, time.Month(q*3-2), 1, 0, 0, 0, 0, time.UTC), uQuarter, true
	}
	for s, code := range seasonCode {
		if s > 0 && v[5:] == code {
			return time.Date(y, time.Month(s*3), 1, 0, 0, 0, 0, time.UTC), uSeason, true
		}
	}
	m, ok := atoi(v, 5, 7)
	if !ok || m < 1 || m > 12 {
		return time.Time{}, uNone, false
	}
	if n == 7 {
		return time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC), uMonth, true
	}
	d, ok := atoi(v, 8, 10)
	if n != 10 || v[7] != '-' || !ok || !validDate(y, m, d) || d == 0 {
		return time.Time{}, uNone, false
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), uDay, true
}

// atoi reads the decimal number in s[i:j], digits only.
func atoi(s string, i, j int) (int, bool) {
	if i >= j || j > len(s) {
		return 0, false
	}
	n := 0
	for ; i < j; i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// indexByte returns the index of the first c in s, or -1.
func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}
