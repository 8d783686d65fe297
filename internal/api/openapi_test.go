package api

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/render"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// spec is the part of the OpenAPI document the tests read.
type spec struct {
	Paths      map[string]map[string]operation `json:"paths"`
	Components struct {
		Responses  map[string]response  `json:"responses"`
		Parameters map[string]parameter `json:"parameters"`
	} `json:"components"`
}

type operation struct {
	Parameters []parameter         `json:"parameters"`
	Responses  map[string]response `json:"responses"`
}

type parameter struct {
	Ref    string `json:"$ref"`
	Name   string `json:"name"`
	In     string `json:"in"`
	Schema struct {
		Type   string   `json:"type"`
		Format string   `json:"format"`
		Enum   []string `json:"enum"`
	} `json:"schema"`
}

type response struct {
	Ref     string `json:"$ref"`
	Content map[string]struct {
		Schema map[string]any `json:"schema"`
	} `json:"content"`
}

func readSpec(t *testing.T) spec {
	t.Helper()
	var sp spec
	if err := json.Unmarshal(OpenAPI, &sp); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	return sp
}

// documented returns "METHOD path" for every operation of the document.
func (sp spec) documented() []string {
	var ops []string
	for path, methods := range sp.Paths {
		for m := range methods {
			ops = append(ops, strings.ToUpper(m)+" "+path)
		}
	}
	slices.Sort(ops)
	return ops
}

func TestOpenAPIDocumentsEveryRoute(t *testing.T) {
	s := &server{opts: Options{Analyze: analyzer()}}
	var registered []string
	for _, rt := range s.table() {
		registered = append(registered, rt.method+" "+rt.path)
	}
	slices.Sort(registered)
	documented := readSpec(t).documented()
	if !slices.Equal(registered, documented) {
		t.Errorf("routes and openapi.json differ:\nregistered %q\ndocumented %q", registered, documented)
	}
}

// TestMuxServesEveryDocumentedOperation sends each documented operation to
// the real handler and checks that an endpoint, not the fallback for an
// unknown path or method, answered it.
func TestMuxServesEveryDocumentedOperation(t *testing.T) {
	h, _ := newAPI(t, nil)
	for _, op := range readSpec(t).documented() {
		method, path, _ := strings.Cut(op, " ")
		target := strings.NewReplacer("{id}", herald.Seed().ID, "{code}", "USAGOV").Replace(path)
		c := call{method: method, target: target, token: testToken}
		if method == "POST" {
			c.body, c.ctype = `{"id":"x","text":"Putin met Trump in Alaska on Friday."}`, "application/json"
		}
		switch path {
		case "/api/v1/export":
			c.target += "?format=csv"
		case "/api/v1/search":
			c.target += "?q=meeting"
		}
		resp := do(t, h, c)
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("%s: status %d, want 200: %s", op, resp.StatusCode, body)
		}
		wrong := do(t, h, call{method: "DELETE", target: target, token: testToken})
		if wrong.StatusCode != http.StatusMethodNotAllowed {
			t.Errorf("DELETE %s: status %d, want 405", path, wrong.StatusCode)
		}
	}
}

// TestEndpointsTakeTheDocumentedParameters sends every documented query
// parameter, with a value of its type, to its endpoint and checks that the
// endpoint knows it; and one undocumented parameter, which it must refuse.
func TestEndpointsTakeTheDocumentedParameters(t *testing.T) {
	h, _ := newAPI(t, nil)
	sp := readSpec(t)
	for path, methods := range sp.Paths {
		op, ok := methods["get"]
		if !ok {
			continue
		}
		target := strings.NewReplacer("{id}", herald.Seed().ID, "{code}", "USAGOV").Replace(path)
		for _, p := range op.Parameters {
			if name, ok := strings.CutPrefix(p.Ref, "#/components/parameters/"); ok {
				p = sp.Components.Parameters[name]
			}
			if p.In != "query" {
				continue
			}
			value := "x"
			switch {
			case len(p.Schema.Enum) > 0:
				value = p.Schema.Enum[0]
			case p.Schema.Type == "integer":
				value = "1"
			case p.Schema.Type == "boolean":
				value = "true"
			case p.Schema.Format == "date":
				value = "2025-08-08"
			}
			resp := do(t, h, call{target: target + "?" + p.Name + "=" + value})
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode == http.StatusBadRequest && bytes.Contains(body, []byte("unknown parameter")) {
				t.Errorf("GET %s does not take its documented parameter %s: %s", path, p.Name, body)
			}
		}
		resp := do(t, h, call{target: target + "?undocumented=1"})
		if resp.StatusCode != http.StatusBadRequest {
			t.Errorf("GET %s?undocumented=1: status %d, want 400", path, resp.StatusCode)
		}
	}
}

// openAPIURL is where the tests place openapi.json.
const openAPIURL = "http://herald/api/v1/openapi.json"

// compileResponses compiles the document's schemas, with the herald/v1
// schema its Document refers to.
func compileResponses(t *testing.T) *jsonschema.Compiler {
	t.Helper()
	c := jsonschema.NewCompiler()
	// The URLs are those the server gives them, so that the document's
	// relative reference to schema.json resolves as a client resolves it.
	for url, b := range map[string][]byte{openAPIURL: OpenAPI, "http://herald/api/v1/schema.json": render.SchemaJSON} {
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if err := c.AddResource(url, v); err != nil {
			t.Fatal(err)
		}
	}
	return c
}

