package render

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/heraldproject/herald"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// fullDocument returns a document with every annotation filled and text
// with multi-byte characters before the spans.
func fullDocument() *herald.Document {
	text := "Trump—who met “Putin” in Moscow 🕊 on Thursday—said so."
	at := func(s string) herald.Span {
		i := strings.Index(text, s)
		return herald.Span{Start: i, End: i + len(s)}
	}
	doc := herald.NewDocument(herald.Article{
		ID: "d1", Source: "MENAFN", Text: text,
		Published: time.Date(2025, 8, 8, 0, 0, 0, 0, time.UTC),
		Origin:    herald.Origin{Path: "seed.txt", Format: "text"},
	})
	doc.Sentences = []herald.Sentence{{Span: at(text)}}
	doc.Entities = []herald.Entity{
		{ID: "E1", Name: "Vladimir Putin", Type: herald.Person, Actor: "RUSGOV", Mentions: []herald.Mention{{Span: at("Putin")}}},
		{ID: "E2", Name: "Donald Trump", Type: herald.Person, Actor: "USAGOV", Mentions: []herald.Mention{{Span: at("Trump")}}},
	}
	doc.Places = []herald.Place{{ID: "P1", Name: "Moscow", Country: "RUS", Lat: 55.7522, Lon: 37.6156, GeoNames: 524901, Mentions: []herald.Span{at("Moscow")}}}
	doc.Times = []herald.Time{{Span: at("Thursday"), Type: herald.Date, Value: "2025-08-07"}}
	doc.Events = []herald.Event{{ID: "V1", CAMEO: "040", QuadClass: 1, Goldstein: 1, PLOVER: "CONSULT",
		Source:  herald.Participant{Entity: "E2", Actor: "USAGOV", Span: at("Trump")},
		Target:  herald.Participant{Entity: "E1", Actor: "RUSGOV", Span: at("Putin")},
		Trigger: at("met"), Modality: herald.Asserted, Date: "2025-08-07", Place: "P1", Confidence: 0.8}}
	doc.Quotes = []herald.Quote{{Span: at("so"), Kind: herald.Indirect, Speaker: "E2", Cue: at("said")}}
	doc.Diagnose(herald.Warning, "ingest", herald.Span{}, "replaced 1 invalid UTF-8 sequence")
	doc.Diagnose(herald.Info, "segment", at("Moscow"), "note")
	return doc
}

func TestJSONOffsetsAreCodePoints(t *testing.T) {
	doc := fullDocument()
	var buf bytes.Buffer
	if err := JSON(&buf, doc); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Text     string `json:"text"`
		Entities []struct {
			Name     string `json:"name"`
			Mentions []span `json:"mentions"`
		} `json:"entities"`
		Places []struct {
			Mentions []span `json:"mentions"`
		} `json:"places"`
		Times []span `json:"times"`
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	runes := []rune(got.Text)
	slice := func(s span) string { return string(runes[s.Start:s.End]) }
	checks := []struct {
		s    span
		want string
	}{
		{got.Entities[0].Mentions[0], "Putin"},
		{got.Entities[1].Mentions[0], "Trump"},
		{got.Places[0].Mentions[0], "Moscow"},
		{got.Times[0], "Thursday"},
	}
	for _, c := range checks {
		if s := slice(c.s); s != c.want {
			t.Errorf("text[%d:%d] = %q, want %q", c.s.Start, c.s.End, s, c.want)
		}
	}
}

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(SchemaJSON))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("herald-v1.schema.json", v); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("herald-v1.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestOutputMatchesSchema(t *testing.T) {
	schema := compileSchema(t)
	for name, doc := range map[string]*herald.Document{
		"full":  fullDocument(),
		"empty": herald.NewDocument(herald.Article{ID: "x", Text: ""}),
	} {
		for format, write := range map[string]func(*bytes.Buffer, *herald.Document) error{
			"json":  func(b *bytes.Buffer, d *herald.Document) error { return JSON(b, d) },
			"jsonl": func(b *bytes.Buffer, d *herald.Document) error { return JSONL(b, d) },
		} {
			var buf bytes.Buffer
			if err := write(&buf, doc); err != nil {
				t.Fatal(err)
			}
			if format == "jsonl" && bytes.Count(buf.Bytes(), []byte("\n")) != 1 {
				t.Errorf("%s/%s: not one line", name, format)
			}
			v, err := jsonschema.UnmarshalJSON(&buf)
			if err != nil {
				t.Fatal(err)
			}
			if err := schema.Validate(v); err != nil {
				t.Errorf("%s/%s: %v", name, format, err)
			}
		}
	}
}

func TestSchemaRejectsBadDocuments(t *testing.T) {
	schema := compileSchema(t)
	for name, doc := range map[string]string{
		"wrong schema":   `{"schema":"herald/v2"}`,
		"missing arrays": `{"schema":"herald/v1","id":"x","source":"","url":"","title":"","published":"","text":""}`,
		"bad modality": `{"schema":"herald/v1","id":"x","source":"","url":"","title":"","published":"","text":"",
			"sentences":[],"entities":[],"quotes":[],"times":[],"places":[],"diagnostics":[],
			"events":[{"id":"V1","sentence":0,"cameo":"036","quad_class":1,"goldstein":4,"plover":"CONSULT",
			"source":{"entity":"","actor":"RUS"},"target":{"entity":"","actor":"USA"},"trigger":{"start":0,"end":1},
			"modality":"maybe","date":"","place":"","confidence":0.5}]}`,
	} {
		v, err := jsonschema.UnmarshalJSON(strings.NewReader(doc))
		if err != nil {
			t.Fatal(err)
		}
		if schema.Validate(v) == nil {
			t.Errorf("%s: schema accepted %s", name, doc)
		}
	}
}

func TestTextSaysWhatWasNotAnalysed(t *testing.T) {
	doc := herald.NewDocument(herald.Article{ID: "d", Text: "Hello."})
	var buf bytes.Buffer
	if err := Text(&buf, doc, []string{"segment", "entity"}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"Entities: none found", "Events: not analysed", "published unknown"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	buf.Reset()
	if err := Text(&buf, fullDocument(), nil); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"RUSGOV", "CAMEO 040", "2025-08-07", "Moscow, RUS", "published 2025-08-08 (Friday)"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, buf.String())
		}
	}
}

func TestRuneOffsetsClamp(t *testing.T) {
	ro := newRuneOffsets("aé")
	for b, want := range map[int]int{-1: 0, 0: 0, 1: 1, 2: 1, 3: 2, 99: 2} {
		if got := ro.of(b); got != want {
			t.Errorf("of(%d) = %d, want %d", b, got, want)
		}
	}
}
