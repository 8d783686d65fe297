package export

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// GDELTColumns are the 61 columns of the GDELT 2.0 event table, in order:
//
//	GLOBALEVENTID, SQLDATE, MonthYear, Year, FractionDate,
//	Actor1Code, Actor1Name, Actor1CountryCode, Actor1KnownGroupCode,
//	Actor1EthnicCode, Actor1Religion1Code, Actor1Religion2Code,
//	Actor1Type1Code, Actor1Type2Code, Actor1Type3Code,
//	the same ten for Actor2,
//	IsRootEvent, EventCode, EventBaseCode, EventRootCode, QuadClass,
//	GoldsteinScale, NumMentions, NumSources, NumArticles, AvgTone,
//	Actor1Geo_Type, Actor1Geo_FullName, Actor1Geo_CountryCode,
//	Actor1Geo_ADM1Code, Actor1Geo_ADM2Code, Actor1Geo_Lat, Actor1Geo_Long,
//	Actor1Geo_FeatureID,
//	the same eight for Actor2Geo and ActionGeo,
//	DATEADDED, SOURCEURL.
var GDELTColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
	"GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// Offsets of column groups in GDELTColumns.
const (
	colActor1    = 5
	colActor2    = 15
	colEvent     = 25
	colActionGeo = 51
	colAdded     = 59
)

// A GDELT writes events as rows of the GDELT 2.0 event table.
type GDELT struct {
	w      *bufio.Writer
	header bool // a header row is still to be written
	row    []string
	err    error
}

// NewGDELT returns a writer of GDELT rows to w, with a header row of
// GDELTColumns first when header is true.
func NewGDELT(w io.Writer, header bool) *GDELT {
	return &GDELT{w: bufio.NewWriter(w), header: header, row: make([]string, len(GDELTColumns))}
}

// perCluster says that the GDELT table has one row a cluster.
func (*GDELT) perCluster() {}

// Write writes e as one row.
func (g *GDELT) Write(e Event) error {
	if g.err != nil {
		return g.err
	}
	if g.header {
		g.header = false
		g.line(GDELTColumns)
	}
	gdeltRow(g.row, e)
	g.line(g.row)
	return g.err
}

// line writes cells as one tab-separated line. Tabs and line breaks inside
// a cell become spaces, since GDELT files have no quoting.
func (g *GDELT) line(cells []string) {
	for i, c := range cells {
		if i > 0 {
			g.w.WriteByte('\t')
		}
		g.w.WriteString(clean(c))
	}
	if err := g.w.WriteByte('\n'); err != nil {
		g.err = fmt.Errorf("write gdelt row: %w", err)
	}
}

// Flush writes what is buffered, and the header row if one was asked for
// and no event came.
func (g *GDELT) Flush() error {
	if g.err != nil {
		return g.err
	}
	if g.header {
		g.header = false
		if g.line(GDELTColumns); g.err != nil {
			return g.err
		}
	}
	if err := g.w.Flush(); err != nil {
		g.err = fmt.Errorf("write gdelt rows: %w", err)
	}
	return g.err
}

var cleaner = strings.NewReplacer("\t", " ", "\r\n", " ", "\n", " ", "\r", " ")

func clean(s string) string {
	if strings.ContainsAny(s, "\t\r\n") {
		return cleaner.Replace(s)
	}
	return s
}

// gdeltRow fills row, len(GDELTColumns) cells, with e.
func gdeltRow(row []string, e Event) {
	clear(row)
	ev := e.Event
	row[0] = strconv.FormatUint(GlobalEventID(e), 10)
	if d, err := time.Parse(time.DateOnly, e.Date); err == nil {
		row[1] = d.Format("20060102")
		row[2] = d.Format("200601")
		row[3] = d.Format("2006")
		// GDELT's fraction is the day of the year over 365, kept below 1.
		row[4] = strconv.FormatFloat(float64(d.Year())+min(float64(d.YearDay())/365, 0.9999), 'f', 4, 64)
	}
	actorCells(row[colActor1:colActor2], ev.Source.Actor, e.SourceName)
	actorCells(row[colActor2:colEvent], ev.Target.Actor, e.TargetName)
	if c := ev.CAMEO; c != "" {
		row[colEvent+1] = c
		row[colEvent+2] = c[:min(3, len(c))]
		row[colEvent+3] = c[:min(2, len(c))]
		row[colEvent+5] = strconv.FormatFloat(ev.Goldstein, 'f', -1, 64)
	}
	if ev.QuadClass != 0 {
		row[colEvent+4] = strconv.Itoa(ev.QuadClass)
	}
	row[colEvent+6], row[colEvent+7], row[colEvent+8] = "1", "1", "1"
	if c := e.Cluster; c.Mentions > 0 {
		row[colEvent+6] = strconv.Itoa(c.Mentions)
		row[colEvent+7] = strconv.Itoa(max(c.Sources, 1))
		row[colEvent+8] = strconv.Itoa(max(c.Articles, 1))
	}
	if p := e.Place; p != nil {
		geo := row[colActionGeo : colActionGeo+8]
		geo[1] = p.Name
		geo[2] = fips[p.Country]
		if p.Lat != 0 || p.Lon != 0 {
			geo[5] = strconv.FormatFloat(p.Lat, 'f', -1, 64)
			geo[6] = strconv.FormatFloat(p.Lon, 'f', -1, 64)
		}
	}
	if !e.Stored.IsZero() {
		row[colAdded] = e.Stored.UTC().Format("20060102150405")
	}
	row[colAdded+1] = e.URL
}

// GlobalEventID returns the number that stands for e in GLOBALEVENTID: the
// first 53 bits of the SHA-256 of its document hash and event ID, so that
// it is the same in every export and exact as a floating-point number.
func GlobalEventID(e Event) uint64 {
	sum := sha256.Sum256([]byte(e.Hash + "/" + e.Event.ID))
	return binary.BigEndian.Uint64(sum[:8]) >> 11
}

// actorCells fills the ten actor cells with code and name.
func actorCells(cells []string, code, name string) {
	cells[0], cells[1] = code, name
	a := SplitActor(code)
	cells[2], cells[3] = a.Country, a.KnownGroup
	copy(cells[7:10], a.Types)
}
