package entity

import (
	"reflect"
	"testing"
)

func TestSchemeRoundTrip(t *testing.T) {
	chunks := []chunk{{0, 1, PER}, {1, 3, ORG}, {4, 7, LOC}, {7, 8, MISC}}
	for _, s := range []scheme{schemeBIO, schemeBILOU} {
		tags := make([]uint8, 9)
		s.encode(chunks, tags)
		if got := s.decode(nil, tags); !reflect.DeepEqual(got, chunks) {
			t.Errorf("scheme %d: decode(encode(chunks)) = %v, want %v", s, got, chunks)
		}
		start := uint8(s.numTags())
		prev := start
		for i, tag := range tags {
			if !s.allowed(prev, tag) {
				t.Errorf("scheme %d: tag %d after %d at %d not allowed", s, tag, prev, i)
			}
			prev = tag
		}
		if !s.closes(prev) {
			t.Errorf("scheme %d: last tag %d does not close", s, prev)
		}
	}
}

func TestAllowed(t *testing.T) {
	bio, bilou := schemeBIO, schemeBILOU
	tests := []struct {
		s          scheme
		prev, next uint8
		want       bool
	}{
		{bio, 0, bio.tag(PER, posInside), false},
		{bio, bio.tag(PER, posBegin), bio.tag(PER, posInside), true},
		{bio, bio.tag(PER, posBegin), bio.tag(ORG, posInside), false},
		{bio, bio.tag(PER, posInside), bio.tag(ORG, posBegin), true},
		{bio, uint8(bio.numTags()), bio.tag(LOC, posBegin), true},
		{bilou, bilou.tag(PER, posBegin), 0, false},
		{bilou, bilou.tag(PER, posBegin), bilou.tag(PER, posLast), true},
		{bilou, bilou.tag(PER, posLast), bilou.tag(PER, posInside), false},
		{bilou, bilou.tag(PER, posUnit), bilou.tag(ORG, posUnit), true},
		{bilou, uint8(bilou.numTags()), bilou.tag(ORG, posInside), false},
	}
	for _, tt := range tests {
		if got := tt.s.allowed(tt.prev, tt.next); got != tt.want {
			t.Errorf("scheme %d: allowed(%d, %d) = %v, want %v", tt.s, tt.prev, tt.next, got, tt.want)
		}
	}
}

func TestDecodeLenient(t *testing.T) {
	s := schemeBIO
	tags := []uint8{s.tag(PER, posInside), s.tag(ORG, posInside), 0, s.tag(LOC, posBegin)}
	want := []chunk{{0, 1, PER}, {1, 2, ORG}, {3, 4, LOC}}
	if got := s.decode(nil, tags); !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestClass(t *testing.T) {
	for c := range numClasses {
		got, ok := ParseClass(c.String())
		if !ok || got != c {
			t.Errorf("ParseClass(%q) = %v, %v", c.String(), got, ok)
		}
	}
	if _, ok := ParseClass("GPE"); ok {
		t.Error("ParseClass accepted GPE")
	}
	if s := Class(9).String(); s != "Class(9)" {
		t.Errorf("Class(9).String() = %q", s)
	}
}
