package actor

import "strings"

// speechVerbs are the verbs of saying, telling and believing after which
// a nominal with no anchor is the speaker of a statement ("officials
// said", "a source told", "experts warn"): an analyst wants such speakers
// as entities even when the text never names them.
var speechVerbs = keySet(`say says said saying tell tells told add adds added
	warn warns warned argue argues argued claim claims claimed insist insists insisted
	note notes noted write writes wrote report reports reported announce announces announced
	confirm confirms confirmed deny denies denied state states stated suggest suggests suggested
	believe believes believed think thinks thought fear fears feared expect expects expected
	worry worries worried estimate estimates estimated predict predicts predicted
	acknowledge acknowledges acknowledged explain explains explained contend contends contended
	caution cautions cautioned describe describes described
	call calls called urge urges urged accuse accuses accused criticize criticizes criticized
	question questions questioned allege alleges alleged maintain maintains maintained
	testify testifies testified complain complains complained show shows showed shown
	find finds found indicate indicates indicated conclude concludes concluded
	ask asks asked respond responds responded reply replies replied praise praises praised
	cite cites cited demand demands demanded recommend recommends recommended
	endorse endorses endorsed oppose opposes opposed reject rejects rejected
	condemn condemns condemned denounce denounces denounced welcome welcomes welcomed
	blame blames blamed point points pointed propose proposes proposed
	express expresses expressed`)

// nounLike are the verbs of saying that are as often nouns, so that after
// an owned noun they make a compound ("his campaign claim", "their
// calls") rather than a clause.
var nounLike = keySet("claim claims call calls report reports note notes states fears hopes doubts worries estimates demands questions points")

// possessives are the possessive determiners.
var possessives = keySet("his her their its my our your")

// speechSkip are the words that may stand between a speaker and its verb:
// auxiliaries, negation and adverbs ("officials have long said").
var speechSkip = keySet(`also have has had would will could may might did do does not n't
	never long often repeatedly privately publicly reportedly previously later earlier
	already still now been widely generally quickly strongly sharply almost universally`)

// keySet returns the words of s as a set.
func keySet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// complementPreps open the complement of a speaker's noun ("experts on
// North Korea", "observers in Virginia").
var complementPreps = keySet("of on in at for from with")

// maxComplement is the most words of such a complement.
const maxComplement = 6

// maxAside is the most tokens of an aside between commas that may
// separate a speaker from its verb ("sources, who asked not to be named,
// said").
const maxAside = 15

// speaks reports whether the nominal of tokens [start, end), in the
// sentence [lo, hi), is the speaker of a statement: the subject of a
// verb of saying ("officials said", "a source, who asked not to be named,
// said", "experts on North Korea said"), the speaker after an inverted
// verb ("…, said one expert") or after "according to".
func (a *analysis) speaks(start, end, lo, hi int) bool {
	i := end
	if i < hi && a.word(i) == "," {
		for j := i + 1; j < hi && j-i <= maxAside; j++ {
			if a.word(j) == "," {
				i = j + 1
				break
			}
		}
	}
	if i < hi && complementPreps[string(a.key(i))] {
		j := i + 1 // "experts on North Korea said": step over the complement
		for j < hi && j-i <= maxComplement && a.toks[j].a != a.toks[j].b && !speechVerbs[string(a.key(j))] {
			j++
		}
		if j < hi && speechVerbs[string(a.key(j))] {
			i = j
		}
	}
	for n := 0; i < hi && n < 3 && speechSkip[string(a.key(i))]; n++ {
		i++
	}
	if i < hi && speechVerbs[string(a.key(i))] {
		return true
	}
	b := start - 1
	if b > lo && a.is(b, "to") && a.is(b-1, "according") {
		return true
	}
	return b > lo && speechVerbs[string(a.key(b))] && a.toks[b-1].a == a.toks[b-1].b
}

// speaksAt reports whether the word at token i is the speaker of a
// statement, as speaks does for a nominal.
func (a *analysis) speaksAt(i int) bool {
	si := int(a.toks[i].sent)
	if si < 0 || si >= len(a.doc.Sentences) {
		return false
	}
	s := a.doc.Sentences[si]
	return a.speaks(i, i+1, s.FirstToken, s.EndToken)
}
