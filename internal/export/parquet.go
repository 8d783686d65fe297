package export

import (
	"fmt"
	"io"
	"reflect"
	"strconv"

	"github.com/parquet-go/parquet-go"
)

// GDELTRecord is one row of the GDELT table as Parquet keeps it: the
// columns of GDELTColumns, in their order and under their names, typed as
// GDELT's own BigQuery table types them: dates and counts as integers,
// coordinates and scales as doubles, codes (CAMEO codes with their leading
// zeros) and names as text. A column herald cannot fill is null.
type GDELTRecord struct {
	GlobalEventID int64    `parquet:"GLOBALEVENTID"`
	SQLDate       *int32   `parquet:"SQLDATE,optional"`
	MonthYear     *int32   `parquet:"MonthYear,optional"`
	Year          *int32   `parquet:"Year,optional"`
	FractionDate  *float64 `parquet:"FractionDate,optional"`

	Actor1Code           *string `parquet:"Actor1Code,optional"`
	Actor1Name           *string `parquet:"Actor1Name,optional"`
	Actor1CountryCode    *string `parquet:"Actor1CountryCode,optional"`
	Actor1KnownGroupCode *string `parquet:"Actor1KnownGroupCode,optional"`
	Actor1EthnicCode     *string `parquet:"Actor1EthnicCode,optional"`
	Actor1Religion1Code  *string `parquet:"Actor1Religion1Code,optional"`
	Actor1Religion2Code  *string `parquet:"Actor1Religion2Code,optional"`
	Actor1Type1Code      *string `parquet:"Actor1Type1Code,optional"`
	Actor1Type2Code      *string `parquet:"Actor1Type2Code,optional"`
	Actor1Type3Code      *string `parquet:"Actor1Type3Code,optional"`

	Actor2Code           *string `parquet:"Actor2Code,optional"`
	Actor2Name           *string `parquet:"Actor2Name,optional"`
	Actor2CountryCode    *string `parquet:"Actor2CountryCode,optional"`
	Actor2KnownGroupCode *string `parquet:"Actor2KnownGroupCode,optional"`
	Actor2EthnicCode     *string `parquet:"Actor2EthnicCode,optional"`
	Actor2Religion1Code  *string `parquet:"Actor2Religion1Code,optional"`
	Actor2Religion2Code  *string `parquet:"Actor2Religion2Code,optional"`
	Actor2Type1Code      *string `parquet:"Actor2Type1Code,optional"`
	Actor2Type2Code      *string `parquet:"Actor2Type2Code,optional"`
	Actor2Type3Code      *string `parquet:"Actor2Type3Code,optional"`

	IsRootEvent    *int32   `parquet:"IsRootEvent,optional"`
	EventCode      *string  `parquet:"EventCode,optional"`
	EventBaseCode  *string  `parquet:"EventBaseCode,optional"`
	EventRootCode  *string  `parquet:"EventRootCode,optional"`
	QuadClass      *int32   `parquet:"QuadClass,optional"`
	GoldsteinScale *float64 `parquet:"GoldsteinScale,optional"`
	NumMentions    *int32   `parquet:"NumMentions,optional"`
	NumSources     *int32   `parquet:"NumSources,optional"`
	NumArticles    *int32   `parquet:"NumArticles,optional"`
	AvgTone        *float64 `parquet:"AvgTone,optional"`

	Actor1GeoType        *int32   `parquet:"Actor1Geo_Type,optional"`
	Actor1GeoFullName    *string  `parquet:"Actor1Geo_FullName,optional"`
	Actor1GeoCountryCode *string  `parquet:"Actor1Geo_CountryCode,optional"`
	Actor1GeoADM1Code    *string  `parquet:"Actor1Geo_ADM1Code,optional"`
	Actor1GeoADM2Code    *string  `parquet:"Actor1Geo_ADM2Code,optional"`
	Actor1GeoLat         *float64 `parquet:"Actor1Geo_Lat,optional"`
	Actor1GeoLong        *float64 `parquet:"Actor1Geo_Long,optional"`
	Actor1GeoFeatureID   *string  `parquet:"Actor1Geo_FeatureID,optional"`

	Actor2GeoType        *int32   `parquet:"Actor2Geo_Type,optional"`
	Actor2GeoFullName    *string  `parquet:"Actor2Geo_FullName,optional"`
	Actor2GeoCountryCode *string  `parquet:"Actor2Geo_CountryCode,optional"`
	Actor2GeoADM1Code    *string  `parquet:"Actor2Geo_ADM1Code,optional"`
	Actor2GeoADM2Code    *string  `parquet:"Actor2Geo_ADM2Code,optional"`
	Actor2GeoLat         *float64 `parquet:"Actor2Geo_Lat,optional"`
	Actor2GeoLong        *float64 `parquet:"Actor2Geo_Long,optional"`
	Actor2GeoFeatureID   *string  `parquet:"Actor2Geo_FeatureID,optional"`

	ActionGeoType        *int32   `parquet:"ActionGeo_Type,optional"`
	ActionGeoFullName    *string  `parquet:"ActionGeo_FullName,optional"`
	ActionGeoCountryCode *string  `parquet:"ActionGeo_CountryCode,optional"`
	ActionGeoADM1Code    *string  `parquet:"ActionGeo_ADM1Code,optional"`
	ActionGeoADM2Code    *string  `parquet:"ActionGeo_ADM2Code,optional"`
	ActionGeoLat         *float64 `parquet:"ActionGeo_Lat,optional"`
	ActionGeoLong        *float64 `parquet:"ActionGeo_Long,optional"`
	ActionGeoFeatureID   *string  `parquet:"ActionGeo_FeatureID,optional"`

	DateAdded *int64  `parquet:"DATEADDED,optional"`
	SourceURL *string `parquet:"SOURCEURL,optional"`
}

