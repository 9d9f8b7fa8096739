package extractor

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// speakersOf extracts text and returns each claim's number -> speaker ("" for none).
func speakersOf(t *testing.T, text string) map[string]string {
	t.Helper()
	res, err := defaultEngine(t).Extract("t.txt", []byte(text), Options{})
	require.NoError(t, err)
	out := map[string]string{}
	for _, c := range res.Claims {
		s := ""
		if c.Speaker != nil {
			s = *c.Speaker
		}
		out[c.Number] = s
	}
	return out
}

func TestSpeakerLabelsAndTurns(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		want map[string]string
	}{
		{"label on its own line speaks until the next label",
			"Ma Zhaoxu:\n\nWe have 181 partners.\n\nThey sent 38 teams.\n\nGlobal Times:\n\nIs it true that 12 ships left?\n",
			map[string]string{"181": "Ma Zhaoxu", "38": "Ma Zhaoxu", "12": "Global Times"}},
		{"inline upper-case labels, honorifics kept",
			"MR. KIRBY: Thanks, Karine. We moved 42 planes.\n\nMore came: 17 ships.\n\nQ  Why only 9 trucks?\n",
			map[string]string{"42": "MR. KIRBY", "17": "MR. KIRBY", "9": "Q"}},
		{"a minister's transcript: its SUBJECTS line speaks for no one, and a long office after the name's comma is the label's",
			"SUBJECTS: Release of the 2024 Road Trauma Report; 3 cameras\n\nKAREN WHITLOCK, MINISTER FOR ROADS AND ROAD SAFETY: Last year 338 people died.\n\nThat's 14 more than in 2023.\n",
			map[string]string{"3": "", "338": "KAREN WHITLOCK", "14": "KAREN WHITLOCK"}},
		{"a clock time at a paragraph's start is no label, though its layout is in use",
			"Jane Roe: Hello.\n\nJohn Doe: Hi.\n\nJane Roe: We flew 12 planes.\n\nJohn Doe: And then?\n\nMary Poe (RTE News): Thanks.\n\nJane Roe: Well.\n\nAt 04:12 on Friday we cancelled 40 flights.\n",
			map[string]string{"12": "Jane Roe", "40": "Jane Roe"}},
		{"a published earnings call's names alone on a line speak, its participants listed under their headings",
			"Company Participants\n\nArjun Mehta - Chief Executive Officer\nSandra Kowalczyk - Chief Financial Officer\n\nConference Call Participants\n\nDaniel Okafor - Goldman Sachs\n\nOperator\n\nWelcome.\n\nArjun Mehta\n\nRevenue was $6.42 billion.\n\nSandra Kowalczyk\n\nMargins rose 120 basis points.\n\nDaniel Okafor\n\nIs 40% the target?\n",
			map[string]string{"$6.42 billion": "Arjun Mehta", "120": "Sandra Kowalczyk", "40%": "Daniel Okafor"}},
		{"a state Hansard's label with an electorate and a time speaks",
			"MS K.L. BRANAGAN (Pilbara North) [3.14 pm]: I rise. We have 3 200 jobs.\n\nMR C.D. JONES [3.58 pm]: We have 50 mines.\n",
			map[string]string{"3 200": "MS K.L. BRANAGAN (Pilbara North)", "50": "MR C.D. JONES"}},
		{"an earnings call's name and role lines speak; its section headings do not",
			"Call participants:\nDana Whitfield -- Chief Executive Officer\nPriya Raman -- Kestrel Capital -- Analyst\n\nPrepared Remarks:\n\nDana Whitfield -- Chief Executive Officer\n\nTrips grew 17% to 3.2 billion.\n\nQuestions & Answers:\n\nPriya Raman -- Kestrel Capital -- Analyst\n\nIs 40 cities the plan?\n",
			map[string]string{"17%": "Dana Whitfield", "3.2 billion": "Dana Whitfield", "40": "Priya Raman"}},
		{"an unlabeled question between two turns of one speaker is no one's",
			"Q: Sheriff, what about the jail? Were there 5 deaths last year?\n\nSHERIFF OKAFOR: There were 2 in 2024.\n\nAnd the 7 people you arrested, are any of them from out of state?\n\nSHERIFF OKAFOR: Three are from Michigan.\n",
			map[string]string{"5": "Q", "2": "SHERIFF OKAFOR", "7": "", "Three": "SHERIFF OKAFOR"}},
		{"a follow-up opens a question the transcript left unlabeled",
			"USEC. SALCEDO:\n\nWe have 180 responders there.\n\nFollow-up po from Inquirer: will the 61,450 hectares still go up?\n\nDIR. BAUTISTA:\n\nIt will, by 60 percent.\n",
			map[string]string{"180": "USEC. SALCEDO", "61,450": "", "60": "DIR. BAUTISTA"}},
		{"a word of the record and its number head a poll's result lines, not turns",
			"THE CHAIR: We proceed to the poll.\n\nMR FITZGERALD: The results are as follows.\n\nResolution 1 (Financial statements): For 401,226,510 (99.61%)\nResolution 3 (Remuneration report): For 318,904,117 (79.3%)\nResolution 10 (Share buyback authority): For 399,871,002 (99.2%)\n",
			map[string]string{"401,226,510": "MR FITZGERALD", "318,904,117": "MR FITZGERALD", "399,871,002": "MR FITZGERALD", "99.61%": "MR FITZGERALD", "79.3%": "MR FITZGERALD", "99.2%": "MR FITZGERALD"}},
		{"Q: and A: labels",
			"Q: Is it 15 sites?\n\nA: It is 16 sites.\n",
			map[string]string{"15": "Q", "16": "A"}},
		{"Q. and A. labels of an interview",
			"Q. Is it 15 sites?\n\nA. It is 16 sites.\n\nQ. Not 17 sites?\n\nA. No, 16.\n",
			map[string]string{"15": "Q", "16": "A", "17": "Q"}},
		{"a lettered list's A. is no answer label",
			"A. Background. In all, 12 schools closed.\n\nB. Findings. Enrolment fell 40 percent.\n",
			map[string]string{"12": "", "40": ""}},
		{"timestamped label lines",
			"Donald Trump: (00:52)\nWe built 450 miles of wall.\n\n[00:01:23] Joe Biden:\nThat is 30 miles.\n",
			map[string]string{"450": "Donald Trump", "30": "Joe Biden"}},
		{"Otter and Zoom labels: a name, two spaces and a timestamp on their own line",
			"Priya Raman  00:00:04\nThe draft is $412.6 million.\n\nDev Castellano  00:02:31\nRidership was 31.4 million.\n",
			map[string]string{"$412.6 million": "Priya Raman", "31.4 million": "Dev Castellano"}},
		{"an upper-case name with a role and a company after commas, on its own line or inline",
			"MODERATOR (Ines Duarte):\nWe have 400 guests.\n\nSANJAY MEHRA, CEO, Corvell Systems:\nWe have 1,900 people.\n\nMODERATOR (Ines Duarte): And 12 offices?\n\nSANJAY MEHRA, CEO, Corvell Systems: Nine offices.\n",
			map[string]string{"400": "MODERATOR (Ines Duarte)", "1,900": "SANJAY MEHRA", "12": "MODERATOR (Ines Duarte)", "Nine": "SANJAY MEHRA"}},
		{"rev.com labels with the timestamp before the colon",
			"Speaker 8 (00:23):\n\nIs it 40 percent?\n\nKarine Jean-Pierre (01:31):\n\nIt is 30,000 people.\n",
			map[string]string{"40": "Speaker 8", "30,000": "Karine Jean-Pierre"}},
		{"stage directions are neither speech nor a change of speaker",
			"TRUMP: We have 7 plans.\n\n(LAUGHTER)\n\nAnd 5 more plans.\n\n[crosstalk 00:41:08]\n\nThat makes 12 plans.\n",
			map[string]string{"7": "TRUMP", "5": "TRUMP", "12": "TRUMP"}},
		{"an on-screen graphic in brackets is read, not passed over as a stage direction",
			"ANCHOR: Here is the Senate.\n\n(ON SCREEN: STATE SENATE -- GOP 16 SEATS)\n\nANCHOR: And 30 races remain.\n",
			map[string]string{"16": "ANCHOR", "30": "ANCHOR"}},
		{"a one-word lead-in seen once is no speaker, though labels are in use",
			"GOVERNOR HALE: We have 186 shelters.\n\nFuel: about 1 in 6 stations are dry.\n\nREPORTER: Is it 20 counties?\n\nGOVERNOR HALE: It is 29.\n\nMAJOR GENERAL ODOM: We have 5,500 troops.\n\nGOVERNOR HALE: And 14 universities closed.\n",
			map[string]string{"186": "GOVERNOR HALE", "1 in 6": "GOVERNOR HALE", "20": "REPORTER", "29": "GOVERNOR HALE", "5,500": "MAJOR GENERAL ODOM", "14": "GOVERNOR HALE"}},
		{"label variants resolve to the first form",
			"MS. BROOKS: We have 40 staff.\n\nMR. BROOKS: Now 44 staff.\n\nMR. CARLETON: And 3 offices.\n\nt'RLETON: Or 4 offices.\n",
			map[string]string{"40": "MS. BROOKS", "44": "MS. BROOKS", "3": "MR. CARLETON", "4": "MR. CARLETON"}},
		{"OCR noise in labels resolves to a label already seen",
			"TARLETON: Prime Minister, is it 12 ships?\n\nPM: It is 14 ships.\n\nt'RLETON: Not 16 ships?\n\nPM' No, 14 ships and 3 boats.\n",
			map[string]string{"12": "TARLETON", "14": "PM", "16": "TARLETON", "3": "PM"}},
		{"a mixed-case label counts when it recurs",
			"Donald Trump: We have 300 judges.\n\nJoe Biden: No, 200 judges.\n\nDonald Trump: Then 250 judges.\n\nJoe Biden: Fine.\n",
			map[string]string{"300": "Donald Trump", "200": "Joe Biden", "250": "Donald Trump"}},
		{"a titled first label recurs as the bare name",
			"Spokesperson Wang Wenbin: GDP grew 5.3 percent.\n\nAFP: Is it 6 percent?\n\nWang Wenbin: It is 5.2 percent, and 17,000 trips.\n",
			map[string]string{"5.3": "Spokesperson Wang Wenbin", "6": "AFP", "5.2": "Wang Wenbin", "17,000": "Wang Wenbin"}},
		{"a cable-news label carries a role after a comma",
			"JAKE TAPPER, CNN HOST: You said 300 people died.\n\nTAPPER: And 40 cars.\n",
			map[string]string{"300": "JAKE TAPPER", "40": "TAPPER"}},
		{"Hansard names a speaker on a line of its own with brackets",
			"Sir Keir Starmer (Holborn and St Pancras) (Lab)\nWaiting lists hit 7.2 million.\n\nThe Prime Minister (Rishi Sunak)\nWe hired 5,000 doctors.\n\nSir Keir Starmer (Holborn and St Pancras) (Lab)\nAnd 500 a week died.\n\nThe Prime Minister (Rishi Sunak)\nWe opened 4 hospitals.\n\nIan Blackford (Ross, Skye and Lochaber) (SNP)\nBills rose 96%.\n",
			map[string]string{"7.2 million": "Sir Keir Starmer", "5,000": "The Prime Minister", "500": "Sir Keir Starmer", "4": "The Prime Minister", "96%": "Ian Blackford"}},
		{"Hansard member and minister lines speak once two are seen",
			"Sir Keir Starmer (Holborn and St Pancras) (Lab)\nSome 7.6 million people wait.\n\nThe Prime Minister (Rishi Sunak)\nWe cut taxes by 2 percent.\n\nIan Blackford (Ross, Skye and Lochaber) (SNP)\nBills rose 96%.\n",
			map[string]string{"7.6 million": "Sir Keir Starmer", "2": "The Prime Minister", "96%": "Ian Blackford"}},
		{"one line of Hansard's shape alone is no label",
			"Annual Review (Summary)\nSales rose 12 percent.\n",
			map[string]string{"12": ""}},
		{"Hansard's Mr Speaker and a bare office alone on a line are turns when they recur",
			"The Prime Minister (Rishi Sunak)\nWe hired 5,000 doctors.\n\nMr Speaker\nOrder. Not 40 more.\n\nThe Prime Minister\nWe opened 4 hospitals.\n\nMr Speaker\nOrder, 3 minutes.\n",
			map[string]string{"5,000": "The Prime Minister", "40": "Mr Speaker", "4": "The Prime Minister", "3": "Mr Speaker"}},
		{"an earnings call's mixed-case label with a role after a comma",
			"Operator: Welcome to the call.\n\nJane Roe, Chief Financial Officer: Revenue rose 12%.\n\nOperator: Next question.\n\nJohn Smith: Is it 52,000 staff?\n\nJane Roe, Chief Financial Officer: About 51,000 staff.\n",
			map[string]string{"12%": "Jane Roe", "52,000": "John Smith", "51,000": "Jane Roe"}},
		{"a UN meeting record names a delegate with the country in brackets",
			"The President: I give the floor to the representative of Algeria.\n\nMr. Bendjama (Algeria) (spoke in Arabic): Some 1.7 million people fled.\n\nMrs. Thomas-Greenfield (United States of America): We gave $180 million.\n\nThe President: There are 3 speakers left.\n",
			map[string]string{"1.7 million": "Mr. Bendjama", "$180 million": "Mrs. Thomas-Greenfield", "3": "The President"}},
		{"a five-word label with an acronym first recurs, and then one-off questioners are turns too",
			"NATO Secretary General Jens Stoltenberg: Spending rose 18 percent.\n\nSpokesperson: Reuters.\n\nReuters: Is it 25 Allies?\n\nNATO Secretary General Jens Stoltenberg: It is 23 Allies.\n\nSpokesperson: Last one.\n\nNATO Secretary General Jens Stoltenberg: And 500,000 troops.\n",
			map[string]string{"18": "NATO Secretary General Jens Stoltenberg", "25": "Reuters", "23": "NATO Secretary General Jens Stoltenberg", "500,000": "NATO Secretary General Jens Stoltenberg"}},
		{"headline lines are not turns",
			"The New York Times: Trump Says Tariffs Will Rise 25 Percent\n\nReuters: Markets Fall 3 Percent On Tariff News\n",
			map[string]string{"25": "", "3": ""}},
		{"an office with its holder in brackets, inline, is the holder's turn",
			"The Chancellor of the Exchequer (Jeremy Hunt): Growth will be 0.6 per cent.\n\nAnd 20 per cent more.\n",
			map[string]string{"0.6": "Jeremy Hunt", "20": "Jeremy Hunt"}},
		{"a label that names an office before a name speaks though it opens one turn",
			"Chief Spokesperson Paula Pinho: We adopted 150 billion euros.\n\nSpokesperson Anitta Hipper: Crossings fell 38%.\n\nChief Spokesperson Paula Pinho: And 27 states.\n",
			map[string]string{"150 billion": "Chief Spokesperson Paula Pinho", "38%": "Spokesperson Anitta Hipper", "27": "Chief Spokesperson Paula Pinho"}},
		{"a one-off label with title words but no office is no turn",
			"Jane Roe: We adopted 150 billion euros.\n\nTrade Deal Talks Stall: Crossings fell 38%.\n\nJane Roe: And 27 states.\n",
			map[string]string{"150 billion": "Jane Roe", "38%": "Jane Roe", "27": "Jane Roe"}},
		{"a question by an outlet in brackets does not inherit the answerer",
			"Chief Spokesperson Paula Pinho: We adopted 150 billion euros.\n\nQuestion (Euronews): Is it 25% tariffs?\n\nChief Spokesperson Paula Pinho: And 27 states.\n",
			map[string]string{"150 billion": "Chief Spokesperson Paula Pinho", "25%": "", "27": "Chief Spokesperson Paula Pinho"}},
		{"a case number is no label, though its layout is in use",
			"Case No. 1:23-cv-04567 lists 9 claims.\n\nTHE COURT: We saw 5 cases.\n\nMR. ALVAREZ: And 6 more.\n\nTHE COURT: Fine.\n\nMR. ALVAREZ: Then 7.\n",
			map[string]string{"9": "", "5": "THE COURT", "6": "MR. ALVAREZ", "7": "MR. ALVAREZ"}},
		{"an unlabeled new question does not inherit the answerer",
			"Ma Zhaoxu:\n\nWe have 181 partners.\n\nQuestion from CNA. Are there 20 more?\n",
			map[string]string{"181": "Ma Zhaoxu", "20": ""}},
		{"a word of the record ends the turn before it, even inside a paragraph",
			"CFO Mark Osei: We cut 13 routes.\nMOTION: Trustee Whitford moved to adopt the plan. Motion carried 5-2.\nThe board heard 11 speakers.\n\nCFO Mark Osei: And 19 drivers.\n",
			map[string]string{"13": "CFO Mark Osei", "11": "", "19": "CFO Mark Osei"}},
		{"a table's source line is no one's, and the answer goes on after it",
			"Answered by Daniel Ashworth\n\nWe built 300 places.\n\nSource: HMPPS returns from 12 regions.\n\nWe recruited 1,057 officers.\n",
			map[string]string{"300": "Daniel Ashworth", "12": "", "1,057": "Daniel Ashworth"}},
		{"a copied thread's post headers name their authors; the counts under each post are no claims",
			"Dr Nadia Fenwick @nfenwick_econ · Mar 5\n2/14 Waits fell by 60,000.\n41 replies · 388 reposts · 2.3K likes · 201K views\n\nOwen Maddox @owenmaddox_ED · Mar 5\nReplying to @nfenwick_econ\nWe had 38 patients in a department built for 22.\n12 replies · 8 reposts\n",
			map[string]string{"60,000": "Dr Nadia Fenwick", "38": "Owen Maddox", "22": "Owen Maddox"}},
		{"a motion's outcome alone on its line speaks for no one",
			"3. ADOPTION OF MINUTES\n\nMoved by Councillor Moreau\nTHAT the minutes be adopted.\nCARRIED\n\n5. CONSENT AGENDA\n\nMoved by Councillor Iqbal\nTHAT the report be received.\nCARRIED\n\n5.2 Report IS-25-019 (the City applied 11,400 tonnes of salt over 61 events)\n",
			map[string]string{"11,400": "", "61": ""}},
		{"minutes' staff list and recorded vote are no turns: the minutes report who spoke",
			"MINUTES\n\nSTAFF:      G. Okonjo, Chief Administrative Officer\n\n1. CALL TO ORDER\n\nRECORDED VOTE:\nYEAS (9): Mayor Castellano, Councillors Abernathy, Dube\nNAYS (2): Councillors Fairweather, Ghosh\n\nCouncillor Ghosh noted that one in three residents live 400 metres from a stop.\n",
			map[string]string{"9": "", "2": "", "one in three": "Ghosh", "400": "Ghosh"}},
		{"a broadcast script's clip speaks under its SOT line; its caption, graphic and cues are asides",
			"PRESENTER: Doctors will strike for 5 days.\n\nSOT: DR PRIYA NAIR\nASTON: DR PRIYA NAIR / Co-chair, BMA\n\"A first-year doctor is paid 36,600 pounds.\"\nIN: \"A first-year doctor...\"   OUT: \"...pounds.\"   DUR: 0'19\"\n\nREPORTER (VO): There were 50 strikes.\n\nGFX: WAITING LIST | 7.42m CASES\n\nREPORTER (VO): And 61,981 delays.\n",
			map[string]string{"5": "PRESENTER", "36,600": "DR PRIYA NAIR", "50": "REPORTER (VO)", "7.42m": "", "61,981": "REPORTER (VO)"}},
		{"a record's numbered header fields are no labels; a minister answering for another speaks",
			"Parliament No: 15\nSitting No: 5\nSitting Date: 14-10-2025\n\n3 Mr Leong asked the Minister for Manpower how many earn less.\n\nThe Minister of State for Manpower (Ms Tan Hui Ling) (for the Minister for Manpower): There were 441,000 holders.\n",
			map[string]string{"441,000": "Ms Tan Hui Ling"}},
		{"a Reddit thread's user lines name their comments; the points under each are no claims",
			"level 1\nMossy_Larch · 10h\n\nWhat share goes to the 12 crews?\n\n3.1k points\nReply  Share  Report\n\nlevel 2\nHotshot_Budgets OP · 10h\n\nSomething like 70 percent.\n\n1.9k points\n",
			map[string]string{"12": "Mossy_Larch", "70": "Hotshot_Budgets"}},
		{"minutes' own voice under a heading, in a document with labels, reports who spoke",
			"Present:\nMark Devlin (Group Chief Executive)\n\n3. CHIEF EXECUTIVE'S PRESENTATION\n\n3.1 Mr Devlin presented a review. He reported that prices were up 3%.\n\n5. QUESTIONS\n\nShareholder (Mr R. Patel): Is 118 fair?\n\nChair: We pay 64% of peers.\n\nShareholder (Mr R. Patel): And 12 more?\n\nChair: No, 7.\n",
			map[string]string{"3%": "Devlin", "118": "Shareholder (Mr R. Patel)", "64%": "Chair", "12": "Shareholder (Mr R. Patel)", "7": "Chair"}},
		{"a numbered heading of one word in capitals ends the turn before it",
			"CHAIR: We pay 64% of peers.\n\nSHAREHOLDER: And 12 more?\n\nCHAIR: No, 7.\n\n6. RESOLUTIONS\n\nThe poll gave 73 percent for.\n",
			map[string]string{"64%": "CHAIR", "12": "SHAREHOLDER", "7": "CHAIR", "73": ""}},
		{"Ghana's office label without 'The'; an interjection leaves the floor with the member interrupted",
			"Mr Speaker: Hon Minister, to wind up.\n\nMinister for Finance (Dr Ato Forson): Thank you, Mr Speaker. We thank 63 Members.\n\nMr Speaker, real GDP grew by 5.3 per cent.\n\nSome Hon Members: [Interruption.]\n\nMr Speaker, we deployed 450 officers.\n",
			map[string]string{"63": "Dr Ato Forson", "5.3": "Dr Ato Forson", "450": "Dr Ato Forson"}},
		{"a release's embargo line is no label",
			"NEWS RELEASE\n\nEMBARGOED: 23:30 BST Wednesday 16 April 2025\n\nThe trial enrolled 6,412 patients.\n",
			map[string]string{"6,412": ""}},
		{"a note under a chart is an aside too",
			"MINISTER: Waits fell to 18 weeks.\n\nNote: 4 trusts did not report.\n\nAnd 92 percent were seen.\n",
			map[string]string{"18": "MINISTER", "4": "", "92": "MINISTER"}},
		{"a heading in capitals opens a part of the record no turn runs into",
			"Trustee Alvarez: We have 42 schools.\n\n5. PUBLIC COMMENT\nThe board received 11 speaker cards.\n\nTrustee Alvarez: And 3 more.\n",
			map[string]string{"42": "Trustee Alvarez", "11": "", "3": "Trustee Alvarez"}},
		{"a speech's numbered paragraphs run on past its headings",
			"FINANCE MINISTER: I present the Budget.\n\n1. Growth was 8.2 per cent.\n\n2. Income rose to 1,82,450.\n\nBUDGET AT A GLANCE\n\n3. The Budget is 2,90,000 crore.\n\nREVENUE ESTIMATES\n\n9. The next item is 44 units.\n",
			map[string]string{"8.2": "FINANCE MINISTER", "1,82,450": "FINANCE MINISTER", "2,90,000 crore": "FINANCE MINISTER", "44": ""}},
		{"a caption over speech is no heading",
			"CORRESPONDENT: Turnout hit 81 percent.\n\n(ON SCREEN: AZ-06 U.S. HOUSE -- 91% IN)\nThe county has 38,000 ballots left.\n\nANCHOR: Thanks.\n",
			map[string]string{"81": "CORRESPONDENT", "91%": "CORRESPONDENT", "38,000": "CORRESPONDENT"}},
		{"a member of the public speaks after the minutes' heading word and a dash",
			"Trustee Alvarez: We have 42 schools.\n\nPublic comment — Linda Park, parent: There are 29 kids in his class.\nPublic comment — Rev. Grace Mbeki, Eastside Community Pantry: We feed 400 families.\n\nTrustee Alvarez: Thank you.\n",
			map[string]string{"42": "Trustee Alvarez", "29": "Linda Park", "400": "Rev. Grace Mbeki"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, speakersOf(t, tc.text))
		})
	}
}

