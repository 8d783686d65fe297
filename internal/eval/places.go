package eval

import (
	"context"
	"math"
	"slices"

	"github.com/heraldproject/herald"
)

// Constants of the geocoding measures of Gritta et al. (2018), "What's
// missing in geographical parsing?".
const (
	earthRadiusKm = 6371.0088 // mean Earth radius, as geopy's great_circle
	maxErrorKm    = 20039     // the largest error: half the Earth's circumference
	nearKm        = 161       // 100 miles, the k of accuracy@k
)

// runPlaces scores toponym recognition and geocoding on LGL, TR-News or
// GeoVirus. Every mention of every herald Place is one predicted toponym
// at the place's coordinates; a place at 0°, 0° counts as not geocoded.
//
//   - Recognition (Overall, "exact"): a predicted mention matches a gold
//     toponym with the same span, one to one; one class row per corpus
//     file. The "overlap" row pairs overlapping spans instead, best
//     overlap first.
//   - Geocoding, over the overlap pairs whose gold toponym has
//     coordinates: the great-circle error in km, maxErrorKm when the
//     place has no coordinates. "accuracy@161km" is the share of errors
//     of at most 161 km; "mean error" and "median error" are in km.
//   - "AUC" is the area under the curve of the errors sorted ascending,
//     each scaled as ln(1+e)/ln(20039), by the trapezoidal rule over unit
//     steps, divided by n-1 (Gritta et al.: AUC = ∫ ln(1+e) / (ln 20039 ·
//     (n-1)), n points): 0 is perfect, 1 the worst. With one error it is
//     that error's scaled value. Gritta's code tests ln(1+e) < ln 161,
//     that is e < 160 km, for accuracy; the difference is negligible.
func runPlaces(ctx context.Context, goldPath string, r *runner) (*Report, error) {
	docs, notes, err := readGeoGold(goldPath)
	if err != nil {
		return nil, err
	}
	s := placeSum{classes: newTally()}
	for _, d := range docs {
		if r.done() {
			break
		}
		a := herald.Article{ID: d.ID, URL: d.URL, Published: d.Published, Text: d.Text, Origin: herald.Origin{Path: d.Path, Format: "xml"}}
		doc, err := r.analyze(ctx, a)
		if err != nil {
			return nil, err
		}
		s.add(d, predictedToponyms(doc))
	}
	rep := s.report()
	rep.Notes = notes
	return rep, nil
}

// predictedToponyms returns a toponym for every mention of every place.
func predictedToponyms(doc *herald.Document) []toponym {
	var out []toponym
	for _, p := range doc.Places {
		for _, m := range p.Mentions {
			out = append(out, toponym{Span: m, Name: p.Name, Lat: p.Lat, Lon: p.Lon, HasCoord: p.Lat != 0 || p.Lon != 0})
		}
	}
	return out
}

// A placeSum accumulates recognition counts and geocoding errors.
type placeSum struct {
	classes *tally
	overlap Score
	errors  []float64 // km
}

// add scores one document.
func (s *placeSum) add(d geoDoc, pred []toponym) {
	gold := d.Toponyms
	exact := matchGreedy(len(gold), len(pred), func(g, p int) float64 {
		if gold[g].Span == pred[p].Span {
			return 1
		}
		return 0
	})
	s.classes.get(d.Corpus).add(Score{TP: len(exact), FP: len(pred) - len(exact), FN: len(gold) - len(exact)})
	pairs := matchGreedy(len(gold), len(pred), func(g, p int) float64 { return iou(gold[g].Span, pred[p].Span) })
	s.overlap.add(Score{TP: len(pairs), FP: len(pred) - len(pairs), FN: len(gold) - len(pairs)})
	for _, m := range pairs {
		g, p := gold[m.G], pred[m.P]
		if !g.HasCoord {
			continue
		}
		e := float64(maxErrorKm)
		if p.HasCoord {
			e = greatCircleKm(g.Lat, g.Lon, p.Lat, p.Lon)
		}
		s.errors = append(s.errors, e)
	}
}

// report returns the report of the documents scored.
func (s *placeSum) report() *Report {
	classes := s.classes.scores()
	errs := slices.Clone(s.errors)
	slices.Sort(errs)
	within := 0
	for _, e := range errs {
		if e <= nearKm {
			within++
		}
	}
	n := len(errs)
	return &Report{
		Classes: classes,
		Overall: total("exact", classes...),
		Totals:  []Score{total("overlap", s.overlap)},
		Figures: []Figure{
			{Name: "accuracy@161km", Value: ratio(float64(within), float64(n)), N: n},
			{Name: "mean error", Value: mean(errs), Unit: "km", N: n},
			{Name: "median error", Value: median(errs), Unit: "km", N: n},
			{Name: "AUC", Value: errorAUC(errs), N: n},
		},
	}
}

// greatCircleKm returns the haversine distance between two points given
// in degrees.
func greatCircleKm(lat1, lon1, lat2, lon2 float64) float64 {
	rad := math.Pi / 180
	dLat, dLon := (lat2-lat1)*rad, (lon2-lon1)*rad
	h := math.Sin(dLat/2)*math.Sin(dLat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * earthRadiusKm * math.Asin(math.Sqrt(min(1, max(0, h))))
}

// median returns the median of the sorted xs, or 0 when there are none.
func median(xs []float64) float64 {
	n := len(xs)
	switch {
	case n == 0:
		return 0
	case n%2 == 1:
		return xs[n/2]
	}
	return (xs[n/2-1] + xs[n/2]) / 2
}

// errorAUC returns the AUC of the sorted errors in km, as documented on
// runPlaces.
func errorAUC(sorted []float64) float64 {
	n := len(sorted)
	if n == 0 {
		return 0
	}
	scale := math.Log(maxErrorKm)
	y := func(i int) float64 { return math.Log1p(sorted[i]) / scale }
	if n == 1 {
		return y(0)
	}
	var area float64
	for i := 1; i < n; i++ {
		area += (y(i-1) + y(i)) / 2
	}
	return area / float64(n-1)
}
