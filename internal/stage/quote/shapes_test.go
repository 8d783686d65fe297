package quote

import (
	"testing"

	"github.com/heraldproject/herald"
)

// A shape is one quote shape: a text, its entities as "ID Type Name
// mention…" specs, and the quotes expected, in order.
type shape struct {
	name string
	text string
	ents [][]string // ID, type, name, role, then mentions as for entity
	want []want
}

var shapes = []shape{
	{"straight quotes, attribution after",
		`"We will win," Trump said.`,
		[][]string{{"E1", "PERSON", "Donald Trump", "", "Trump"}},
		[]want{{herald.Direct, "We will win", "E1", "said"}}},
	{"curly quotes, inverted attribution",
		"“We will win,” said Trump.",
		[][]string{{"E1", "PERSON", "Donald Trump", "", "Trump"}},
		[]want{{herald.Direct, "We will win", "E1", "said"}}},
	{"two apostrophes as quotation marks",
		"''We will win,'' said Mr. Trump.",
		[][]string{{"E1", "PERSON", "Donald Trump", "", "Trump"}},
		[]want{{herald.Direct, "We will win", "E1", "said"}}},
	{"attribution before, with a colon",
		"Putin said: “Talks will go on. We are ready.”",
		[][]string{{"E1", "PERSON", "Vladimir Putin", "", "Putin"}},
		[]want{{herald.Direct, "Talks will go on. We are ready.", "E1", "said"}}},
	{"interrupted by the attribution: one quote",
		"Trump spoke on Friday. “We will,” he said, “prevail.”",
		[][]string{{"E1", "PERSON", "Donald Trump", "", "Trump"}},
		[]want{{herald.Direct, "We will,” he said, “prevail.", "E1", "said"}}},
	{"attribution after, next sentence quoted too",
		"“Talks went well,” said Putin. “We will meet again.”",
		[][]string{{"E1", "PERSON", "Vladimir Putin", "", "Putin"}},
		[]want{{herald.Direct, "Talks went well,” said Putin. “We will meet again.", "E1", "said"}}},
	{"quote over two paragraphs",
		"Putin said:\n\n“Talks went well.\n\n“We will meet again.”",
		[][]string{{"E1", "PERSON", "Vladimir Putin", "", "Putin"}},
		[]want{{herald.Direct, "Talks went well.\n\n“We will meet again.", "E1", "said"}}},
	{"lone quoted sentence continues the speaker",
		"Dmitriev wrote, “This can be a historic meeting,” with a dove emoji. “Dialogue will prevail.”",
		[][]string{{"E1", "PERSON", "Kirill Dmitriev", "", "Dmitriev"}},
		[]want{
			{herald.Direct, "This can be a historic meeting", "E1", "wrote"},
			{herald.Direct, "Dialogue will prevail.", "E1", ""}}},
	{"quote signed with a dash and a name",
		"“Trump must stop portraying Latinos as gangsters.” ― Carla Sanchez\n“He is ignorant of our culture.”― Pamela Padilla",
		[][]string{{"E1", "PERSON", "Carla Sanchez", "", "Carla Sanchez"}, {"E2", "PERSON", "Pamela Padilla", "", "Pamela Padilla"}},
		[]want{
			{herald.Direct, "Trump must stop portraying Latinos as gangsters.", "E1", ""},
			{herald.Direct, "He is ignorant of our culture.", "E2", ""}}},
	{"a campaign speaks for its candidate",
		"The Trump campaign said the ad was false.",
		[][]string{{"E1", "PERSON", "Donald Trump", "", "Trump"}},
		[]want{{herald.Indirect, "the ad was false", "E1", "said"}}},
	{"a running mate is not the candidate",
		"Trump's running mate said the ad was false.",
		[][]string{{"E1", "PERSON", "Donald Trump", "", "Trump"}},
		[]want{{herald.Indirect, "the ad was false", "", "said"}}},
	{"a name whose last part has no mention",
		"Mr. Holtz-Eakin said the plan would cost more.",
		[][]string{{"E1", "PERSON", "Douglas Holtz", "", "Holtz"}},
		[]want{{herald.Indirect, "the plan would cost more", "E1", "said"}}},
	{"attribution after, the speaker's party in brackets",
		"“It’s a dog whistle to all Americans,” Rep. Gwen Moore (D-Wis.) said Friday.",
		[][]string{{"E1", "PERSON", "Gwen Moore", "", "Gwen Moore"}},
		[]want{{herald.Direct, "It’s a dog whistle to all Americans", "E1", "said"}}},
	{"a name in apposition names the speaker",
		"One of the family's attorneys, Justin Bamberg, said the video was clear.",
		[][]string{{"E1", "PERSON", "Justin Bamberg", "", "Justin Bamberg"}},
		[]want{{herald.Indirect, "the video was clear", "E1", "said"}}},
	{"she does not refer to a man",
		"Scott was shot on Tuesday, and his wife filmed it. She said police were wrong.",
		[][]string{{"E1", "PERSON", "Keith Scott", "", "Scott", "his"}},
		[]want{{herald.Indirect, "police were wrong", "", "said"}}},
	{"quote without attribution",
		"“It is over.”",
		nil,
		[]want{{herald.Direct, "It is over.", "", ""}}},
	{"scare quotes are not reported",
		"The so-called “peace plan” was rejected by both sides.",
		nil, nil},
	{"a quoted title is not reported",
		"She read “War and Peace” last summer.",
		nil, nil},
	{"fragment with a describing verb",
		"Trump, who has described himself as a “president of peace”, met Putin.",
		[][]string{{"E1", "PERSON", "Donald Trump", "", "Trump"}, {"E2", "PERSON", "Vladimir Putin", "", "Putin"}},
		[]want{{herald.Fragment, "president of peace", "E1", "described himself as"}}},
	{"fragment after called",
		"Trump called the plan “a disaster.”",
		[][]string{{"E1", "PERSON", "Donald Trump", "", "Trump"}},
		[]want{{herald.Fragment, "a disaster", "E1", "called"}}},
	{"partial quote inside reported speech",
		"Trump said the plan was “a disaster” for farmers.",
		[][]string{{"E1", "PERSON", "Donald Trump", "", "Trump"}},
		[]want{{herald.Indirect, "the plan was “a disaster” for farmers", "E1", "said"}}},
	{"said that",
		"Putin has repeatedly said that talks would resume.",
		[][]string{{"E1", "PERSON", "Vladimir Putin", "", "Putin"}},
		[]want{{herald.Indirect, "talks would resume", "E1", "said"}}},
	{"content before the attribution",
		"Talks will resume next week, Putin said.",
		[][]string{{"E1", "PERSON", "Vladimir Putin", "", "Putin"}},
		[]want{{herald.Indirect, "Talks will resume next week", "E1", "said"}}},
	{"attribution inside the content",
		"The talks, Putin said, will resume next week.",
		[][]string{{"E1", "PERSON", "Vladimir Putin", "", "Putin"}},
		[]want{{herald.Indirect, "The talks, Putin said, will resume next week", "E1", "said"}}},
	{"according to, before",
		"According to the Kremlin, talks will resume.",
		[][]string{{"E1", "ORG", "the Kremlin", "", "Kremlin"}},
		[]want{{herald.Indirect, "talks will resume", "E1", "According to"}}},
	{"according to an anonymous source",
		"Talks will resume, according to a senior official.",
		nil,
		[]want{{herald.Indirect, "Talks will resume", "", "according to"}}},
	{"told reporters",
		"Putin told reporters on Thursday that talks would resume.",
		[][]string{{"E1", "PERSON", "Vladimir Putin", "", "Putin"}},
		[]want{{herald.Indirect, "talks would resume", "E1", "told"}}},
	{"insisted",
		"Ukraine insisted that more aid is necessary.",
		[][]string{{"E1", "GPE", "Ukraine", "", "Ukraine"}},
		[]want{{herald.Indirect, "more aid is necessary", "E1", "insisted"}}},
	{"described as",
		"Trump described the talks as productive.",
		[][]string{{"E1", "PERSON", "Donald Trump", "", "Trump"}},
		[]want{{herald.Indirect, "the talks as productive", "E1", "described"}}},
	{"characterized as, in a relative clause",
		"Witkoff held talks that Trump later characterized as productive.",
		[][]string{{"E1", "PERSON", "Donald Trump", "", "Trump"}, {"E2", "PERSON", "Steve Witkoff", "", "Witkoff"}},
		[]want{{herald.Indirect, "productive", "E1", "characterized"}}},
	{"wrote on X, through a pronoun",
		"Kirill Dmitriev spoke on Friday. He wrote on X that the summit was historic.",
		[][]string{{"E1", "PERSON", "Kirill Dmitriev", "", "Kirill Dmitriev"}},
		[]want{{herald.Indirect, "the summit was historic", "E1", "wrote"}}},
	{"pronoun that is itself a mention",
		"Putin met Trump. He said talks were useful.",
		[][]string{{"E1", "PERSON", "Vladimir Putin", "", "Putin"}, {"E2", "PERSON", "Donald Trump", "", "Trump", "He"}},
		[]want{{herald.Indirect, "talks were useful", "E2", "said"}}},
	{"pronoun prefers the subject of the previous sentence",
		"Dmitriev, an adviser to Putin, praised the summit. He said talks were useful.",
		[][]string{{"E1", "PERSON", "Kirill Dmitriev", "", "Dmitriev"}, {"E2", "PERSON", "Vladimir Putin", "", "Putin"}},
		[]want{
			{herald.Indirect, "the summit", "E1", "praised"},
			{herald.Indirect, "talks were useful", "E1", "said"}}},
	{"a title names the speaker",
		"Sergei Lavrov arrived in Ankara. The minister said talks were useful.",
		[][]string{{"E1", "PERSON", "Sergei Lavrov", "Foreign Minister", "Sergei Lavrov"}},
		[]want{{herald.Indirect, "talks were useful", "E1", "said"}}},
	{"an organisation speaks",
		"The Kremlin confirmed that talks were planned.",
		[][]string{{"E1", "ORG", "the Kremlin", "", "Kremlin"}},
		[]want{{herald.Indirect, "talks were planned", "E1", "confirmed"}}},
	{"an anonymous source has no speaker",
		"A senior Russian official said talks were planned.",
		[][]string{{"E1", "GPE", "Russia", "", "Russian"}},
		[]want{{herald.Indirect, "talks were planned", "", "said"}}},
	{"participle after a comma",
		"Putin spoke on Friday, saying talks would resume.",
		[][]string{{"E1", "PERSON", "Vladimir Putin", "", "Putin"}},
		[]want{{herald.Indirect, "talks would resume", "E1", "saying"}}},
	{"second verb of a coordinated predicate",
		"Ukraine rejects the terms and insists that aid is needed.",
		[][]string{{"E1", "GPE", "Ukraine", "", "Ukraine"}},
		[]want{
			{herald.Indirect, "the terms", "E1", "rejects"},
			{herald.Indirect, "aid is needed", "E1", "insists"}}},
	{"called for: a stance, its object the content",
		"Schiff called for more sanctions after the hearing.",
		[][]string{{"E1", "PERSON", "Adam Schiff", "", "Schiff"}},
		[]want{{herald.Indirect, "more sanctions", "E1", "called for"}}},
	{"called on: an object and an infinitive",
		"Schiff called on the administration to retaliate.",
		[][]string{{"E1", "PERSON", "Adam Schiff", "", "Schiff"}},
		[]want{{herald.Indirect, "the administration to retaliate", "E1", "called on"}}},
	{"a stance's object ends at a comma or an adjunct of time",
		"Clinton criticized the plan after the debate, calling it reckless.",
		[][]string{{"E1", "PERSON", "Hillary Clinton", "", "Clinton"}},
		[]want{
			{herald.Indirect, "the plan", "E1", "criticized"},
			{herald.Indirect, "it reckless", "E1", "calling"}}},
	{"a weak verb after a common noun that is its subject",
		"A new poll shows that Clinton leads in Ohio.",
		[][]string{{"E1", "PERSON", "Hillary Clinton", "", "Clinton"}},
		[]want{{herald.Indirect, "Clinton leads in Ohio", "", "shows"}}},
	{"a compound noun is no subject",
		"His campaign claims were false.",
		nil, nil},
	{"noun cue with a that clause, the noun phrase the subject",
		"However, Trump's claim that the war would end in a day has proven false.",
		[][]string{{"E1", "PERSON", "Donald Trump", "", "Trump"}},
		[]want{{herald.Indirect, "the war would end in a day", "E1", "claim"}}},
	{"noun cue with an object",
		"Trump spoke on Friday. His criticism of the deal was sharp.",
		[][]string{{"E1", "PERSON", "Donald Trump", "", "Trump", "His"}},
		[]want{{herald.Indirect, "the deal", "E1", "criticism of"}}},
	{"a second statement after but with its own subject",
		"Rendell said the rules should change, but he said that discussion should wait.",
		[][]string{{"E1", "PERSON", "Ed Rendell", "", "Rendell", "he"}},
		[]want{
			{herald.Indirect, "the rules should change", "E1", "said"},
			{herald.Indirect, "discussion should wait", "E1", "said"}}},
	{"a relative clause stays in the content",
		"Mook said the candidate would recover from pneumonia, which forced her to leave early.",
		[][]string{{"E1", "PERSON", "Robby Mook", "", "Mook"}},
		[]want{{herald.Indirect, "the candidate would recover from pneumonia, which forced her to leave early", "E1", "said"}}},
	{"an unnamed group speaks through its own entity",
		"Officials said the talks had stalled.",
		[][]string{{"E1", "PERSON", "Officials", "", "Officials"}},
		[]want{{herald.Indirect, "the talks had stalled", "E1", "said"}}},
	{"passive with its agent: the subject is the content",
		"The registration issue was first reported by The Washington Post.",
		[][]string{{"E1", "ORG", "The Washington Post", "", "Washington Post"}},
		[]want{{herald.Indirect, "The registration issue", "E1", "reported"}}},
	{"a verb of hoping with an infinitive",
		"Clarke hopes to offset the emissions.",
		[][]string{{"E1", "PERSON", "Tom Clarke", "", "Clarke"}},
		[]want{{herald.Indirect, "to offset the emissions", "E1", "hopes"}}},
	{"headline with a colon",
		"Lavrov: Talks with Kyiv will resume\nMOSCOW talks went on.",
		[][]string{{"E1", "PERSON", "Sergei Lavrov", "", "Lavrov"}},
		[]want{{herald.Indirect, "Talks with Kyiv will resume", "E1", ":"}}},
	{"a headline in title case",
		"Sanders Says He Will Stay In The Race\nThe senator spoke on Friday.",
		[][]string{{"E1", "PERSON", "Bernie Sanders", "", "Sanders"}},
		[]want{{herald.Indirect, "He Will Stay In The Race", "E1", "Says"}}},
	{"what seems so: from the subject on, with no speaker",
		"Support for the deal among Republican voters appears to be slipping, Trump said.",
		nil,
		[]want{{herald.Indirect, "Support for the deal among Republican voters appears to be slipping", "", "appears"}}},
	{"what is expected: the clause ends at an adjunct",
		"Trump is widely expected to win the state after a strong debate.",
		[][]string{{"E1", "PERSON", "Donald Trump", "", "Trump"}},
		[]want{{herald.Indirect, "Trump is widely expected to win the state", "", "expected"}}},
	{"seeming to say is the verb of saying's",
		"Clinton seemed to suggest that the deal was dead.",
		[][]string{{"E1", "PERSON", "Hillary Clinton", "", "Clinton"}},
		[]want{{herald.Indirect, "the deal was dead", "E1", "suggest"}}},
	{"what is commonly held: the passive of regard without its agent",
		"The party committee is widely seen as aligned with Clinton.",
		nil,
		[]want{{herald.Indirect, "The party committee is widely seen as aligned with Clinton", "", "seen"}}},
	{"declined reports a refusal only before to",
		"Sales declined 3 percent, the company said. Ryan declined to comment.",
		[][]string{{"E1", "PERSON", "Paul Ryan", "", "Ryan"}},
		[]want{
			{herald.Indirect, "Sales declined 3 percent", "", "said"},
			{herald.Indirect, "to comment", "E1", "declined"}}},
	{"made it clear: a verb of saying with its particle",
		"Ham made it clear that he had misgivings. Ham made a cake.",
		[][]string{{"E1", "PERSON", "Carter Ham", "", "Ham", "Ham#2"}},
		[]want{{herald.Indirect, "he had misgivings", "E1", "made it clear"}}},
	{"the preposition after the verb is no part of the content",
		"Sanders complained about the media.",
		[][]string{{"E1", "PERSON", "Bernie Sanders", "", "Sanders"}},
		[]want{{herald.Indirect, "the media", "E1", "complained"}}},
	{"a headline quoting in title case after a colon",
		"Gillibrand on Clinton Releasing Her Speeches: ‘I Think She Will.’\nThe senator spoke on Friday.",
		[][]string{{"E1", "PERSON", "Kirsten Gillibrand", "", "Gillibrand"}},
		[]want{{herald.Direct, "I Think She Will.", "E1", ":"}}},
	{"a participle of describing after an auxiliary",
		"Clinton is calling for the United States to step up its efforts.",
		[][]string{{"E1", "PERSON", "Hillary Clinton", "", "Clinton"}},
		[]want{{herald.Indirect, "the United States to step up its efforts", "E1", "calling for"}}},
	{"a question put by someone unnamed",
		"When asked whether he would endorse Trump, Ryan smiled.",
		[][]string{{"E1", "PERSON", "Paul Ryan", "", "Ryan"}},
		[]want{{herald.Indirect, "whether he would endorse Trump", "", "asked"}}},
	{"a verb of regard with as",
		"Mr. Obama sees Mr. Netanyahu as an obstacle. Voters see the crowd.",
		[][]string{{"E1", "PERSON", "Barack Obama", "", "Obama"}},
		[]want{{herald.Indirect, "Mr. Netanyahu as an obstacle", "E1", "sees"}}},
	{"a fronted clause ends at its comma",
		"While they claim to have brought new voters, turnout has been lower.",
		nil,
		[]want{{herald.Indirect, "to have brought new voters", "", "claim"}}},
	{"according to X inside the sentence: one content either side",
		"At the heart of the trouble, according to two aides, was a decision by Obama.",
		nil,
		[]want{{herald.Indirect, "At the heart of the trouble, according to two aides, was a decision by Obama", "", "according to"}}},
	{"a name before a participle of describing",
		"Democrats went further, with Martin O'Malley calling Trump a fascist.",
		[][]string{{"E1", "PERSON", "Martin O'Malley", "", "Martin O'Malley"}},
		[]want{{herald.Indirect, "Trump a fascist", "E1", "calling"}}},
}

