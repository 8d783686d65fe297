// Package eval reads the standard gold formats of news NLP and scores
// herald's own pipeline against them, for the command "herald eval".
//
// Each task pairs a gold reader with a scorer that follows the data set's
// published convention:
//
//   - ner: CoNLL-2003 (eng.testa). Exact-span micro precision, recall and F1
//     as conlleval computes them, per type and overall, plus PER+ORG+LOC.
//     Herald's entity types map to CoNLL types as PERSON→PER, ORG→ORG,
//     GPE→LOC, LOC→LOC, NORP→MISC, MISC→MISC; other types are not scored.
//     Every name mention of an entity is one predicted span of its type;
//     a demonym mention ("Russian" standing for Russia) is a MISC span.
//   - pos: CoNLL-2003 (eng.testa) POS and chunk columns. POS accuracy over
//     the gold tokens (one that herald tokenises differently counts as
//     wrong) and phrase-chunk F1 by exact span and type, as conlleval.
//   - extract: the article-extraction benchmark (ground-truth.json and
//     html/*.html.gz). Shingle precision and recall per page, averaged over
//     pages, as the benchmark's evaluate.py does.
//   - timex: TimeML (TimeBank, AQUAINT). Strict and relaxed recognition F1
//     and the TempEval-3 attribute F1 of value and type, per TIMEX3 type.
//   - quotes: PolNeAR brat standoff. Content-span F1 with exact and ≥ 50 %
//     overlap matching, and speaker accuracy over the quotes found.
//   - places: LGL, TR-News, GeoVirus XML. Toponym recognition F1, accuracy
//     within 161 km, mean and median error and the AUC of Gritta et al. 2018.
//   - events: PLOVER GSR JSON (event type accuracy, country-level triples;
//     gold types of drafts before 0.8 are read under their 0.8 names, e.g.
//     DEMAND as REQUEST, DISAPPROVE and INVESTIGATE as ACCUSE, FIGHT as ASSAULT)
//     or PETRARCH validation XML (CAMEO triples at full and root level).
//
// Each task's file documents its conventions in detail. Scores are never NaN:
// a ratio with a zero denominator is 0, and the counts beside it say why.
// Spans are byte offsets into the text given to the analyzer; gold offsets
// counted in characters are converted on reading.
package eval

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/heraldproject/herald"
)

// An Analyzer runs herald's pipeline over one article. The command passes
// the real pipeline; tests pass fakes. The returned document must keep the
// article's Text unchanged, since gold spans point into it.
type Analyzer interface {
	Analyze(ctx context.Context, a herald.Article) (*herald.Document, error)
}

// An Extractor finds the main text of an HTML page. The extract task scores
// it; url is the page's address, or "" when unknown.
type Extractor interface {
	Extract(ctx context.Context, html []byte, url string) (text string, err error)
}

// Options adjust a run. The zero value scores every document.
type Options struct {
	// Limit is the most documents to score; 0 or less means all.
	Limit int
	// Extractor is scored by the extract task. When nil, the extract task
	// uses the Analyzer if it also implements Extractor.
	Extractor Extractor
}

// Errors that callers test for with errors.Is.
var (
	// ErrUnknownTask means Run was asked for a task it does not know.
	ErrUnknownTask = errors.New("unknown task")
	// ErrTextChanged means the analyzer returned a document whose text
	// differs from the article's, so gold spans cannot be compared.
	ErrTextChanged = errors.New("analyzer changed the document text")
	// ErrNoExtractor means the extract task was run without an Extractor.
	ErrNoExtractor = errors.New("no extractor")
)

// A task reads one gold format and scores a run against it.
type task func(ctx context.Context, goldPath string, r *runner) (*Report, error)

// tasks lists the tasks Run knows, by name.
var tasks = map[string]task{
	"ner":     runNER,
	"extract": runExtract,
	"timex":   runTimex,
	"quotes":  runQuotes,
	"places":  runPlaces,
	"events":  runEvents,
	"pos":     runPOS,
}

// Tasks returns the names of the tasks Run knows, sorted.
func Tasks() []string {
	names := make([]string, 0, len(tasks))
	for name := range tasks {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// Run reads the gold set at goldPath for the named task, runs the analyzer
// an (or, for "extract", the extractor of opts) over it and returns the
// scores. It stops at the first error from the analyzer or from reading
// the gold set; an unknown task is an ErrUnknownTask error that lists the
// tasks.
func Run(ctx context.Context, taskName, goldPath string, an Analyzer, opts Options) (*Report, error) {
	t, ok := tasks[taskName]
	if !ok {
		return nil, fmt.Errorf("run %q: %w; tasks are %s", taskName, ErrUnknownTask, strings.Join(Tasks(), ", "))
	}
	if an == nil && taskName != "extract" {
		return nil, fmt.Errorf("run %q: no analyzer", taskName)
	}
	r := &runner{an: an, ex: opts.Extractor, limit: opts.Limit}
	rep, err := t(ctx, goldPath, r)
	if err != nil {
		return nil, err
	}
	rep.Task = taskName
	rep.Gold = goldPath
	r.fill(rep)
	return rep, nil
}