func TestRosterGivesRoles(t *testing.T) {
	text := "Press conference\n\nGuo Yezhou, vice minister of the International Department\n\nMa Zhaoxu, vice minister of foreign affairs\n\nMa Zhaoxu:\n\nWe have 181 partners.\n"
	res, err := defaultEngine(t).Extract("t.txt", []byte(text), Options{})
	require.NoError(t, err)
	require.Len(t, res.Claims, 1)
	assert.Equal(t, "vice minister of foreign affairs", res.Claims[0].SpeakerRole)
}

func TestAParticipantsListAtTheEndNamesTheTurns(t *testing.T) {
	text := "Q1 2025 Earnings Call\n\nPrepared Remarks:\n\nOperator\n\nWelcome to the call.\n\n" +
		"Lauren Beck\n-- Director of Investor Relations\n\nThank you. We have 38 new bankers.\n\n" +
		"Karen Sato\n-- Chief Financial Officer\n\nMargin rose 9 basis points.\n\n" +
		"Call participants:\n\nLauren Beck -- Director of Investor Relations\n\nKaren Sato -- Chief Financial Officer\n\nMore analysis\n"
	res, err := defaultEngine(t).Extract("t.txt", []byte(text), Options{})
	require.NoError(t, err)
	got := map[string][2]string{}
	for _, c := range res.Claims {
		got[c.Number] = [2]string{*c.Speaker, c.SpeakerRole}
	}
	assert.Equal(t, map[string][2]string{"38": {"Lauren Beck", "Director of Investor Relations"}, "9": {"Karen Sato", "Chief Financial Officer"}}, got)
}

