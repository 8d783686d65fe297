package herald

import "errors"

// Errors that callers test for with errors.Is.
var (
	// ErrEmpty means an input held no text to analyse.
	ErrEmpty = errors.New("empty input")
	// ErrTooLarge means an input exceeds the configured size limit.
	ErrTooLarge = errors.New("input too large")
	// ErrBinary means an input is not text.
	ErrBinary = errors.New("binary input")
	// ErrMalformed means an input could not be parsed in its format.
	ErrMalformed = errors.New("malformed input")
)
