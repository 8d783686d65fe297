package dedup

import (
	"html"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/heraldproject/herald/internal/devdata"
)

// A story is one original article of the measurement corpus.
type story struct {
	id       string
	topic    string // Reuters first TOPICS tag or BBC category
	headline string
	dateline string // as written, e.g. "SALVADOR, Feb 26 - "; "" for BBC
	paras    []string
}

// text renders s as a reader would see it, and the offset where the body
// starts after the dateline, as herald's wire stage marks it.
func (s story) text() (string, int) {
	t := s.headline + "\n\n" + s.dateline
	start := 0
	if s.dateline != "" {
		start = len(t)
	}
	return t + strings.Join(s.paras, "\n\n"), start
}

var (
	reutersDoc   = regexp.MustCompile(`(?s)<REUTERS[^>]*>(.*?)</REUTERS>`)
	reutersTopic = regexp.MustCompile(`(?s)<TOPICS><D>(.*?)</D>`)
	reutersTitle = regexp.MustCompile(`(?s)<TITLE>(.*?)</TITLE>`)
	reutersDate  = regexp.MustCompile(`(?s)<DATELINE>(.*?)</DATELINE>`)
	reutersBody  = regexp.MustCompile(`(?s)<BODY>(.*?)</BODY>`)
	reutersPara  = regexp.MustCompile(`\n\s{3,}`)
)

// minWords is the least body length of a corpus story: shorter wire items
// are tables and one-line notices, not articles.
const minWords = 60

// loadReuters reads up to max stories that have a topic and a body of at
// least minWords words from the Reuters-21578 SGML files.
func loadReuters(t *testing.T, max int) []story {
	dir := devdata.Path(t, "reuters21578")
	files, _ := filepath.Glob(filepath.Join(dir, "reut2-*.sgm"))
	sort.Strings(files)
	var out []story
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range reutersDoc.FindAllStringSubmatch(string(b), -1) {
			doc := m[1]
			topic, title, body := reutersTopic.FindStringSubmatch(doc), reutersTitle.FindStringSubmatch(doc), reutersBody.FindStringSubmatch(doc)
			if topic == nil || title == nil || body == nil {
				continue
			}
			text := strings.TrimSuffix(strings.TrimSpace(html.UnescapeString(body[1])), "\x03")
			text = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(text), "Reuter"))
			if len(strings.Fields(text)) < minWords {
				continue
			}
			s := story{id: "r" + strconv.Itoa(len(out)), topic: topic[1], headline: html.UnescapeString(title[1])}
			if d := reutersDate.FindStringSubmatch(doc); d != nil {
				s.dateline = strings.TrimSpace(html.UnescapeString(d[1])) + " "
			}
			for _, p := range reutersPara.Split(text, -1) {
				s.paras = append(s.paras, strings.Join(strings.Fields(p), " "))
			}
			out = append(out, s)
			if len(out) == max {
				return out
			}
		}
	}
	return out
}

// loadBBC reads the BBC News stories: a headline line, then paragraphs
// separated by blank lines, in one folder per category.
func loadBBC(t *testing.T) []story {
	dir := devdata.Path(t, "bbc-news/bbc")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	sort.Strings(files)
	var out []story
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.SplitN(strings.TrimSpace(strings.ToValidUTF8(string(b), " ")), "\n", 2)
		if len(lines) < 2 || len(strings.Fields(lines[1])) < minWords {
			continue
		}
		s := story{id: "b" + strconv.Itoa(len(out)), topic: filepath.Base(filepath.Dir(f)), headline: strings.TrimSpace(lines[0])}
		for _, p := range strings.Split(lines[1], "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				s.paras = append(s.paras, p)
			}
		}
		out = append(out, s)
	}
	return out
}

// Edits that make a syndicated or lightly edited copy.
const (
	editHeadline = 1 << iota
	editTrim
	editBoilerplate
	editDateline
	editWords
	editReorder
	editCount = 6
)

var editNames = [editCount]string{"headline", "trim", "boilerplate", "dateline", "words", "reorder"}

const (
	newsletter = "Sign up for our newsletter to get the latest news and analysis delivered to your inbox every morning."
	copyright  = "Copyright 2026 Example Media Group. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."
)

// edit returns a copy of s changed by the edits in mask.
func edit(s story, mask int, r *rand.Rand) story {
	c := s
	c.paras = append([]string(nil), s.paras...)
	if mask&editHeadline != 0 {
		c.headline = "UPDATE 2-" + strings.ToUpper(s.headline) + " - sources"
	}
	if mask&editReorder != 0 && len(c.paras) > 1 {
		r.Shuffle(len(c.paras), func(i, j int) { c.paras[i], c.paras[j] = c.paras[j], c.paras[i] })
	}
	if mask&editWords != 0 {
		c.paras = changeWords(c.paras, 3+r.IntN(4), r)
	}
	if mask&editTrim != 0 {
		c.paras = trim(c.paras, 0.2+0.2*r.Float64())
	}
	if mask&editDateline != 0 {
		c.dateline = "(MENAFN) "
		if s.dateline == "" || r.IntN(2) == 0 {
			c.dateline = "MOSCOW (Reuters) - "
		}
	}
	if mask&editBoilerplate != 0 {
		c.paras = append(c.paras, newsletter, copyright)
	}
	return c
}

// changeWords replaces n words at random positions with other words.
func changeWords(paras []string, n int, r *rand.Rand) []string {
	repl := []string{"reportedly", "officials", "Tuesday", "billion", "agency", "overall"}
	out := append([]string(nil), paras...)
	for range n {
		i := r.IntN(len(out))
		w := strings.Fields(out[i])
		if len(w) == 0 {
			continue
		}
		w[r.IntN(len(w))] = repl[r.IntN(len(repl))]
		out[i] = strings.Join(w, " ")
	}
	return out
}

// trim drops the last fraction of the words, keeping paragraph breaks.
func trim(paras []string, fraction float64) []string {
	total := 0
	for _, p := range paras {
		total += len(strings.Fields(p))
	}
	keep := int(float64(total) * (1 - fraction))
	var out []string
	for _, p := range paras {
		w := strings.Fields(p)
		if keep <= 0 {
			break
		}
		if len(w) > keep {
			w = w[:keep]
		}
		keep -= len(w)
		out = append(out, strings.Join(w, " "))
	}
	return out
}

// randomEdits returns a non-empty random set of edits.
func randomEdits(r *rand.Rand) int {
	for {
		if m := r.IntN(1 << editCount); m != 0 {
			return m
		}
	}
}
