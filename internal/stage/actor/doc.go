// Package actor is herald's actor stage: it runs right after the entity
// stage and turns its names into the participants that event data needs,
// each with all its mentions, its role and a CAMEO actor code.
//
// The entity stage writes one entity per recognised name. This stage is
// the only one that rewrites Document.Entities, because it owns linking:
// it replaces them with one entity per real-world participant, numbered
// E1, E2, … in order of first mention, each with its name, pronoun and
// nominal mentions in text order. Stages after it refer to its entities by
// ID and leave the list as it is.
//
// # What it does
//
// Names. The name mentions of the entity stage are read, leaving out any
// in the dateline and the social network X ("on X"); names the recogniser
// split are mended ("Chad" "Johnson", "Okonjo" "-" "Iweala"), and names
// it missed are recalled: the surnames and names the document already has
// (the headline's "Trump-Putin"), herald's multi-word names and the user's
// dictionary names. Each name is looked up in the user's dictionaries,
// in the tables of countries, nationalities, regions and cities, and in
// herald's knowledge, which also corrects the recogniser's type ("JD
// Vance" is a person). A place name that is a person's surname in the
// document is that person ("Jordan" after "Michael Jordan"), unless a
// preposition says it is a place; "Georgia" is the US state after "the
// state of" or "Atlanta,".
//
// Roles. A person's role is read from a title before the name ("Russian
// President Vladimir Putin", "US special envoy Steve Witkoff",
// "Russia's foreign minister, Sergei Lavrov,") and from an apposition
// after it ("Kirill Dmitriev, a close economic adviser to Putin"), with
// "of COUNTRY" after either. A role has a head role word, whose role code
// comes from herald's table of role words (roles.go) or the user's agents;
// modifiers ("senior", "military", "former"); and what anchors it: a
// country or nationality, an organisation ("Kremlin spokesman", "Hamas
// leader"), or a person it depends on ("adviser to Putin" inherits Putin's
// country).
//
// Linking. Full names, surnames and a person's other names are one entity
// ("Vladimir Putin" … "Putin"); a country's names, its nationality
// adjective ("Russian") and its capital where the capital stands for the
// state ("sanctions on Moscow") are the country; a capital named as a place
// ("met Putin in Moscow") is a city entity of its own with no actor code,
// left to the place stage. Seats of government are their government ("the
// Kremlin" RUSGOV, "the White House" USAGOV, "Downing Street" GBRGOV).
// Organisations are linked by name, dictionary entry and acronym; an
// acronym in the knowledge gives its entry to a long name that has none
// and whose initials it spells ("the Palestinian Liberation Organization
// (PLO)").
//
// Nominals. Role words with no name are nominal mentions. One anchored by
// a country, organisation or person ("a senior Russian official",
// "Ukrainian leaders", "Russian troops", "the president of Armenia") is
// linked to the entity that holds that role, the text's or the office
// holder of the day that herald knows, or becomes a new entity (a person,
// or an organisation for institutions such as "the Russian government");
// one with "a" or "an" always does. A definite one without anchor ("the
// president", "the minister") goes to the nearest entity before it whose
// role has that head. One without anchor or antecedent is kept, as an
// uncoded entity of its own, only when it speaks — the subject of a verb
// of saying ("officials said", "a spokesman told reporters", "sources,
// who asked not to be named, said", "the campaign said") or the speaker
// after "according to" or an inverted verb — since an analyst wants every
// statement tied to a speaker; bare plurals with the same role are one
// entity ("officials said … officials added"). Others are left out. The
// role words include the speakers of news that have no role code
// ("source", "expert", "analyst", "candidate", "campaign", "committee").
// A poll, report, study, ad or other work that speaks ("a new poll shows",
// "the study found") is an uncoded MISC entity of its own, unless its
// phrase names its maker ("a Reuters poll", "his statement"), which then
// speaks for it.
//
// Pronouns. He, him, his and himself go to the nearest compatible person
// by salience, the subject of the pronoun's own sentence first, then the
// subject of the sentence before, then the nearest person, up to three
// sentences back, or eight for one that speaks ("she said") when three
// find no one; reflexives prefer their own sentence. She and her work
// the same way for women. A person is compatible unless a gendered title,
// given name or earlier pronoun says otherwise; groups never are. "They"
// goes to the nearest group of people, organisation or NORP group in its
// sentence or the one before. "Its" goes to the nearest organisation or
// place in its sentence, never a person; "it" is left alone unless it
// speaks ("It said …"), when it goes to the nearest organisation or
// country up to three sentences back. "Who" and "which" after a comma
// ("Graham, who said …") are mentions of the person or organisation
// before the comma.
//
// Codes. An entity's actor code is a CAMEO code: a country (ISO 3166-1
// alpha-3) or CAMEO region (WST, EUR, AFR, MEA, …) followed by role codes
// (GOV, MIL, REB, OPP, PTY, LEG, JUD, COP, SPY, BUS, MED, NGO, CVL, EDU,
// REF, ELI for former officials, …), or an international organisation's
// code (IGOUNO, IGONAT, IGOEEC, …). A dictionary entry whose dated code
// holds on the article date wins; then the role read from the text; then
// the country or region the entity is; then a code read from an
// organisation's name ("Russian Defence Ministry" RUSGOV) or from the
// country a group's name begins with ("Iraqi Kurds" IRQ, and so "Iraqi
// Kurdish fighters" IRQREB). A people that lives mostly in one country is
// in the knowledge with that country's code ("Yoruba leaders" NGA). A
// person past the end of every office the dictionary gives is coded with
// the country and ELI, one before it with the bare country.
//
// # Output
//
// Each entity has its type (PERSON, ORG, GPE, LOC, NORP, MISC; a country
// or region is GPE even when only its adjective is mentioned, a group of
// people such as "Ukrainian leaders" is PERSON, an institution ORG), its
// actor code ("" when uncoded), its role as the text gives it (herald's
// knowledge codes a person but does not set Role: "Russian President",
// "close economic adviser to Putin", "senior Russian official") and its
// mentions of every kind. Its name is its longest name mention, leaving
// out nationality adjectives and capitals standing for the state, so that
// Russia is "Russia" and not "Moscow"; an entity named only by those is
// named as its country or region ("the West" for "Western"), and one with
// no name at all by its first nominal ("a senior Russian official").
// Mentions may nest: "Russian" of "a senior Russian official" is a
// mention of Russia inside a mention of the official; a consumer looking
// for the participant of a phrase takes the longest mention.
//
// # Knowledge
//
// herald ships its own actor knowledge, current as of AsOf (2025-08):
// heads of state and government, foreign and defence ministers and other
// office holders of the G20, the permanent members of the UN Security
// Council, Ukraine, Israel, Iran, Palestine, Syria, the Gulf states and
// key African, Asian and Latin American states, with the dates of their
// offices; international organisations and their heads; seats of
// government, national institutions, armed groups, NGOs and news media;
// notable office holders and armed-group leaders of the 1970s to 2010s,
// and former names of international organisations, for older news;
// peoples that live mostly in one country. The facts were written for
// herald, in herald's dictionary format, in knowledge/. Countries,
// regions and cities are in country.go, role words in roles.go.
//
// # Dictionaries
//
// Options.Dictionaries extend and override herald's knowledge. A file
// whose first entry line has a "|" is in herald's format; any other is in
// the PETRARCH/TABARI format.
//
// herald's format has one entry a line; "#" starts a comment:
//
//	NAMES | CODE | DATES | ROLE
//	Vladimir Putin; Putin | RUSGOV | 2000-05-07..2008-05-07, 2012-05-07.. | President of Russia
//	Kremlin; the Kremlin | RUSGOV
//	spokesperson; spokesman | ~GOV
//
// NAMES are one or more names separated by semicolons. CODE is a CAMEO
// code of three or more letters or digits, "---" for a name that must not
// be coded, or a role word's code: "~GOV" joins GOV after the country of
// the role, "NGO~" puts it before. DATES, optional, are ranges FROM..TO
// separated by commas, dates as YYYY-MM-DD, YYYY-MM or YYYY, either end
// open; a range holds from FROM up to the day before TO, the day a
// successor took office. ROLE, optional, names the office; its role word
// lets "the president" find the office holder. Lines with the same first
// name are one entry with several codes over time; without DATES a code
// holds whenever no dated one does.
//
// The PETRARCH format is that of the .actors and .agents dictionaries of
// PETRARCH, Phoenix and TABARI:
//
//	<!-- comments, over several lines -->
//	UNITED_STATES [USA]       # a name, words joined by _ or spaces
//	+USA                      # a synonym of the entry above
//	+U.S.
//	GOLLUM
//	    [HOB <950601]          # before 1 June 1995
//	    [HOBGOV 19950601-19990815]
//	    [HOBREB >990816]       # after 16 August 1999
//	PRESIDENT [~GOV]          # an agent: a role word
//	!PERSON! = MAN, MEN, WOMAN
//	CONGRESS!PERSON! {} [~LEG]  # CONGRESSMAN, …; {} means no plural
//
// Following TABARI, a word matches any word it begins ("IRAN" matches
// "Iranian") unless it ends with "_". Dates are YYMMDD (years before 30 in
// this century) or YYYYMMDD, ranges inclusive, "<" before and ">" after a
// day; the first code that holds wins, then the undated one. "---", "+++"
// and "###" mean the name must not be coded; of codes "A/B" the first is
// taken. An agent's plural is the regular English one unless braces give
// others.
//
// A malformed line of either format stops Load with an error wrapping
// ErrDictionary that names the file and the line.
package actor
