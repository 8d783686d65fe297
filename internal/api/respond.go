package api

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"github.com/heraldproject/herald"
)

// A clientError is a mistake in a request, told to the client as it is.
type clientError struct {
	status int
	code   string
	msg    string
}

func (e *clientError) Error() string { return e.msg }

func badRequest(code, msg string) error {
	return &clientError{http.StatusBadRequest, code, msg}
}

// errorBody is the body of every error response.
type errorBody struct {
	Error errorDetail `json:"error"`
}

type errorDetail struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// writeJSON writes v as the response body with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) error {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	return json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	writeJSON(w, status, errorBody{errorDetail{Code: code, Message: msg}})
}

// badQueryMessage returns what a store's ErrBadQuery says about the query,
// without what the store wraps it in, such as the path of its file.
func badQueryMessage(err error) string {
	msg := err.Error()
	if i := strings.Index(msg, herald.ErrBadQuery.Error()); i >= 0 {
		return msg[i:]
	}
	return herald.ErrBadQuery.Error()
}

// fail answers err: a client's mistake with its status and message, a
// store's ErrBadQuery and ErrNotFound as 400 and 404, and anything else as
// 500 without its details, which go to the log.
func (s *server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var ce *clientError
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &ce):
		writeError(w, ce.status, ce.code, ce.msg)
	case errors.As(err, &tooLarge):
		writeError(w, http.StatusRequestEntityTooLarge, "too_large", "the request body is larger than this server takes")
	case errors.Is(err, herald.ErrBadQuery):
		writeError(w, http.StatusBadRequest, "bad_query", badQueryMessage(err))
	case errors.Is(err, herald.ErrNotFound):
		writeError(w, http.StatusNotFound, "not_found", "not found")
	case errors.Is(err, context.Canceled) && r.Context().Err() != nil:
		// The client went away: there is no one to answer.
	default:
		s.opts.Log.Error("api", "method", r.Method, "path", r.URL.Path, "err", err)
		writeError(w, http.StatusInternalServerError, "internal", "the server met an error; its log says more")
	}
}