func TestAQuoteSetOutAfterItsIntroductionIsTheSpeakers(t *testing.T) {
	text := "UNION CALLS FOR ACTION\n\nA survey of 2,000 members found 38% had been threatened.\n\n" +
		"RDWU general secretary Maureen Achterberg said:\n\n" +
		"\"When one in five shop workers has been assaulted, this is a crisis.\n\n" +
		"\"Retail employs almost three million people.\"\n\n" +
		"The union will lobby 14 MPs.\n"
	assert.Equal(t, map[string]string{"2,000": "", "38%": "", "one in five": "Maureen Achterberg", "three million": "Maureen Achterberg", "14": ""}, speakersOf(t, text))
}

// A TV station's transcript introduces each official by surname and
// marks the time between the parts of one quote.
func TestAQuoteGoesOnPastATimeMarkAndASurnameIntroducesIt(t *testing.T) {
	text := "Mayor Hughes opened the news conference. Hughes said:\n\n" +
		"\"We put $18.5 million into violence interruption.\"\n\n" +
		"[00:03:30]\n\"And 60 outreach workers are on the street.\"\n\n" +
		"It said:\n\n\"There were 14 arrests.\"\n"
	assert.Equal(t, map[string]string{"$18.5 million": "Hughes", "60": "Hughes", "14": ""}, speakersOf(t, text))
}

func TestAStatementIssuedAfterItsIntroductionIsItsIssuers(t *testing.T) {
	text := "Washington, DC: An IMF staff team led by Ms. Elena Marchetti visited Montaria. At the conclusion of the mission, Ms. Marchetti issued the following statement:\n\n" +
		"\"Real GDP grew by an estimated 3.2 percent in 2024.\"\n"
	assert.Equal(t, map[string]string{"3.2": "Ms. Marchetti"}, speakersOf(t, text))
}

func TestAnInlinePresentListSplitByCommasGivesRoles(t *testing.T) {
	text := "Present: Mme Hélène Marchetti (Chair), M. Bernard Lafon (Chief Winemaker) and 61 members in person; 14 members by proxy.\n\n" +
		"LAFON: We picked 9,412 tonnes.\n\nMARCHETTI: We have 118 members.\n"
	res, err := defaultEngine(t).Extract("t.txt", []byte(text), Options{})
	require.NoError(t, err)
	roles := map[string]string{}
	for _, c := range res.Claims {
		roles[c.Number] = c.SpeakerRole
	}
	assert.Equal(t, "Chief Winemaker", roles["9,412"])
	assert.Equal(t, "Chair", roles["118"])
}

func TestARosterNameSpeaksWithoutItsTitles(t *testing.T) {
	text := "Briefing\n\nParticipants:\nUsec. Renato B. Salcedo, Administrator, Office of Civil Defense\n" +
		"Dir. Maricel T. Bautista, Spokesperson, Office of Civil Defense\nAsec. Jonas P. Madrigal, Disaster Response Management Group, DSWD\n\n" +
		"USEC. SALCEDO:\n\nWe moved 96,000 families.\n\nDIR. BAUTISTA:\n\nAffected population: 287,412 families.\n\nASEC. MADRIGAL:\n\nWe sent 400 trucks.\n"
	res, err := defaultEngine(t).Extract("t.txt", []byte(text), Options{})
	require.NoError(t, err)
	var got [][2]string
	for _, c := range res.Claims {
		got = append(got, [2]string{*c.Speaker, c.SpeakerRole})
	}
	assert.Equal(t, [][2]string{
		{"Renato B. Salcedo", "Administrator, Office of Civil Defense"},
		{"Maricel T. Bautista", "Spokesperson, Office of Civil Defense"},
		{"Jonas P. Madrigal", "Disaster Response Management Group, DSWD"},
	}, got)
}