// schemaFor returns the schema the document gives the response of an
// operation with a status, as a reference into openapi.json.
func (sp spec) schemaFor(t *testing.T, path, method string, status int) string {
	t.Helper()
	resp, ok := sp.Paths[path][strings.ToLower(method)].Responses[strconv.Itoa(status)]
	if !ok {
		t.Fatalf("openapi.json documents no %d for %s %s", status, method, path)
	}
	if name, ok := strings.CutPrefix(resp.Ref, "#/components/responses/"); ok {
		resp = sp.Components.Responses[name]
	}
	schema := resp.Content["application/json"].Schema
	ref, _ := schema["$ref"].(string)
	if ref == "" {
		t.Fatalf("%s %s %d: the test wants a $ref schema for application/json", method, path, status)
	}
	return openAPIURL + ref
}

func TestResponsesMatchOpenAPI(t *testing.T) {
	h, _ := newAPI(t, nil)
	sp := readSpec(t)
	c := compileResponses(t)
	seed := herald.Seed().ID
	jsonArticle := `{"id":"a1","title":"<b>Talks</b>","published":"2025-08-09","text":"Putin met Trump in Alaska on Friday."}`
	cases := []struct {
		path   string // the operation, as documented
		call   call
		status int
	}{
		{"/api/v1/events", call{target: "/api/v1/events?actor=USA*&limit=3"}, 200},
		{"/api/v1/events", call{target: "/api/v1/events?quad=9"}, 400},
		{"/api/v1/events", call{target: "/api/v1/events?colour=red"}, 400},
		{"/api/v1/articles/{id}", call{target: "/api/v1/articles/" + seed}, 200},
		{"/api/v1/articles/{id}", call{target: "/api/v1/articles/nope"}, 404},
		{"/api/v1/actors/{code}", call{target: "/api/v1/actors/RUSGOV"}, 200},
		{"/api/v1/actors/{code}", call{target: "/api/v1/actors/ZZZ"}, 404},
		{"/api/v1/search", call{target: "/api/v1/search?q=meeting"}, 200},
		{"/api/v1/search", call{target: "/api/v1/search"}, 400},
		{"/api/v1/stats/timeline", call{target: "/api/v1/stats/timeline?period=week&by=root"}, 200},
		{"/api/v1/stats/timeline", call{target: "/api/v1/stats/timeline?period=year"}, 400},
		{"/api/v1/stats/network", call{target: "/api/v1/stats/network?limit=5"}, 200},
		{"/api/v1/stats/actors", call{target: "/api/v1/stats/actors"}, 200},
		{"/api/v1/stats/places", call{target: "/api/v1/stats/places?modality=asserted"}, 200},
		{"/api/v1/export", call{target: "/api/v1/export?format=xml"}, 400},
		{"/api/v1/articles", call{method: "POST", target: "/api/v1/articles", body: jsonArticle, ctype: "application/json", token: testToken}, 200},
		{"/api/v1/articles", call{method: "POST", target: "/api/v1/articles", body: jsonArticle, ctype: "application/json"}, 401},
		{"/api/v1/articles", call{method: "POST", target: "/api/v1/articles", body: jsonArticle, ctype: "application/json", token: "wrong"}, 403},
		{"/api/v1/articles", call{method: "POST", target: "/api/v1/articles", body: jsonArticle, ctype: "text/plain", token: testToken}, 415},
		{"/api/v1/analyze", call{method: "POST", target: "/api/v1/analyze", body: jsonArticle, ctype: "application/json", token: testToken}, 200},
		{"/api/v1/analyze", call{method: "POST", target: "/api/v1/analyze", body: `{"id":"x"}`, ctype: "application/json", token: testToken}, 400},
	}
	for _, tc := range cases {
		t.Run(tc.call.target, func(t *testing.T) {
			resp := do(t, h, tc.call)
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.status, body)
			}
			if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type %q, want application/json", ct)
			}
			schema, err := c.Compile(sp.schemaFor(t, tc.path, or(tc.call.method, "GET"), tc.status))
			if err != nil {
				t.Fatal(err)
			}
			v, err := jsonschema.UnmarshalJSON(bytes.NewReader(body))
			if err != nil {
				t.Fatalf("body is not JSON: %v: %s", err, body)
			}
			if err := schema.Validate(v); err != nil {
				t.Errorf("body does not match openapi.json: %v\n%s", err, body)
			}
		})
	}
}

// TestDocumentSchemaIsHeraldV1 checks that the document's Document schema
// reaches the herald/v1 JSON Schema, so that validating against it means
// something.
func TestDocumentSchemaIsHeraldV1(t *testing.T) {
	schema, err := compileResponses(t).Compile(openAPIURL + "#/components/schemas/Document")
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(map[string]any{"schema": "herald/v1", "id": "x"}); err == nil {
		t.Error("a document without text and annotations passes the Document schema")
	}
}

func TestModalityEnumNamesEveryModality(t *testing.T) {
	want := []string{string(herald.Asserted), string(herald.Planned), string(herald.Hypothetical),
		string(herald.Conditional), string(herald.Negated), string(herald.Reported)}
	if got := readSpec(t).Components.Parameters["modality"].Schema.Enum; !slices.Equal(got, want) {
		t.Errorf("the modality parameter's enum is %q, want %q", got, want)
	}
	h, _ := newAPI(t, nil)
	for _, m := range want {
		if resp := do(t, h, call{target: "/api/v1/events?modality=" + m}); resp.StatusCode != http.StatusOK {
			t.Errorf("GET /api/v1/events?modality=%s: status %d, want 200", m, resp.StatusCode)
		}
	}
}
