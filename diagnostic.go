package herald

import "fmt"

// A Severity grades a diagnostic.
type Severity uint8

// Severities.
const (
	Info Severity = iota
	Warning
	Error
)

// String returns the severity's lower-case name.
func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "unknown"
}

// A Diagnostic is something a reader or stage noticed about one document:
// repaired input, a sentence it could not analyse, a missing date. It never
// stops the pipeline; errors that do are returned instead.
type Diagnostic struct {
	Severity Severity
	Stage    string // "ingest", "segment", …
	Span     Span   // where in Text; empty when it concerns the whole document
	Message  string // lower-case phrase, e.g. "replaced 3 invalid UTF-8 sequences"
}

func (d Diagnostic) String() string {
	if d.Span.Empty() {
		return fmt.Sprintf("%s: %s: %s", d.Severity, d.Stage, d.Message)
	}
	return fmt.Sprintf("%s: %s: %d-%d: %s", d.Severity, d.Stage, d.Span.Start, d.Span.End, d.Message)
}
