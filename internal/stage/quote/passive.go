package quote

// passiveCand returns the attribution of a reporting verb at token c in
// the passive with its agent, in the sentence [lo, hi): "The registration
// issue was first reported by The Washington Post", "she has been
// endorsed by dozens of papers". The agent after "by" is the speaker and
// the subject before the auxiliary the content. Verbs of telling, asking
// and describing, whose content follows them even in the passive ("he
// was told by aides that …"), and any other use of the verb give false.
func (a *analysis) passiveCand(c, lo, hi int) (cand, bool) {
	ti := a.info[c]
	if !ti.isCue || ti.upper || a.claimed[c] || a.inDirect[c] || ti.cue.particles != "" || (ti.cue.form != fPast && ti.cue.form != fPart) {
		return cand{}, false
	}
	if k := ti.cue.class; k == vTell || k == vAsk || k == vDescribe {
		return cand{}, false // "he was told by aides that …": the content follows
	}
	b := c - 1
	for b > lo && (a.is(b, wAdv|wNeg) || a.info[b].ly) {
		b--
	}
	if b <= lo || !a.is(b, wBe) {
		return cand{}, false
	}
	for b-1 > lo && a.is(b-1, wAux|wAdv|wNeg) {
		b--
	}
	e := c + 1
	for e < hi && (a.is(e, wAdv) || a.info[e].ly) {
		e++
	}
	if a.low(e) != "by" {
		return cand{}, false
	}
	p := a.rightPhrase(e+1, hi)
	content := a.leftPhrase(b-1, lo)
	if !p.ok() || !content.ok() || a.is(content.head, wSubj|wRel) {
		return cand{}, false
	}
	return cand{cue0: c, cue1: c + 1, subj: p, how: hRight, src0: p.from, src1: p.to, att0: b, att1: p.to, passive: true, from: content.from}, true
}
