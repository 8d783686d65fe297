// Command train trains the model of herald's syntax stage — the POS
// tagger and the chunker — on the POS and chunk columns of CoNLL-2003.
//
// It trains both averaged perceptrons one epoch at a time on the training
// file, scores them after each epoch on the development file (tagging
// accuracy, and chunk F1 with exact span and type, over the tagger's own
// POS tags), keeps the epoch with the best sum of the two, stops when that
// has not improved for -patience epochs, and writes the kept model to
// -out. Usage, from the repository root:
//
//	go run ./internal/stage/syntax/train -train eng.train -dev eng.testa -out internal/stage/syntax/model.bin
package main

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"time"

	"github.com/heraldproject/herald/internal/stage/syntax"
)

func main() {
	trainPath := flag.String("train", "", "CoNLL-2003 training file (eng.train)")
	devPath := flag.String("dev", "", "CoNLL-2003 development file (eng.testa)")
	out := flag.String("out", "", "model file to write; empty to write none")
	epochs := flag.Int("epochs", 15, "most epochs to train")
	patience := flag.Int("patience", 3, "stop after this many epochs without a better dev score")
	posBits := flag.Int("posbits", 18, "hash bits of the POS table")
	chunkBits := flag.Int("chunkbits", 16, "hash bits of the chunk table")
	seed := flag.Uint64("seed", 1, "seed of the sentence shuffle")
	flag.Parse()
	if *trainPath == "" || *devPath == "" || *epochs < 1 {
		fmt.Fprintln(os.Stderr, "train: -train and -dev are required, and -epochs must be at least 1")
		flag.Usage()
		os.Exit(2)
	}
	opts := syntax.TrainOptions{POSBits: *posBits, ChunkBits: *chunkBits}
	if err := run(*trainPath, *devPath, *out, opts, *epochs, *patience, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(trainPath, devPath, out string, opts syntax.TrainOptions, epochs, patience int, seed uint64) error {
	start := time.Now()
	train, err := readFile(trainPath)
	if err != nil {
		return err
	}
	dev, err := readFile(devPath)
	if err != nil {
		return err
	}
	fmt.Printf("read %d training and %d development sentences\n", len(train), len(dev))
	t, err := syntax.NewTrainer(opts)
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(seed, 0x53594e))
	var best []byte
	bestScore, bestEpoch := -1.0, 0
	for epoch := 1; epoch <= epochs && epoch-bestEpoch <= patience; epoch++ {
		began := time.Now()
		rng.Shuffle(len(train), func(i, j int) { train[i], train[j] = train[j], train[i] })
		pw, cw, err := t.Epoch(train)
		if err != nil {
			return err
		}
		tg, err := t.Tagger()
		if err != nil {
			return err
		}
		s := syntax.Score(tg, dev)
		fmt.Printf("epoch %2d: %6d POS and %6d chunk tags wrong; dev POS accuracy %.2f, chunk F1 %.2f (P %.2f R %.2f) (%s)\n",
			epoch, pw, cw, 100*s.Accuracy(), 100*s.F1(), 100*s.Precision(), 100*s.Recall(), time.Since(began).Round(time.Millisecond))
		if v := s.Accuracy() + s.F1(); v > bestScore {
			var buf bytes.Buffer
			if err := tg.Encode(&buf); err != nil {
				return err
			}
			best, bestScore, bestEpoch = buf.Bytes(), v, epoch
		}
	}
	fmt.Printf("best epoch %d; model %d bytes; training took %s\n", bestEpoch, len(best), time.Since(start).Round(time.Second))
	if out == "" {
		return nil
	}
	if err := os.WriteFile(out, best, 0o644); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	return nil
}

// readFile reads a CoNLL-2003 file as samples.
func readFile(path string) ([]syntax.Sample, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := syntax.ReadSamples(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return s, nil
}