func TestProseAttribution(t *testing.T) {
	for _, tc := range []struct {
		name, text, number, want string
	}{
		{"said after", "Cases rose to 4,000 last week, the WHO said.", "4,000", "WHO"},
		{"said before", "Deaths fell 12 percent, said Maria Van Kerkhove, an epidemiologist.", "12", "Maria Van Kerkhove"},
		{"according to", "According to the IMF, growth will reach 3.1 percent.", "3.1", "IMF"},
		{"according to data from a body", "Spending hit $2,443 billion, according to new data from the Stockholm International Peace Research Institute.", "$2,443 billion", "Stockholm International Peace Research Institute"},
		{"a source that ends the sentence loses its full stop", "Households bear 30 percent of the cost, according to UNESCO.", "30", "UNESCO"},
		{"an abbreviated source keeps its dots", "Aid fell 7 percent, according to the U.N.", "7", "U.N."},
		{"told reporters", "Health Minister John Smith told reporters that 300 beds were added.", "300", "John Smith"},
		{"data show", "The CDC's data show 1,200 new infections.", "1,200", "CDC"},
		{"pronoun", "Jane Doe is the director. She said 45 clinics closed.", "45", "Jane Doe"},
		{"a judge observes that, with an adverb between", "Lord Reed nonetheless observes that a worker who settled for £10,001 gets nothing.", "£10,001", "Lord Reed"},
		{"a judge's present tense", "Lord Sales dissents. He also notes that fewer than 5% sought review.", "5%", "Lord Sales"},
		{"a conjunction opening the sentence is no part of the name", "And Daniel Cho, who is 20, studies water. He tells me the aquifer dropped 60 feet.", "60", "Daniel Cho"},
		{"organization with a long name", "According to the Centers for Disease Control and Prevention, 90 percent were unvaccinated.", "90", "Centers for Disease Control and Prevention"},
		{"a group", "Cases rose to 146 this week, state health officials said.", "146", "state health officials"},
		{"a named survey", "One in five adults skipped medication, a KFF survey found.", "One in five", "KFF"},
		{"the document's own voice", "The city has 45 clinics.", "45", ""},
		{"an ampersand joins a body's name", "Staffing fell 46 percent, according to the Centers for Medicare & Medicaid Services.", "46", "Centers for Medicare & Medicaid Services"},
		{"data from a body showed", "Registrations fell 3.8%, data from the European Automobile Manufacturers' Association (ACEA) showed.", "3.8%", "European Automobile Manufacturers' Association"},
		{"data compiled by a consultancy", "Carmakers recalled more than 1.1 million vehicles, according to data compiled by consultancy AutoRisk Analytics.", "1.1 million", "AutoRisk Analytics"},
		{"a company's arm said, after an earlier source", "In Britain, according to the Society of Motor Manufacturers and Traders, sales rose, and Veltra's UK arm said 14,000 vehicles were affected.", "14,000", "Veltra's UK arm"},
		{"a named body", "Some 1.2 million people fled, the UN refugee agency reported.", "1.2 million", "UN refugee agency"},
		{"an unnamed body is no source", "Its stock fell 9 percent after the company announced cuts.", "9", ""},
		{"you are no source", "You said 300 people died.", "300", ""},
		{"a pronoun after a surname", "Maria Lopez runs a bakery. Smith told reporters 12 were hurt. He said 3 of them were children.", "3", "Smith"},
		{"one person is no they", "Smith said 12 were hurt. They said 40 more were hurt.", "40", ""},
		{"states after a name is a noun, no verb of saying", "Trade between China and Arab states reached $431.4 billion.", "$431.4 billion", ""},
		{"each figure takes the source named before it", "The health ministry said 37 cases were reported, and UNICEF said it was sending 900,000 doses.", "900,000", "UNICEF"},
		{"the first takes its own", "The health ministry said 37 cases were reported, and UNICEF said it was sending 900,000 doses.", "37", "health ministry"},
		{"a body named with a possessive", "Mozambique's health ministry said 37 cases were reported.", "37", "Mozambique's health ministry"},
		{"has said", "Idai killed more than 1,000 people, the World Bank has said.", "1,000", "World Bank"},
		{"a long name with its acronym", "The U.N. Office for the Coordination of Humanitarian Affairs (OCHA) said 1.9 million people needed aid.", "1.9 million", "U.N. Office for the Coordination of Humanitarian Affairs"},
		{"a heading in capitals on the line above is no part of the name", "The meeting opened at 7 p.m.\n\n6. CITY MANAGER'S REPORT\nCity Manager Owen Tate reported that crews had filled 1,286 potholes.", "1,286", "City Manager Owen Tate"},
		{"a source named again shorter is the one named in full before", "City Manager Owen Tate reported that crews filled 1,286 potholes. Later, City Manager Tate said the budget had 53 vacancies.", "53", "City Manager Owen Tate"},
		{"projects and notes after a name are nouns too", "Belt and Road projects employ 420,000 people, and Treasury notes yield 4 percent.", "420,000", ""},
		{"a quotation is whose its attribution says, in each of its sentences", "\"Those 41,000 people got a letter. Ask the 1,150 workers at the foundry,\" Brandt said in an email.", "41,000", "Brandt"},
		{"a quotation after an attributed one is the same speaker's", "\"Those 41,000 people got a letter,\" Brandt said in an email. \"Tell the 1,150 workers at the foundry.\"", "1,150", "Brandt"},
		{"a quotation signed after a dash", "The claim: \u201cSince 2019, Wisconsin has lost 41,000 jobs. That is one in 12.\u201d \u2014 Mara Lindqvist, candidate for governor", "41,000", "Mara Lindqvist"},
		{"a body named by its kind is the one named in full before", "According to the Bureau of Labor Statistics, the state had 481,600 jobs. Paper mills shed 4,800, the bureau's figures show.", "4,800", "Bureau of Labor Statistics"},
		{"or the one the text named before", "Notices are filed with the state Department of Workforce Development. Firms filed 286 notices, according to the department's online database.", "286", "Department of Workforce Development"},
		{"minutes report a speaker over the sentences of the paragraph opened by the name and verb",
			"MINUTES\n\n2.1 M. Lafon reported that picking began on 21 August. The cellar received 9,412 tonnes of grapes.", "9,412", "M. Lafon"},
		{"a courtesy title and surname open a minute",
			"MINUTES\n\n3.1 Mrs Whitcombe presented the provisional accounts. Turnover was 18.7 million euros.", "18.7 million", "Whitcombe"},
		{"a minute's speaker may follow a short opening phrase",
			"MINUTES\n\n2.5 On labour, M. Lafon said that 146 pickers had been employed. Crews worked 38 hours a week.", "38", "M. Lafon"},
		{"a minute's speaker may carry an aside in brackets",
			"MINUTES\n\n4.2 Mme Rey (member no. 0417) said that her family had lost 12 hectares. She asked why only 9 members were insured.", "9", "Mme Rey"},
		{"and in its first sentence",
			"MINUTES\n\n4.2 Mme Rey (member no. 0417) said that her family had lost 12 hectares. She asked why only 9 members were insured.", "12", "Mme Rey"},
		{"a sentence's last letter before a titled name is no initial",
			"MINUTES\n\n3.3 Parcels are graded A. Mrs Whitcombe recalled that the payment had been 452 euros.", "452", "Whitcombe"},
		{"he is no place named after a preposition",
			"MINUTES\n\n2.3 M. Lafon explained that hail had damaged 95 ha around Les Combes. He estimated losses at 2,100 tonnes.", "2,100", "M. Lafon"},
		{"a minute's paragraph opened by he reports on over its sentences",
			"MINUTES\n\nMr Naidoo said the fleet's availability had averaged 54.7%.\n\nHe reported that outages had peaked at 18 215MW. Three units remained out of service.", "Three", "Naidoo"},
		{"the name after she said opens what she said",
			"MINUTES\n\nThe Chairperson welcomed the delegation. She said South Africans had endured more than 2 000 hours of load-shedding.", "2 000", "Chairperson"},
		{"a news paragraph's next sentence is the reporter's own",
			"Cases rose, the WHO said on Monday. Hospitals admitted 300 patients.", "300", ""},
		{"a body named by its kind alone is as written", "Cases rose to 300, the agency said.", "300", "the agency"},
		{"added before a number is a gain, not speech", "Wisconsin lost jobs while Minnesota added 9,000.", "9,000", ""},
		{"she is the last person named, not a body's capitalized words", "\"Plants hire,\" said Dana Kowalczyk, an economist. \"They posted 14,000 openings, according to the Job Openings and Labor Turnover Survey.\" She added that the share is 15.8 percent.", "15.8", "Dana Kowalczyk"},
		{"replied is a verb of saying", "Director Alvarez asked about fares. CFO Lindqvist replied that a rise would yield roughly $4 million a year.", "$4 million", "Lindqvist"},
		{"responded to is no speech", "Crews responded to 300 calls.", "300", ""},
		{"an office named in words the titles do not all list stays whole", "Chief Safety Officer Haddad reported 14 assaults on operators.", "14", "Chief Safety Officer Haddad"},
		{"a month after a preposition finds nothing", "Director Chen asked about evasion; Mr. Haddad said spot inspections in February had found an evasion rate of 6.3 percent.", "6.3", "Haddad"},
		{"she is no thing named after an article", "CEO Thandiwe Mbeki reported that riders on the Blue Line rose. She noted that on-time performance was 81.2 percent.", "81.2", "Thandiwe Mbeki"},
		{"an attendance heading is no label: the minutes' prose names its speakers",
			"DIRECTORS PRESENT: Chair Harold Whitcombe; Vice Chair Daniel Okafor\n\nCEO Mbeki reported that ridership was 2.14 million boardings.", "2.14 million", "Mbeki"},
		{"minutes name a member by the office the Present list gives",
			"Present:\nDr Priya Nandakumar, Chief Executive (CEO)\nSiobhan Kerr, Chief Nurse (CN)\n\n25/065 Quality report\nThe Chief Nurse reported that there had been 3 never events.", "3", "Siobhan Kerr"},
		{"or by its abbreviation",
			"Present:\nDr Priya Nandakumar, Chief Executive (CEO)\nSiobhan Kerr, Chief Nurse (CN)\n\n25/063 Chief Executive's report\nThe CEO reported that the Trust saw 14,862 attendances.", "14,862", "Priya Nandakumar"},
		{"an office with of stays whole", "The Director of People reported that 312 staff had left.", "312", "Director of People"},
		{"a roll-call vote's AYES: is no label",
			"4. APPROVAL OF AGENDA\nMotion by Trustee Chen to approve the agenda.\nAYES: Alvarez, Chen, Price. NOES: None. Motion carried.\n\n6.2 Superintendent Okafor reported that enrollment was 11,482 students.", "11,482", "Okafor"},
		{"a bullet opens a sentence", "\u2022 WFP assisted 398,000 people, the agency said.\n\u2022 Cash transfers are 9,500 francs a month.", "9,500", ""},
		{"a dash that opens a line opens a sentence", "- WFP assisted 398,000 people, the agency said.\n- Cash transfers are 9,500 francs a month.", "9,500", ""},
		{"an item under a person's report is the person's",
			"Q3 enrollment update\n* @Maria Chen presented the Q3 enrollment report (slides linked):\n   * K-12 enrollment is now 14,382 students\n   * That's a drop of 229 students", "229", "Maria Chen"},
		{"an item under an item that opens with a person and a verb",
			"Staffing\n* @Tom Lindqvist (HR) reviewed staffing:\n   * 27 teaching vacancies as of Mar 1\n* Public comment followed", "27", "Tom Lindqvist"},
		{"an item under an item that opens with a mention and a colon",
			"Bond update\n* @David Okafor: the $385M bond passed with 58.7% yes\n   * $142M spent or committed, across 19 projects", "19", "David Okafor"},
		{"an item's parent is its nearest less indented line, past its siblings' children",
			"Budget\n* @Maria Chen walked through the proposed budget:\n   * Total general fund: $218.6M\n      * of which 84% is salaries\n   * Reserve would fall to 3.4%", "3.4%", "Maria Chen"},
		{"a release's list under what a body said",
			"The ministry said:\n\u2022 37 cases were confirmed\n\u2022 12 patients died", "12", "ministry"},
		{"a list under a heading has no source", "Key figures:\n* 37 cases\n* 12 deaths", "12", ""},
		{"an item of its own with a role and a name before a colon",
			"Public comment\n* 23 speakers signed up\n* CVTA president Rob Delgado: teachers have gone 2 years without a raise", "2", "Rob Delgado"},
		{"a forecaster now expects", "The Office for Budget Responsibility now expects the economy to grow by just 0.9% this year.", "0.9%", "Office for Budget Responsibility"},
		{"a named survey of its sample, with an aside, found", "A Pollwise survey of 2,104 adults, carried out on 14-15 March, found 58% expect the budget to leave them worse off.", "58%", "Pollwise"},
		{"a titled name with a role before said is its subject, not the words after",
			"Briefing by the Department: Mhlabeni Bulk Water Scheme\nMr A Botha, Chief Director: Infrastructure Development, said Phase 1, comprising a 38 km bulk pipeline, was complete.", "38", "A Botha"},
		{"estimates as a noun is said by no one", "Early estimates for February 2025 indicate that the number of payrolled employees fell by 21,000 on the month.", "21,000", ""},
		{"a heading's capitalized words and a colon are no person",
			"Results\n* Total for Cedar Valley: 1,400 signatures", "1,400", ""},
		{"an item under a name without a verb has no source",
			"Enrollment\n* Kindergarten Enrollment Report:\n   * 1,047 students enrolled", "1,047", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, speakersOf(t, tc.text)[tc.number])
		})
	}
}

