package herald

import "context"

// An Aggregator counts stored events for the charts and tables of the API
// and the web UI. Every method counts the events that q selects, ignoring
// q.After and q.Limit, and is answered by the store in one query. A limit
// is read as Query.Limit is: 0 means DefaultLimit, more than MaxLimit
// means MaxLimit. Errors for a bad query, period, grouping or limit wrap
// ErrBadQuery.
type Aggregator interface {
	// Timeline counts events per period and group, ordered by period
	// then group. Periods without events are absent, and so are events
	// without a date or without the quad class or CAMEO code they would
	// be grouped by.
	Timeline(ctx context.Context, q Query, period Period, by Grouping) ([]TimelineBucket, error)
	// Network counts events per pair of source and target actor codes,
	// the largest counts first (ties by source, then target), at most
	// limit pairs. Events without both codes are not counted.
	Network(ctx context.Context, q Query, limit int) ([]ActorPair, error)
	// Actors counts events per actor code, as source or target, the
	// largest counts first (ties by code), at most limit codes.
	Actors(ctx context.Context, q Query, limit int) ([]ActorCount, error)
	// Places counts events per place, the largest counts first (ties by
	// country, then name), at most limit places. Events without a place
	// are not counted. A place is its name, country and GeoNames ID, so
	// that one place named in several documents is counted once.
	Places(ctx context.Context, q Query, limit int) ([]PlaceCount, error)
}

// A Period is the width of a timeline bucket.
type Period string

// Periods. A week starts on Monday (ISO 8601).
const (
	Day  Period = "day"
	Week Period = "week"
)

// A Grouping says how a timeline splits each period.
type Grouping string

// Groupings.
const (
	ByQuadClass Grouping = "quad" // groups "1" to "4"
	ByRoot      Grouping = "root" // CAMEO root codes "01" to "20"
)

// A TimelineBucket is the events of one group in one period.
type TimelineBucket struct {
	Start     string  // first day of the period, YYYY-MM-DD
	Group     string  // quad class "1"–"4" or CAMEO root "01"–"20"
	Events    int     // number of events
	Goldstein float64 // mean Goldstein value of those events
}

// An ActorPair is the events from one actor code to another.
type ActorPair struct {
	Source, Target string  // CAMEO actor codes
	Events         int     // number of events
	Conflict       int     // how many of them are in quad classes 3 and 4
	Goldstein      float64 // mean Goldstein value
}

// An ActorCount is the events one actor code takes part in.
type ActorCount struct {
	Code     string // CAMEO actor code
	Events   int    // events with the code as source or target (once if both)
	AsSource int    // events with the code as source
	AsTarget int    // events with the code as target
}

// A PlaceCount is the events located at one place.
type PlaceCount struct {
	Name     string // the place's name as resolved
	Country  string // ISO 3166-1 alpha-3
	GeoNames int    // GeoNames ID; 0 when unknown
	Lat, Lon float64
	Events   int
}
