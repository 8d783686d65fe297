package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/heraldproject/herald/internal/eval"
	"github.com/heraldproject/herald/internal/ingest"
)

const evalDetail = `Eval runs herald's pipeline over a gold-standard data set and prints
precision, recall and F1 (or accuracy) per class and overall, with words/s.
Each task reads its data set's standard format and scores it by that data
set's published convention:

	ner      CoNLL-2003 (e.g. eng.testa): exact-span F1 as conlleval
	pos      CoNLL-2003 POS and chunk columns: tag accuracy, chunk F1
	timex    TimeML (TempEval-3): strict/relaxed recognition F1, value F1
	quotes   PolNeAR attribution: content-span F1, speaker accuracy
	places   LGL / TR-News / GeoVirus XML: toponym F1, accuracy@161km, AUC
	events   PLOVER GSR JSON or PETRARCH XML records: event and triple F1
	extract  article-extraction benchmark: HTML main-text shingle F1

Example:
	herald eval ner --gold ../shared/data/conll2003/eng.testa`

func evalCommand() *command {
	c := &command{name: "eval", summary: "score herald on a gold-standard data set", usage: "eval TASK --gold PATH [flags]"}
	c.run = func(ctx context.Context, e *env, args []string) int {
		fs := newFlags(e, c, evalDetail)
		gold := fs.String("gold", "", "`path` of the gold file or folder")
		limit := fs.Int("limit", 0, "score at most `N` documents (0: all)")
		format := fs.String("format", "text", "output `format`: text or json")
		var pc pipelineConfig
		pc.flags(fs)
		// The task comes first, as in "herald eval ner --gold x"; flags
		// after it are parsed as usual.
		task := ""
		if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
			task, args = args[0], args[1:]
		}
		if code := parseFlags(e, fs, args); code >= 0 {
			return code
		}
		if task == "" && fs.NArg() > 0 {
			task = fs.Arg(0)
		}
		switch {
		case task == "":
			e.errorf("eval needs a TASK, one of %s; run 'herald help eval'", strings.Join(eval.Tasks(), ", "))
			return exitUsage
		case *gold == "":
			e.errorf("eval %s needs --gold PATH", task)
			return exitUsage
		case *format != "text" && *format != "json":
			e.errorf("eval: --format %q is not one of text, json", *format)
			return exitUsage
		}
		p := newPipeline(pc)
		rep, err := eval.Run(ctx, task, *gold, p, eval.Options{Limit: *limit, Extractor: htmlExtractor{}})
		if err != nil {
			e.errorf("eval %s: %v", task, err)
			return exitError
		}
		if *format == "json" {
			err = rep.WriteJSON(e.stdout)
		} else {
			err = rep.WriteText(e.stdout)
		}
		if err != nil {
			e.errorf("eval %s: %v", task, fmt.Errorf("write report: %w", err))
			return exitError
		}
		return exitOK
	}
	return c
}

// htmlExtractor scores the HTML reader's main-text extraction.
type htmlExtractor struct{}

func (htmlExtractor) Extract(ctx context.Context, page []byte, url string) (string, error) {
	return ingest.Extract(ctx, page, url)
}
