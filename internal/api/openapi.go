package api

import (
	_ "embed"
	"net/http"

	"github.com/heraldproject/herald/internal/render"
)

// OpenAPI is the API's OpenAPI 3.1 document, served at
// /api/v1/openapi.json. Its Document schema is render.SchemaJSON, served
// at /api/v1/schema.json.
//
//go:embed openapi.json
var OpenAPI []byte

func (s *server) openAPI(w http.ResponseWriter, r *http.Request) error {
	return writeRaw(w, r, OpenAPI)
}

func (s *server) schema(w http.ResponseWriter, r *http.Request) error {
	return writeRaw(w, r, render.SchemaJSON)
}

func writeRaw(w http.ResponseWriter, r *http.Request, b []byte) error {
	if _, err := params(r.URL); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json")
	_, err := w.Write(b)
	return err
}
