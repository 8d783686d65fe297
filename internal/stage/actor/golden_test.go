package actor

import (
	"slices"
	"strings"
	"testing"
)

// A golden case is a text and entities that the stage must produce for it,
// each written as describe writes it: Name TYPE ACTOR "Role" [mentions];
// "!name" says that no entity's name may contain name.
type golden struct {
	text string
	want []string
}

// checkGolden runs the stages on each case, dated like the seed.
func checkGolden(t *testing.T, cases []golden) {
	t.Helper()
	for _, c := range cases {
		doc := analyse(t, stage(t), c.text, seedDate)
		var got []string
		for _, e := range doc.Entities {
			got = append(got, describe(doc, e))
		}
		for _, w := range c.want {
			if name, ok := strings.CutPrefix(w, "!"); ok {
				for _, e := range doc.Entities {
					if strings.Contains(strings.ToLower(e.Name), strings.ToLower(name)) {
						t.Errorf("%s\nunwanted %s", c.text, describe(doc, e))
					}
				}
				continue
			}
			if !slices.Contains(got, w) {
				t.Errorf("%s\nmissing %s\ngot:\n  %s", c.text, w, joinLines(got))
			}
		}
	}
}

func joinLines(ss []string) string {
	out := ""
	for i, s := range ss {
		if i > 0 {
			out += "\n  "
		}
		out += s
	}
	return out
}

func TestTitles(t *testing.T) {
	checkGolden(t, []golden{
		{"Russian President Vladimir Putin met US special envoy Steve Witkoff in Moscow.", []string{
			`Vladimir Putin PERSON RUSGOV "Russian President" [Vladimir Putin]`,
			`Steve Witkoff PERSON USAGOV "US special envoy" [Steve Witkoff]`,
			`Russia GPE RUS [Russian/demonym]`,
			`Moscow GPE - [Moscow]`,
		}},
		{"Israeli Prime Minister Benjamin Netanyahu spoke to French President Emmanuel Macron and German Chancellor Friedrich Merz.", []string{
			`Benjamin Netanyahu PERSON ISRGOV "Israeli Prime Minister" [Benjamin Netanyahu]`,
			`Emmanuel Macron PERSON FRAGOV "French President" [Emmanuel Macron]`,
			`Friedrich Merz PERSON DEUGOV "German Chancellor" [Friedrich Merz]`,
		}},
		{"UN Secretary-General António Guterres met U.S. Secretary of State Marco Rubio and Vice-President JD Vance.", []string{
			`António Guterres PERSON IGOUNO "UN Secretary-General" [António Guterres]`,
			`Marco Rubio PERSON USAGOV "U.S. Secretary of State" [Marco Rubio]`,
			`JD Vance PERSON USAGOV "Vice-President" [JD Vance]`,
			`UN ORG IGOUNO [UN]`,
		}},
		{"Nigerian junior foreign minister Ana Oduya summoned the ambassador.", []string{
			`Ana Oduya PERSON NGAGOV "Nigerian junior foreign minister" [Ana Oduya]`,
		}},
		{"Former President Joe Biden criticised President Trump.", []string{
			`Joe Biden PERSON USAELI "Former President" [Joe Biden]`,
			`Trump PERSON USAGOV "President" [Trump]`,
		}},
		{"Kremlin spokesman Dmitry Peskov said talks would continue.", []string{
			`Dmitry Peskov PERSON RUSGOV "Kremlin spokesman" [Dmitry Peskov]`,
		}},
		{"Hamas leader Yahya Sinwar was killed, the Israeli military said.", []string{
			`Yahya Sinwar PERSON PSEREB "Hamas leader" [Yahya Sinwar]`,
			`the Israeli military ORG ISRMIL "Israeli military" [the Israeli military/nominal]`,
		}},
		{"King Abdullah II of Jordan met Egyptian officials in Cairo.", []string{
			`Abdullah II PERSON JORGOV "King" [Abdullah II]`,
			`Egyptian officials PERSON EGYGOV "Egyptian officials" [Egyptian officials/nominal]`,
		}},
		{"Senator Lindsey Graham said the president had spoken to him.", []string{
			`Lindsey Graham PERSON USALEG "Senator" [Lindsey Graham, him/pronoun]`,
		}},
		// A title inside the recogniser's name is taken out; a regnal number taken in.
		{"Pope Leo XIV urged peace. He met Italian Prime Minister Giorgia Meloni, who praised his words.", []string{
			`Leo XIV PERSON VATGOV "Pope" [Leo XIV, He/pronoun, his/pronoun]`,
			`Giorgia Meloni PERSON ITAGOV "Italian Prime Minister" [Giorgia Meloni, who/pronoun]`,
		}},
		{"Palestinian Authority President Mahmoud Abbas met Qatar's Emir Sheikh Tamim bin Hamad Al Thani in Doha.", []string{
			`Mahmoud Abbas PERSON PSEGOV "Palestinian Authority President" [Mahmoud Abbas]`,
			`Tamim bin Hamad Al Thani PERSON QATGOV "Qatar's Emir Sheikh" [Tamim bin Hamad Al Thani]`,
		}},
		// Titles of people herald does not know: the code comes from the title.
		{"Lithuanian Defence Minister Jonas Petraitis and rebel commander Ali Musa spoke.", []string{
			`Jonas Petraitis PERSON LTUGOV "Lithuanian Defence Minister" [Jonas Petraitis]`,
		}},
		{"Former Peruvian President Juan Perez was arrested.", []string{
			`Juan Perez PERSON PERELI "Former Peruvian President" [Juan Perez]`,
		}},
	})
}

