package actor

import (
	"slices"
	"strings"

	"github.com/heraldproject/herald"
)

// A mention is a stretch of text that refers to an entity.
type mention struct {
	span       herald.Span
	first, end int32 // its tokens
	kind       herald.MentionKind
	typ        herald.EntityType
	key        string   // key of its text without a leading "the"
	place      place    // the country, region or city it names
	ent        *entry   // the dictionary entry it names
	user       bool     // ent is from a user dictionary
	metonym    bool     // a capital standing for its state: "sanctions on Moscow"
	plural     bool     // a nationality in the plural: "Russians"
	cls        int32    // its cluster; -1 before linking
	gender     byte     // 'm' or 'f' when known
	role       roleInfo // the role the text gives it
	indefinite bool     // a nominal with "a" or "an": a new entity
	subject    bool     // the first person mention of its sentence, not after a preposition
}

// sent returns the sentence of mention m.
func (a *analysis) sent(m *mention) int32 { return a.toks[m.first].sent }

// collectNames reads the name mentions of the entity stage, leaving out
// those in the dateline and the social network X, and mends names the
// recogniser split.
func (a *analysis) collectNames() {
	dl := a.doc.Dateline.Span
	for _, e := range a.doc.Entities {
		for _, m := range e.Mentions {
			if m.Kind != herald.NameMention && m.Kind != herald.DemonymMention || (!dl.Empty() && m.Overlaps(dl)) {
				continue
			}
			first, end, ok := a.tokenRange(m.Span)
			if !ok || a.toks[first].sent < 0 {
				continue
			}
			typ := e.Type
			if m.Kind == herald.DemonymMention {
				// A demonym came from the recogniser as a nationality;
				// reading it as one again keeps a second run unchanged.
				typ = herald.NORP
			}
			a.addName(first, end, typ)
		}
	}
	a.sortMentions()
	a.mendNames()
	a.dropSocialX()
	for i := range a.ments {
		next := len(a.toks)
		if i+1 < len(a.ments) {
			next = int(a.ments[i+1].first)
		}
		a.trimTitle(&a.ments[i], next)
	}
	a.markMentions()
}

// trimTitle takes a title that the recogniser put inside a person's name
// out of it, so that it is read as the role ("Pope" of "Pope Leo XIV"),
// and takes in a regnal number it left out ("XIV") before token next.
func (a *analysis) trimTitle(m *mention, next int) {
	if m.typ != herald.Person {
		return
	}
	first, end := int(m.first), int(m.end)
	if end < next && a.toks[end].sent == a.toks[first].sent && regnal(a.word(end)) {
		end++
	}
	for n := min(3, end-first-1); n >= 1; n-- {
		k := string(a.rangeKey(first, first+n))
		r, isRole := a.kn.roles[k]
		t, isTitle := a.kn.mods[k]
		if (isRole && r.class == rolePerson) || (isTitle && t.class == roleTitle) {
			first += n
			break
		}
	}
	if first != int(m.first) || end != int(m.end) {
		m.first, m.end = int32(first), int32(end)
		m.span = a.span(first, end)
		m.key = string(a.rangeKey(first, end))
	}
}

// regnal reports whether w is a regnal number: "II", "XIV".
func regnal(w string) bool {
	if len(w) == 0 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] != 'I' && w[i] != 'V' && w[i] != 'X' {
			return false
		}
	}
	return true
}

// addName adds a name mention of tokens [first, end).
func (a *analysis) addName(first, end int, typ herald.EntityType) {
	a.ments = append(a.ments, mention{
		span:  a.span(first, end),
		first: int32(first), end: int32(end),
		kind: herald.NameMention, typ: typ,
		key: trimThe(string(a.rangeKey(first, end))),
		cls: -1,
	})
}

// tokenRange returns the tokens that span s covers.
func (a *analysis) tokenRange(s herald.Span) (int, int, bool) {
	toks := a.doc.Tokens
	first, _ := slices.BinarySearchFunc(toks, s.Start, func(t herald.Token, p int) int { return t.End - 1 - p })
	end := first
	for end < len(toks) && toks[end].Start < s.End {
		end++
	}
	if first >= end || end-first > 16 {
		return 0, 0, false
	}
	return first, end, true
}

// sortMentions orders the mentions by position and drops any that
// overlaps an earlier one.
func (a *analysis) sortMentions() {
	slices.SortStableFunc(a.ments, func(x, y mention) int { return int(x.first - y.first) })
	out := a.ments[:0]
	for _, m := range a.ments {
		if len(out) > 0 && m.first < out[len(out)-1].end {
			continue
		}
		out = append(out, m)
	}
	a.ments = out
}

// markMentions records on each token the name mention that covers it.
func (a *analysis) markMentions() {
	for i := range a.toks {
		a.toks[i].ment = 0
	}
	for mi, m := range a.ments {
		for i := m.first; i < m.end; i++ {
			a.toks[i].ment = int32(mi + 1)
		}
	}
}

// mentionAt returns the name mention covering token i, or nil.
func (a *analysis) mentionAt(i int) (*mention, int) {
	if i < 0 || i >= len(a.toks) || a.toks[i].ment == 0 {
		return nil, -1
	}
	mi := int(a.toks[i].ment - 1)
	return &a.ments[mi], mi
}