// TestShapes checks one case of each quote shape the stage reads.
func TestShapes(t *testing.T) {
	types := map[string]herald.EntityType{"PERSON": herald.Person, "ORG": herald.Organization, "GPE": herald.GPE}
	for _, tc := range shapes {
		t.Run(tc.name, func(t *testing.T) {
			var ents []herald.Entity
			for _, e := range tc.ents {
				ents = append(ents, entity(t, tc.text, e[0], e[2], types[e[1]], e[3], e[4:]...))
			}
			doc := newDoc(t, tc.text, ents)
			got := run(t, doc)
			checkQuotes(t, doc)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d quotes, want %d:\n%s", len(got), len(tc.want), show(tc.text, ents, got))
			}
			for i, w := range tc.want {
				q := got[i]
				if q.Kind != w.kind || q.In(tc.text) != w.content || q.Speaker != w.speaker || q.Cue.In(tc.text) != w.cue {
					t.Errorf("quote %d: got %s %q by %q cue %q, want %s %q by %q cue %q",
						i, q.Kind, q.In(tc.text), q.Speaker, q.Cue.In(tc.text), w.kind, w.content, w.speaker, w.cue)
				}
			}
		})
	}
}

// TestSource checks that an anonymous speaker is kept as the source span,
// inside the stage, when no entity names it.
func TestSource(t *testing.T) {
	text := "Talks will resume, according to a senior Russian official involved in negotiations."
	doc := newDoc(t, text, nil)
	a := newAnalysis(doc)
	if err := a.run(t.Context()); err != nil {
		t.Fatal(err)
	}
	if len(a.found) != 1 {
		t.Fatalf("got %d quotes, want 1", len(a.found))
	}
	f := a.found[0]
	if got, want := f.source.In(text), "a senior Russian official involved in negotiations"; got != want {
		t.Errorf("source %q, want %q", got, want)
	}
	if f.speaker != "" {
		t.Errorf("speaker %q, want none", f.speaker)
	}
}