func TestAppositions(t *testing.T) {
	checkGolden(t, []golden{
		{"Sergei Lavrov, Russia's foreign minister, said Moscow would respond.", []string{
			`Sergei Lavrov PERSON RUSGOV "Russia's foreign minister" [Sergei Lavrov]`,
			`Russia GPE RUS [Russia, Moscow]`,
		}},
		{"Russia's foreign minister, Sergei Lavrov, arrived in Ankara.", []string{
			`Sergei Lavrov PERSON RUSGOV "Russia's foreign minister" [Sergei Lavrov]`,
			`Ankara GPE - [Ankara]`,
		}},
		{"Kirill Dmitriev, a close economic adviser to Putin, praised the talks.", []string{
			`Kirill Dmitriev PERSON RUSGOV "close economic adviser to Putin" [Kirill Dmitriev]`,
			`Putin PERSON RUSGOV [Putin]`,
		}},
		{"Ngozi Okonjo-Iweala, head of the World Trade Organization, warned of tariffs.", []string{
			`Ngozi Okonjo-Iweala PERSON IGOWTO "head of the World Trade Organization" [Ngozi Okonjo-Iweala]`,
		}},
		// Not in herald's knowledge: the role alone codes them.
		{"Olga Petrova, a senior adviser to Vladimir Putin, met Jan Novak, the Czech ambassador.", []string{
			`Olga Petrova PERSON RUSGOV "senior adviser to Vladimir Putin" [Olga Petrova]`,
			`Jan Novak PERSON CZEGOV "Czech ambassador" [Jan Novak]`,
		}},
	})
}

func TestPronouns(t *testing.T) {
	checkGolden(t, []golden{
		{"Donald Trump met Vladimir Putin in Alaska. He said the talks were productive. Putin said his country wanted peace.", []string{
			`Donald Trump PERSON USAGOV [Donald Trump, He/pronoun]`,
			`Vladimir Putin PERSON RUSGOV [Vladimir Putin, Putin, his/pronoun]`,
		}},
		{"Giorgia Meloni and Keir Starmer met. She praised him.", []string{
			`Giorgia Meloni PERSON ITAGOV [Giorgia Meloni, She/pronoun]`,
			`Keir Starmer PERSON GBRGOV [Keir Starmer, him/pronoun]`,
		}},
		{"Kaja Kallas said she would visit Kyiv.", []string{
			`Kaja Kallas PERSON IGOEEC [Kaja Kallas, she/pronoun]`,
		}},
		{"Iran rejected the offer, and its foreign minister Abbas Araghchi said talks were over.", []string{
			`Iran GPE IRN [Iran, its/pronoun]`,
		}},
		// The previous sentence's subject beats the nearer person after "to".
		{"Kirill Dmitriev, a close economic adviser to Putin, described the summit as historic. Sharing an update, he wrote that dialogue would prevail.", []string{
			`Kirill Dmitriev PERSON RUSGOV "close economic adviser to Putin" [Kirill Dmitriev, he/pronoun]`,
		}},
		// A man is no antecedent of "she".
		{"Chad Johnson said she was wrong.", []string{
			`Chad Johnson PERSON - [Chad Johnson]`,
		}},
		// "Himself" goes to its own sentence's person.
		{"Trump met Putin. Since then, Zelensky has described himself as ready.", []string{
			`Zelensky PERSON UKRGOV [Zelensky, himself/pronoun]`,
		}},
	})
}