// parquetBatch is how many rows a Parquet writer hands the library at once.
const parquetBatch = 512

// A Parquet writes events as GDELTRecords to a Parquet file, compressed
// with Zstandard, one row a cluster as GDELT does. The file is whole only
// after Flush, which writes its footer; nothing can be written after.
type Parquet struct {
	w    *parquet.GenericWriter[GDELTRecord]
	row  []string
	rows []GDELTRecord
	err  error
}

var _ clusterWriter = (*Parquet)(nil)

// NewParquet returns a writer of a Parquet file to w.
func NewParquet(w io.Writer) *Parquet {
	return &Parquet{
		w:   parquet.NewGenericWriter[GDELTRecord](w, parquet.Compression(&parquet.Zstd)),
		row: make([]string, len(GDELTColumns)),
	}
}

// Write adds e as one row.
func (p *Parquet) Write(e Event) error {
	if p.err != nil {
		return p.err
	}
	gdeltRow(p.row, e)
	rec, err := gdeltRecord(p.row)
	if err != nil {
		p.err = fmt.Errorf("write parquet row of event %s: %w", e.ID(), err)
		return p.err
	}
	if p.rows = append(p.rows, rec); len(p.rows) == parquetBatch {
		p.writeRows()
	}
	return p.err
}

func (p *Parquet) writeRows() {
	if _, err := p.w.Write(p.rows); err != nil {
		p.err = fmt.Errorf("write parquet rows: %w", err)
	}
	p.rows = p.rows[:0]
}

// Flush writes the rows held back and the file's footer.
func (p *Parquet) Flush() error {
	if p.err != nil {
		return p.err
	}
	if len(p.rows) > 0 {
		if p.writeRows(); p.err != nil {
			return p.err
		}
	}
	if err := p.w.Close(); err != nil {
		p.err = fmt.Errorf("write parquet footer: %w", err)
	}
	return p.err
}

// perCluster says that a Parquet file, like the GDELT table, has one row a
// cluster.
func (*Parquet) perCluster() {}

// gdeltRecord types the cells of a GDELT row, in the order of GDELTColumns
// and of GDELTRecord's fields; an empty cell is null.
func gdeltRecord(row []string) (GDELTRecord, error) {
	var rec GDELTRecord
	v := reflect.ValueOf(&rec).Elem()
	for i, cell := range row {
		f := v.Field(i)
		if cell == "" {
			continue
		}
		t := f.Type()
		if t.Kind() == reflect.Pointer {
			f.Set(reflect.New(t.Elem()))
			f = f.Elem()
		}
		switch f.Kind() {
		case reflect.String:
			f.SetString(cell)
		case reflect.Int32, reflect.Int64:
			n, err := strconv.ParseInt(cell, 10, f.Type().Bits())
			if err != nil {
				return rec, fmt.Errorf("column %s: %w", GDELTColumns[i], err)
			}
			f.SetInt(n)
		case reflect.Float64:
			x, err := strconv.ParseFloat(cell, 64)
			if err != nil {
				return rec, fmt.Errorf("column %s: %w", GDELTColumns[i], err)
			}
			f.SetFloat(x)
		}
	}
	return rec, nil
}
