package actor

import "strings"

// A roleClass says what a role word names.
type roleClass uint8

const (
	roleNone   roleClass = iota
	rolePerson           // one person: "president", "envoy"
	roleGroup            // people in the plural: "troops", "officials"
	roleBody             // an institution: "government", "army"
	roleMod              // a word that only modifies a role: "military", "senior"
	roleTitle            // an honorific before a name: "Mr", "Sir"
)

// A role is what the role table knows of a role word or phrase.
type role struct {
	code    string // CAMEO role code: "GOV", "MIL"; "" for plain modifiers
	class   roleClass
	generic bool   // a leadership word that takes a modifier's code: "leader", "official"
	gender  byte   // 'm' or 'f' when the word says so
	head    string // the singular form, for matching "the president" to "President X"
	prefix  bool   // the code goes before the country (PETRARCH "NGO~")
	former  bool   // "former", "ex": the person no longer holds the office (ELI)
	plural  bool   // a plural form: "officials", "governments"
}

// A roleRow is a line of the role table: words or phrases separated by
// semicolons, a role code and flags: p person, b body, m modifier, t
// honorific title, g generic, M or F gender, 1 no plural, e former.
type roleRow struct {
	words, code, flags string
}

// roleRows is herald's own table of role words and their CAMEO role codes.
var roleRows = []roleRow{
	// Government: executives, diplomats and their staff.
	{"president;vice president;prime minister;premier;chancellor;minister;foreign minister;defence minister;defense minister;finance minister;interior minister;secretary;secretary of state;foreign secretary;home secretary;defence secretary;defense secretary;secretary general;undersecretary;under secretary;president-elect;vice-president", "GOV", "p"},
	{"envoy;special envoy;ambassador;diplomat;consul;negotiator;emissary;delegate;representative;trade representative", "GOV", "p"},
	{"adviser;advisor;aide;counsellor;counselor;national security adviser;chief of staff;press secretary;attorney general;commissioner;high representative", "GOV", "p"},
	{"governor;mayor;monarch;ruler;dictator;strongman;head of state;head of government;taoiseach;supreme leader;crown prince;emperor", "GOV", "p"},
	{"king;prince;emir;sultan", "GOV", "pM"},
	{"queen;princess", "GOV", "pF"},
	{"spokesperson;leader;official;head;chief;chair;director;member;boss;counterpart", "GOV", "pg"},
	{"spokesman;chairman", "GOV", "pgM"},
	{"spokeswoman;chairwoman", "GOV", "pgF"},
	{"government;administration;cabinet;ministry;foreign ministry;defence ministry;defense ministry;interior ministry;regime;authority;delegation;embassy;presidency;state department;leadership;junta", "GOV", "b"},
	{"authorities", "GOV", "p1"},
	{"presidential;governmental;ministerial;diplomatic", "GOV", "m"},
	// Armed forces.
	{"general;colonel;lieutenant;admiral;marshal;field marshal;brigadier;sergeant;soldier;marine;paratrooper;sailor;commando;pilot;conscript;reservist;peacekeeper", "MIL", "p"},
	{"commander;officer", "MIL", "pg"},
	{"troops;forces;armed forces;security forces;servicemen;personnel", "MIL", "p1"},
	{"army;military;navy;air force;coast guard;defence forces;defense forces;general staff", "MIL", "b"},
	{"military;army;naval;navy", "MIL", "m"},
	// Police.
	{"police officer;policeman;gendarme", "COP", "p"},
	{"police;gendarmerie;border police", "COP", "b"},
	{"police", "COP", "m"},
	// Rebels, militants and the opposition.
	{"rebel;militant;insurgent;guerrilla;guerilla;jihadist;separatist;terrorist;fighter;militiaman", "REB", "p"},
	{"militia;insurgency", "REB", "b"},
	{"rebel;militant;insurgent;jihadist;separatist;armed", "REB", "m"},
	{"gunman;gunmen", "UAF", "p"},
	{"dissident;activist;protester;protestor;demonstrator;critic;opposition leader", "OPP", "p"},
	{"opposition", "OPP", "b"},
	{"opposition;dissident;protest", "OPP", "m"},
	{"party", "PTY", "b"},
	{"party", "PTY", "m"},
	// Legislatures and courts.
	{"lawmaker;legislator;parliamentarian;mp;senator;congressman;congresswoman;speaker;deputy", "LEG", "p"},
	{"parliament;congress;senate;legislature;assembly;house of representatives", "LEG", "b"},
	{"parliamentary;congressional;legislative", "LEG", "m"},
	{"judge;prosecutor;magistrate;lawyer;attorney;chief justice;justice", "JUD", "p"},
	{"court;supreme court;tribunal;judiciary;prosecutor's office", "JUD", "b"},
	{"judicial;court", "JUD", "m"},
	// Intelligence.
	{"spy;intelligence officer;spymaster", "SPY", "p"},
	{"intelligence;intelligence agency;spy agency;intelligence service;intelligence services;secret service", "SPY", "b"},
	{"intelligence;spy", "SPY", "m"},
	// Business, media, NGOs and society.
	{"businessman;businesswoman;executive;ceo;chief executive;entrepreneur;investor;banker;tycoon;oligarch;industrialist", "BUS", "p"},
	{"company;firm;corporation;bank;conglomerate;business", "BUS", "b"},
	{"business;corporate", "BUS", "m"},
	{"journalist;reporter;correspondent;editor;blogger;broadcaster;photographer", "MED", "p"},
	{"media;newspaper;news agency;press;television;state media;network;magazine", "MED", "b"},
	{"media", "MED", "m"},
	{"aid worker;humanitarian worker;volunteer", "NGO", "p"},
	{"ngo;charity;aid group;aid agency;rights group;human rights group;non-governmental organisation;non-governmental organization", "NGO", "b"},
	{"humanitarian", "NGO", "m"},
	{"refugee;migrant;asylum seeker;displaced person", "REF", "p"},
	{"student;teacher;professor;academic;scholar;researcher", "EDU", "p"},
	{"university;school", "EDU", "b"},
	{"civilian;resident;villager;citizen;voter;inhabitant;pilgrim", "CVL", "p"},
	{"worker;miner;trade unionist", "LAB", "p"},
	{"union;trade union;labour union;labor union", "LAB", "b"},
	{"farmer;herder", "AGR", "p"},
	{"doctor;nurse;medic;paramedic", "HLH", "p"},
	{"cleric;imam;priest;bishop;rabbi;pastor;ayatollah;cardinal;archbishop;mullah;patriarch", "REL", "p"},
	{"pope", "REL", "pM"},
	{"criminal;smuggler;trafficker;gangster;drug lord;pirate", "CRM", "p"},
	{"gang;cartel", "CRM", "b"},
	// People and bodies who speak without a role code of their own: the
	// sources, experts and campaigns of news reports.
	{"source;expert;analyst;observer;economist;strategist;pollster;consultant;commentator;insider;witness;narrator;announcer;moderator;questioner;reader;proponent;supporter;opponent;defender;advocate;organizer;organiser;candidate;nominee;contender;environmentalist", "", "p"},
	{"campaign;agency;committee;group;organization;organisation;coalition;foundation;institute;think tank", "", "b"},
	// Modifiers with no code of their own.
	{"special;senior;junior;top;deputy;vice;acting;interim;first;foreign;defence;defense;interior;finance;economic;economy;trade;energy;health;home;close;key;national;security;state;federal;regional;local;lead;main;prominent;leading;veteran;longtime;long-time;outgoing;incoming;newly;elected;ruling;caretaker;supreme;executive;high-ranking;high;ranking;unnamed;anonymous;chief;general;press;political;provincial;municipal;joint;assistant;associate;permanent;personal;influential;powerful;hardline;moderate;young;new;many;several;some;other;two;three;four;five;both;few;dozens;hundreds;thousands;unidentified;policy;affairs;exiled;jailed;imprisoned;detained;injured;wounded;dead;killed;armed;heavily;visiting;overall", "", "m"},
	{"former;ex;onetime;one-time;then;late", "ELI", "me"},
	// Honorifics.
	{"mr;sir;lord;monsieur;herr;senor;don", "", "tM"},
	{"mrs;ms;miss;madam;madame;dame;lady;senora", "", "tF"},
	{"dr;prof;rev;reverend;sheikh;his excellency;her excellency;hon;honourable;honorable", "", "t"},
}