func TestNominals(t *testing.T) {
	checkGolden(t, []golden{
		{"A senior Israeli official said Hezbollah fighters had fired rockets. The official did not give details.", []string{
			`A senior Israeli official PERSON ISRGOV "senior Israeli official" [A senior Israeli official/nominal, The official/nominal]`,
			`Hezbollah fighters PERSON LBNREB "Hezbollah fighters" [Hezbollah fighters/nominal]`,
		}},
		{"Sergei Lavrov, Russia's foreign minister, said Moscow would respond. The minister added that Washington and Kyiv were wrong.", []string{
			`Sergei Lavrov PERSON RUSGOV "Russia's foreign minister" [Sergei Lavrov, The minister/nominal]`,
		}},
		{"Russian troops and Ukrainian soldiers clashed near Pokrovsk, Ukraine's army said.", []string{
			`Russian troops PERSON RUSMIL "Russian troops" [Russian troops/nominal]`,
			`Ukrainian soldiers PERSON UKRMIL "Ukrainian soldiers" [Ukrainian soldiers/nominal]`,
			`Ukraine's army ORG UKRMIL "Ukraine's army" [Ukraine's army/nominal]`,
		}},
		{"The Russian government said the US president was wrong.", []string{
			`The Russian government ORG RUSGOV "Russian government" [The Russian government/nominal]`,
			`the US president PERSON USAGOV "US president" [the US president/nominal]`,
		}},
		{"Western governments and European leaders backed Ukraine.", []string{
			`the West GPE WST [Western/demonym]`,
			`Western governments ORG WSTGOV "Western governments" [Western governments/nominal]`,
			`European leaders PERSON EURGOV "European leaders" [European leaders/nominal]`,
		}},
		{"Mark Rutte met Pete Hegseth. The NATO chief said he was confident.", []string{
			`Mark Rutte PERSON IGONAT "NATO chief" [Mark Rutte, The NATO chief/nominal, he/pronoun]`,
		}},
		// "The Russian president" is the president of the day when the text names him.
		{"Vladimir Putin spoke. Later the Russian president left.", []string{
			`Vladimir Putin PERSON RUSGOV "Russian president" [Vladimir Putin, the Russian president/nominal]`,
		}},
		{"Ukrainian President Volodymyr Zelensky met his Russian counterpart.", []string{
			`Russian counterpart PERSON RUSGOV "Russian counterpart" [Russian counterpart/nominal]`,
		}},
		// "Pro-Russian" separatists are not Russia's.
		{"Pro-Russian separatists attacked Ukrainian positions.", []string{
			`Russia GPE RUS [Russian/demonym]`,
		}},
		// A people gives its country: from the knowledge ("Yoruba") or the
		// country its name begins with ("Iraqi Kurds").
		{"A group of Yoruba leaders announced a plan.", []string{
			`Yoruba leaders PERSON NGA "Yoruba leaders" [Yoruba leaders/nominal]`,
		}},
		{"Germany hosted Iraqi Kurds, and Iraqi Kurdish fighters left.", []string{
			`Iraqi Kurds NORP IRQ [Iraqi Kurds]`,
			`Iraqi Kurdish fighters PERSON IRQREB "Iraqi Kurdish fighters" [Iraqi Kurdish fighters/nominal]`,
		}},
		// Words that only modify are no nominal; bare groups without a country are left out.
		{"Hundreds of protesters gathered outside parliament. Western military aid arrived.", []string{
			`the West GPE WST [Western/demonym]`, "!protesters", "!parliament", "!Western military",
		}},
		{"Pro-Russian separatists attacked the village, and the president did nothing.", []string{
			"!Pro-Russian separatists", "!separatists", "!president",
		}},
	})
}

// TestSpeakers checks the entities made for speakers that the text does
// not name: nominals without an anchor that speak, "they", "it" and
// "who" as speakers, and works that speak.
func TestSpeakers(t *testing.T) {
	checkGolden(t, []golden{
		// A bare group, an indefinite and a definite nominal without
		// antecedent are entities when they speak, uncoded.
		{"Officials said the talks had stalled. A spokesman told reporters the plan was dead. The campaign said it would appeal.", []string{
			`Officials PERSON - "Officials" [Officials/nominal]`,
			`A spokesman PERSON - "spokesman" [A spokesman/nominal]`,
			`The campaign ORG - "campaign" [The campaign/nominal]`,
		}},
		// "It" that speaks goes to the organisation before it.
		{"The FBI reviewed the emails. It said no charges were warranted.", []string{
			`FBI ORG USACOP [FBI, It/pronoun]`,
		}},
		// "According to" and an aside before the verb.
		{"The plan will fail, according to experts. Sources, who asked not to be named, said it was dead.", []string{
			`experts PERSON - "experts" [experts/nominal]`,
			`Sources PERSON - "Sources" [Sources/nominal, who/pronoun]`,
		}},
		// A bare group that does not speak stays out.
		{"Experts gathered in Geneva.", []string{"!Experts"}},
		// "They" goes to the plural group or organisation just before it.
		{"Ukrainian leaders met in Kyiv. They said more aid was needed.", []string{
			`Ukrainian leaders PERSON UKRGOV "Ukrainian leaders" [Ukrainian leaders/nominal, They/pronoun]`,
		}},
		// "Who" after a comma is the person before it.
		{"The bill was backed by Lindsey Graham, who said it would pass.", []string{
			`Lindsey Graham PERSON USALEG [Lindsey Graham, who/pronoun]`,
		}},
		// A work that speaks is an entity; one with its maker named is left to the maker.
		{"A new poll shows Clinton ahead. A Reuters survey found the race was close.", []string{
			`A new poll MISC - "A new poll" [A new poll/nominal]`, "!survey", "!A Reuters survey",
		}},
	})
}