// A report's heading is written as a label and a colon, but a title
// follows it and it opens no other paragraph: no one speaks the report.
func TestAHeadingWithAColonIsNoSpeaker(t *testing.T) {
	text := "EASTERN CHAD: Sudan Refugee Crisis\nSituation Report No. 9 | as of 15 March 2024\n\nHIGHLIGHTS\n\u2022 553,000 refugees have arrived in eastern Chad.\n\nSome 1.8 million people need assistance, UNHCR said.\n"
	assert.Equal(t, map[string]string{"553,000": "", "1.8 million": "UNHCR"}, speakersOf(t, text))
	speech := "TRUMP: We Have Won\n\nTRUMP: We have 12 states.\n"
	assert.Equal(t, map[string]string{"12": "TRUMP"}, speakersOf(t, speech), "a label that recurs speaks even its title")
}

// Numbered labels are different people, and a broadcast script's label
// may carry a note in brackets, kept as written: "REPORTER (LIVE):".
func TestNumberedLabelsAreDifferentSpeakers(t *testing.T) {
	text := "Speaker 1: We have 12 sites.\n\nSpeaker 2: And 40 staff.\n\nSpeaker 1: Plus 3 more.\n\n" +
		"ANCHOR 2: About 4,800 residents left.\n\nREPORTER (LIVE): It grew to 14,000 acres.\n\nANCHOR 2: And 9 homes burned.\n"
	assert.Equal(t, map[string]string{"12": "Speaker 1", "40": "Speaker 2", "3": "Speaker 1", "4,800": "ANCHOR 2", "14,000": "REPORTER (LIVE)", "9": "ANCHOR 2"}, speakersOf(t, text))
}

func TestLetteredLabelsAreDifferentSpeakers(t *testing.T) {
	text := "Speaker A [00:00:00.000]\nWelcome. We have 12 guests.\n\nSpeaker B [00:00:18.389]\nThe median hit $1,018,000.\n\nSpeaker A [00:00:22.661]\nUp 3 times?\n"
	assert.Equal(t, map[string]string{"12": "Speaker A", "$1,018,000": "Speaker B", "3": "Speaker A"}, speakersOf(t, text))
}

// Closed captions mark each change of speaker with ">>" at a line's
// start, naming the speaker only sometimes: a named turn is the name's,
// an unnamed one no one's that the text can tell.
func TestCaptionTurnMarkersChangeTheSpeaker(t *testing.T) {
	text := "[00:00:02]\n>> DANA: welcome back\n>> DR. BHATT: we have about 140 patients in the hospital\n" +
		"and 412 visits on monday alone\n>> yeah and the wait was 90 minutes\n>> DANA: wow 12 hours\n"
	assert.Equal(t, map[string]string{"140": "DR. BHATT", "412": "DR. BHATT", "90": "", "12": "DANA"}, speakersOf(t, text))
}

// Captions in capitals break a turn's first line anywhere: after the
// label it can read like a title ("THANK YOU MAYOR AND MEMBERS OF"), but
// the turn marker says speech follows.
func TestCaptionTurnInCapitalsIsNoTitle(t *testing.T) {
	text := ">> MAYOR DELGADO: THANK YOU.\n>> BUDGET DIRECTOR OKAFOR: THANK YOU MAYOR AND MEMBERS OF\nCOUNCIL. THE GENERAL FUND IS $512 MILLION.\n"
	assert.Equal(t, map[string]string{"$512 MILLION": "BUDGET DIRECTOR OKAFOR"}, speakersOf(t, text))
}

// A network's debate transcript names a candidate in full the first time,
// with party, state and office, and by surname after.
func TestADebatesFirstLabelDropsPartyAndOffice(t *testing.T) {
	text := "GOV. RUTH HALVERSON (D-MN), PRESIDENTIAL CANDIDATE: We added 38,000 jobs.\n\nLUIS CARRANZA (D), FORMER PHOENIX MAYOR: We built 12,000 homes.\n\nHALVERSON: And 4 clinics.\n"
	assert.Equal(t, map[string]string{"38,000": "GOV. RUTH HALVERSON", "12,000": "LUIS CARRANZA", "4": "HALVERSON"}, speakersOf(t, text))
}

// A live stream's transcript closes with a mark; the page's pinned
// comment after it is no speaker's.
func TestAnEndMarkClosesTheSpeech(t *testing.T) {
	for _, mark := range []string{"[END OF LIVE, 00:08:40]", "END OF TRANSCRIPT", "[END OF WEBINAR - 01:14:52]", "###"} {
		text := "[Host] Keisha Brown: (00:08:01) We have 41 stores voting.\n\n" + mark + "\n\nPinned comment: Strike fund is $4.7M.\n"
		assert.Equal(t, map[string]string{"41": "Keisha Brown", "$4.7M": ""}, speakersOf(t, text), mark)
	}
}

// A published earnings call lists its participants with their roles
// after a dash under its heading, before the call: that list is the
// roster, and the takeaways after it the page's own.
func TestAParticipantsListWithDashRolesIsNoTurn(t *testing.T) {
	text := "CALL PARTICIPANTS\n\nDana Whitfield -- President and Chief Executive Officer\nPriya Raman -- Analyst\n\nTAKEAWAYS\n\n- Revenue: $612.4 million.\n\nOperator\n\nWelcome.\n\nDana Whitfield\n\nWe flew 4 new jets.\n\nPriya Raman\n\nWhy 12 routes?\n"
	assert.Equal(t, map[string]string{"$612.4 million": "", "4": "Dana Whitfield", "12": "Priya Raman"}, speakersOf(t, text))
}

// Labels of the layouts read in the twenty-fifth round, each as its
// transcript writes it.
func TestTwentyFifthRoundLabels(t *testing.T) {
	for _, tc := range []struct{ name, text, number, want string }{
		{"WhisperX's cue range and diarized label", "[00:00:00.031 --> 00:00:08.535] SPEAKER_00: Rents rose 14% here.\n", "14%", "SPEAKER_00"},
		{"a Zoom chat's sender line", "19:06:52 From  Mark Ellison - LUSD CFO  to  Everyone:\n\tRevenue: $312.6 million\n", "$312.6 million", "Mark Ellison"},
		{"a Discord user line", "hollie.w — 03/14/2025 9:14 AM\nWe made 41 MWh in February.\n", "41", "hollie.w"},
		{"a Lords peer on his own line", "Lord Harrington of Watford (Con)\nMy Lords, 6 million households are in arrears.\n", "6 million", "Lord Harrington of Watford"},
		{"a Lords minister's office, answering", "Lord Harrington of Watford (Con)\nMy Lords, what of bills?\n\nThe Minister of State, Department for Energy Security and Net Zero (Lord Hunt of Kings Heath) (Lab)\nMy Lords, bills fell 7%.\n", "7%", "Lord Hunt of Kings Heath"},
		{"an Australian senator with seat and time", "Senator CANAVAN (Queensland) (14:03): Prices rose 21%.\n", "21%", "Senator CANAVAN"},
		{"an office that titles a name, said once", "High Representative Kaja Kallas: We pledged 2 million rounds.\n", "2 million", "High Representative Kaja Kallas"},
		{"an office and initials in capitals", "HR/VP: We are 3 votes short.\n", "3", "HR/VP"},
		{"Malaysia's minister with the holder in brackets", "Menteri Perdagangan Dalam Negeri [Datuk Armizan]: Prices rose 4%.\n", "4%", "Datuk Armizan"},
		{"a Spaces handle after the time", "[00:05:17] @RivertonTransit: We have 38 routes.\n", "38", "@RivertonTransit"},
		{"a live stream's role tag", "[Guest] Dwayne Ortiz: (00:00:41) We sat for 14 hours.\n", "14", "Dwayne Ortiz"},
		{"the Philippine House's titled name and role", "MR. REYES (DA Undersecretary). Imports reached 4.68 million MT.\n", "4.68 million", "MR. REYES"},
		{"a podcast app's numbered voice on its own line, under its time", "0:00\nSpeaker 1\nWelcome.\n\n0:14\nSpeaker 2\nIt's 14 now.\n\n0:21\nSpeaker 1\nAnd 40 teams?\n\n0:25\nSpeaker 2\nYes.\n", "14", "Speaker 2"},
		{"a Bloomberg transcript's name and terminal tag", "Anna Keller {BIO 21945810 <GO>}\nWelcome.\n\nMarkus Brandt {BIO 18731996 <GO>}\nEBITDA rose 7%.\n", "7%", "Markus Brandt"},
		{"Sri Lanka's member with a bracketed title", "HON. (DR.) KAVINDA DE SILVA: Sir, reserves are 5 billion dollars.\n", "5 billion", "HON. (DR.) KAVINDA DE SILVA"},
		{"a Capital IQ call's executive, named with a middle initial, over the role line",
			"Executives\nDana L. Whitfield - President, CEO & Director\nTeresa Lindahl - Vice President of Investor Relations\n\nPresentation\n\nTeresa Lindahl\nVice President of Investor Relations, Prairie Harvest Markets, Inc.\nThank you.\n\nDana L. Whitfield\nPresident, CEO & Director, Prairie Harvest Markets, Inc.\nSales rose 3%.\n",
			"3%", "Dana L. Whitfield"},
		{"Jamaica's office in capitals on its own line", "THE HONOURABLE MINISTER OF FINANCE AND THE PUBLIC SERVICE (Dr. the Hon. Colin Fairweather):\nRevenue rose 6%.\n", "6%", "Dr. the Hon. Colin Fairweather"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, speakersOf(t, tc.text)[tc.number])
		})
	}
}

// A long heading in capitals wraps onto a second line that reads like a
// label alone; a government's protective marking recurs at the top and
// foot of each page. Neither speaks.
func TestAWrappedHeadingAndAProtectiveMarkingAreNoLabels(t *testing.T) {
	text := "OFFICIAL\n\nDear Ms Okafor,\n\nFREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION: CONDUCTED ENERGY\nDEVICES (TASER)\n\nTaser was drawn 412 times in 2024.\n\nOFFICIAL\n"
	assert.Equal(t, map[string]string{"412": ""}, speakersOf(t, text))
}

