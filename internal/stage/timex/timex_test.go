package timex

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/heraldproject/herald"
)

// process runs the stage over text published on date ("" for none).
func process(t *testing.T, date, text string) *herald.Document {
	t.Helper()
	a := herald.Article{Text: text}
	if date != "" {
		d, err := time.Parse("2006-01-02", date)
		if err != nil {
			t.Fatal(err)
		}
		a.Published = d
	}
	doc := herald.NewDocument(a)
	if err := New().Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// find returns the time whose text is span, or false.
func find(doc *herald.Document, span string) (herald.Time, bool) {
	for _, tm := range doc.Times {
		if tm.In(doc.Text) == span {
			return tm, true
		}
	}
	return herald.Time{}, false
}

// dump lists the times of doc for failure messages.
func dump(doc *herald.Document) string {
	var b strings.Builder
	for _, tm := range doc.Times {
		b.WriteString("\n\t" + tm.In(doc.Text) + " " + string(tm.Type) + " " + tm.Value)
	}
	return b.String()
}

// A rule is one table case: the text, published on date, holds the time
// expression span with the type and value given.
type rule struct {
	date, text, span string
	typ              herald.TimeType
	value            string
}

// Friday 8 August 2025, the seed's publication date.
const fri = "2025-08-08"

var rules = []rule{
	// Weekdays: the tense of the sentence points back or forward.
	{fri, "The Kremlin confirmed on Thursday that talks progressed.", "Thursday", herald.Date, "2025-08-07"},
	{fri, "On Wednesday, the envoy met with Putin.", "Wednesday", herald.Date, "2025-08-06"},
	{fri, "The leaders will meet on Monday.", "Monday", herald.Date, "2025-08-11"},
	{fri, "The leaders are scheduled to meet Tuesday.", "Tuesday", herald.Date, "2025-08-12"},
	{fri, "The talks will be held Wednesday in Geneva.", "Wednesday", herald.Date, "2025-08-13"},
	{fri, "Trump said Friday he was hopeful.", "Friday", herald.Date, "2025-08-08"},
	{fri, "He arrived last Friday.", "last Friday", herald.Date, "2025-08-01"},
	{fri, "They meet next Monday.", "next Monday", herald.Date, "2025-08-11"},
	{fri, "Protesters gathered Wednesday night.", "Wednesday night", herald.Clock, "2025-08-06TNI"},
	{fri, "The blast came at 10:35 a.m. (0735 GMT) Thursday, officials said.", "10:35 a.m", herald.Clock, "2025-08-07T10:35"},
	{fri, "He will leave at 4 in the morning (4 a.m. EDT Sunday).", "4 in the morning", herald.Clock, "2025-08-10T04:00"},
	{fri, "Officials postponed until Tuesday any action on the permit.", "Tuesday", herald.Date, "2025-08-12"},
	{fri, "Until Tuesday, they had not called him a suspect.", "Tuesday", herald.Date, "2025-08-05"},
	{fri, "The deal could be signed as early as Tuesday.", "Tuesday", herald.Date, "2025-08-12"},
	{fri, "Trains run on Mondays.", "Mondays", herald.Set, "XXXX-WXX-1"},
	// Tense cues: "next to" is a place; "has" alone is a verb of its own;
	// an "un-…ed" word is an adjective; a clause after "as" does not date
	// the words before it; "hoped to" points forward.
	{"1998-08-08", "A bomb went off next to the U.S. embassy in Nairobi, Kenya Friday morning.", "Friday morning", herald.Clock, "1998-08-07TMO"},
	{"1989-10-30", "The company has $90 million in revolving loans through January.", "January", herald.Date, "1990-01"},
	{"1989-10-30", "The company has already paid $90 million in loans since January.", "January", herald.Date, "1989-01"},
	{"1989-10-26", "A dividend will be paid on a still unspecified date in January.", "January", herald.Date, "1990-01"},
	{"1998-02-13", "Qantas will double its flights to India by August in the search for markets untouched by the crisis.", "August", herald.Date, "1998-08"},
	{fri, "Apple unveiled the phone in November.", "November", herald.Date, "2024-11"},
	{"1999-10-08", "He was arrested in the early hours of Thursday morning as he was about to be deported.", "Thursday morning", herald.Clock, "1999-10-07TMO"},
	{"1998-02-13", "The airline said it hoped to start flights to India by August.", "August", herald.Date, "1998-08"},
	// Days relative to publication.
	{fri, "Officials said yesterday that ten people died.", "yesterday", herald.Date, "2025-08-07"},
	{fri, "The vote is today.", "today", herald.Date, "2025-08-08"},
	{fri, "The vote is tomorrow.", "tomorrow", herald.Date, "2025-08-09"},
	{fri, "He will speak tonight.", "tonight", herald.Clock, "2025-08-08TNI"},
	{fri, "Shots were heard this morning.", "this morning", herald.Clock, "2025-08-08TMO"},
	{fri, "Shots were heard last night.", "last night", herald.Clock, "2025-08-07TNI"},
	{fri, "It rained yesterday morning.", "yesterday morning", herald.Clock, "2025-08-07TMO"},
	{fri, "In London at mid-afternoon yesterday, shares rose.", "mid-afternoon yesterday", herald.Clock, "2025-08-07TAF"},
	{"1998-03-06", "By mid afternoon, official sources were silent.", "mid afternoon", herald.Clock, "1998-03-06TAF"},
	{fri, "The talks will go on until late evening.", "late evening", herald.Clock, "2025-08-08TEV"},
	{"1989-10-30", "On Friday, dealers placed heavy buy orders in the morning.", "the morning", herald.Clock, "1989-10-27TMO"},
	{"1998-02-13", "Flights will leave Bombay on Monday and Tuesday nights.", "Monday", herald.Set, "XXXX-WXX-1TNI"},
	{"1998-02-13", "Flights will leave Bombay on Monday and Tuesday nights.", "Tuesday nights", herald.Set, "XXXX-WXX-2TNI"},
	// Weeks, months, quarters, years relative to publication.
	{fri, "The meeting could take place as early as next week.", "next week", herald.Date, "2025-W33"},
	{fri, "They met last week.", "last week", herald.Date, "2025-W31"},
	{fri, "Prices rose this month.", "this month", herald.Date, "2025-08"},
	{fri, "Prices rose last month.", "last month", herald.Date, "2025-07"},
	{fri, "Elections are due next year.", "next year", herald.Date, "2026"},
	{fri, "Sales fell earlier this year.", "earlier this year", herald.Date, "2025"},
	{fri, "Output fell in the third quarter.", "the third quarter", herald.Date, "2025-Q3"},
	{fri, "Third-quarter profit rose.", "Third-quarter", herald.Date, "2025-Q3"},
	{fri, "Profit rose in the first half of 2024.", "the first half of 2024", herald.Date, "2024-H1"},
	{fri, "Revenue was flat in Q2 2025.", "Q2 2025", herald.Date, "2025-Q2"},
	{fri, "Sales rose this summer.", "this summer", herald.Date, "2025-SU"},
	{fri, "Sales rose last winter.", "last winter", herald.Date, "2024-WI"},
	{fri, "Revenue grew in fiscal 2024.", "fiscal 2024", herald.Date, "2024"},
	{fri, "Troops left over the weekend.", "the weekend", herald.Date, "2025-W31-WE"},
	// Months and dates without a year: the nearest sensible year.
	{fri, "Since taking office in January, Trump has pursued a strategy.", "January", herald.Date, "2025-01"},
	{fri, "The summit will be held in December.", "December", herald.Date, "2025-12"},
	{fri, "The law took effect in October.", "October", herald.Date, "2024-10"},
	{fri, "The attack on Aug. 7 killed 12.", "Aug. 7", herald.Date, "2025-08-07"},
	{fri, "The vote will take place Sept. 3.", "Sept. 3", herald.Date, "2025-09-03"},
	{"2025-01-10", "The fire broke out on Dec. 28.", "Dec. 28", herald.Date, "2024-12-28"},
	{fri, "They met in January this year.", "January this year", herald.Date, "2025-01"},
	{fri, "They met in June last year.", "June last year", herald.Date, "2024-06"},
	{fri, "The war began last February.", "last February", herald.Date, "2025-02"},
	{fri, "The March accession will enlarge the alliance.", "March", herald.Date, "2026-03"},
	// Explicit dates in news forms.
	{fri, "It was signed on August 7, 2025, in Moscow.", "August 7, 2025", herald.Date, "2025-08-07"},
	{fri, "It was signed on 7 August 2025.", "7 August 2025", herald.Date, "2025-08-07"},
	{fri, "It was signed on 2025-08-07.", "2025-08-07", herald.Date, "2025-08-07"},
	{fri, "It was signed on 08/07/2025.", "08/07/2025", herald.Date, "2025-08-07"},
	{fri, "The treaty of 1996-08-22 holds.", "1996-08-22", herald.Date, "1996-08-22"},
	{fri, "It was founded in July 1997.", "July 1997", herald.Date, "1997-07"},
	{fri, "Saturday, April 25 was cold.", "Saturday, April 25", herald.Date, "2026-04-25"},
	{fri, "It ended in 2024.", "2024", herald.Date, "2024"},
	{fri, "It grew in the 1990s.", "the 1990s", herald.Date, "199"},
	{fri, "It grew in the early '80s.", "the early '80s", herald.Date, "198"},
	{fri, "It was built in the 20th century.", "the 20th century", herald.Date, "19"},
	{fri, "He was born in nineteen ninety-six.", "nineteen ninety-six", herald.Date, "1996"},
	{fri, "Polls close on Election Day.", "Election Day", herald.Date, "2025-11-04"},
	{fri, "They marched on Christmas Day.", "Christmas Day", herald.Date, "2024-12-25"},
	// Counting from the previous date of the text.
	{fri, "The vote was on March 3, 2020. Two days later, riots began.", "Two days later", herald.Date, "2020-03-05"},
	{fri, "The vote was on March 3, 2020. The next day, riots began.", "The next day", herald.Date, "2020-03-04"},
	{fri, "Profit rose in the third quarter from a year earlier.", "a year earlier", herald.Date, "2024-Q3"},
	{fri, "It lost $376,000 in the 2024 quarter.", "the 2024 quarter", herald.Date, "2024-Q2"},
	{fri, "It lost $376,000 in the 2024 period.", "the 2024 period", herald.Date, "2024"},
	// "The quarter" is the last quarter named, even after other dates.
	{"1989-10-26", "Sun earned $5.2 million in the fiscal first quarter. Earlier this month, the company said it expected to break even for the quarter.", "the quarter", herald.Date, "1989-Q1"},
	// A day before or after a date, the week of a date.
	{"2000-02-24", "The day before last Tuesday's hearing, he spoke.", "The day before last Tuesday", herald.Date, "2000-02-21"},
	{"2000-02-24", "They met the day after March 6.", "the day after March 6", herald.Date, "2000-03-07"},
	{"2000-02-24", "It will be resolved in a hearing the week of March 6.", "the week of March 6", herald.Date, "2000-W10"},
	{"2000-02-24", "It will be resolved the week of March.", "March", herald.Date, "2000-03"},
	// A vague or fractional count before "later" is a duration, as in
	// TimeBank: the anchor it would need is not a day.
	{fri, "The vote was on March 3, 2020. A few days later, riots began.", "A few days", herald.Duration, "PXD"},
	{fri, "The vote was on March 3, 2020. A minute and a half later, riots began.", "A minute and a half", herald.Duration, "PT1M30S"},
	{fri, "The ceasefire collapsed a week ago.", "a week ago", herald.Date, "2025-W31"},
	{fri, "He died two years ago.", "two years ago", herald.Date, "2023"},
	{fri, "He left 10 days ago.", "10 days ago", herald.Date, "2025-07-29"},
	// Times of day.
	{fri, "The polls open at 3 p.m. on Friday.", "3 p.m.", herald.Clock, "2025-08-08T15:00"},
	{fri, "The blast came at 15:00 GMT.", "15:00 GMT", herald.Clock, "2025-08-08T15:00"},
	{fri, "The deadline is 10 p.m. Wednesday.", "10 p.m. Wednesday", herald.Clock, "2025-08-06T22:00"},
	{fri, "The offer will expire at noon Saturday.", "noon Saturday", herald.Clock, "2025-08-09T12:00"},
	{fri, "The polls will close at 8 p.m. on Tuesday.", "8 p.m.", herald.Clock, "2025-08-12T20:00"},
	{fri, "They met on Wednesday at 9:30 a.m. in Geneva.", "9:30 a.m.", herald.Clock, "2025-08-06T09:30"},
	// Durations.
	{fri, "The war could be resolved within 24 hours.", "24 hours", herald.Duration, "PT24H"},
	{fri, "The strike lasted three days.", "three days", herald.Duration, "P3D"},
	{fri, "He signed a two-year contract.", "two-year", herald.Duration, "P2Y"},
	{fri, "It took twenty-four hours.", "twenty-four hours", herald.Duration, "PT24H"},
	{fri, "Prices fell over the past three months.", "the past three months", herald.Duration, "P3M"},
	{fri, "The talks lasted 5 1/2 hours.", "5 1/2 hours", herald.Duration, "PT5H30M"},
	{fri, "It took a minute and a half.", "a minute and a half", herald.Duration, "PT1M30S"},
	{fri, "The siege lasted years.", "years", herald.Duration, "PXY"},
	{fri, "The siege lasted several months.", "several months", herald.Duration, "PXM"},
	{fri, "The siege lasted more than a week.", "more than a week", herald.Duration, "P1W"},
	{fri, "The siege lasted two decades.", "two decades", herald.Duration, "P20Y"},
	{fri, "It ended a decades-long dispute.", "decades-long", herald.Duration, "PXY"},
	{fri, "Moscow ruled it for centuries.", "centuries", herald.Duration, "PXC"},
	{fri, "Attacks became routine over the past decade.", "the past decade", herald.Duration, "P10Y"},
	{fri, "Attacks became routine in the last decade.", "the last decade", herald.Date, "201"},
	{fri, "Results came two days after the vote.", "two days", herald.Duration, "P2D"},
	// Sets.
	{fri, "The paper is published weekly.", "weekly", herald.Set, "P1W"},
	{fri, "They meet every Monday.", "every Monday", herald.Set, "XXXX-WXX-1"},
	{fri, "Rates are reviewed every two weeks.", "every two weeks", herald.Set, "P2W"},
	{fri, "It costs $5 million a year.", "a year", herald.Set, "P1Y"},
	{fri, "They did hundreds of interviews a day.", "a day", herald.Set, "P1D"},
	{fri, "Over fifty thousand CDs a year are sold.", "a year", herald.Set, "P1Y"},
	{fri, "It took a day.", "a day", herald.Duration, "P1D"},
	{fri, "He ran daily.", "daily", herald.Set, "P1D"},
	{fri, "Interest is paid semiannually.", "semiannually", herald.Set, "P6M"},
	// References.
	{fri, "Prices are now falling.", "now", herald.Date, "PRESENT_REF"},
	{fri, "He currently leads the party.", "currently", herald.Date, "PRESENT_REF"},
	{fri, "He recently left.", "recently", herald.Date, "PAST_REF"},
	{fri, "It may change in the future.", "the future", herald.Date, "FUTURE_REF"},
	{fri, "Islam will one day be the second largest religion.", "one day", herald.Date, "FUTURE_REF"},
	{fri, "The strike lasted one day.", "one day", herald.Duration, "P1D"},
	// TimeML spans: "the" goes with the noun a date modifies.
	{fri, "Victims of the Aug. 7 bombings were buried.", "Aug. 7", herald.Date, "2025-08-07"},
	{fri, "The third-quarter loss widened.", "third-quarter", herald.Date, "2025-Q3"},
	{fri, "Sales rose in the third quarter, the company said.", "the third quarter", herald.Date, "2025-Q3"},
	{fri, "The deal should close by year-end.", "year-end", herald.Date, "2025"},
	{fri, "Profit for the year ended June 30 fell.", "the year", herald.Duration, "P1Y"},
	{fri, "Costs rose in the last half of 2024.", "the last half of 2024", herald.Date, "2024-H2"},
	{fri, "Terms will be set at a later date.", "later date", herald.Date, "FUTURE_REF"},
	{fri, "After a day-long meeting they left.", "day-long", herald.Duration, "P1D"},
	{"1998-10-25", "Just over an hour later, he was declared dead.", "over an hour", herald.Duration, "PT1H"},
	{fri, "The vote was on Monday. Ten minutes later, riots began.", "Ten minutes", herald.Duration, "PT10M"},
	{"1998-02-19", "He probably died within weeks or months of his capture.", "weeks or months", herald.Duration, "PXW"},
	{fri, "He left a week or so ago.", "a week or so ago", herald.Date, "2025-W31"},
	{fri, "Prices are high right now.", "right now", herald.Date, "PRESENT_REF"},
	{fri, "It sells well these days.", "these days", herald.Date, "PRESENT_REF"},
	{fri, "It took two and a half years.", "two and a half years", herald.Duration, "P2Y6M"},
	{fri, "Over the next couple of years we expect growth.", "the next couple of years", herald.Duration, "P2Y"},
	{fri, "It may buy shares at the then current market price.", "then current", herald.Date, "PAST_REF"},
	// No publication date: absolute values only.
	{"", "It was signed on August 7, 2025.", "August 7, 2025", herald.Date, "2025-08-07"},
	{"", "The envoy met Putin on Wednesday.", "Wednesday", herald.Date, ""},
	{"", "The truce holds for 24 hours.", "24 hours", herald.Duration, "PT24H"},
	{"", "The vote was on March 3, 2020. Two days later, riots began.", "Two days later", herald.Date, "2020-03-05"},
}

// TestRules checks each rule of recognition and normalisation.
func TestRules(t *testing.T) {
	for _, r := range rules {
		doc := process(t, r.date, r.text)
		got, ok := find(doc, r.span)
		if !ok {
			t.Errorf("%s %q: no time %q; got%s", r.date, r.text, r.span, dump(doc))
			continue
		}
		if got.Type != r.typ || got.Value != r.value {
			t.Errorf("%s %q: %q is %s %q, want %s %q", r.date, r.text, r.span, got.Type, got.Value, r.typ, r.value)
		}
	}
}

// TestNotTimes checks words that must not become time expressions.
func TestNotTimes(t *testing.T) {
	for _, text := range []string{
		"The meeting may be historic.",
		"Sharing an update on X, he wrote: “Dialogue will prevail.”",
		"Some 24 people were hurt.",
		"He will march on Washington.",
		"April Glaspie met Saddam.",
		"He gave to the March of Dimes.",
		"It sold 2,000 shares for $1990.",
		"He watched High Noon on ABC's This Week.",
		"A quarter of the voters stayed home.",
		"The 6-year-old boy was found.",
		"Call 555-1234 or see 3/4 of the page.",
		"The former president spoke.",
		"He formerly ran the bank.",
		"Mr. Reupke, 52 years old, will succeed him.",
		"Police staged an early morning raid.",
		"It was high noon for the party.",
		"They read it in the morning papers.",
	} {
		doc := process(t, fri, text)
		if len(doc.Times) > 0 {
			t.Errorf("%q: got%s, want none", text, dump(doc))
		}
	}
}

// TestPartOfDay checks that a part of a named day is not a time of its
// own: "the early hours of Thursday" is no duration of hours, "the early
// morning of May 5" no morning of the publication date.
func TestPartOfDay(t *testing.T) {
	for _, c := range []struct{ text, part string }{
		{"He was arrested in the early hours of Thursday morning.", "hours"},
		{"Troops moved in the early morning of May 5.", "morning"},
		{"Troops moved in the morning of May 5.", "morning"},
	} {
		doc := process(t, "1999-10-08", c.text)
		for _, tm := range doc.Times {
			if strings.Contains(tm.In(doc.Text), c.part) {
				t.Errorf("%q: got %q %s %q, want no time with %q", c.text, tm.In(doc.Text), tm.Type, tm.Value, c.part)
			}
		}
	}
}

// TestSeed checks the canonical example against shared/seed/EXPECTED.md.
func TestSeed(t *testing.T) {
	text, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc := process(t, fri, string(text))
	want := []struct {
		span  string
		typ   herald.TimeType
		value string
	}{
		{"Thursday", herald.Date, "2025-08-07"},
		{"Wednesday", herald.Date, "2025-08-06"},
		{"next week", herald.Date, "2025-W33"},
		{"January", herald.Date, "2025-01"},
		{"24 hours", herald.Duration, "PT24H"},
	}
	for _, w := range want {
		got, ok := find(doc, w.span)
		if !ok || got.Type != w.typ || got.Value != w.value {
			t.Errorf("%q: got %s %q (found %v), want %s %q", w.span, got.Type, got.Value, ok, w.typ, w.value)
		}
	}
	for _, tm := range doc.Times {
		switch s := tm.In(doc.Text); s {
		case "24", "X", "Dialogue", "may", "later", "initially":
			t.Errorf("false time %q %s %s", s, tm.Type, tm.Value)
		}
	}
	if len(doc.Diagnostics) > 0 {
		t.Errorf("diagnostics %v, want none", doc.Diagnostics)
	}
}

// TestNoDate checks that without a publication date relative expressions
// keep their type, get no value and a diagnostic each.
func TestNoDate(t *testing.T) {
	text, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc := process(t, "", string(text))
	empty := 0
	for _, tm := range doc.Times {
		if tm.Value != "" {
			continue
		}
		empty++
		found := false
		for _, d := range doc.Diagnostics {
			found = found || d.Span == tm.Span && d.Stage == "timex"
		}
		if !found {
			t.Errorf("%q has no value and no diagnostic", tm.In(doc.Text))
		}
	}
	if empty != 4 {
		t.Errorf("%d times without value, want 4 (Thursday, Wednesday, next week, January):%s", empty, dump(doc))
	}
	if tm, ok := find(doc, "24 hours"); !ok || tm.Value != "PT24H" {
		t.Errorf("24 hours: got %q, want PT24H", tm.Value)
	}
}

// TestSentences checks that only the text within the sentences is read,
// in order, and that each sentence is read once.
func TestSentences(t *testing.T) {
	text := "On Monday we met. Nothing on Tuesday here. On Friday they left."
	a := herald.Article{Text: text, Published: time.Date(2025, 8, 8, 0, 0, 0, 0, time.UTC)}
	doc := herald.NewDocument(a)
	doc.Sentences = []herald.Sentence{
		{Span: herald.Span{Start: 0, End: 17}},
		{Span: herald.Span{Start: 43, End: len(text)}},
	}
	if err := New().Process(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tm := range doc.Times {
		got = append(got, tm.In(text)+"="+tm.Value)
	}
	want := "Monday=2025-08-04 Friday=2025-08-08"
	if strings.Join(got, " ") != want {
		t.Errorf("got %v, want %s", got, want)
	}
}

// TestSecondDay checks a day of the month after a date and "and": a date
// when it ends the clause, a count of things otherwise.
func TestSecondDay(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The summit is on April 24 and 25.", "April 24=1999-04-24 25=1999-04-25"},
		{"It met on April 24, 2001 or 25, officials said.", "April 24, 2001=2001-04-24 25=2001-04-25"},
		{"On April 24 and 25 delegates came.", "April 24=1999-04-24"},
		{"On April 24 and 12, they met.", "April 24=1999-04-24"},
	} {
		doc := process(t, "1999-03-12", c.text)
		var got []string
		for _, tm := range doc.Times {
			got = append(got, tm.In(doc.Text)+"="+tm.Value)
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q: got %s, want %s", c.text, g, c.want)
		}
	}
}

// TestCancelled checks that a cancelled context stops the stage.
func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	doc := herald.NewDocument(herald.Article{Text: "On Monday."})
	if err := New().Process(ctx, doc); err == nil {
		t.Error("got no error, want the context's")
	}
}
