package render

import "github.com/heraldproject/herald"

// An EventRecord is a stored event as herald query and the HTTP API print
// it: its coding, the words its spans point at and where it came from.
type EventRecord struct {
	Date        string  `json:"date"`
	CAMEO       string  `json:"cameo"`
	QuadClass   int     `json:"quad_class"`
	Goldstein   float64 `json:"goldstein"`
	PLOVER      string  `json:"plover"`
	SourceActor string  `json:"source_actor"`
	Source      string  `json:"source"`
	TargetActor string  `json:"target_actor"`
	Target      string  `json:"target"`
	Modality    string  `json:"modality"`
	Trigger     string  `json:"trigger"`
	Confidence  float64 `json:"confidence"`
	Sentence    string  `json:"sentence"`
	Article     string  `json:"article"`
	Event       string  `json:"event"`
	Document    string  `json:"document"`
	Coder       string  `json:"coder"`
}

// NewEventRecord returns the record of an event hit.
func NewEventRecord(h herald.EventHit) EventRecord {
	e := h.Event
	return EventRecord{Date: h.Date, CAMEO: e.CAMEO, QuadClass: e.QuadClass, Goldstein: e.Goldstein, PLOVER: e.PLOVER,
		SourceActor: e.Source.Actor, Source: h.Source, TargetActor: e.Target.Actor, Target: h.Target,
		Modality: string(e.Modality), Trigger: h.Trigger, Confidence: e.Confidence, Sentence: h.Sentence,
		Article: h.Article, Event: e.ID, Document: h.Hash, Coder: h.Coder}
}

// An ActorRecord is the events one actor code takes part in, as herald
// query and the HTTP API print it.
type ActorRecord struct {
	Code     string `json:"code"`
	Events   int    `json:"events"`
	AsSource int    `json:"as_source"`
	AsTarget int    `json:"as_target"`
}

// NewActorRecord returns the record of an actor count.
func NewActorRecord(c herald.ActorCount) ActorRecord {
	return ActorRecord{Code: c.Code, Events: c.Events, AsSource: c.AsSource, AsTarget: c.AsTarget}
}