// A staff report words its recommendation as a clause and a colon over
// numbered actions: the clause (the rules' clause_leads) names no one.
func TestAClauseWithAColonIsNoLabel(t *testing.T) {
	text := "RECOMMENDATION\n\nThat the City Council:\n1. Award a contract in the amount of $6,842,310; and\n\nBACKGROUND\n\n1. The City maintains about 312 miles of streets.\n"
	assert.Equal(t, map[string]string{"$6,842,310": "", "312": ""}, speakersOf(t, text))
}

// A press conference's header names who answers ("Rafael Ortega,
// Vice-President of the ECB"): the one-word label of the one who answers
// once speaks, where a briefing's one-word lead-in ("Fuel:") names no one.
func TestASurnameLabelSeenOnceSpeaksWhereTheTextNamesItInFull(t *testing.T) {
	text := "Transcript of the answers given by Annika Vollmer, President of the ECB, and Rafael Ortega, Vice-President of the ECB\n\n" +
		"Question: Is this the end?\n\nVollmer: We cut by 25 basis points.\n\nQuestion: And the spreads?\n\n" +
		"Ortega: The spread widened by about 20 basis points.\n\nQuestion: And wages?\n\nVollmer: They grew by 3.7%.\n\n" +
		"Question: Last one?\n\nVollmer: Inflation was 2.1%.\n\nFuel: about 1 in 6 gas stations are dry.\n"
	got := speakersOf(t, text)
	assert.Equal(t, "Ortega", got["20"], "the label as written")
	assert.Equal(t, "Vollmer", got["3.7%"])
	assert.True(t, namedInFull(text, "Ortega"))
	assert.False(t, namedInFull(text, "Fuel"))
	roster := "Annika Vollmer, President of the ECB,\nRafael Ortega, Vice-President of the ECB\n\n" + text[strings.Index(text, "\n\n")+2:]
	assert.Equal(t, "Rafael Ortega", speakersOf(t, roster)["20"], "the roster names a vice-president too")
}

// A parliament's record runs its turns together: the chair announces the
// next speaker, whose label is seen once ("Ines Pohlmann (Die Linke):",
// "Dr. Markus Lehnert, Federal Minister of Transport:") and opens with a
// salutation in capitals ("Madam President! Dear colleagues!"), which is
// speech, not a headline.
func TestALabelTheChairAnnouncesSpeaksOnce(t *testing.T) {
	text := "President Julia Klöckner: I open the debate. The first speaker is Federal Minister Dr. Markus Lehnert.\n" +
		"Dr. Markus Lehnert, Federal Minister of Transport: Madam President! Dear colleagues! We will spend €38.4 billion.\n" +
		"President Julia Klöckner: The last speaker in this debate is Ines Pohlmann for the\nparliamentary group Die Linke.\n" +
		"Ines Pohlmann (Die Linke): Madam President! Dear Colleagues! In January, the Ticket Goes Up From €58 to €63.\n" +
		"President Julia Klöckner: Thank you. 12 votes were cast.\n"
	got := speakersOf(t, text)
	assert.Equal(t, "Dr. Markus Lehnert", got["€38.4 billion"])
	assert.Equal(t, "Ines Pohlmann (Die Linke)", got["€63"])
	assert.Equal(t, "President Julia Klöckner", got["12"])
	assert.True(t, headline("Trade Deal Talks Stall in Geneva"))
	assert.False(t, headline("Madam President! Dear Colleagues! In January, the Ticket"))
	cited := "Spending rose (Table 1).\n\nTable 1: Weekly energy spending, by quintile\n"
	assert.False(t, announced(cited, strings.LastIndex(cited, "Table"), "Table 1"), "a table cited before its title is no one")
}

// A Reddit thread copied from the new layout stacks each comment's header:
// the user's name alone on a line over "· 1 day ago" (and "OP" between
// for the one who posted). The name speaks the comment; a short line
// with no age under it is no one; the post's "Posted by u/Name" speaks
// the post.
func TestAForumUserOverTheCommentsAgeSpeaksIt(t *testing.T) {
	text := "r/IAmA\nPosted by u/HalvernCountyHealth\n1 day ago\nWe run 11 clinics.\n" +
		"EDIT 1: More than 900 questions?!\n4.1k\nlevel 1\nthrowaway_rn_halvern\n· 1 day ago\n" +
		"We had 38 of our 40 beds full.\n1.8k\nReply\nlevel 2\nHalvernCountyHealth\nOP\n· 1 day ago\n" +
		"Occupancy peaked at 96%.\n1.1k\nReply\nStaffing\nWe lost 9 nurses.\n"
	got := speakersOf(t, text)
	assert.Equal(t, "HalvernCountyHealth", got["11"])
	assert.Equal(t, "throwaway_rn_halvern", got["38"])
	assert.Equal(t, "HalvernCountyHealth", got["96%"])
	assert.NotEqual(t, "Staffing", got["9"], "a short line with no age under it is no user")
	assert.NotContains(t, got, "1", "an edit's number is no claim")
}

// A LinkedIn post copied as text names its author twice over the degree
// of connection, and each comment its member over theirs or "Author".
func TestANetworkMemberOverTheDegreeSpeaks(t *testing.T) {
	text := "Feed post\nDr. Meera Iyengar\nDr. Meera Iyengar\n • 2nd\nMD & CEO, Kaveri Crest Hospitals\n5d • Edited •\n\n" +
		"Here is what 11,600 colleagues delivered.\n\nMost relevant\n\nArjun Shetty\n • 2nd\nDirector, Healthcare Banking\n4d\n" +
		"Congratulations! 22.9% margin is remarkable.\nLike · Reply · 14 Reactions\n\nDr. Meera Iyengar\nAuthor\nMD & CEO\n4d\n" +
		"No IPO plans for at least 18 months.\n"
	got := speakersOf(t, text)
	assert.Equal(t, "Dr. Meera Iyengar", got["11,600"])
	assert.Equal(t, "Arjun Shetty", got["22.9%"])
	assert.Equal(t, "Dr. Meera Iyengar", got["18"])
}

// Council minutes list their officers inline, each role in brackets and
// wrapped onto the next line ("D. Lomax" / "(Senior Planning Officer)"),
// and report each officer by office: "The Principal Planning Officer
// presented the report ... She advised" is the officer the list names.
func TestMinutesReportAnOfficerByTheOfficeTheListNames(t *testing.T) {
	text := "OFFICERS:   M. Chadwick (Head of Planning), R. Kaur (Principal Planning Officer), D. Lomax\n" +
		"            (Senior Planning Officer) and C. Penrose (Democratic Services Officer)\n\n" +
		"ALSO PRESENT: Approximately 40 members of the public.\n\n" +
		"89.  LAND NORTH OF MILL LANE\n     The Principal Planning Officer presented the report. She advised\n     that the site extended to 14.6 hectares.\n\n" +
		"90.  FORMER DEPOT\n     The Senior Planning Officer introduced the report. He explained that the depot had been\n     vacant for more than 11 years.\n"
	got := speakersOf(t, text)
	assert.Equal(t, "R. Kaur", got["14.6"])
	assert.Equal(t, "D. Lomax", got["11"])
	assert.Equal(t, "", got["40"], "ALSO PRESENT: is no label, nor OFFICERS: above it")
}

func TestTurnsRunTogetherWithoutBlankLines(t *testing.T) {
	text := "CHAIR SMITH: The fund holds $4 million.\nMEMBER JONES: [crosstalk] No, it holds 5 million\ndollars, and 12 towns share it.\n-3-\nCHAIR SMITH: Order. We have 7 towns left.\n"
	got := speakersOf(t, text)
	assert.Equal(t, map[string]string{"$4 million": "CHAIR SMITH", "5 million": "MEMBER JONES", "12": "MEMBER JONES", "7": "CHAIR SMITH"}, got)
}

func TestReporterWhoNamesHerselfGivesTheQuestionerARole(t *testing.T) {
	text := "DIRECTOR YOUNG: Hello.\n\nQ    Hey, guys.  It's Justin Sink from Bloomberg.  Is it 3 percent?\n\nDIRECTOR YOUNG: It is 4 percent.\n"
	res, err := defaultEngine(t).Extract("t.txt", []byte(text), Options{})
	require.NoError(t, err)
	require.Len(t, res.Claims, 2)
	assert.Equal(t, "Q", *res.Claims[0].Speaker)
	assert.Equal(t, "Justin Sink, Bloomberg", res.Claims[0].SpeakerRole)
	assert.Equal(t, "", res.Claims[1].SpeakerRole)
}

func TestParticipantsListGivesRolesToInitialLabels(t *testing.T) {
	text := "Speakers:\nDr Tedros Adhanom Ghebreyesus, WHO Director-General\nDr Maria Van Kerkhove, Technical Lead\n\nTAG: We have shipped 2 million tests.\n\nMK: And 40 labs are ready.\n"
	res, err := defaultEngine(t).Extract("t.txt", []byte(text), Options{})
	require.NoError(t, err)
	require.Len(t, res.Claims, 2)
	assert.Equal(t, "Dr Tedros Adhanom Ghebreyesus", *res.Claims[0].Speaker, "the roster's full name")
	assert.Equal(t, "WHO Director-General", res.Claims[0].SpeakerRole)
	assert.Equal(t, "Technical Lead", res.Claims[1].SpeakerRole)
}

// WHO-style transcripts: a speakers key in the header, then initials alone
// on a line (no colon) before each turn, with bare timestamps between.
func TestSpeakersKeyAndBareInitialLabels(t *testing.T) {
	text := "Press conference\n\nSpeakers key:\nTAG Dr Tedros Adhanom Ghebreyesus\nMK Dr Maria Van Kerkhove\nCL Christian Lindmeier\n\n" +
		"00:00:00\nCL\nHello from Geneva.\nTAG\nMore than 2.5 million cases were reported.\n00:05:34\nMK\nAbout 3% have antibodies.\n"
	got := speakersOf(t, text)
	assert.Equal(t, map[string]string{"2.5 million": "Dr Tedros Adhanom Ghebreyesus", "3%": "Dr Maria Van Kerkhove"}, got)
}

func TestParticipantsHeadingWithNamesOnTheirOwnLines(t *testing.T) {
	text := "Budget briefing\n\nPARTICIPANTS:\nShalanda Young\nJared Bernstein\n\nDIRECTOR YOUNG: We cut $3 trillion.\n\nCHAIR BERNSTEIN: Growth is 2.2 percent.\n"
	got := speakersOf(t, text)
	assert.Equal(t, map[string]string{"$3 trillion": "Shalanda Young", "2.2": "Jared Bernstein"}, got)
}

