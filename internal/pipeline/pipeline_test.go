package pipeline

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/heraldproject/herald"
)

// recorder is a stage that appends its name to a shared log.
type recorder struct {
	name   string
	log    *[]string
	err    error
	loaded int
}

func (r *recorder) Name() string { return r.name }

func (r *recorder) Process(ctx context.Context, doc *herald.Document) error {
	*r.log = append(*r.log, r.name)
	return r.err
}

type loadingRecorder struct{ recorder }

func (r *loadingRecorder) Load(ctx context.Context) error {
	r.loaded++
	*r.log = append(*r.log, "load "+r.name)
	return r.err
}

func TestRunOrderAndTimings(t *testing.T) {
	var log []string
	a := &loadingRecorder{recorder{name: "a", log: &log}}
	b := &recorder{name: "b", log: &log}
	p := New(a, b)
	for range 2 {
		timings, err := p.Run(context.Background(), herald.NewDocument(herald.Article{Text: "x"}))
		if err != nil {
			t.Fatal(err)
		}
		if len(timings) != 2 || timings[0].Stage != "a" || timings[1].Stage != "b" {
			t.Errorf("timings = %+v, want stages a, b", timings)
		}
	}
	want := []string{"load a", "a", "b", "a", "b"}
	if !reflect.DeepEqual(log, want) {
		t.Errorf("log = %q, want %q", log, want)
	}
	if a.loaded != 1 {
		t.Errorf("loaded %d times, want once", a.loaded)
	}
	if got, want := p.Stages(), []string{"a", "b"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Stages() = %q, want %q", got, want)
	}
}

func TestRunStopsAtError(t *testing.T) {
	var log []string
	boom := errors.New("boom")
	p := New(&recorder{name: "a", log: &log, err: boom}, &recorder{name: "b", log: &log})
	_, err := p.Run(context.Background(), herald.NewDocument(herald.Article{}))
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want boom", err)
	}
	if err.Error() != "run stage a: boom" {
		t.Errorf("err = %q", err)
	}
	if !reflect.DeepEqual(log, []string{"a"}) {
		t.Errorf("log = %q, want only a", log)
	}
}

func TestLoadError(t *testing.T) {
	var log []string
	boom := errors.New("no model")
	p := New(&loadingRecorder{recorder{name: "m", log: &log, err: boom}})
	if _, err := p.Analyze(context.Background(), herald.Article{}); !errors.Is(err, boom) {
		t.Fatalf("err = %v, want load error", err)
	}
	if len(log) != 1 {
		t.Errorf("stage ran after failed load: %q", log)
	}
}

func TestRunCancelled(t *testing.T) {
	var log []string
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := New(&recorder{name: "a", log: &log}).Run(ctx, herald.NewDocument(herald.Article{}))
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}
