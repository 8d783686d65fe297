package timex

import "time"

// season resolves a kSeason: a season without a year is the current one in
// the present, the latest in the past tense and the next in the future.
func (r *resolver) season(x expr, tense int8) (time.Time, unit, string) {
	if x.y != 0 {
		return time.Date(x.y, time.Month(x.q*3), 1, 0, 0, 0, 0, time.UTC), uSeason, ""
	}
	base, why := r.yearAnchor()
	if why != "" {
		return base, uNone, why
	}
	by, bs := base.Year(), int(base.Month())/3%4
	if base.Month() <= 2 {
		by--
	}
	if bs == 0 {
		bs = sWinter
	}
	cur := by*4 + bs - 1
	dir := x.dir
	if dir == dirTense {
		switch tense {
		case tensePast:
			dir = dirPast
		case tenseFuture:
			dir = dirNext
		default:
			dir = dirThis
		}
		if x.q == bs && dir != dirThis {
			dir = dirThis // "this summer", said in summer
		}
	}
	y := base.Year()
	if x.q == bs {
		y = by
	}
	idx := y*4 + x.q - 1
	switch {
	case dir == dirPast && idx >= cur:
		y--
	case dir == dirNext && idx <= cur:
		y++
	}
	return time.Date(y, time.Month(x.q*3), 1, 0, 0, 0, 0, time.UTC), uSeason, ""
}

// holiday resolves a kHoliday: its year is chosen as for a date without a
// year.
func (r *resolver) holiday(x expr, tense int8) (time.Time, unit, string) {
	y := x.y
	if y == 0 {
		base, why := r.yearAnchor()
		if why != "" {
			return base, uNone, why
		}
		t := holidayDate(x.q, base.Year())
		y = pickYear(base, int(t.Month()), t.Day(), x.dir, tense)
	}
	t := holidayDate(x.q, y)
	if x.u == uWeek {
		return add(t, 0, uWeek), uWeek, ""
	}
	return t, uDay, ""
}

// holidayDate returns the date of holiday h in year y.
func holidayDate(h, y int) time.Time {
	day := func(m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	switch h {
	case hNewYear:
		return day(1, 1)
	case hNewYearEve:
		return day(12, 31)
	case hChristmas:
		return day(12, 25)
	case hChristmasEve:
		return day(12, 24)
	case hThanksgiving:
		return nthWeekday(y, 11, 4, 4)
	case hEaster:
		return easter(y)
	case hElection:
		return nthWeekday(y, 11, 1, 1).AddDate(0, 0, 1)
	case hIndependence:
		return day(7, 4)
	case hLabor:
		return nthWeekday(y, 9, 1, 1)
	case hMemorial:
		return nthWeekday(y, 6, 1, 1).AddDate(0, 0, -7)
	case hHalloween:
		return day(10, 31)
	case hValentine:
		return day(2, 14)
	}
	return day(11, 11) // Veterans Day
}

// nthWeekday returns the nth ISO weekday wd of month m of year y.
func nthWeekday(y int, m time.Month, wd, n int) time.Time {
	t := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	return t.AddDate(0, 0, (wd-isoWeekday(t)+7)%7+7*(n-1))
}

// easter returns the date of Western Easter Sunday in year y (the
// anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}