// A council's note lists who is present on one line, items split by
// semicolons: a label that matches one speaks as its name, without the
// words of its office ("CITY MANAGER REYES" is Daniel Reyes).
func TestAnInlinePresentListIsARoster(t *testing.T) {
	text := "Note of a meeting\n\nPresent: Mayor Evelyn Price; City Manager Daniel Reyes (staff); Insp. Karen Lyle (Wessex Police). About 140 residents attended.\n\n" +
		"MAYOR PRICE: We have 12 items tonight.\n\nCITY MANAGER REYES: The budget is $286 million.\n\nInsp. Lyle: We made two arrests.\n"
	got := speakersOf(t, text)
	assert.Equal(t, map[string]string{"140": "", "12": "Evelyn Price", "$286 million": "Daniel Reyes", "two": "Karen Lyle"}, got)
}

// In a meeting's note, a paragraph that reports who spoke in the third
// person is not the turn of the label before it: a listed name's claims
// are theirs (the name the list gives), someone unnamed's no one's.
func TestANotesReportedParagraphIsNotTheTurnBeforeIt(t *testing.T) {
	text := "Note of a meeting\n\nPresent: Sam Bellamy (District Council); Neil Corrigan (insurance industry).\n\n" +
		"Mr Bellamy: We delivered 18,000 sandbags.\n\n" +
		"Mr Corrigan said insurers had received around 420 claims. The average claim was about £38,000.\n\n" +
		"A resident from Tanners Court said her excess had gone up to £10,000.\n\n" +
		"Mr Bellamy: The hub has 40 staff.\n\n" +
		"Mr Smith said last week that 300 homes flooded.\n"
	got := speakersOf(t, text)
	assert.Equal(t, map[string]string{"18,000": "Sam Bellamy", "420": "Neil Corrigan", "£38,000": "Neil Corrigan", "£10,000": "", "40": "Sam Bellamy", "300": "Sam Bellamy"}, got)
}

// editDistanceWithin is the full edit distance table where it is at most
// k, and k+1 where it is more.
func TestEditDistanceWithin(t *testing.T) {
	pieces := []string{"a", "b", "c", "ab", "ba", "r", "ton", "carle", "1", "0"}
	rng := rand.New(rand.NewSource(1))
	for range 50000 {
		a, b := randomText(rng, pieces, 8), randomText(rng, pieces, 8)
		full := editDistanceFull(a, b)
		for k := 0; k <= maxLabelEdits; k++ {
			want := min(full, k+1)
			if got := editDistanceWithin([]byte(a), b, k); got != want {
				t.Fatalf("editDistanceWithin(%q, %q, %d) = %d, want %d", a, b, k, got, want)
			}
		}
	}
}

// editDistanceFull is the Levenshtein distance by the whole table.
func editDistanceFull(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// A video or podcast transcript writes each turn as a timestamp and the
// name alone on a line; the European Parliament's verbatim report as the
// name, its group or office, a period and a dash.
func TestTimestampedNamesAndVerbatimReportLabelsSpeak(t *testing.T) {
	podcast := "THE ORE ROAD | Episode 147\n\n00:00:04 Priya Raman\nWelcome back. Last year 17 million electric cars were sold.\n\n" +
		"00:00:52 Tomás Ferreira\nAustralia produces roughly 37 percent of mined lithium.\n\n00:01:03 Priya Raman\nAnd 240,000 tonnes of cobalt?\n\n" +
		"00:01:10 Tomás Ferreira\nCongo mined 70 percent.\n"
	assert.Equal(t, map[string]string{"17 million": "Priya Raman", "37": "Tomás Ferreira", "240,000": "Priya Raman", "70": "Tomás Ferreira"}, speakersOf(t, podcast))
	agenda := "PROGRAMME\n\n10:15 Coffee Break\nThe hall seats 400 people.\n"
	assert.Equal(t, map[string]string{"400": ""}, speakersOf(t, agenda), "a time and words that do not recur name no one")
	verbatim := "VERBATIM REPORT\n\nChair. – Welcome. Some 40 delegates asked to speak.\n\n" +
		"Niels Kjærgaard (PPE). – Chemical production fell by 12% last year.\n\n" +
		"Ilse Vandenberghe, Commissioner-designate. – Around 8 million people work in these industries.\n"
	assert.Equal(t, map[string]string{"40": "Chair", "12%": "Niels Kjærgaard", "8 million": "Ilse Vandenberghe"}, speakersOf(t, verbatim))
}

// A sports press conference labels the player once and each question
// "Q."; the answers after that go unlabeled. They are the last answerer's,
// not the questioner's, unless the question's own next paragraph is
// followed by a labeled answer.
func TestUnlabeledAnswerAfterAQuestionIsTheAnswerers(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       map[string]string
	}{
		{"an unlabeled answer between two questions",
			"THE MODERATOR: Welcome, Jonas, winner by 3 shots.\n\nQ. Jonas, how was the day?\n\nJONAS LINDQVIST: Good. I made 5 birdies.\n\n" +
				"Q. How much does the bonus matter?\n\nIt matters a lot. There are 4 events left.\n\nI have 12 top-10 finishes.\n\n" +
				"Q. Was 2019 hard?\n\nJONAS LINDQVIST: I missed 14 cuts.\n",
			map[string]string{"3": "THE MODERATOR", "5": "JONAS LINDQVIST", "4": "JONAS LINDQVIST", "12": "JONAS LINDQVIST", "14": "JONAS LINDQVIST"}},
		{"an unlabeled answer before the moderator closes",
			"JONAS LINDQVIST: I made 5 birdies.\n\nQ. What was the goal?\n\nJONAS LINDQVIST: To win 2 events.\n\n" +
				"Q. And the Masters?\n\nIt was the big one. My dad turns 70 soon.\n\nTHE MODERATOR: Thank you, Jonas.\n",
			map[string]string{"5": "JONAS LINDQVIST", "2": "JONAS LINDQVIST", "70": "JONAS LINDQVIST"}},
		{"a question's second paragraph, then its labeled answer",
			"DIRECTOR YOUNG: We cut 9 programs.\n\nQ    Can we get a gross number?\n\nAnd is the topline $7.266 trillion. Thank you.\n\n" +
				"DIRECTOR YOUNG: Yes, $7.3 trillion.\n",
			map[string]string{"9": "DIRECTOR YOUNG", "$7.266 trillion": "Q", "$7.3 trillion": "DIRECTOR YOUNG"}},
		{"no one has answered yet: the questioner keeps it",
			"Q. Is it 40 percent?\n\nIt is 45 percent of 12 sites.\n",
			map[string]string{"40": "Q", "45": "Q", "12": "Q"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, speakersOf(t, tc.text))
		})
	}
}

// The roster is the header's: a line of a turn that reads as "Name, role"
// ("FDA-2025-N-0412. Dr. Okafor, would you restate the results?", a
// court reporter's line once its number is blanked) renames no one.
func TestRosterEndsWhereSpeechBegins(t *testing.T) {
	text := "Clarifying Questions\n" +
		"DR. LEWIS:  Welcome back. Submissions are posted to docket\n" +
		"FDA-2025-N-0412. Dr. Okafor, would you restate the results?\n" +
		"DR. OKAFOR:  We randomized 6,412 patients.\n"
	assert.Equal(t, map[string]string{"6,412": "DR. OKAFOR"}, speakersOf(t, text))
}

// UK written answers name the asker and the answerer on a line of their
// own, the answerer's office on the next: that line is the label's role,
// not a turn of its own.
func TestWrittenAnswersAskedAndAnsweredBy(t *testing.T) {
	text := "Asked by Helen Marsh\n(Wealdbridge)\nConservative\n\n" +
		"To ask the Secretary of State, what the capacity of 120 prisons was.\n\n" +
		"Answered by Daniel Ashworth\nParliamentary Under-Secretary (Ministry of Justice)\nAnswered on 17 March 2025\n\n" +
		"The population was 87,941.\n"
	assert.Equal(t, map[string]string{"120": "Helen Marsh", "87,941": "Daniel Ashworth"}, speakersOf(t, text))
}

// A release's headings name programmes, with their acronym or code in
// brackets: no speaker, though Hansard writes a member "Name (Seat)".
func TestProgrammeHeadingsAreNoLabels(t *testing.T) {
	text := "Pradhan Mantri Awaas Yojana – Gramin (PMAY-G)\n\n• A total of 4.12 crore houses were sanctioned.\n\n" +
		"PM-JANMAN (Housing and Roads for PVTGs)\n\n• Under it, 4.72 lakh houses were sanctioned.\n\n" +
		"Pradhan Mantri Gram Sadak Yojana (PMGSY)\n\n• A road length of 8,29,140 km was sanctioned.\n"
	assert.Equal(t, map[string]string{"4.12 crore": "", "4.72 lakh": "", "8,29,140": ""}, speakersOf(t, text))
}

// India's parliament prints who answers a written question as the office
// on one line and the member's name with an honorific in brackets on the
// next: the name, though bracketed as a direction is, speaks the answer.
func TestAnIndianMembersBracketedNameAnswers(t *testing.T) {
	text := "ANSWER\n\nTHE MINISTER OF STATE FOR JAL SHAKTI\n(SHRI BHUPENDRA NATH KHARWAR)\n\n" +
		"(a) Only 3.23 crore households had taps.\n\n(Interruptions)\n\n(b) We tested 27,544 habitations.\n"
	res, err := defaultEngine(t).Extract("usq.txt", []byte(text), Options{})
	require.NoError(t, err)
	require.Len(t, res.Claims, 2)
	for _, c := range res.Claims {
		require.NotNil(t, c.Speaker, c.Number)
		assert.Equal(t, "SHRI BHUPENDRA NATH KHARWAR", *c.Speaker, c.Number)
	}
	// An office too long for a heading's width is still an office, not a
	// heading that wraps onto the name's line.
	long := "ANSWER\n\nMINISTER OF STATE IN THE MINISTRY OF RURAL DEVELOPMENT\n(SHRI DEVENDRA PRASAD MAHTO)\n\n" +
		"(a) to (d): A total of 8,27,416 km road length has been sanctioned.\n"
	assert.Equal(t, map[string]string{"8,27,416": "SHRI DEVENDRA PRASAD MAHTO"}, speakersOf(t, long))
}

