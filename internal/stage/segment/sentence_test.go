package segment

import "testing"

// TestSentencesAbbreviations checks sentence ends after abbreviations and
// initials.
func TestSentencesAbbreviations(t *testing.T) {
	checkSentences(t, []sentenceCase{
		{"titles", "Mr. Smith met Dr. Jones, Gen. Lee and Lt. Col. Park at St. Paul's.",
			[]string{"Mr. Smith met Dr. Jones, Gen. Lee and Lt. Col. Park at St. Paul's."}},
		{"political titles", "Sen. Warren, Rep. Jeffries, Gov. Hochul and Pres. Lula spoke.",
			[]string{"Sen. Warren, Rep. Jeffries, Gov. Hochul and Pres. Lula spoke."}},
		{"company before comma", "Its rival, Acme Inc., grew. Beta Corp., a bank, did not.",
			[]string{"Its rival, Acme Inc., grew.", "Beta Corp., a bank, did not."}},
		{"company before name", "Shares of Apple Inc. Chief Executive Tim Cook rose.",
			[]string{"Shares of Apple Inc. Chief Executive Tim Cook rose."}},
		{"company at the end", "He joined Acme Corp. The company makes rockets.",
			[]string{"He joined Acme Corp.", "The company makes rockets."}},
		{"company Ltd. and Co.", "The deal with Orion Ltd. and Hale Co. closed. They paid cash.",
			[]string{"The deal with Orion Ltd. and Hale Co. closed.", "They paid cash."}},
		{"No. before a number", "He was the No. 2 official in the party.",
			[]string{"He was the No. 2 official in the party."}},
		{"no. as a word", "He said no. The talks failed.", []string{"He said no.", "The talks failed."}},
		{"month before a day", "The talks were held on Sept. 11, 2001, and on Jan. 5 in Geneva.",
			[]string{"The talks were held on Sept. 11, 2001, and on Jan. 5 in Geneva."}},
		{"month at the end", "Inflation hit 3.4% in Jan. Economists expected less.",
			[]string{"Inflation hit 3.4% in Jan.", "Economists expected less."}},
		{"street", "He works on Wall St. Analysts there agree. St. Louis is far.",
			[]string{"He works on Wall St.", "Analysts there agree.", "St. Louis is far."}},
		{"month and year", "The law took effect in Jan. 2025. He signed it.",
			[]string{"The law took effect in Jan. 2025.", "He signed it."}},
		{"Feb. and Aug.", "Trade fell between Feb. 3 and Aug. 30. Exports rose.",
			[]string{"Trade fell between Feb. 3 and Aug. 30.", "Exports rose."}},
		{"U.K. U.N. E.U.", "The U.K. and the U.N. agreed. The E.U. did not.",
			[]string{"The U.K. and the U.N. agreed.", "The E.U. did not."}},
		{"U.S. at the end", "Most of the money stays in the U.S. The president said so.",
			[]string{"Most of the money stays in the U.S.", "The president said so."}},
		{"U.S. Senate", "A bill passed the U.S. Senate on Tuesday.",
			[]string{"A bill passed the U.S. Senate on Tuesday."}},
		{"U.S. at the end of the text", "Sanctions were imposed by the U.S.",
			[]string{"Sanctions were imposed by the U.S."}},
		{"a.m. and p.m.", "They met at 10 a.m. on Monday and left at 4 p.m. They flew home.",
			[]string{"They met at 10 a.m. on Monday and left at 4 p.m.", "They flew home."}},
		{"etc.", "He cited books, papers, etc. Nobody read them.",
			[]string{"He cited books, papers, etc.", "Nobody read them."}},
		{"vs.", "It was Acme vs. Orion in court.", []string{"It was Acme vs. Orion in court."}},
		{"e.g. and i.e.", "Some states, e.g. France, agreed, i.e. They signed.",
			[]string{"Some states, e.g. France, agreed, i.e. They signed."}},
		{"initial", "John F. Kennedy was shot in 1963.", []string{"John F. Kennedy was shot in 1963."}},
		{"initials glued", "J.R.R. Tolkien wrote it. It sold well.",
			[]string{"J.R.R. Tolkien wrote it.", "It sold well."}},
		{"initials spaced", "The novel by J. R. R. Tolkien sold well.",
			[]string{"The novel by J. R. R. Tolkien sold well."}},
		{"initial at the start", "W. Smith resigned.", []string{"W. Smith resigned."}},
		{"letter at the end", "He got a grade of A. The class was hard.",
			[]string{"He got a grade of A.", "The class was hard."}},
	})
}

