// Command train trains the model of herald's entity stage on CoNLL-2003.
//
// It trains an averaged perceptron one epoch at a time on the training
// file, scores the model after each epoch on the development file (exact
// span and class, as conlleval), keeps the model of the epoch with the best
// PER+ORG+LOC F1, stops when that has not improved for -patience epochs,
// and writes the kept model to -out. Usage, from the repository root:
//
//	go run ./internal/stage/entity/train -train eng.train -dev eng.testa -out internal/stage/entity/model.bin
package main

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"time"

	"github.com/heraldproject/herald/internal/stage/entity"
	"github.com/heraldproject/herald/internal/stage/entity/conll"
)

func main() {
	trainPath := flag.String("train", "", "CoNLL training file (eng.train)")
	devPath := flag.String("dev", "", "CoNLL development file (eng.testa)")
	out := flag.String("out", "", "model file to write; empty to write none")
	epochs := flag.Int("epochs", 30, "most epochs to train")
	patience := flag.Int("patience", 5, "stop after this many epochs without a better dev F1")
	bits := flag.Int("bits", 19, "hash bits of the weight table")
	beam := flag.Int("beam", 4, "beam width; 1 tags greedily")
	bio := flag.Bool("bio", false, "tag with BIO instead of BILOU")
	seed := flag.Uint64("seed", 1, "seed of the sentence shuffle")
	errs := flag.String("errors", "", "file to list the dev sentences the final model gets wrong")
	flag.Parse()
	if *trainPath == "" || *devPath == "" || *epochs < 1 {
		fmt.Fprintln(os.Stderr, "train: -train and -dev are required, and -epochs must be at least 1")
		flag.Usage()
		os.Exit(2)
	}
	opts := entity.TrainOptions{Bits: *bits, Beam: *beam, BIO: *bio}
	if err := run(*trainPath, *devPath, *out, *errs, opts, *epochs, *patience, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(trainPath, devPath, out, errs string, opts entity.TrainOptions, epochs, patience int, seed uint64) error {
	start := time.Now()
	train, err := readSamples(trainPath)
	if err != nil {
		return err
	}
	dev, err := readSamples(devPath)
	if err != nil {
		return err
	}
	fmt.Printf("read %d training and %d development documents\n", len(train), len(dev))
	t, err := entity.NewTrainer(opts)
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(seed, 0x4e4552))
	var best []byte
	bestF1, bestEpoch := -1.0, 0
	var bestScore *conll.Score
	for epoch := 1; epoch <= epochs && epoch-bestEpoch <= patience; epoch++ {
		began := time.Now()
		rng.Shuffle(len(train), func(i, j int) { train[i], train[j] = train[j], train[i] })
		wrong := t.Epoch(train)
		rec, err := t.Recognizer()
		if err != nil {
			return err
		}
		score := evaluate(rec, dev)
		f1 := score.Total("PER", "ORG", "LOC").F1()
		fmt.Printf("epoch %2d: %5d sentences wrong; dev F1 PER+ORG+LOC %.2f, all %.2f, PER %.2f ORG %.2f LOC %.2f MISC %.2f (%s)\n",
			epoch, wrong, 100*f1, 100*score.Total().F1(),
			100*score.Total("PER").F1(), 100*score.Total("ORG").F1(),
			100*score.Total("LOC").F1(), 100*score.Total("MISC").F1(),
			time.Since(began).Round(time.Millisecond))
		if f1 > bestF1 {
			var buf bytes.Buffer
			if err := rec.Encode(&buf); err != nil {
				return err
			}
			best, bestF1, bestEpoch, bestScore = buf.Bytes(), f1, epoch, score
		}
	}
	fmt.Printf("best epoch %d of dev (%s):\n", bestEpoch, devPath)
	bestScore.Report(os.Stdout)
	fmt.Printf("model: %d bytes; training took %s\n", len(best), time.Since(start).Round(time.Second))
	if errs != "" {
		if err := writeErrors(errs, best, dev); err != nil {
			return err
		}
	}
	if out == "" {
		return nil
	}
	if err := os.WriteFile(out, best, 0o644); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	return nil
}

// readSamples reads a CoNLL file as training samples, grouped by document.
func readSamples(path string) ([][]entity.Sample, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := conll.Read(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	var out [][]entity.Sample
	for i, s := range sents {
		sample := entity.Sample{Words: s.Words}
		for _, c := range conll.Chunks(s.Tags) {
			class, ok := entity.ParseClass(c.Class)
			if !ok {
				return nil, fmt.Errorf("read %s: unknown class %q", path, c.Class)
			}
			sample.Names = append(sample.Names, entity.Name{First: c.First, End: c.End, Class: class})
		}
		if i == 0 || s.Doc != sents[i-1].Doc {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], sample)
	}
	return out, nil
}

// evaluate scores rec's names on docs.
func evaluate(rec *entity.Recognizer, docs [][]entity.Sample) *conll.Score {
	var score conll.Score
	for _, doc := range docs {
		pred := rec.Sentences(words(doc))
		for i, s := range doc {
			score.Add(chunks(s.Names), chunks(pred[i]))
		}
	}
	return &score
}

// words returns the words of each sample of doc.
func words(doc []entity.Sample) [][]string {
	out := make([][]string, len(doc))
	for i, s := range doc {
		out[i] = s.Words
	}
	return out
}

func chunks(names []entity.Name) []conll.Chunk {
	out := make([]conll.Chunk, len(names))
	for i, n := range names {
		out[i] = conll.Chunk{First: n.First, End: n.End, Class: n.Class.String()}
	}
	return out
}
