package entity

import (
	"errors"
	"fmt"
	"math"
	"slices"
)

// TrainOptions configure a Trainer. The zero value gives the defaults,
// which are those of the embedded model.
type TrainOptions struct {
	Bits int  // hash bits: the weight table has 1<<Bits rows; default 19
	Beam int  // beam width, default 4; 1 tags greedily
	BIO  bool // tag with BIO instead of BILOU
}

// A Sample is one training sentence: its words and its gold names (only
// First, End and Class are read).
type Sample struct {
	Words []string
	Names []Name
}

// A Trainer trains an averaged perceptron tagger, one epoch at a time.
type Trainer struct {
	gaz    *gazetteer
	scheme scheme
	bits   int
	tg     tagger[int32]
	total  []int64 // sum over time of each weight, for averaging
	stamp  []int64 // per row: the time the row's total was brought up to date
	now    int64   // number of tokens seen
	ws     workspace
	gold   []uint8
}

// NewTrainer returns a Trainer with an empty model.
func NewTrainer(opts TrainOptions) (*Trainer, error) {
	if opts.Bits == 0 {
		opts.Bits = 19
	}
	if opts.Beam == 0 {
		opts.Beam = 4
	}
	if opts.Bits < minBits || opts.Bits > maxBits {
		return nil, fmt.Errorf("hash bits %d out of range [%d, %d]", opts.Bits, minBits, maxBits)
	}
	if opts.Beam < 1 || opts.Beam > maxBeam {
		return nil, fmt.Errorf("beam width %d out of range [1, %d]", opts.Beam, maxBeam)
	}
	g, err := loadGazetteer()
	if err != nil {
		return nil, err
	}
	s := schemeBILOU
	if opts.BIO {
		s = schemeBIO
	}
	nt, rows := s.numTags(), 1<<opts.Bits
	t := &Trainer{
		gaz:    g,
		scheme: s,
		bits:   opts.Bits,
		total:  make([]int64, rows*nt),
		stamp:  make([]int64, rows),
	}
	t.tg = tagger[int32]{
		tbl:    &table[int32]{w: make([]int32, rows*nt), nTags: nt, shift: uint(64 - opts.Bits)},
		scheme: s,
		trans:  newTransitions(s),
		beam:   opts.Beam,
	}
	return t, nil
}

// Epoch trains once on every sentence of docs, in order, and returns the
// number of sentences that the model tagged wrongly before its update. A
// document is a slice of samples, its sentences in order.
func (t *Trainer) Epoch(docs [][]Sample) int {
	wrong := 0
	for _, doc := range docs {
		t.ws.mem.reset()
		for _, s := range doc {
			t.ws.mem.scan(s.Words)
		}
		for _, s := range doc {
			if len(s.Words) == 0 {
				continue
			}
			if !t.learn(s) {
				wrong++
			}
		}
	}
	return wrong
}

// learn tags s, updates the weights where the tags were wrong and reports
// whether they were right.
func (t *Trainer) learn(s Sample) bool {
	ws := &t.ws
	ws.sent.prepare(t.gaz, &ws.mem, s.Words)
	n := len(s.Words)
	t.gold = resize(t.gold, n)
	ws.chunks = ws.chunks[:0]
	for _, c := range s.Names {
		if c.First >= 0 && c.First < c.End && c.End <= n {
			ws.chunks = append(ws.chunks, chunk{first: c.First, end: c.End, class: c.Class})
		}
	}
	t.scheme.encode(ws.chunks, t.gold)
	t.tg.staticScores(ws)
	ws.tags = resize(ws.tags, n)
	if t.tg.beam <= 1 {
		right := t.learnGreedy(ws)
		ws.mem.record(t.scheme, ws.sent.lower, ws.sent.caps, ws.tags)
		return right
	}
	stop := t.tg.search(ws, t.gold)
	end := min(stop+1, n)
	right := slices.Equal(ws.tags[:end], t.gold[:end])
	if !right {
		t.update(ws, t.gold[:end], ws.tags[:end])
	}
	t.now += int64(n)
	if stop < n {
		// The search stopped early: tag the whole sentence for the
		// history of the sentences after it, as Recognizer does.
		t.tg.staticScores(ws)
		t.tg.tag(ws)
	}
	ws.mem.record(t.scheme, ws.sent.lower, ws.sent.caps, ws.tags)
	return right && stop == n
}

