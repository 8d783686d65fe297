package actor

import "strings"

// givenNames maps common given names of people in international news to
// the gender they say: 'm' or 'f'. A person whose name begins with one is
// taken to be that gender when a pronoun is resolved; others match either.
var givenNames = func() map[string]byte {
	const male = `abdel abdul abdullah abiy ahmed ahmad akhmad alexander alexei alexey ali andrei andrey andrew
		andriy andrzej anthony antonio antony asif ayman bashar benjamin bill bola boris brian carlos charles
		christopher cyril daniel david denys dmitry dmitri dmytro donald emmanuel emmerson fabio faisal felix
		fernando francis francisco frank friedrich fumio gabriel george gerhard gideon gustavo hakan hamad hassan
		hossein howard ibrahim igor ilham irakli isaac ismail ivan jair jake james javier jd jens jeremy jim
		jimmy joe john jonas jose joseph juan justin keir keith kevin khalid kirill kyriakos lloyd luis marco
		mark masoud matteo michael michel mike mikhail mohamed mohammad mohammed muhammad nabih naftali narendra
		nayib nicolas nikol oleksandr oleksii olaf olusegun patrick paul pedro pete peter petro rafael ramzan
		recep richard rishi robert rodrigo roman rustem salman sameh scott sebastien sergei sergey shehbaz
		shigeru stephane steve steven tamim ted tedros thomas tim valery viktor vladimir volodymyr william yahya
		yair yasser yoav yuri yury antonio gareth ehud ariel avigdor itamar bezalel naim hakeem ron herzi
		eyal benny yoweri mahamat assimi abdourahamane chad aaron adam alan albert alex alfred allen
		arthur austin barry ben benedict bernard bernie bob bobby brad bradley brandon brett bruce bryan
		carl chris chuck clarence clint colin craig dale dan danny darren dean dennis derek dick don doug
		douglas dwight earl ed eddie edward eric ernest eugene evan frederick fred gary gavin gene geoffrey
		gerald glenn gordon graham grant greg gregory harold harry henry herbert hugh ian jack jacob jason
		jeff jeffrey jerry jesse joel jon jonathan josh joshua keith ken kenneth kurt larry lawrence leonard
		liam louis luke malcolm marcus martin matt matthew max mitch mitchell nathan neil nicholas nick
		nigel noah oliver oscar patrick phil philip ralph randy ray raymond rex rick ricky rob rod rodney
		roger ron ronald ross roy russell ryan sam samuel sean seth shane simon stanley stuart ted terry
		theodore todd tom tommy tony travis trevor troy tyler victor vincent walter warren wayne wesley
		willie zach hans jurgen klaus wolfgang pierre jacques francois luc giuseppe giovanni luigi
		paolo sergio juan miguel pablo diego manuel jorge ricardo alejandro enrique raul hugo andres
		oleg vitaly vladislav yevgeny nikolai pavel anatoly konstantin viktor yaroslav taras bohdan
		ahmet mehmet mustafa yusuf omar umar hamid rashid saeed karim tariq nasser jamal khaled walid
		ehsan reza javad hossein mehdi amir moshe yitzhak avi shimon yossi dov haim`
	const female = `aisha ana angela anita ann anna annalena antonia beatriz catherine cindy claudia cristina dilma
		dina droupadi elisabeth elise elizabeth ella ellen emma eva fatima giorgia hanna hilda hillary hina
		ilhan irina iryna jacinda jill julia kaja kamala karoline kristalina kristen kristi laura leila liz
		lucy lyudmila maia margaret margrethe maria marine maryam melania mette mia michelle naledi natalia
		nancy ngozi nikki oksana olena olga pam penny roberta samia sandra sanna sarah sheikha sherry
		svetlana theresa tulsi ursula valentina victoria yulia yoko paetongtarn alice amanda amy 
		angelina barbara betty brenda carol caroline charlotte christine cynthia deborah denise diana
		donna doris dorothy eleanor emily erin frances gloria grace hannah heather helen irene jane janet
		jennifer jessica joan joanna joyce judith judy karen kate katherine kathleen kathryn 
		kimberly linda lisa lori louise lynn margaret marie marilyn martha mary megan melissa nicole
		olivia pamela patricia rachel rebecca rose ruth sally samantha sharon shirley sophie stephanie
		susan teresa tina tracy valerie vanessa virginia wendy yvette kemi priti suella
		angela marine segolene ursula beatrix margrethe mette sanna jacinda tsitsi fatou amina hilda
		sahra zeynep ayse elif nadia layla rania noura reem sheikha golda tzipi ayelet miri`
	m := make(map[string]byte)
	for _, n := range strings.Fields(male) {
		m[n] = 'm'
	}
	for _, n := range strings.Fields(female) {
		m[n] = 'f'
	}
	return m
}()
