package storetest

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/heraldproject/herald"
)

// statsExtra is a document stored with the corpus for the aggregation
// tests: published on a Sunday, with an event of one actor code with
// itself, one with a source only, and a place whose ID another document
// gives another place.
var statsExtra = fixture{id: "e", title: "Kharkiv shelled again", published: "2025-08-10",
	text: "Russian troops shelled Kharkiv again. Kyiv protested. Ukrainian officials blamed each other.",
	events: []ev{
		{sentence: 0, trigger: "shelled", source: "Russian troops", target: "Kharkiv", sourceActor: "RUSMIL", targetActor: "UKR",
			cameo: "195", quad: 4, plover: "ASSAULT", modality: herald.Asserted, place: "P1"},
		{sentence: 1, trigger: "protested", source: "Kyiv", sourceActor: "UKRGOV",
			cameo: "111", quad: 3, plover: "DISAPPROVE", modality: herald.Asserted},
		{sentence: 2, trigger: "blamed", source: "Ukrainian officials", target: "each other", sourceActor: "UKRGOV", targetActor: "UKRGOV",
			cameo: "112", quad: 3, plover: "DISAPPROVE", modality: herald.Asserted},
	},
	places: []herald.Place{withID(kharkiv, "P1")}}

// putStats stores the corpus and statsExtra. Their events, with the
// Goldstein values the fixtures give them:
//
//	a/V1 RUSGOV→USAGOV 036 q1 0.5 2025-08-15 Alaska
//	a/V2 RUSMIL→UKR    190 q4 1.5 2025-08-08 Kharkiv
//	b/V1 UKRGOV→RUS    111 q3 0.5 2025-07-01 Kyiv
//	b/V2 UKRGOV→USA    023 q1 1.5 2025-07-01 Kyiv
//	c/V1 (none)        040 q1 0.5 (no day)   Kyiv
//	d/V1 RUS→IGOEU     120 q3 0.5 2024-12-31 Moscow
//	e/V1 RUSMIL→UKR    195 q4 0.5 2025-08-10 Kharkiv
//	e/V2 UKRGOV→       111 q3 1.5 2025-08-10
//	e/V3 UKRGOV→UKRGOV 112 q3 2.5 2025-08-10
func putStats(t *testing.T, s herald.Store) {
	t.Helper()
	putCorpus(t, s)
	put(t, s, statsExtra.document(t))
}

func testTimeline(t *testing.T, s herald.Store) {
	putStats(t, s)
	type b = []herald.TimelineBucket
	at := func(start, group string, n int, goldstein float64) herald.TimelineBucket {
		return herald.TimelineBucket{Start: start, Group: group, Events: n, Goldstein: goldstein}
	}
	tests := []struct {
		name   string
		q      herald.Query
		period herald.Period
		by     herald.Grouping
		want   b
	}{
		{"week by quad", herald.Query{}, herald.Week, herald.ByQuadClass, b{
			at("2024-12-30", "3", 1, 0.5),
			at("2025-06-30", "1", 1, 1.5), at("2025-06-30", "3", 1, 0.5),
			at("2025-08-04", "3", 2, 2), at("2025-08-04", "4", 2, 1), // Friday and Sunday
			at("2025-08-11", "1", 1, 0.5),
		}},
		{"day by root, actor", herald.Query{Actor: "RUS*"}, herald.Day, herald.ByRoot, b{
			at("2024-12-31", "12", 1, 0.5), at("2025-07-01", "11", 1, 0.5), at("2025-08-08", "19", 1, 1.5),
			at("2025-08-10", "19", 1, 0.5), at("2025-08-15", "03", 1, 0.5),
		}},
		{"week by root, from", herald.Query{From: day(t, "2025-08-01")}, herald.Week, herald.ByRoot, b{
			at("2025-08-04", "11", 2, 2), at("2025-08-04", "19", 2, 1), at("2025-08-11", "03", 1, 0.5),
		}},
		{"day by quad, text", herald.Query{Text: "Zelensky"}, herald.Day, herald.ByQuadClass, b{
			at("2025-07-01", "1", 1, 1.5), at("2025-07-01", "3", 1, 0.5),
		}},
		{"limit and cursor ignored", herald.Query{QuadClass: 4, Limit: 1, After: "garbage"}, herald.Week, herald.ByQuadClass, b{
			at("2025-08-04", "4", 2, 1),
		}},
		{"nothing", herald.Query{Actor: "CHN"}, herald.Day, herald.ByQuadClass, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Timeline(context.Background(), tt.q, tt.period, tt.by)
			if err != nil || !slices.Equal(got, tt.want) {
				t.Errorf("Timeline(%+v, %s, %s) = %v, %v;\nwant %v", tt.q, tt.period, tt.by, got, err, tt.want)
			}
		})
	}
}