// A live blog's entry after a word of the record ("UPDATE:") is prose: who
// said its figures is read from it, as in any unlabelled report, and a
// pointer to another story ("RELATED:") names no one.
func TestALiveBlogsUpdateIsAttributedAsProse(t *testing.T) {
	text := "LIVE UPDATES: Fire at plant\n\n9:48 PM\nPosted by Jamie Ortiz\n\n" +
		"UPDATE: Fire Chief Dana Whitfield said crews have the fire about 85 percent contained.\n\n" +
		"UPDATE: Air quality. The state Department of Environmental Quality said its monitors recorded 180 readings.\n\n" +
		"RELATED: 5 things to know\n"
	res, err := defaultEngine(t).Extract("blog.txt", []byte(text), Options{})
	require.NoError(t, err)
	got := map[string]string{}
	for _, c := range res.Claims {
		who := ""
		if c.Speaker != nil {
			who = *c.Speaker
		}
		got[c.Number] = who
	}
	assert.Equal(t, map[string]string{"85": "Fire Chief Dana Whitfield", "180": "Department of Environmental Quality"}, got)
}

// A Zoom meeting's saved transcript opens every line with its time and
// the speaker's name: the time is no claim and the name speaks.
func TestAZoomTranscriptsTimedLabelsSpeak(t *testing.T) {
	text := "00:00:03 Rosa Delgado (Board Chair): Good evening, we have 40 people on.\n" +
		"00:00:52 Superintendent Marcus Webb: Thanks Rosa. We had 1,412 students, K through 12.\n" +
		"00:01:48 Superintendent Marcus Webb: That is over $3 million a year.\n" +
		"00:05:58 Rosa Delgado (Board Chair): The 2019 bond failed by 212 votes.\n"
	res, err := defaultEngine(t).Extract("zoom.txt", []byte(text), Options{})
	require.NoError(t, err)
	assert.Equal(t, []numberSpeaker{{"40", "Rosa Delgado (Board Chair)"}, {"1,412", "Superintendent Marcus Webb"},
		{"$3 million", "Superintendent Marcus Webb"}, {"212", "Rosa Delgado (Board Chair)"}}, numberSpeakers(t, res))
}

// A network's unnamed male and female voices are two people, though their
// labels are two edits apart, as an OCR slip of one label is.
func TestUnnamedMaleAndFemaleVoicesStayApart(t *testing.T) {
	raw := []byte("BECKETT: The plant cut 460 jobs.\n\n" +
		"UNIDENTIFIED FEMALE: I put in 19 years on that line.\n\n" +
		"UNIDENTIFIED MALE: I was making $31 an hour.\n")
	res, err := defaultEngine(t).Extract("t.txt", raw, Options{})
	require.NoError(t, err)
	assert.Equal(t, []numberSpeaker{{"460", "BECKETT"}, {"19", "UNIDENTIFIED FEMALE"}, {"$31", "UNIDENTIFIED MALE"}}, numberSpeakers(t, res))
}

// A Slack channel copied as text: each message is its sender's, a bot's
// too, and the reactions under a message count nothing.
func TestSlackMessagesAreTheirSendersAndReactionsNoClaims(t *testing.T) {
	raw := []byte("#housing-desk\n\n" +
		"Priya Nair  9:58 AM\nneed every figure checked, the piece says rents rose 9.1%\n:+1: 3\n:eyes: 1\n\n" +
		"Statbot  APP  10:30 AM\nNew release: UK average monthly rent is £1,301\n\n" +
		"Tom Whitcombe  10:52 AM\nLondon is now £2,268, up 10.1%\n:100: 1\n")
	res, err := defaultEngine(t).Extract("slack.txt", raw, Options{})
	require.NoError(t, err)
	assert.Equal(t, []numberSpeaker{{"9.1%", "Priya Nair"}, {"£1,301", "Statbot"}, {"£2,268", "Tom Whitcombe"}, {"10.1%", "Tom Whitcombe"}},
		numberSpeakers(t, res))
}

// A live blog's entry under its time is the reporter's, attributed as
// prose, not the turn of the councillor quoted in the entry before it.
func TestALiveBlogsTimedEntryEndsTheTurnBeforeIt(t *testing.T) {
	text := "LIVE: Council backs school plan\n\n" +
		"10.06am\nCllr Morag Fraser (SNP): \"Eleven of our 68 schools are rated C.\"\n\n" +
		"10.15am\nHead of finance Gordon Imrie told members the plan assumes borrowing of £112m.\n"
	assert.Equal(t, map[string]string{"Eleven": "Cllr Morag Fraser", "68": "Cllr Morag Fraser", "£112m": "Gordon Imrie"}, speakersOf(t, text))
}

func TestBlogStamps(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{{"10.15am", true}, {"9:55 a.m.", true}, {" 12.41pm ", true}, {"10.15", false}, {"2025 am", false}, {"[00:03:30]", false}} {
		assert.Equal(t, tc.want, blogStamp(tc.line), tc.line)
	}
}

// A live blog heads an entry with a headline that quotes its source
// ("IFS: 'almost no headroom'"), no label; and it sets out a post or a
// speech as a block under its introduction ("Marsh told MPs:"), without
// quotation marks: the block is the one introduced, the entry after it
// is prose again.
func TestALiveBlogsQuotedHeadlineAndBlockQuote(t *testing.T) {
	text := "16.55 GMT\nIFS: 'almost no headroom'\nRuth Calloway, director of the Institute for Fiscal Studies, has just posted:\n\n" +
		"Headroom of £6.8bn is the smallest a chancellor has left at a budget since the OBR was set up.\n\n" +
		"15.20 GMT\nMarsh: 'We are choosing security'\nOn defence, Marsh told MPs:\n\n" +
		"In a more dangerous world, we are choosing security. I can confirm today an additional £9.4bn for defence.\n\n" +
		"The Resolution Foundation had estimated that the limit affects 1.6 million children.\n\n" +
		"15.02 GMT\nTwo-child limit to go\nMarsh confirms the two-child limit will be abolished from April 2027:\n\n" +
		"Ending the two-child limit will cost £3.4bn a year and will lift 350,000 children out of poverty.\n"
	assert.Equal(t, map[string]string{"£6.8bn": "Ruth Calloway", "£9.4bn": "Marsh", "1.6 million": "Resolution Foundation", "£3.4bn": "Marsh", "350,000": "Marsh"}, speakersOf(t, text))
}

// A meeting export's turns open with the name and a timestamp on a line;
// a line of speech under one that reads as "Name, role" ("So Derek, do you
// want to take us through North America first?") is speech, not a roster
// line that would rename the speaker.
func TestATimestampedTurnEndsTheRoster(t *testing.T) {
	text := "Q3 Sales Review\nMeeting Transcript\n\n" +
		"Hannah Okafor   0:01:27\nSo Derek, do you want to take us through North America first and then Priya does EMEA?\n\n" +
		"Lindqvist, Derek   0:01:33\nSure. North America did $31.2 million, that's 64% of the total.\n"
	assert.Equal(t, map[string]string{"$31.2 million": "Lindqvist, Derek", "64%": "Lindqvist, Derek"}, speakersOf(t, text))
}

// Singapore's Hansard writes the minister who answers as the office in
// mixed case and the holder in brackets; a table's title after the answer
// ("Table 1: BTO sales exercises") is no label; a question's number before
// its asker counts nothing.
func TestSingaporesHansardAnswersByTheOfficeHolder(t *testing.T) {
	text := "1 Ms Cheryl Tan Hui Min asked the Minister for National Development (a) what is the median waiting time.\n\n" +
		"The Minister for National Development (Mr Marcus Goh Eng Seng): Mr Speaker, Sir, HDB has launched about 58,400 BTO flats.\n\n" +
		"Table 1: BTO sales exercises in non-mature estates\nSales exercise\tNo. of flats offered\tSuccess rate (%)\nFeb 2023\t4,428\t33.8\n\n" +
		"2 Mr Farid Iskandar bin Rahmat asked the Minister for Health (a) what is the median waiting time.\n\n" +
		"The Senior Minister of State for Health (Dr Janet Ong Siew Lin) (for the Minister for Health): Mr Speaker, Sir, the 26 polyclinics handled about 7.2 million attendances.\n"
	assert.Equal(t, map[string]string{"58,400": "Mr Marcus Goh Eng Seng", "4,428": "Mr Marcus Goh Eng Seng", "33.8": "Mr Marcus Goh Eng Seng",
		"26": "Dr Janet Ong Siew Lin", "7.2 million": "Dr Janet Ong Siew Lin"}, speakersOf(t, text))
}

// A ballot notice's fields ("Turnout:        63.4%") recur but are no
// labels: a field's value is a figure alone after a gap of spaces. Their
// figures count what the field names after "Number of" ("votes cast":
// votes), and a statement introduced by an office and a name is the
// name's.
func TestABallotNoticesFieldsAreNoSpeakers(t *testing.T) {
	text := "Question 1: Are you prepared to take part in strike action?\n" +
		"  Number of votes cast:                                 9,117\n" +
		"  Turnout:                                              63.4%\n" +
		"  Number voting YES:                                    8,204   (90.2%)\n\n" +
		"Question 2: Are you prepared to take part in action short of a strike?\n" +
		"  Turnout:                                              63.4%\n\n" +
		"TILU General Secretary Maureen Kilbride said:\n\n" +
		"\"Our members have had enough. They have lost 31% of the value of their pay since 2010.\"\n"
	got := speakersOf(t, text)
	assert.Equal(t, "", got["9,117"])
	assert.Equal(t, "", got["63.4%"])
	assert.Equal(t, "Maureen Kilbride", got["31%"])
	units := claimsByNumber(t, text)
	assert.Equal(t, "votes", units["9,117"].Unit)
	assert.Equal(t, "votes", units["8,204"].Unit)
}

// A company's AGM minutes stack the Present list one item a line under
// its first, report the Chair under an item's heading ("2.   CHAIR'S
// ADDRESS" / "2.1  The Chair reported that ..."), and break an office
// over a line ("The Chief" / "Financial Officer responded"): the list is
// the roster, the items' figures the Chair's, the office its holder.
func TestAnAGMsMinutesReportTheirOfficers(t *testing.T) {
	text := "Present:          Sir Alan Whitcombe (Chair)\n" +
		"                  Priya Raman (Chief Executive Officer)\n" +
		"                  Robert Okafor (Chief Financial Officer)\n\n" +
		"2.   CHAIR'S ADDRESS\n" +
		"2.1  The Chair reported that 2024 had been a year of record delivery. Revenue had risen 14% to\n" +
		"     £1.42bn and underlying operating profit was £318m.\n\n" +
		"3.   QUESTIONS FROM SHAREHOLDERS\n" +
		"3.4  Ms C. Ndlovu asked about biodiversity. The Chief\n" +
		"     Financial Officer responded that the Company had planted some 480,000 trees since 2021.\n"
	got := speakersOf(t, text)
	assert.Equal(t, "Sir Alan Whitcombe", got["14%"])
	assert.Equal(t, "Sir Alan Whitcombe", got["£318m"])
	assert.Equal(t, "Robert Okafor", got["480,000"])
}
