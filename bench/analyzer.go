package bench

import (
	"context"
	"fmt"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/eval"
	"github.com/jdkato/prose/v2"
)

// An Analyzer is an eval.Analyzer backed by prose, so that prose's entity
// recognition is scored by herald's own scorer (internal/eval), exactly as
// herald eval scores herald's pipeline. It runs prose.NewDocument over the
// article's text with prose's default steps and returns a document with the
// text unchanged and prose's entities as herald entities: one entity per
// prose entity, with one name mention whose span align.go finds. prose does
// no coreference, so two mentions of one person are two entities. An
// Analyzer is not safe for concurrent use; eval.Run calls it in turn.
type Analyzer struct {
	// Model is reused for every document, through prose.UsingModel. Nil
	// calls prose.NewDocument with no model, so that it decodes its
	// default model again for every document.
	Model *prose.Model
	// Unaligned counts the documents whose prose output could not be
	// aligned with the text (ErrAlign). They are returned with no
	// entities and a warning, so their gold entities count as missed.
	Unaligned int
}

var _ eval.Analyzer = (*Analyzer)(nil)

// diagnosticStage names the analyzer in the diagnostics it records.
const diagnosticStage = "prose"

// Analyze runs prose over a.Text and returns its entities with their spans.
func (an *Analyzer) Analyze(ctx context.Context, a herald.Article) (*herald.Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var opts []prose.DocOpt
	if an.Model != nil {
		opts = append(opts, prose.UsingModel(an.Model))
	}
	pd, err := prose.NewDocument(a.Text, opts...)
	if err != nil {
		return nil, fmt.Errorf("run prose: %w", err)
	}
	ents := pd.Entities()
	found, err := entitySpans(a.Text, pd.Tokens(), ents)
	doc := herald.NewDocument(a)
	if err != nil {
		// Every error of entitySpans is an ErrAlign: trouble with one
		// document, which is kept, not a failure of the run.
		an.Unaligned++
		doc.Diagnose(herald.Warning, diagnosticStage, herald.Span{}, err.Error())
		return doc, nil
	}
	doc.Entities = make([]herald.Entity, len(found))
	for i, e := range found {
		doc.Entities[i] = herald.Entity{
			ID:       fmt.Sprintf("E%d", i+1),
			Name:     ents[i].Text, // entitySpans keeps prose's order
			Type:     entityType(e.Label),
			Mentions: []herald.Mention{{Span: e.Span, Kind: herald.NameMention}},
		}
	}
	return doc, nil
}

// entityType maps a prose entity label to a herald entity type. prose v2's
// model knows PERSON, ORGANIZATION, GPE, LOCATION, FACILITY and GSP; eval
// scores herald's types as CoNLL types (PERSON→PER, ORG→ORG, GPE and
// LOC→LOC, MISC→MISC), so every label prose has no herald type for —
// FACILITY, GSP or any other — becomes Misc and is scored as MISC.
func entityType(label string) herald.EntityType {
	switch label {
	case "PERSON":
		return herald.Person
	case "ORGANIZATION", "ORG":
		return herald.Organization
	case "GPE":
		return herald.GPE
	case "LOCATION", "LOC":
		return herald.Location
	}
	return herald.Misc
}

// NER scores prose's entity recognition on the CoNLL-2003 file at goldPath
// with herald's scorer: eval.Run's "ner" task, as herald eval ner runs it,
// with an Analyzer over model (nil: prose decodes its default model for
// each document). The report's words/s count the time inside Analyze:
// prose and the alignment of its output. When some documents could not be
// aligned, a note says how many.
func NER(ctx context.Context, goldPath string, model *prose.Model) (*eval.Report, error) {
	an := &Analyzer{Model: model}
	rep, err := eval.Run(ctx, "ner", goldPath, an, eval.Options{})
	if err != nil {
		return nil, err
	}
	if an.Unaligned > 0 {
		rep.Notes = append(rep.Notes, fmt.Sprintf("%d of %d documents: prose's output could not be aligned with the text; their gold entities count as missed", an.Unaligned, rep.Docs))
	}
	return rep, nil
}