func testNetwork(t *testing.T, s herald.Store) {
	putStats(t, s)
	type p = []herald.ActorPair
	pair := func(source, target string, n, conflict int, goldstein float64) herald.ActorPair {
		return herald.ActorPair{Source: source, Target: target, Events: n, Conflict: conflict, Goldstein: goldstein}
	}
	tests := []struct {
		name  string
		q     herald.Query
		limit int
		want  p
	}{
		{"all", herald.Query{}, 0, p{
			pair("RUSMIL", "UKR", 2, 2, 1), pair("RUS", "IGOEU", 1, 1, 0.5), pair("RUSGOV", "USAGOV", 1, 0, 0.5),
			pair("UKRGOV", "RUS", 1, 1, 0.5), pair("UKRGOV", "UKRGOV", 1, 1, 2.5), pair("UKRGOV", "USA", 1, 0, 1.5),
		}},
		{"limit", herald.Query{}, 2, p{pair("RUSMIL", "UKR", 2, 2, 1), pair("RUS", "IGOEU", 1, 1, 0.5)}},
		{"actor", herald.Query{Actor: "ukrgov"}, 10, p{
			pair("UKRGOV", "RUS", 1, 1, 0.5), pair("UKRGOV", "UKRGOV", 1, 1, 2.5), pair("UKRGOV", "USA", 1, 0, 1.5),
		}},
		{"quad", herald.Query{QuadClass: 4}, 10, p{pair("RUSMIL", "UKR", 2, 2, 1)}},
		{"nothing", herald.Query{CAMEO: "04"}, 10, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Network(context.Background(), tt.q, tt.limit)
			if err != nil || !slices.Equal(got, tt.want) {
				t.Errorf("Network(%+v, %d) = %v, %v;\nwant %v", tt.q, tt.limit, got, err, tt.want)
			}
		})
	}
}

func testActors(t *testing.T, s herald.Store) {
	putStats(t, s)
	type a = []herald.ActorCount
	code := func(code string, n, asSource, asTarget int) herald.ActorCount {
		return herald.ActorCount{Code: code, Events: n, AsSource: asSource, AsTarget: asTarget}
	}
	all := a{
		code("UKRGOV", 4, 4, 1), // once for e/V3, as source and as target
		code("RUS", 2, 1, 1), code("RUSMIL", 2, 2, 0), code("UKR", 2, 0, 2),
		code("IGOEU", 1, 0, 1), code("RUSGOV", 1, 1, 0), code("USA", 1, 0, 1), code("USAGOV", 1, 0, 1),
	}
	tests := []struct {
		name  string
		q     herald.Query
		limit int
		want  a
	}{
		{"all", herald.Query{}, 0, all},
		{"limit", herald.Query{}, 3, all[:3]},
		{"limit and cursor of the query ignored", herald.Query{Limit: 1, After: "garbage"}, 100, all},
		{"from", herald.Query{From: day(t, "2025-08-01")}, 10, a{
			code("RUSMIL", 2, 2, 0), code("UKR", 2, 0, 2), code("UKRGOV", 2, 2, 1), code("RUSGOV", 1, 1, 0), code("USAGOV", 1, 0, 1),
		}},
		{"modality", herald.Query{Modality: herald.Negated}, 10, a{code("IGOEU", 1, 0, 1), code("RUS", 1, 1, 0)}},
		{"country", herald.Query{Country: "USA"}, 10, a{code("RUSGOV", 1, 1, 0), code("USAGOV", 1, 0, 1)}},
		{"no codes", herald.Query{Modality: herald.Hypothetical}, 10, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Actors(context.Background(), tt.q, tt.limit)
			if err != nil || !slices.Equal(got, tt.want) {
				t.Errorf("Actors(%+v, %d) = %v, %v;\nwant %v", tt.q, tt.limit, got, err, tt.want)
			}
		})
	}
}

