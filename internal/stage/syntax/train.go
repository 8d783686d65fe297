package syntax

import (
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/heraldproject/herald/internal/stage/entity/conll"
)

// A Sample is one training sentence: its words with their POS tags and
// BIO chunk tags, as the names that POS and ChunkTag return.
type Sample struct {
	Words, POS, Chunks []string
}

// ReadSamples reads CoNLL-2003 lines — word, POS tag, chunk tag, name tag
// — as samples with BIO chunk tags.
func ReadSamples(r io.Reader) ([]Sample, error) {
	sents, err := conll.Read(r)
	if err != nil {
		return nil, err
	}
	out := make([]Sample, len(sents))
	for i, s := range sents {
		if s.POS == nil {
			return nil, fmt.Errorf("sentence %d: want a word, a POS tag, a chunk tag and a name tag on every line", i+1)
		}
		ToBIO(s.ChunkTags)
		out[i] = Sample{Words: s.Words, POS: s.POS, Chunks: s.ChunkTags}
	}
	return out, nil
}

// An example is a Sample with its tags as numbers.
type example struct {
	words      []string
	pos, chunk []uint8
}

// TrainOptions configure a Trainer. The zero value gives the defaults,
// which are those of the embedded model.
type TrainOptions struct {
	POSBits   int // hash bits of the POS table; default 18
	ChunkBits int // hash bits of the chunk table; default 16
}

// A Trainer trains the two averaged perceptrons, one epoch at a time.
type Trainer struct {
	tg         tagger[int32]
	pos, chunk averager
	now        int64 // tokens seen: the clock of the averages
	ws         workspace
	predPOS    []uint8
}

// An averager keeps, per weight, its sum over time, brought up to date
// lazily one row at a time.
type averager struct {
	total []int64
	stamp []int64 // per row: when the row's totals were last brought up to date
}

// NewTrainer returns a Trainer with empty models.
func NewTrainer(opts TrainOptions) (*Trainer, error) {
	if opts.POSBits == 0 {
		opts.POSBits = 18
	}
	if opts.ChunkBits == 0 {
		opts.ChunkBits = 16
	}
	for _, b := range []int{opts.POSBits, opts.ChunkBits} {
		if b < minBits || b > maxBits {
			return nil, fmt.Errorf("hash bits %d out of range [%d, %d]", b, minBits, maxBits)
		}
	}
	t := &Trainer{tg: tagger[int32]{pos: newTable[int32](opts.POSBits, numPOS), chunk: newTable[int32](opts.ChunkBits, numChunks)}}
	t.pos = averager{total: make([]int64, len(t.tg.pos.w)), stamp: make([]int64, 1<<opts.POSBits)}
	t.chunk = averager{total: make([]int64, len(t.tg.chunk.w)), stamp: make([]int64, 1<<opts.ChunkBits)}
	return t, nil
}

// convert checks a sample's tags and numbers them.
func convert(s Sample) (example, error) {
	n := len(s.Words)
	if len(s.POS) != n || len(s.Chunks) != n {
		return example{}, errors.New("words and tags differ in number")
	}
	e := example{words: s.Words, pos: make([]uint8, n), chunk: make([]uint8, n)}
	for i := range n {
		p, ok := posIndex(s.POS[i])
		if !ok {
			return example{}, fmt.Errorf("unknown POS tag %q", s.POS[i])
		}
		c, ok := chunkIndex(s.Chunks[i])
		if !ok {
			return example{}, fmt.Errorf("unknown chunk tag %q", s.Chunks[i])
		}
		e.pos[i], e.chunk[i] = p, c
	}
	return e, nil
}

// Epoch trains once on every sample, in order, and returns the number of
// POS and chunk tags that the models got wrong before their updates. The
// chunker learns from the tags the POS model predicts, as it will see
// them, not from the gold ones.
func (t *Trainer) Epoch(samples []Sample) (posWrong, chunkWrong int, err error) {
	for i, s := range samples {
		e, err := convert(s)
		if err != nil {
			return 0, 0, fmt.Errorf("sample %d: %w", i, err)
		}
		pw, cw := t.learn(e)
		posWrong += pw
		chunkWrong += cw
	}
	return posWrong, chunkWrong, nil
}

// learn tags one example greedily, updating at each wrong tag.
func (t *Trainer) learn(e example) (posWrong, chunkWrong int) {
	ws := &t.ws
	ws.prepare(e.words)
	n := len(e.words)
	t.predPOS = append(t.predPOS[:0], make([]uint8, n)...)
	t1, t2 := uint8(numPOS), uint8(numPOS)
	for i := range n {
		ws.keys = ws.posFeatures(ws.keys[:0], i, t1, t2)
		p := t.tg.best(&t.tg.pos, ws, nil, 0)
		t.now++
		if g := e.pos[i]; p != g {
			posWrong++
			t.bump(&t.tg.pos, &t.pos, ws.keys, g, p)
		}
		t.predPOS[i] = p
		t1, t2 = p, t1
	}
	c1, c2 := uint8(0), uint8(numChunks)
	for i := range n {
		ws.keys = ws.chunkFeatures(ws.keys[:0], i, t.predPOS, c1, c2)
		c := t.tg.best(&t.tg.chunk, ws, allowed, c1)
		if g := e.chunk[i]; c != g {
			chunkWrong++
			t.bump(&t.tg.chunk, &t.chunk, ws.keys, g, c)
		}
		c1, c2 = c, c1
	}
	return posWrong, chunkWrong
}

// bump adds one to the weights of keys for tag good and takes one from
// those for tag bad.
func (t *Trainer) bump(tbl *table[int32], avg *averager, keys []uint64, good, bad uint8) {
	for _, k := range keys {
		r := int(k >> tbl.shift)
		t.settle(tbl, avg, r)
		tbl.w[r*tbl.nTags+int(good)]++
		tbl.w[r*tbl.nTags+int(bad)]--
	}
}

// settle brings the totals of row r up to the present.
func (t *Trainer) settle(tbl *table[int32], avg *averager, r int) {
	if dt := t.now - avg.stamp[r]; dt != 0 {
		nt := tbl.nTags
		tot := avg.total[r*nt : (r+1)*nt]
		for j, v := range tbl.w[r*nt : (r+1)*nt] {
			tot[j] += dt * int64(v)
		}
		avg.stamp[r] = t.now
	}
}

// Tagger returns a Tagger with the averaged weights so far, quantised as
// they are stored. Training may go on afterwards.
func (t *Trainer) Tagger() (*Tagger, error) {
	if t.now == 0 {
		return nil, errors.New("no training yet")
	}
	return newTagger(tagger[int16]{pos: t.average(&t.tg.pos, &t.pos), chunk: t.average(&t.tg.chunk, &t.chunk)}), nil
}

// average returns the averaged weights of tbl scaled into int16. The
// scale is one per table, so that it does not change which tag wins.
func (t *Trainer) average(tbl *table[int32], avg *averager) table[int16] {
	for r := range avg.stamp {
		t.settle(tbl, avg, r)
	}
	maxAbs := int64(1)
	for _, v := range avg.total {
		maxAbs = max(maxAbs, v, -v)
	}
	out := table[int16]{w: make([]int16, len(avg.total)), nTags: tbl.nTags, shift: tbl.shift}
	q := float64(math.MaxInt16) / float64(maxAbs)
	for j, v := range avg.total {
		out.w[j] = int16(math.Round(float64(v) * q))
	}
	return out
}
