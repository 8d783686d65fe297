package actor

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// A day is a calendar date written as the number yyyymmdd, so that days
// compare as numbers. The zero day means "open": no bound.
type day int

// dayOf returns the day of t.
func dayOf(t time.Time) day {
	y, m, d := t.Date()
	return day(y*10000 + int(m)*100 + d)
}

// next returns the day after d.
func (d day) next() day {
	t := time.Date(int(d)/10000, time.Month(int(d)/100%100), int(d)%100, 12, 0, 0, 0, time.UTC)
	return dayOf(t.AddDate(0, 0, 1))
}

// String returns d as YYYY-MM-DD.
func (d day) String() string {
	return fmt.Sprintf("%04d-%02d-%02d", int(d)/10000, int(d)/100%100, int(d)%100)
}

// A period is a code that holds from one day up to, not including, another.
type period struct {
	code     string
	from, to day    // from inclusive, to exclusive; zero when open
	role     string // the office held, when the dictionary says
}

// holds reports whether the period covers day d.
func (p period) holds(d day) bool {
	return (p.from == 0 || d >= p.from) && (p.to == 0 || d < p.to)
}

var errDate = errors.New("bad date")

// makeDay returns the day y-m-d after checking that it exists.
func makeDay(y, m, d int) (day, error) {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, errDate
	}
	t := time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return 0, errDate
	}
	return day(y*10000 + m*100 + d), nil
}

// parseISODay reads a date of the herald format: YYYY-MM-DD, YYYY-MM (the
// first of the month) or YYYY (the first of January).
func parseISODay(s string) (day, error) {
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return 0, fmt.Errorf("%w %q: want YYYY-MM-DD", errDate, s)
	}
	nums := [3]int{0, 1, 1}
	for i, p := range parts {
		if (i > 0 && len(p) != 2) || !digits(p) {
			return 0, fmt.Errorf("%w %q: want YYYY-MM-DD", errDate, s)
		}
		nums[i], _ = strconv.Atoi(p)
	}
	d, err := makeDay(nums[0], nums[1], nums[2])
	if err != nil {
		return 0, fmt.Errorf("%w %q: no such day", errDate, s)
	}
	return d, nil
}

// parseRanges reads the date field of the herald format: ranges FROM..TO
// separated by commas, either end open ("2012-05-07..", "..2008-05-07").
// The ranges are half-open: TO is the first day the code no longer holds,
// the day a successor takes office.
func parseRanges(s, code string) ([]period, error) {
	var ps []period
	for _, r := range strings.Split(s, ",") {
		r = strings.TrimSpace(r)
		from, to, ok := strings.Cut(r, "..")
		if !ok {
			return nil, fmt.Errorf("%w %q: want FROM..TO", errDate, r)
		}
		p := period{code: code}
		var err error
		if from = strings.TrimSpace(from); from != "" {
			if p.from, err = parseISODay(from); err != nil {
				return nil, err
			}
		}
		if to = strings.TrimSpace(to); to != "" {
			if p.to, err = parseISODay(to); err != nil {
				return nil, err
			}
		}
		if p.from != 0 && p.to != 0 && p.to <= p.from {
			return nil, fmt.Errorf("%w range %q: ends before it starts", errDate, r)
		}
		ps = append(ps, p)
	}
	return ps, nil
}

// parsePetrarchDay reads a PETRARCH/TABARI date: YYMMDD, with years below
// 30 in this century, or YYYYMMDD.
func parsePetrarchDay(s string) (day, error) {
	if !digits(s) || (len(s) != 6 && len(s) != 8) {
		return 0, fmt.Errorf("%w %q: want YYMMDD or YYYYMMDD", errDate, s)
	}
	n, _ := strconv.Atoi(s)
	y, m, d := n/10000, n/100%100, n%100
	if len(s) == 6 {
		y += 1900
		if y < 1930 {
			y += 100
		}
	}
	v, err := makeDay(y, m, d)
	if err != nil {
		return 0, fmt.Errorf("%w %q: no such day", errDate, s)
	}
	return v, nil
}

// digits reports whether s is a non-empty run of ASCII digits.
func digits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