// TestSentencesNumbers checks sentence ends around numbers.
func TestSentencesNumbers(t *testing.T) {
	checkSentences(t, []sentenceCase{
		{"decimals and thousands", "Growth was 3.5 percent. Prices rose 1,200 points.",
			[]string{"Growth was 3.5 percent.", "Prices rose 1,200 points."}},
		{"number ends a sentence", "The toll rose to 52. Rescue work goes on.",
			[]string{"The toll rose to 52.", "Rescue work goes on."}},
		{"number begins a sentence", "He left. 20 people stayed.", []string{"He left.", "20 people stayed."}},
	})
}

// TestSentencesPunctuation checks sentence ends around terminators, quotes,
// brackets, ellipses, URLs and e-mail addresses.
func TestSentencesPunctuation(t *testing.T) {
	checkSentences(t, []sentenceCase{
		{"empty", "", []string{}},
		{"white space only", " \n\t ", []string{}},
		{"no terminator", "Talks go on", []string{"Talks go on"}},
		{"surrounding space", "  One.  Two.  ", []string{"One.", "Two."}},
		{"ellipsis inside", "He paused... then went on.", []string{"He paused... then went on."}},
		{"ellipsis character inside", "He paused… then went on.", []string{"He paused… then went on."}},
		{"ellipsis at the end", "It ended… The crowd left.", []string{"It ended…", "The crowd left."}},
		{"ellipsis before a name", "He thought of ... Paris.", []string{"He thought of ... Paris."}},
		{"curly quotes", "“We will win,” he said. “The war is over.”",
			[]string{"“We will win,” he said.", "“The war is over.”"}},
		{"curly quote after period", "She called it “historic.” Then she left.",
			[]string{"She called it “historic.”", "Then she left."}},
		{"straight quote after period", `He said, "It is over." Then he left.`,
			[]string{`He said, "It is over."`, "Then he left."}},
		{"period inside parentheses", "(The vote was close.) Next came the budget.",
			[]string{"(The vote was close.)", "Next came the budget."}},
		{"period before single quote", "She said 'enough.' Then she left.",
			[]string{"She said 'enough.'", "Then she left."}},
		{"question before lower case", "'Why?' she asked.", []string{"'Why?' she asked."}},
		{"curly question before lower case", "“Why now?” she asked. “Why not?”",
			[]string{"“Why now?” she asked.", "“Why not?”"}},
		{"exclamation before lower case", "“Now!” he shouted.", []string{"“Now!” he shouted."}},
		{"question at the end", "Why? Because it works.", []string{"Why?", "Because it works."}},
		{"url", "See https://example.com/a.b?x=1. Then call.",
			[]string{"See https://example.com/a.b?x=1.", "Then call."}},
		{"url in parentheses", "Read it (https://en.wikipedia.org/wiki/Foo_(bar)). It helps.",
			[]string{"Read it (https://en.wikipedia.org/wiki/Foo_(bar)).", "It helps."}},
		{"www address", "Visit www.example.com. Tickets sell fast.",
			[]string{"Visit www.example.com.", "Tickets sell fast."}},
		{"e-mail", "Mail info@example.co.uk. We reply.", []string{"Mail info@example.co.uk.", "We reply."}},
		{"domain inside", "Shares of Amazon.com rose.", []string{"Shares of Amazon.com rose."}},
		{"emoji after period", "Peace is near. 🕊️ Talks resume.", []string{"Peace is near.", "🕊️ Talks resume."}},
		{"bullets", "Two items. • First one • Second one", []string{"Two items.", "• First one • Second one"}},
		{"hashtag", "Talks resume. #Ukraine trends.", []string{"Talks resume.", "#Ukraine trends."}},
	})
}

