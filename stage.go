package herald

import "context"

// A Stage is one step of analysis. Process adds annotations to doc. It
// returns an error only when the document cannot be analysed at all (a
// cancelled context, an internal fault); trouble with part of the text
// becomes a Diagnostic on the document.
type Stage interface {
	Name() string
	Process(ctx context.Context, doc *Document) error
}

// A Loader is a stage that loads models or dictionaries before its first
// use. The pipeline calls Load once, before any document.
type Loader interface {
	Load(ctx context.Context) error
}
