package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
)

// CSVHeader is the header row of the CSV export.
var CSVHeader = []string{"id", "article", "date", "source_actor", "target_actor", "cameo", "root", "quad_class",
	"goldstein", "plover", "modality", "confidence", "place", "lat", "lon", "sentence", "trigger", "url"}

// A CSV writes events as CSV rows under CSVHeader.
type CSV struct {
	w      *csv.Writer
	headed bool // the header is written
	err    error
}

// NewCSV returns a writer of CSV rows to w.
func NewCSV(w io.Writer) *CSV { return &CSV{w: csv.NewWriter(w)} }

// Write writes e as one row, after the header if it is the first.
func (c *CSV) Write(e Event) error {
	if c.err != nil {
		return c.err
	}
	c.head()
	c.write(csvRow(e))
	return c.err
}

// head writes the header unless it is written.
func (c *CSV) head() {
	if !c.headed {
		c.headed = true
		c.write(CSVHeader)
	}
}

func (c *CSV) write(row []string) {
	if err := c.w.Write(row); err != nil && c.err == nil {
		c.err = fmt.Errorf("write csv row: %w", err)
	}
}

// Flush writes what is buffered, and the header if no event came, so that
// an empty export is still a valid table.
func (c *CSV) Flush() error {
	if c.err != nil {
		return c.err
	}
	c.head()
	c.w.Flush()
	if err := c.w.Error(); err != nil {
		c.err = fmt.Errorf("write csv rows: %w", err)
	}
	return c.err
}

func csvRow(e Event) []string {
	ev := e.Event
	row := []string{e.ID(), e.Article, e.Date, ev.Source.Actor, ev.Target.Actor, ev.CAMEO, ev.CAMEO[:min(2, len(ev.CAMEO))],
		"", "", ev.PLOVER, string(ev.Modality), strconv.FormatFloat(ev.Confidence, 'f', -1, 64), "", "", "",
		e.Sentence, e.Trigger, e.URL}
	if ev.QuadClass != 0 {
		row[7] = strconv.Itoa(ev.QuadClass)
	}
	if ev.CAMEO != "" {
		row[8] = strconv.FormatFloat(ev.Goldstein, 'f', -1, 64)
	}
	if p := e.Place; p != nil {
		row[12] = p.Name
		if p.Lat != 0 || p.Lon != 0 {
			row[13] = strconv.FormatFloat(p.Lat, 'f', -1, 64)
			row[14] = strconv.FormatFloat(p.Lon, 'f', -1, 64)
		}
	}
	return row
}