// TestSentencesLines checks sentence ends at line breaks: headlines, tables,
// hard-wrapped text and CoNLL-style text.
func TestSentencesLines(t *testing.T) {
	checkSentences(t, []sentenceCase{
		{"headline line", "Russia and Ukraine talk\nThe talks began on Monday. They ended late.",
			[]string{"Russia and Ukraine talk", "The talks began on Monday.", "They ended late."}},
		{"title line after text", "The talks began.\nWhat comes next\nNobody knows.",
			[]string{"The talks began.", "What comes next", "Nobody knows."}},
		{"blank line", "First paragraph without a stop\n\nsecond paragraph in lower case.",
			[]string{"First paragraph without a stop", "second paragraph in lower case."}},
		{"line ends with a comma", "Players: Smith, Jones, Brown,\nWhite, Green.",
			[]string{"Players: Smith, Jones, Brown,", "White, Green."}},
		{"lower-case line goes on", "The talks, which began on Monday,\nwent on late. Then\nthey stopped",
			[]string{"The talks, which began on Monday,\nwent on late.", "Then", "they stopped"}},
		{"table rows", "W L PCT\nATLANTA 83 49 .629\nMONTREAL 71 61 .538",
			[]string{"W L PCT", "ATLANTA 83 49 .629", "MONTREAL 71 61 .538"}},
		{"hard-wrapped text", "The central bank said on Tuesday that it would keep its main\nrate unchanged for the third month in a row, citing the\nweak recovery in Europe and the United States. Analysts had\nexpected the decision, which came after the Fed said it\nwould wait.\nMarkets rose.",
			[]string{"The central bank said on Tuesday that it would keep its main\nrate unchanged for the third month in a row, citing the\nweak recovery in Europe and the United States.",
				"Analysts had\nexpected the decision, which came after the Fed said it\nwould wait.", "Markets rose."}},
		{"hard-wrapped text with a title", "Bank holds rates\nThe central bank said on Tuesday that it would keep its main\nrate unchanged for the third month in a row, citing the\nweak recovery in Europe and the United States, and said\nPresident Smith would speak later in the week about it.",
			[]string{"Bank holds rates", "The central bank said on Tuesday that it would keep its main\nrate unchanged for the third month in a row, citing the\nweak recovery in Europe and the United States, and said\nPresident Smith would speak later in the week about it."}},
		{"abbreviation at the end of a line", "He works at Acme Inc.\nHis wife works at Orion.",
			[]string{"He works at Acme Inc.", "His wife works at Orion."}},
		{"title at the end of a line", "The letter was signed by Mr.\nSmith yesterday.",
			[]string{"The letter was signed by Mr.\nSmith yesterday."}},
		{"crlf lines", "Headline here\r\nBody text. More text.\r\n",
			[]string{"Headline here", "Body text.", "More text."}},
		{"conll spaced period", "U.N. official Ekeus heads for Baghdad .\nRussia 's Lebed says peace in Chechnya .",
			[]string{"U.N. official Ekeus heads for Baghdad .", "Russia 's Lebed says peace in Chechnya ."}},
		{"conll spaced sentences", "He rejected the plan . The talks failed .",
			[]string{"He rejected the plan .", "The talks failed ."}},
		{"conll quotes", `He said the advice was clear . " We do n't support it , " the spokesman said . " It is wrong . " He left .`,
			[]string{`He said the advice was clear .`, `" We do n't support it , " the spokesman said .`, `" It is wrong . "`, "He left ."}},
	})
}

// TestSentencesScripts checks sentence ends around scripts other than Latin.
func TestSentencesScripts(t *testing.T) {
	checkSentences(t, []sentenceCase{
		{"unicode upper case", "Le café ferme. Ça va? Über alles.",
			[]string{"Le café ferme.", "Ça va?", "Über alles."}},
		{"cyrillic", "Москва заявила. Киев ответил.", []string{"Москва заявила.", "Киев ответил."}},
		{"chinese", "北京下雨。上海晴天。", []string{"北京下雨。", "上海晴天。"}},
		{"arabic question mark", "هل جاء؟ نعم.", []string{"هل جاء؟", "نعم."}},
	})
}