// mendNames joins names the recogniser split: a given name it took for a
// place before a surname ("Chad" "Johnson"), and a hyphenated surname
// ("Ngozi Okonjo" "-" "Iweala").
func (a *analysis) mendNames() {
	out := a.ments[:0]
	for i := 0; i < len(a.ments); i++ {
		m := a.ments[i]
		if i+1 < len(a.ments) {
			n := a.ments[i+1]
			join := false
			switch {
			case n.typ == herald.Person && n.first == m.end && m.end-m.first == 1 && m.typ != herald.Person:
				_, given := givenNames[m.key]
				join = given
			case n.typ == herald.Person && m.typ == herald.Person && m.end-m.first >= 2 &&
				n.end-n.first == 1 && n.first == m.end+1 && a.isHyphen(int(m.end)):
				join = true
			}
			if join {
				m.end, m.span.End, m.typ = n.end, n.span.End, herald.Person
				m.key = string(a.rangeKey(int(m.first), int(m.end)))
				i++
			}
		}
		out = append(out, m)
	}
	a.ments = out
}

// dropSocialX leaves out the social network X: "on X", "an X post".
func (a *analysis) dropSocialX() {
	out := a.ments[:0]
	for _, m := range a.ments {
		if m.key == "x" && m.end-m.first == 1 && a.socialX(int(m.first)) {
			continue
		}
		out = append(out, m)
	}
	a.ments = out
}

// socialX reports whether token i, "X", names the social network.
func (a *analysis) socialX(i int) bool {
	switch string(a.key(max(i-1, 0))) {
	case "on", "via", "platform", "network":
		return i > 0
	}
	if i+1 < len(a.toks) {
		switch string(a.key(i + 1)) {
		case "post", "posts", "posted", "account", "accounts", "user", "users", "formerly", "feed":
			return true
		}
	}
	return false
}

// recallNames adds names the recogniser missed: the surnames and other
// names of the document where it did not tag them (a headline's
// "Trump-Putin"), herald's multi-word names, and any capitalised name of a
// user dictionary.
func (a *analysis) recallNames() {
	known := make(map[string]herald.EntityType, len(a.ments))
	for _, m := range a.ments {
		if m.typ == herald.Person && strings.IndexByte(m.key, ' ') > 0 {
			known[lastWord(m.key)] = herald.Person
		}
		if _, ok := known[m.key]; !ok && !strings.Contains(m.key, " ") && !functionWord(m.key) {
			known[m.key] = m.typ
		}
	}
	n := len(a.ments)
	for i := 0; i < len(a.toks); i++ {
		t := a.toks[i]
		if t.ment != 0 || !t.cap || t.sent < 0 || t.a == t.b {
			continue
		}
		if typ, ok := known[string(a.key(i))]; ok && a.word(i) != "X" && !calendarWords[string(a.key(i))] {
			a.addName(i, i+1, typ)
			continue
		}
		if j, typ := a.dictionaryName(i); j > i {
			a.addName(i, j, typ)
			i = j - 1
		}
	}
	if len(a.ments) > n {
		a.sortMentions()
		a.markMentions()
	}
}

// dictionaryName returns the end of the longest name starting at token i
// that a dictionary knows: herald's of two or more capitalised words or a
// person's surname standing alone, the user's of one or more; and the type
// of the name.
func (a *analysis) dictionaryName(i int) (int, herald.EntityType) {
	for n := min(5, len(a.toks)-i); n >= 1; n-- {
		j := i + n
		if !a.toks[j-1].cap || a.toks[j-1].sent != a.toks[i].sent || a.covered(i, j) {
			continue
		}
		k := string(a.rangeKey(i, j))
		if k == "" {
			continue
		}
		var ws []string
		if a.kn.hasStems() {
			ws = splitWords(nil, []byte(k))
		}
		e, user := a.kn.lookup(k, ws, a.day)
		if e == nil || (!user && strings.IndexByte(k, ' ') < 0 && (e.kind != kindPerson || a.nameGoesOn(j))) {
			continue // herald's one-word names: only a surname standing alone
		}
		switch {
		case e.kind == kindPerson:
			return j, herald.Person
		case e.kind == kindOrg:
			return j, herald.Organization
		}
		return j, herald.Misc
	}
	return i, ""
}

// hasStems reports whether a user dictionary has PETRARCH names, which are
// matched word by word.
func (kn *knowledge) hasStems() bool {
	for _, d := range kn.user {
		if len(d.stems) > 0 {
			return true
		}
	}
	return false
}

// covered reports whether a name mention covers any of tokens [i, j).
func (a *analysis) covered(i, j int) bool {
	for ; i < j; i++ {
		if a.toks[i].ment != 0 {
			return true
		}
	}
	return false
}

// calendarWords are names of months and days, which are also surnames
// ("Theresa May") but are not recalled as names on their own.
var calendarWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// nameGoesOn reports whether token j continues a capitalised name, so
// that the word before it is not a surname standing alone.
func (a *analysis) nameGoesOn(j int) bool {
	return j < len(a.toks) && a.toks[j].cap && a.toks[j].a != a.toks[j].b && a.toks[j].sent == a.toks[j-1].sent
}

// functionWord reports whether key k is a pronoun, determiner, preposition
// or other function word, which is never recalled as a name even when the
// recogniser took it for one.
func functionWord(k string) bool {
	return pronouns[k] != notPronoun || isDet([]byte(k)) || preps[k] || clauseWords[k] ||
		k == "it" || k == "they" || k == "we" || k == "i" || k == "you"
}