// roleTable is the role words by key, with their plurals.
type roleTable map[string]role

// newRoleTable builds the table of roleRows. Person words get their
// regular plurals as groups; a word that is both a person or body and a
// modifier ("military", "police") keeps its noun reading, with the
// modifier reading in mods.
func newRoleTable() (roleTable, map[string]role) {
	t := make(roleTable)
	mods := make(map[string]role)
	for _, r := range roleRows {
		var base role
		base.code = r.code
		for _, f := range r.flags {
			switch f {
			case 'p':
				base.class = rolePerson
			case 'b':
				base.class = roleBody
			case 'm':
				base.class = roleMod
			case 't':
				base.class = roleTitle
			case 'g':
				base.generic = true
			case 'M':
				base.gender = 'm'
			case 'F':
				base.gender = 'f'
			case 'e':
				base.former = true
			}
		}
		for _, w := range strings.Split(r.words, ";") {
			k := key(w)
			ro := base
			ro.head = k
			if ro.class == roleMod || ro.class == roleTitle {
				mods[k] = ro
				continue
			}
			if strings.Contains(r.flags, "1") {
				ro.class, ro.plural = roleGroup, true
				t[k] = ro
				continue
			}
			t[k] = ro
			if ro.class == rolePerson || ro.class == roleBody {
				g := ro
				g.plural = true
				if ro.class == rolePerson {
					g.class = roleGroup
				}
				if _, ok := t[plural(k)]; !ok {
					t[plural(k)] = g
				}
			}
		}
	}
	return t, mods
}
