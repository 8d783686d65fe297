package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
)

// An eventDoc is one coded sentence of an event gold set.
type eventDoc struct {
	ID        string
	Text      string
	Published time.Time
	Type      string   // PLOVER event type; "" for PETRARCH records
	Triples   []triple // gold (source, target, event) codes
}

// A triple is one coded event: actor codes and an event code or type.
type triple struct{ Source, Target, Event string }

// ploverRecord is one record of the PLOVER GSR JSON.
type ploverRecord struct {
	ID      string          `json:"id"`
	Version string          `json:"version"`
	Date    string          `json:"date"`
	Event   string          `json:"event"`
	Text    string          `json:"text"`
	Source  json.RawMessage `json:"source"`
	Target  json.RawMessage `json:"target"`
}

// ploverActor is one actor of a record.
type ploverActor struct {
	Code string `json:"code"`
}

// readPLOVER reads the PLOVER GSR: a JSON array of records with the
// sentence ("text"), the PLOVER "event" type and "source" and "target"
// lists of actors with CAMEO country "code"s. The gold triples of a record
// pair every source with every target (or with "" when there is none),
// with actor codes cut to their first three letters, the country (NGO
// read as IGO, see gsrCountry); two actors of one country make one triple. The GSR's readme says its
// nation-states were recoded to ISO 3166 alpha-3, but a few of the CAMEO
// manual's older country codes survive (JAP for Japan, ITL for Italy, VTN
// for Vietnam); those are read as the ISO codes the set's own convention
// gives them, and the notes count them. A
// "source" or "target" that is not a list is read as none; the notes count
// such records.
func readPLOVER(data []byte, name string) ([]eventDoc, []string, error) {
	var recs []ploverRecord
	if err := json.Unmarshal(data, &recs); err != nil {
		return nil, nil, fmt.Errorf("read gold %q: line %d: %w", name, jsonLine(data, err), err)
	}
	var docs []eventDoc
	ids := make(map[string]int)
	renamed := make(map[string]int)
	odd, legacy := 0, 0
	for i, r := range recs {
		src, ok1 := ploverCodes(r.Source)
		tgt, ok2 := ploverCodes(r.Target)
		if !ok1 || !ok2 {
			odd++
		}
		legacy += toISO(src) + toISO(tgt)
		if len(tgt) == 0 {
			tgt = []string{""}
		}
		event := r.Event
		if now, ok := ploverRenamed[event]; ok {
			event = now
			renamed[r.Event+"→"+now]++
		}
		d := eventDoc{ID: r.ID, Text: r.Text, Type: event}
		if d.ID == "" {
			d.ID = fmt.Sprintf("record %d", i+1)
		}
		d.ID = uniqueID(ids, d.ID)
		d.Published, _ = time.Parse("2006-01-02", r.Date)
		for _, s := range src {
			for _, t := range tgt {
				d.Triples = append(d.Triples, triple{Source: s, Target: t, Event: event})
			}
		}
		d.Triples = dedupeTriples(d.Triples)
		docs = append(docs, d)
	}
	var notes []string
	if odd > 0 {
		notes = append(notes, plural(odd, "record has", "records have")+" a source or target that is not a list of actors")
	}
	if legacy > 0 {
		notes = append(notes, plural(legacy, "actor code", "actor codes")+" of the CAMEO manual's pre-ISO country codes read as ISO 3166 alpha-3 (JAP→JPN, ITL→ITA, VTN→VNM)")
	}
	notes = append(notes, "NGO actor codes, gold and herald's, scored as IGO, the GSR's code for international NGOs")
	if len(renamed) > 0 {
		var parts []string
		for k, n := range renamed {
			parts = append(parts, fmt.Sprintf("%s ×%d", k, n))
		}
		slices.Sort(parts)
		notes = append(notes, "gold types of an earlier PLOVER draft read under their draft 0.8 names: "+strings.Join(parts, ", "))
	}
	return docs, notes, nil
}

// ploverRenamed maps the event types of PLOVER drafts before 0.8 (the GSR
// is coded in draft 0.5b1) to the 0.8 types that replaced them, which are
// the types herald's CAMEO→PLOVER table (CAMEO2PLOVER, draft 0.8) gives:
// DEMAND became REQUEST; DISAPPROVE and INVESTIGATE became modes of
// ACCUSE; FIGHT was folded into ASSAULT.
var ploverRenamed = map[string]string{
	"DEMAND":      "REQUEST",
	"DISAPPROVE":  "ACCUSE",
	"INVESTIGATE": "ACCUSE",
	"FIGHT":       "ASSAULT",
}

// gsrCountry returns the first three letters of a CAMEO actor code as the
// GSR scores them: non-governmental organisations (NGO) under IGO. The GSR
// codes international NGOs as IGO (Red Cross, Amnesty International: three
// of its four NGO actors), as the CAMEO codebook does ("Nongovernmental
// Organization (International)  IGO" in text_to_CAMEO.agentnames), while
// herald's actor stage gives them their own NGO code.
func gsrCountry(code string) string {
	if c := country(code); c != "NGO" {
		return c
	}
	return "IGO"
}

// preISO maps the CAMEO manual's country codes that are not ISO 3166
// alpha-3 codes, left over in the GSR, to the ISO codes of those countries.
var preISO = map[string]string{"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}

// toISO replaces the pre-ISO country codes in codes and returns how many
// it replaced.
func toISO(codes []string) int {
	n := 0
	for i, c := range codes {
		if iso, ok := preISO[c]; ok {
			codes[i] = iso
			n++
		}
	}
	return n
}

// ploverCodes returns the country codes of a list of actors. It reports
// false when raw is neither a list nor null nor an empty string.
func ploverCodes(raw json.RawMessage) ([]string, bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" || string(raw) == `""` {
		return nil, true
	}
	var actors []ploverActor
	if err := json.Unmarshal(raw, &actors); err != nil {
		return nil, false
	}
	var out []string
	for _, a := range actors {
		if a.Code != "" {
			out = append(out, gsrCountry(a.Code))
		}
	}
	return out, true
}

// country returns the country part of a CAMEO actor code: its first three
// letters.
func country(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

// dedupeTriples drops repeated triples, keeping the first of each.
func dedupeTriples(ts []triple) []triple {
	seen := make(map[triple]bool, len(ts))
	out := ts[:0]
	for _, t := range ts {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// uniqueID returns id, or id with "#2", "#3", … when it was seen before,
// so that every document of a run has its own ID.
func uniqueID(seen map[string]int, id string) string {
	seen[id]++
	if n := seen[id]; n > 1 {
		return fmt.Sprintf("%s#%d", id, n)
	}
	return id
}
