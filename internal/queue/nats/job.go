package nats

import (
	"encoding/json"
	"fmt"

	"github.com/heraldproject/herald"
)

// jobVersion is the version of the message format; a worker refuses a
// message of another.
const jobVersion = 1

// A job is the body of one queue message: an article as published, as
// JSON so that a person can read a message with the nats tool.
type job struct {
	Version int            `json:"v"`
	Article herald.Article `json:"article"`
}

// encode returns the message body for a. The publication time keeps its
// instant and its offset from UTC; a named zone comes back as a fixed one.
func encode(a herald.Article) ([]byte, error) {
	b, err := json.Marshal(job{Version: jobVersion, Article: a})
	if err != nil {
		return nil, fmt.Errorf("encode article %s: %w", a.ID, err)
	}
	return b, nil
}

// decode returns the article in a message body.
func decode(b []byte) (herald.Article, error) {
	var j job
	if err := json.Unmarshal(b, &j); err != nil {
		return herald.Article{}, fmt.Errorf("decode message: %w", err)
	}
	if j.Version != jobVersion {
		return herald.Article{}, fmt.Errorf("decode message: format version %d, want %d", j.Version, jobVersion)
	}
	return j.Article, nil
}