func TestMetonymy(t *testing.T) {
	checkGolden(t, []golden{
		{"The Kremlin said sanctions on Moscow would fail. Washington and Kyiv rejected the claim.", []string{
			`Kremlin ORG RUSGOV [Kremlin]`,
			`Russia GPE RUS [Moscow]`,
			`United States GPE USA [Washington]`,
			`Ukraine GPE UKR [Kyiv]`,
		}},
		{"The White House and Downing Street welcomed the deal. Beijing said it was studying the text.", []string{
			`White House ORG USAGOV [White House]`,
			`Downing Street ORG GBRGOV [Downing Street]`,
			`China GPE CHN [Beijing]`,
		}},
		{"Witkoff flew to Moscow on Wednesday, and Moscow said the visit was useful.", []string{
			`Moscow GPE - [Moscow]`,
			`Russia GPE RUS [Moscow]`,
		}},
		{"Israel struck Gaza overnight, and aid groups in Gaza said 40 people died.", []string{
			`Palestine GPE PSE [Gaza]`,
			`Gaza GPE - [Gaza]`,
		}},
		// An attributive capital is a place; a surname opening a sentence is recalled.
		{"The Moscow talks ended. Putin said it was a good day.", []string{
			`Moscow GPE - [Moscow]`,
			`Putin PERSON RUSGOV [Putin]`,
		}},
		{"The EU and NATO would talk to Beijing, the Pentagon said.", []string{
			`China GPE CHN [Beijing]`,
			`Pentagon ORG USAMIL [Pentagon]`,
		}},
	})
}

func TestNamesThatArePlaces(t *testing.T) {
	checkGolden(t, []golden{
		{"Michael Jordan scored 30 points. Jordan said he was tired.", []string{
			`Michael Jordan PERSON - [Michael Jordan, Jordan, he/pronoun]`,
		}},
		{"King Abdullah of Jordan met Georgian officials in Tbilisi.", []string{
			`Jordan GPE JOR [Jordan]`,
			`Georgia GPE GEO [Georgian/demonym]`,
			`Georgian officials PERSON GEOGOV "Georgian officials" [Georgian officials/nominal]`,
		}},
		{"Georgia and Armenia signed a deal with Chad and Niger.", []string{
			`Georgia GPE GEO [Georgia]`,
			`Chad GPE TCD [Chad]`,
			`Niger GPE NER [Niger]`,
		}},
		{"Chad Johnson said Microsoft would open an office in Atlanta, Georgia.", []string{
			`Chad Johnson PERSON - [Chad Johnson]`,
			`Georgia GPE - [Georgia]`,
		}},
		{"Georgia's prime minister Irakli Kobakhidze visited Chad.", []string{
			`Irakli Kobakhidze PERSON GEOGOV "Georgia's prime minister" [Irakli Kobakhidze]`,
			`Chad GPE TCD [Chad]`,
		}},
	})
}

func TestSocialNetworkX(t *testing.T) {
	for _, text := range []string{
		"Sharing an update on X, he wrote that the meeting was historic.",
		"Musk posted on X that X would change.",
	} {
		doc := analyse(t, stage(t), text, seedDate)
		for _, e := range doc.Entities {
			if e.Name == "X" {
				t.Errorf("%s: entity %s", text, describe(doc, e))
			}
		}
	}
}

// TestAcronyms checks that an acronym in parentheses joins the long name
// whose initials it spells, and codes it when only the acronym is in
// herald's knowledge.
func TestAcronyms(t *testing.T) {
	checkGolden(t, []golden{
		{"The League urged Europe to support the Palestinian Liberation Organization (PLO) on Monday.", []string{
			`Palestinian Liberation Organization ORG PSEGOV [Palestinian Liberation Organization, PLO]`,
		}},
	})
}
