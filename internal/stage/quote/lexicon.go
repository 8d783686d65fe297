package quote

import "strings"

// A verbClass says how a reporting verb takes its speaker and content.
type verbClass uint8

// Verb classes.
const (
	vNone     verbClass = iota
	vSay                // X said (that) C; C, X said; "C," said X
	vTell               // X told Y (that) C: an object before the content
	vAsk                // X asked (Y) whether C
	vDescribe           // X described Y as C; X called Y "C"
	vThink              // X believes (that) C: thought rather than speech
	vStance             // X criticized Y for C: a stance taken, content after the verb only
)

// A form is the inflection of a verb.
type form uint8

// Verb forms. Past participles that differ from the simple past
// ("written") are fPart; the rest of the past tense is fPast, which can be
// either.
const (
	fBase form = iota
	fThird
	fPast
	fPart
	fIng
)

// A cueWord is what the lexicon knows of one inflected reporting verb.
type cueWord struct {
	class verbClass
	form  form
	// weak marks forms that are as often nouns or adjectives ("claims",
	// "calls", "notes"): they are cues only right after a subject.
	weak bool
	// particles are the words, separated by "|", one of which must
	// follow for the verb to report speech, as "out" in "pointed out".
	particles string
}

// verbs lists the reporting verbs: base, third person, past, [past
// participle,] -ing form. A "~" before a form marks it weak, and "-"
// stands for a form that is no cue at all, being a noun far more often
// ("the states", "his emails"). A "+word" at the end names the particles,
// one of which is required.
var verbs = []struct {
	class verbClass
	forms []string
}{
	{vSay, []string{
		"say says said saying",
		"add adds added adding",
		"~claim ~claims claimed claiming",
		"insist insists insisted insisting",
		"argue argues argued arguing",
		"deny denies denied denying",
		"confirm confirms confirmed confirming",
		"acknowledge acknowledges acknowledged acknowledging",
		"~note ~notes noted noting",
		"write writes wrote written writing",
		"~post ~posts posted posting",
		"~tweet ~tweets tweeted tweeting",
		"announce announces announced announcing",
		"- - stated stating",
		"~stress stresses stressed stressing",
		"explain explains explained explaining",
		"declare declares declared declaring",
		"assert asserts asserted asserting",
		"contend contends contended contending",
		"~maintain maintains maintained maintaining",
		"suggest suggests suggested suggesting",
		"~report ~reports ~reported -",
		"~reply replies replied replying",
		"~respond responds responded responding",
		"~answer ~answers answered answering",
		"admit admits admitted admitting",
		"~make ~makes ~made ~making +clear",
		"concede concedes conceded conceding",
		"recall recalls recalled recalling",
		"predict predicts predicted predicting",
		"~promise ~promises promised promising",
		"~vow ~vows vowed vowing",
		"~pledge ~pledges pledged pledging",
		"~complain complains complained complaining",
		"boast boasts boasted boasting",
		"brag brags bragged bragging",
		"~remark ~remarks remarked remarking",
		"~comment ~comments commented commenting",
		"observe observes observed observing",
		"emphasize emphasizes emphasized emphasizing",
		"emphasise emphasises emphasised emphasising",
		"reiterate reiterates reiterated reiterating",
		"~repeat repeats repeated repeating",
		"reveal reveals revealed revealing",
		"disclose discloses disclosed disclosing",
		"testify testifies testified testifying",
		"allege alleges ~alleged alleging",
		"~counter ~counters countered countering",
		"retort retorts retorted retorting",
		"~quip ~quips quipped quipping",
		"~joke ~jokes joked joking",
		"muse muses mused musing",
		"conclude concludes concluded concluding",
		"indicate indicates indicated indicating",
		"mention mentions mentioned mentioning",
		"speculate speculates speculated speculating",
		"proclaim proclaims proclaimed proclaiming",
		"affirm affirms affirmed affirming",
		"underline underlines underlined underlining",
		"underscore underscores underscored underscoring",
		"~hint ~hints hinted hinting",
		"lament laments lamented lamenting",
		"recount recounts recounted recounting",
		"clarify clarifies clarified clarifying",
		"exclaim exclaims exclaimed exclaiming",
		"~shout ~shouts shouted shouting",
		"~whisper ~whispers whispered whispering",
		"scoff scoffs scoffed scoffing",
		"~caution cautions cautioned cautioning",
		"~forecast ~forecasts forecast forecasting",
		"~estimate ~estimates estimated estimating",
		"~signal ~signals signaled signaling",
		"~signal ~signals signalled signalling",
		"~point ~points pointed pointing +out|to",
		"~continue ~continues ~continued ~continuing +:",
		"~echo echoes echoed echoing",
		"~talk ~talks talked talking +about|of",
		"~speak speaks spoke spoken speaking +about|of|out",
		"~weigh ~weighs weighed weighing +in",
		"confess confesses confessed confessing",
		"~blog ~blogs blogged blogging",
		"~text ~texts texted texting",
		"- - emailed emailing",
		"- - e-mailed e-mailing",
		"~demand ~demands demanded demanding",
		"~threaten threatens threatened threatening",
		"~agree agrees agreed agreeing",
		"~concur concurs concurred concurring",
		"~specify specifies specified specifying",
		"~elaborate elaborates elaborated elaborating",
		"~complain complains complained complaining",
		"~predict predicts predicted predicting",
		"~guarantee ~guarantees guaranteed guaranteeing",
		"~charge ~charges charged charging",
		"~accuse accuses accused accusing",
		"imply implies implied implying",
		"~retweet ~retweets retweeted retweeting",
		"~quote ~quotes quoted quoting",
		"~plead pleads pleaded pleading",
		"~chant ~chants chanted chanting",
		"~yell ~yells yelled yelling",
		"interject interjects interjected interjecting",
		"opine opines opined opining",
		"utter utters uttered uttering",
		"reaffirm reaffirms reaffirmed reaffirming",
		"~rebut ~rebuts rebutted rebutting",
		"~allude alludes alluded alluding +to",
	}},
	{vTell, []string{
		"tell tells told telling",
		"inform informs informed informing",
		"assure assures assured assuring",
		"remind reminds reminded reminding",
		"~advise advises advised advising",
		"notify notifies notified notifying",
		"warn warns warned warning",
		"~brief ~briefs briefed briefing",
		"~promise ~promises promised promising",
	}},
	{vAsk, []string{
		"ask asks asked asking",
		"wonder wonders wondered wondering",
		"inquire inquires inquired inquiring",
		"enquire enquires enquired enquiring",
		"~question ~questions questioned questioning",
	}},
	{vDescribe, []string{
		"describe describes described describing",
		"characterize characterizes characterized characterizing",
		"characterise characterises characterised characterising",
		"~call ~calls ~called ~calling",
		"~label ~labels labeled labeling",
		"~label ~labels labelled labelling",
		"~dub ~dubs ~dubbed ~dubbing",
		"~brand ~brands branded branding",
		"portray portrays portrayed portraying",
		"depict depicts depicted depicting",
		"~term ~terms termed terming",
		"~see ~sees ~saw - ~seeing",
		"~view ~views viewed viewing",
		"~regard ~regards regarded regarding",
	}},
	{vStance, []string{
		"endorse endorses endorsed endorsing",
		"~support ~supports supported supporting",
		"- ~backs backed backing",
		"oppose opposes opposed opposing",
		"criticize criticizes criticized criticizing",
		"criticise criticises criticised criticising",
		"~praise ~praises praised praising",
		"- - attacked attacking",
		"defend defends defended defending",
		"urge urges urged urging",
		"propose proposes proposed proposing",
		"reject rejects rejected rejecting",
		"denounce denounces denounced denouncing",
		"~blast ~blasts blasted blasting",
		"~mock ~mocks mocked mocking",
		"~blame ~blames blamed blaming",
		"dismiss dismisses dismissed dismissing",
		"condemn condemns condemned condemning",
		"~slam ~slams slammed slamming",
		"applaud applauds applauded applauding",
		"~welcome ~welcomes welcomed welcoming",
		"decline declines declined declining",
		"refuse refuses refused refusing",
		"~want wants wanted wanting",
		"~plan ~plans planned planning",
		"seek seeks sought seeking",
		"~show ~shows showed shown showing",
		"- ~finds ~found -",
		"~cite ~cites cited citing",
		"~refer refers referred referring +to",
		"- ~focuses focused focusing +on",
		"~question ~questions questioned questioning",
		"~challenge ~challenges challenged challenging",
		"~demand ~demands demanded demanding",
		"~request ~requests requested requesting",
		"express expresses expressed expressing",
		"~voice ~voices voiced voicing",
		"- - offered offering",
		"discuss discusses discussed discussing",
		"~order ~orders ordered ordering",
		"decry decries decried decrying",
		"~highlight ~highlights highlighted highlighting",
		"tout touts touted touting",
		"~rail ~rails railed railing +against",
		"encourage encourages encouraged encouraging",
		"~thank ~thanks thanked thanking",
		"assail assails assailed assailing",
		"recommend recommends recommended recommending",
		"~champion ~champions championed championing",
		"bemoan bemoans bemoaned bemoaning",
		"invoke invokes invoked invoking",
		"liken likens likened likening",
		"~approve approves approved approving",
		"lambaste lambastes lambasted lambasting",
		"~rebuke ~rebukes rebuked rebuking",
		"deride derides derided deriding",
		"~detail ~details detailed detailing",
		"unveil unveils unveiled unveiling",
		"~outline ~outlines outlined outlining",
		"~hail ~hails hailed hailing",
		"congratulate congratulates congratulated congratulating",
		"articulate articulates articulated articulating",
		"advocate advocates advocated advocating",
		"rebuff rebuffs rebuffed rebuffing",
		"~credit ~credits credited crediting",
		"chide chides chided chiding",
		"downplay downplays downplayed downplaying",
		"~lash ~lashes lashed lashing +out",
		"disavow disavows disavowed disavowing",
		"contradict contradicts contradicted contradicting",
		"~vouch vouches vouched vouching +for",
		"~push pushes pushed pushing +for",
	}},
	{vThink, []string{
		"believe believes believed believing",
		"~think thinks thought thinking",
		"~fear ~fears feared fearing",
		"~hope ~hopes hoped hoping",
		"~expect expects expected expecting",
		"~worry worries worried worrying",
		"~doubt ~doubts doubted doubting",
		"~suspect ~suspects suspected suspecting",
		"~feel feels felt feeling",
		"~know knows knew known knowing",
	}},
}