// learnGreedy tags ws.sent greedily, updating at each wrong token, with
// the predicted tags as the history of the next token.
func (t *Trainer) learnGreedy(ws *workspace) bool {
	nt := t.tg.tbl.nTags
	right := true
	prev1, prev2 := uint8(nt), uint8(nt)
	var keys [5]uint64
	var sc [32]int32
	for i := range ws.sent.toks {
		s := sc[:nt]
		copy(s, ws.scores[i*nt:(i+1)*nt])
		dyn := ws.sent.dynamic(&keys, i, prev1, prev2)
		t.tg.tbl.add(s, dyn)
		best, bestScore := uint8(0), int32(math.MinInt32)
		for tag, ok := range t.tg.trans[prev1] {
			if ok && s[tag] > bestScore {
				best, bestScore = uint8(tag), s[tag]
			}
		}
		t.now++
		if g := t.gold[i]; best != g {
			right = false
			t.bump(ws.sent.keys[i*maxStatic:i*maxStatic+ws.sent.counts[i]], g, best)
			t.bump(dyn, g, best)
		}
		ws.tags[i] = best
		prev1, prev2 = best, prev1
	}
	return right
}

// update moves the weights towards the gold tags and away from the
// predicted ones, over the features of both taggings.
func (t *Trainer) update(ws *workspace, gold, pred []uint8) {
	nt := uint8(t.tg.tbl.nTags)
	var gk, pk [5]uint64
	gp1, gp2, pp1, pp2 := nt, nt, nt, nt
	for i := range gold {
		g, p := gold[i], pred[i]
		if g != p {
			t.bump(ws.sent.keys[i*maxStatic:i*maxStatic+ws.sent.counts[i]], g, p)
		}
		if g != p || gp1 != pp1 || gp2 != pp2 {
			for _, k := range ws.sent.dynamic(&gk, i, gp1, gp2) {
				t.add(k, g, 1)
			}
			for _, k := range ws.sent.dynamic(&pk, i, pp1, pp2) {
				t.add(k, p, -1)
			}
		}
		gp1, gp2, pp1, pp2 = g, gp1, p, pp1
	}
}

// bump adds one to the weights of keys for tag good and takes one from
// those for tag bad.
func (t *Trainer) bump(keys []uint64, good, bad uint8) {
	for _, k := range keys {
		t.add(k, good, 1)
		t.add(k, bad, -1)
	}
}

// add adds d to the weight of feature k for tag, keeping the row's running
// total up to date for averaging.
func (t *Trainer) add(k uint64, tag uint8, d int32) {
	tbl := t.tg.tbl
	r := int(k >> tbl.shift)
	t.settle(r)
	tbl.w[r*tbl.nTags+int(tag)] += d
}

// settle brings the running totals of row r up to the present.
func (t *Trainer) settle(r int) {
	nt := t.tg.tbl.nTags
	if dt := t.now - t.stamp[r]; dt != 0 {
		w, tot := t.tg.tbl.w[r*nt:(r+1)*nt], t.total[r*nt:(r+1)*nt]
		for j, v := range w {
			tot[j] += dt * int64(v)
		}
		t.stamp[r] = t.now
	}
}

// Recognizer returns a Recognizer with the averaged weights so far,
// quantised as they are stored. Training may go on afterwards.
func (t *Trainer) Recognizer() (*Recognizer, error) {
	if t.now == 0 {
		return nil, errors.New("no training yet")
	}
	for r := range t.stamp {
		t.settle(r)
	}
	// The averaged weight is total/now; int16 keeps it to within
	// maxAbs/2^16, far below the weights that decide a tag.
	maxAbs := int64(1)
	for _, v := range t.total {
		maxAbs = max(maxAbs, v, -v)
	}
	scale := float64(maxAbs) / float64(t.now) / math.MaxInt16
	m := &model{
		sum:    fingerprint(t.gaz),
		scheme: t.scheme,
		bits:   t.bits,
		beam:   t.tg.beam,
		scale:  float32(scale),
		w:      make([]int16, len(t.total)),
	}
	q := float64(math.MaxInt16) / float64(maxAbs)
	for j, v := range t.total {
		m.w[j] = int16(math.Round(float64(v) * q))
	}
	return newRecognizer(t.gaz, m), nil
}
