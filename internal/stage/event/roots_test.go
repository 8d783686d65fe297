package event

import (
	"context"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/stage/actor"
	"github.com/heraldproject/herald/internal/stage/entity"
	placestage "github.com/heraldproject/herald/internal/stage/place"
	"github.com/heraldproject/herald/internal/stage/quote"
	"github.com/heraldproject/herald/internal/stage/segment"
	"github.com/heraldproject/herald/internal/stage/syntax"
	"github.com/heraldproject/herald/internal/stage/timex"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const rootsPath = "testdata/roots.txt"

// TestRoots runs each sentence of testdata/roots.txt through the real
// stages and compares its events with the lines that follow it.
func TestRoots(t *testing.T) {
	b, err := os.ReadFile(rootsPath)
	if err != nil {
		t.Fatal(err)
	}
	stages := loadedStages(t)
	var out strings.Builder
	var sentence string
	var want []string
	check := func() {
		if sentence == "" {
			return
		}
		got := coded(t, stages, sentence)
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s\ngot:\n\t%s\nwant:\n\t%s", sentence, strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
		}
		for _, g := range got {
			out.WriteString("\t" + g + "\n")
		}
		sentence, want = "", nil
	}
	for _, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		switch {
		case strings.HasPrefix(line, "\t"):
			want = append(want, strings.TrimPrefix(line, "\t"))
			continue
		case line == "" || strings.HasPrefix(line, "#"):
			check()
		default:
			check()
			sentence = line
		}
		out.WriteString(line + "\n")
	}
	check()
	if *update {
		if err := os.WriteFile(rootsPath, []byte(out.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// loadedStages returns the stages from segment to event, loaded.
func loadedStages(t *testing.T) []herald.Stage {
	t.Helper()
	stages := []herald.Stage{segment.New(segment.Options{}), entity.New(), actor.New(actor.Options{}), timex.New(),
		placestage.New(), quote.New(), syntax.New(), New()}
	for _, s := range stages {
		if l, ok := s.(herald.Loader); ok {
			if err := l.Load(context.Background()); err != nil {
				t.Fatal(err)
			}
		}
	}
	return stages
}

// coded runs the stages over text and describes its events, one a line:
// "code source → target modality", and ", said by Name" with the speaker
// of an event inside a quote.
func coded(t *testing.T, stages []herald.Stage, text string) []string {
	t.Helper()
	doc := herald.NewDocument(herald.Article{Text: text})
	for _, s := range stages {
		if err := s.Process(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
	}
	var out []string
	for _, e := range doc.Events {
		line := e.CAMEO + " " + orDash(e.Source.Actor) + " → " + orDash(e.Target.Actor) + " " + string(e.Modality)
		for _, en := range doc.Entities {
			if en.ID == e.Speaker {
				line += ", said by " + en.Name
			}
		}
		out = append(out, line)
	}
	return out
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
