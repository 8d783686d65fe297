package actor

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/stage/entity"
	"github.com/heraldproject/herald/internal/stage/segment"
	"github.com/heraldproject/herald/internal/stage/wire"
)

// stages are the stages before the actor stage, loaded once for all tests.
var stages = sync.OnceValues(func() ([]herald.Stage, error) {
	ss := []herald.Stage{wire.New(), segment.New(segment.Options{}), entity.New()}
	for _, s := range ss {
		if l, ok := s.(herald.Loader); ok {
			if err := l.Load(context.Background()); err != nil {
				return nil, err
			}
		}
	}
	return ss, nil
})

// defaultStage is an actor stage with herald's knowledge only.
var defaultStage = sync.OnceValues(func() (*Stage, error) {
	s := New(Options{})
	return s, s.Load(context.Background())
})

// seedDate is the publication date of the seed and of the test texts.
var seedDate = time.Date(2025, 8, 8, 0, 0, 0, 0, time.UTC)

// prepare runs the stages before the actor stage on a, as the pipeline does.
func prepare(t testing.TB, a herald.Article) *herald.Document {
	t.Helper()
	ss, err := stages()
	if err != nil {
		t.Fatalf("load stages: %v", err)
	}
	doc := herald.NewDocument(a)
	for _, s := range ss {
		if err := s.Process(context.Background(), doc); err != nil {
			t.Fatalf("%s: %v", s.Name(), err)
		}
	}
	return doc
}

// analyse runs the stages and s on text dated date.
func analyse(t testing.TB, s *Stage, text string, date time.Time) *herald.Document {
	t.Helper()
	doc := prepare(t, herald.Article{Text: text, Published: date})
	if err := s.Process(context.Background(), doc); err != nil {
		t.Fatalf("actor: %v", err)
	}
	return doc
}

// stage returns the default actor stage.
func stage(t testing.TB) *Stage {
	t.Helper()
	s, err := defaultStage()
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	return s
}

// describe writes entity e as "Name TYPE ACTOR "Role" [mention, …]", the
// mentions as their text, nominals and pronouns marked with their kind.
func describe(doc *herald.Document, e herald.Entity) string {
	var ms []string
	for _, m := range e.Mentions {
		s := m.In(doc.Text)
		if m.Kind != herald.NameMention {
			s += "/" + m.Kind.String()
		}
		ms = append(ms, s)
	}
	actor := e.Actor
	if actor == "" {
		actor = "-"
	}
	role := ""
	if e.Role != "" {
		role = fmt.Sprintf(" %q", e.Role)
	}
	return fmt.Sprintf("%s %s %s%s [%s]", e.Name, e.Type, actor, role, strings.Join(ms, ", "))
}

// find returns the entity named name, or nil.
func find(doc *herald.Document, name string) *herald.Entity {
	for i := range doc.Entities {
		if doc.Entities[i].Name == name {
			return &doc.Entities[i]
		}
	}
	return nil
}