func testPlaces(t *testing.T, s herald.Store) {
	putStats(t, s)
	count := func(p herald.Place, n int) herald.PlaceCount {
		return herald.PlaceCount{Name: p.Name, Country: p.Country, GeoNames: p.GeoNames, Lat: p.Lat, Lon: p.Lon, Events: n}
	}
	tests := []struct {
		name  string
		q     herald.Query
		limit int
		want  []herald.PlaceCount
	}{
		// Kyiv of documents b and c is one place; a's is in no event.
		{"all", herald.Query{}, 0, []herald.PlaceCount{count(kyiv, 3), count(kharkiv, 2), count(moscow, 1), count(alaska, 1)}},
		{"limit", herald.Query{}, 1, []herald.PlaceCount{count(kyiv, 3)}},
		{"to", herald.Query{To: day(t, "2025-07-31")}, 10, []herald.PlaceCount{count(kyiv, 2), count(moscow, 1)}},
		{"actor", herald.Query{Actor: "RUSMIL"}, 10, []herald.PlaceCount{count(kharkiv, 2)}},
		{"country", herald.Query{Country: "ukr"}, 10, []herald.PlaceCount{count(kyiv, 3), count(kharkiv, 2)}},
		{"no place", herald.Query{CAMEO: "112"}, 10, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Places(context.Background(), tt.q, tt.limit)
			if err != nil || !slices.Equal(got, tt.want) {
				t.Errorf("Places(%+v, %d) = %v, %v;\nwant %v", tt.q, tt.limit, got, err, tt.want)
			}
		})
	}
}

func testBadCounts(t *testing.T, s herald.Store) {
	putStats(t, s)
	ctx := context.Background()
	tests := []struct {
		name string
		call func() error
	}{
		{"Timeline by month", func() error { _, err := s.Timeline(ctx, herald.Query{}, "month", herald.ByQuadClass); return err }},
		{"Timeline by PLOVER", func() error { _, err := s.Timeline(ctx, herald.Query{}, herald.Day, "plover"); return err }},
		{"Timeline of a bad quad class", func() error {
			_, err := s.Timeline(ctx, herald.Query{QuadClass: 5}, herald.Day, herald.ByRoot)
			return err
		}},
		{"Network of a negative limit", func() error { _, err := s.Network(ctx, herald.Query{}, -1); return err }},
		{"Network of a bad actor", func() error { _, err := s.Network(ctx, herald.Query{Actor: "R*S"}, 10); return err }},
		{"Actors of a bad CAMEO code", func() error { _, err := s.Actors(ctx, herald.Query{CAMEO: "abc"}, 10); return err }},
		{"Actors of a reversed range", func() error {
			_, err := s.Actors(ctx, herald.Query{From: day(t, "2025-08-02"), To: day(t, "2025-08-01")}, 10)
			return err
		}},
		{"Places of a bad modality", func() error { _, err := s.Places(ctx, herald.Query{Modality: "maybe"}, 10); return err }},
		{"Places of a bad country", func() error { _, err := s.Places(ctx, herald.Query{Country: "Ukraine"}, 10); return err }},
		{"Places of a negative limit", func() error { _, err := s.Places(ctx, herald.Query{}, -5); return err }},
	}
	for _, tt := range tests {
		if err := tt.call(); !errors.Is(err, herald.ErrBadQuery) {
			t.Errorf("%s: error = %v; want ErrBadQuery", tt.name, err)
		}
	}
}
