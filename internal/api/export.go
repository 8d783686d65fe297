package api

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/heraldproject/herald/internal/export"
)

// exportTypes are the media types of the export formats.
var exportTypes = map[string]string{
	"gdelt":  "text/tab-separated-values; charset=utf-8",
	"plover": "application/x-ndjson",
	"csv":    "text/csv; charset=utf-8",
}

// export streams the events the filters select, a store page at a time,
// so that memory stays bounded whatever the size of the result.
func (s *server) export(w http.ResponseWriter, r *http.Request) error {
	v, err := params(r.URL, filterParams, []string{"format", "header", "limit"})
	if err != nil {
		return err
	}
	q, err := query(v)
	if err != nil {
		return err
	}
	format := strings.ToLower(v.Get("format"))
	header := v.Get("header") == "true"
	if _, ok := exportTypes[format]; !ok {
		return badRequest("bad_query", fmt.Sprintf("format %q is not one of %s", format, strings.Join(streamed(), ", ")))
	}
	if h := v.Get("header"); h != "" && (h != "true" && h != "false" || format != "gdelt") {
		return badRequest("bad_query", "header is true or false, and for format gdelt only")
	}
	limit := q.Limit
	q.Limit = 0
	// Check the filters on a page of one event before the status is sent:
	// after it, an error can only cut the stream short.
	probe := q
	probe.Limit = 1
	if _, _, err := s.opts.Store.Events(r.Context(), probe); err != nil {
		return err
	}
	w.Header().Set("Content-Type", exportTypes[format])
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="herald-events.%s"`, extension(format)))
	x, err := export.New(format, w, header)
	if err != nil {
		return err
	}
	_, err = export.Run(r.Context(), s.opts.Store, q, limit, x)
	if ferr := x.Flush(); err == nil {
		err = ferr
	}
	if err != nil && r.Context().Err() == nil {
		// The status is sent; all that is left is to cut the response
		// short, so that the client sees it incomplete.
		s.opts.Log.Error("api: export", "err", err)
		panic(http.ErrAbortHandler)
	}
	return nil
}

// streamed returns the export formats the API serves, those of
// exportTypes, in the order of export.Formats, so that an error lists
// only formats the API takes.
func streamed() []string {
	var fs []string
	for _, f := range export.Formats {
		if _, ok := exportTypes[f]; ok {
			fs = append(fs, f)
		}
	}
	return fs
}

func extension(format string) string {
	switch format {
	case "gdelt":
		return "tsv"
	case "plover":
		return "jsonl"
	}
	return format
}