// lexicon maps each inflected reporting verb, in lower case, to what it
// is. It is built once and only read.
var lexicon = buildLexicon()

// buildLexicon expands verbs into a map. Where two entries share a form
// the first wins, so a verb listed under vSay and vTell is a vSay verb in
// the forms that vSay lists.
func buildLexicon() map[string]cueWord {
	m := make(map[string]cueWord, 600)
	for _, group := range verbs {
		for _, line := range group.forms {
			fields := strings.Fields(line)
			particle := ""
			if last := fields[len(fields)-1]; strings.HasPrefix(last, "+") {
				particle = last[1:]
				fields = fields[:len(fields)-1]
			}
			for i, f := range fields {
				w := cueWord{class: group.class, form: formAt(i, len(fields)), particles: particle}
				if f == "-" {
					continue
				}
				if strings.HasPrefix(f, "~") {
					f = f[1:]
					w.weak = true
				}
				if _, dup := m[f]; !dup {
					m[f] = w
				}
			}
		}
	}
	return m
}

// formAt returns the form of the i-th of n listed forms: four forms are
// base, third, past and -ing; five add the participle before -ing.
func formAt(i, n int) form {
	switch {
	case i < 3:
		return form(i)
	case i == 3 && n == 5:
		return fPart
	}
	return fIng
}
