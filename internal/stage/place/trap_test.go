package place

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/stage/actor"
	"github.com/heraldproject/herald/internal/stage/entity"
	"github.com/heraldproject/herald/internal/stage/segment"
	"github.com/heraldproject/herald/internal/stage/wire"
)

// TestTraps runs the stages up to this one over sentences with the errors
// analysts hate: people and organisations named after places, and ordinary
// words that are also towns, which must become places only with evidence.
func TestTraps(t *testing.T) {
	stages := []herald.Stage{wire.New(), segment.New(segment.Options{}), entity.New(), actor.New(actor.Options{}), New()}
	tests := []struct {
		text string
		want []string // "Name, CCC" of every place, in order
	}{
		{"Jordan Henderson scored twice for Liverpool on Saturday.", []string{"Liverpool, GBR"}},
		{"Paris Hilton arrived at the party in Los Angeles.", []string{"Los Angeles, USA"}},
		{"Real Madrid beat Barcelona 2-1 in the Champions League.", []string{"Barcelona, ESP"}},
		{"The Bank of England raised interest rates on Thursday.", nil},
		{"Nice weather helped the harvest. Reading the report, officials said mobile phones were banned.", nil},
		{"The festival in Nice drew crowds from across France.", []string{"Nice, FRA", "France, FRA"}},
		{"Jordan said it would send aid to Gaza.", []string{"Jordan, JOR", "Gaza Strip, PSE"}},
		{"Police in Alexandria said the suspect fled.", []string{"Alexandria, EGY"}},
	}
	for _, tt := range tests {
		doc := herald.NewDocument(herald.Article{Text: tt.text})
		for _, s := range stages {
			if err := s.Process(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
		}
		var got []string
		for _, p := range doc.Places {
			got = append(got, p.Name+", "+p.Country)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q:\n got places %s\nwant %s", tt.text, strings.Join(got, "; "), strings.Join(tt.want, "; "))
		}
	}
}
