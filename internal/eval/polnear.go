package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/heraldproject/herald"
)

// A polnearDoc is one PolNeAR article with its attributions.
type polnearDoc struct {
	ID     string // the text file's name without extension
	Path   string // the text file
	Text   string
	Quotes []goldQuote
}

// A goldQuote is one attribution relation. Each part may have several
// fragments: brat allows discontinuous spans, and PolNeAR splits contents
// around their cue.
type goldQuote struct {
	Content []herald.Span
	Source  []herald.Span // none for "Attribution-no-source"
	Cue     []herald.Span
}

// A bratSpan is a text-bound annotation: its label and fragments, as byte
// spans.
type bratSpan struct {
	label string
	frags []herald.Span
}

// readPolNeAR reads a PolNeAR compartment folder such as data/dev, which
// holds attributions/*.ann (brat standoff, one file per article and
// annotator, named <article>_<annotator>.ann) and text/<article>.txt. When
// several annotators annotated one article, the first file in lexical
// order is used and the notes say how many were skipped.
func readPolNeAR(dir string) ([]polnearDoc, []string, error) {
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil || len(anns) == 0 {
		return nil, nil, fmt.Errorf("read gold %q: want a PolNeAR folder with attributions/*.ann and text/*.txt", dir)
	}
	slices.Sort(anns)
	var docs []polnearDoc
	seen := make(map[string]bool)
	dups := 0
	for _, ann := range anns {
		textPath, err := polnearText(dir, ann)
		if err != nil {
			return nil, nil, err
		}
		if seen[textPath] {
			dups++
			continue
		}
		seen[textPath] = true
		d, err := readPolNeARDoc(ann, textPath)
		if err != nil {
			return nil, nil, err
		}
		docs = append(docs, d)
	}
	var notes []string
	if dups > 0 {
		notes = append(notes, "skipped "+plural(dups, "second annotation", "further annotations")+" of an article")
	}
	return docs, notes, nil
}

// polnearText returns the text file that the annotation file ann belongs
// to: text/<article>.txt, or text/<name>.txt when the name has no
// annotator suffix.
func polnearText(dir, ann string) (string, error) {
	base := strings.TrimSuffix(filepath.Base(ann), ".ann")
	var tries []string
	if i := strings.LastIndexByte(base, '_'); i > 0 {
		tries = append(tries, base[:i])
	}
	tries = append(tries, base)
	for _, t := range tries {
		p := filepath.Join(dir, "text", t+".txt")
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("read gold %q: no text file text/%s.txt", ann, tries[0])
}

// readPolNeARDoc reads one article and its annotation file.
func readPolNeARDoc(annPath, textPath string) (polnearDoc, error) {
	text, err := os.ReadFile(textPath)
	if err != nil {
		return polnearDoc{}, fmt.Errorf("read gold: %w", err)
	}
	f, err := os.Open(annPath)
	if err != nil {
		return polnearDoc{}, fmt.Errorf("read gold: %w", err)
	}
	defer f.Close()
	quotes, err := readBrat(f, annPath, string(text))
	if err != nil {
		return polnearDoc{}, err
	}
	id := strings.TrimSuffix(filepath.Base(textPath), ".txt")
	return polnearDoc{ID: id, Path: textPath, Text: string(text), Quotes: quotes}, nil
}

// readBrat reads brat standoff annotations of text, whose offsets count
// characters (code points). It keeps text-bound annotations (T lines) and
// events (E lines); every event with a Content role is one quote. Roles
// with a number, such as Content2, add fragments to their role. Other
// lines, including the continuation lines of annotated text that spans a
// line break, are skipped.
func readBrat(r io.Reader, name, text string) ([]goldQuote, error) {
	offs := charOffsets(text)
	spans := make(map[string]bratSpan)
	var events [][]string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4<<20)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 2 || !isBratID(fields[0]) {
			continue
		}
		switch fields[0][0] {
		case 'T':
			s, err := parseBratSpan(fields[1], offs)
			if err != nil {
				return nil, fmt.Errorf("read gold %q: line %d: %w", name, line, err)
			}
			spans[fields[0]] = s
		case 'E':
			events = append(events, append([]string{strconv.Itoa(line)}, strings.Fields(fields[1])...))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read gold %q: line %d: %w", name, line+1, err)
	}
	return bratQuotes(events, spans, name)
}

// isBratID reports whether s is a T or E annotation ID such as "T12".
func isBratID(s string) bool {
	if len(s) < 2 || (s[0] != 'T' && s[0] != 'E') {
		return false
	}
	_, err := strconv.Atoi(s[1:])
	return err == nil
}

// parseBratSpan parses "Label 10 20;25 30" into byte fragments.
func parseBratSpan(s string, offs []int) (bratSpan, error) {
	label, rest, ok := strings.Cut(s, " ")
	if !ok {
		return bratSpan{}, fmt.Errorf("want a label and offsets, got %q", s)
	}
	out := bratSpan{label: label}
	for _, frag := range strings.Split(rest, ";") {
		var start, end int
		if _, err := fmt.Sscanf(frag, "%d %d", &start, &end); err != nil {
			return bratSpan{}, fmt.Errorf("want offsets such as \"10 20\", got %q", frag)
		}
		sp, ok := byteSpan(offs, start, end)
		if !ok {
			return bratSpan{}, fmt.Errorf("span %d-%d outside the text of %d characters", start, end, len(offs)-1)
		}
		out.frags = append(out.frags, sp)
	}
	return out, nil
}

// bratQuotes builds a quote from every event with a Content role.
func bratQuotes(events [][]string, spans map[string]bratSpan, name string) ([]goldQuote, error) {
	var out []goldQuote
	for _, ev := range events {
		var q goldQuote
		// ev[1] is the trigger, such as "Attribution:T4"; its type names
		// no role, so it needs no special case.
		for _, arg := range ev[1:] {
			role, id, ok := strings.Cut(arg, ":")
			if !ok {
				continue
			}
			s, found := spans[id]
			if !found {
				return nil, fmt.Errorf("read gold %q: line %s: event names unknown span %q", name, ev[0], id)
			}
			switch strings.TrimRight(role, "0123456789") {
			case "Content":
				q.Content = append(q.Content, s.frags...)
			case "Source":
				q.Source = append(q.Source, s.frags...)
			case "Cue":
				q.Cue = append(q.Cue, s.frags...)
			}
		}
		if len(q.Content) > 0 {
			out = append(out, q)
		}
	}
	return out, nil
}
