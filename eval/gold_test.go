package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/factable/factable/extractor"
	"github.com/factable/factable/rules"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Acceptance thresholds of the extract issue, per text.
var thresholds = map[string]struct{ f1, record, topic float64 }{
	"diplomacy-press-conference-2022-09-29": {0.97, 0.93, 0.85},
	"budget-press-call-2024-03-11":          {0.93, 0.85, 0},
}

func extractTestdata(t *testing.T, name string) []extractor.Claim {
	t.Helper()
	rs, err := rules.Default()
	require.NoError(t, err)
	path := filepath.Join("..", "testdata", name+".txt")
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	res, err := extractor.New(rs).Extract(name+".txt", raw, extractor.Options{})
	require.NoError(t, err)
	return res.Claims
}

// The gold texts must score at or above the acceptance thresholds, with the
// same matching as ../shared/eval/score.
func TestGoldTextsMeetThresholds(t *testing.T) {
	gold, err := LoadGold(filepath.Join("..", "testdata", "gold"))
	require.NoError(t, err)
	for name, th := range thresholds {
		t.Run(name, func(t *testing.T) {
			r := Score(map[string][]Gold{name: gold[name]}, extractTestdata(t, name))
			holdsFloors(t, r, th.f1, th.record, 0, th.topic)
		})
	}
}

// TestGenreTextsHoldTheirFloors scores transcripts of kinds the gold texts
// lack, written for the project with their keys (testdata/genres to
// genres6), against floors a little under what the extractor scored when
// they were added (genres, 2026-11-28: F1 0.966, record recall 0.923,
// speaker 0.982, topic 0.814; genres2, the same day: F1 0.978, record
// recall 0.937, speaker 1.000, topic 0.725; genres3 below). A drop below
// one is a regression on text the gold does not cover. The topic floors
// were raised in the sixteenth round, when the levels of a claim's topic
// came to vote (topicOf) rather than each break the ties of the one above.
func TestGenreTextsHoldTheirFloors(t *testing.T) {
	rs, err := rules.Default()
	require.NoError(t, err)
	e := extractor.New(rs)
	for _, set := range []struct {
		dir                        string
		texts                      int
		f1, record, speaker, topic float64
	}{
		// the tenth round's eight: council, sports, earnings call, health
		// briefing, central bank, debate, wrapped wire, climate report
		{"genres", 8, 0.95, 0.90, 0.97, 0.84},
		// the eleventh round's six, first scored unread: a UN Security
		// Council record, a US House hearing, closed captions, election
		// night, a trial-results call, a farm radio report (topic 0.725)
		{"genres2", 6, 0.95, 0.90, 0.97, 0.81},
		// the twelfth round's six, first scored unread: a court transcript,
		// council minutes, a podcast saved as .txt with bold labels, an NGO
		// report in Markdown, a Canadian Question Period, a hurricane
		// briefing (first fixes: F1 0.973, record 0.910, speaker 0.974,
		// topic 0.778)
		{"genres3", 6, 0.95, 0.88, 0.95, 0.82},
		// and its second six, scored unread after the first fixes: a UK
		// select committee, an Otter.ai meeting, a Lok Sabha debate, a
		// police press conference, Congressional Record floor speeches,
		// an Australian radio interview (F1 0.944, record 0.906, speaker
		// 1.000, topic 0.882 once read and fixed)
		{"genres4", 6, 0.92, 0.88, 0.97, 0.88},
		// the round's third six, scored unread last: a fireside chat, a
		// plain-text epidemiological bulletin, Scottish FMQs, sentencing
		// remarks, a cricket commentary, an EU midday briefing (F1 0.938,
		// record 0.869, speaker 0.995, topic 0.843 once first fixed). The
		// nineteenth round made countries a weak keyword (+0.041 of topic
		// over the sets) at the cost of its EU briefing's flood answers,
		// which read the briefing's energy context: topic 0.820.
		{"genres5", 6, 0.92, 0.85, 0.97, 0.81},
		// the thirteenth round's six, first scored unread (F1 0.922,
		// record 0.708, speaker 0.751, topic 0.681): a State of the City
		// address, school board minutes, a nurses' union press conference,
		// a WebVTT webinar saved as .txt, a fact-check article, a talk
		// (F1 0.968, record 0.948, speaker 0.988, topic 0.720 once fixed)
		{"genres6", 6, 0.94, 0.92, 0.97, 0.74},
		// the fourteenth round's six, scored unread (F1 0.958, record
		// 0.864, speaker 0.998, topic 0.666): a UK ministerial statement
		// with questions, a transit board meeting, sports talk radio, a
		// wildfire update, a pharmaceutical earnings call, a documentary
		// narration (F1 0.969, record 0.878, speaker 0.998, topic 0.788 once
		// fixed). Their keys wrote a third as 1/3; it is 0.3333 here, as the
		// shared keys write two thirds 0.6667.
		{"genres7", 6, 0.95, 0.85, 0.97, 0.78},
		// the fifteenth round's six, scored unread at 97c2061 (F1 0.915 and
		// 0.921, record 0.827 and 0.759, topic 0.691 and 0.637 for its two
		// halves): an accident board's briefing, Australian Senate
		// estimates, a labour force release, a governor's rally, a space
		// launch briefing, a housing town hall (F1 0.961, record 0.882,
		// speaker 0.991, topic 0.779 once fixed). Their keys wrote "one in
		// three" as 0.3333; it is 1/3 here, as the earlier keys write ratios.
		{"genres8", 6, 0.95, 0.85, 0.97, 0.81},
		// the sixteenth round's six, scored unread at 6f8d4f5 (F1 0.946 and
		// 0.899, record 0.853 and 0.762, topic 0.817 and 0.656 for its two
		// halves): a Pentagon briefing, a water rate-case hearing, a Kenyan
		// agriculture press conference, a Canadian mayoral debate, a WHO
		// outbreak briefing, a product keynote (F1 0.981, record 0.928,
		// speaker 0.985, topic 0.819 once fixed). Their keys wrote a third
		// as 1/3; it is 0.3333 here, as the shared keys write two thirds.
		{"genres9", 6, 0.96, 0.90, 0.97, 0.79},
		// and its second six, scored unread at efa8ad2, late in the round
		// (F1 0.942 and 0.927, record 0.828 and 0.586, speaker 0.989 and
		// 0.707, topic 0.714 and 0.799; at the round's start, 6f8d4f5,
		// F1 0.939 and 0.924, record 0.822 and 0.592): an NHS trust board,
		// a league commissioner's press conference, a university budget
		// town hall, an Indian state budget speech, a South African crime
		// statistics briefing, an economics podcast (F1 0.961, record
		// 0.904, speaker 0.991, topic 0.756 once first fixed).
		{"genres10", 6, 0.94, 0.88, 0.97, 0.73},
		// the seventeenth round's six, scored unread at 4c94410 (F1 0.971
		// and 0.935, record 0.664 and 0.789, speaker 0.769 and 0.974,
		// topic 0.769 and 0.715 for its two halves): an Irish airline's
		// AGM, a Philippine typhoon briefing, a sheriff's overdose press
		// conference, a Zoom all-hands, a British radio phone-in, a Pacific
		// minister's climate speech (F1 0.979, record 0.898, speaker
		// 0.998, topic 0.741 once fixed).
		{"genres11", 6, 0.96, 0.87, 0.97, 0.71},
		// and its second six, scored unread at ffc9eee after the first
		// six's fixes (F1 0.961 and 0.934, record 0.835 and 0.705; at the
		// round's start F1 0.961 and 0.934, record 0.830 and 0.705: those
		// fixes carried little): a Nigerian central bank briefing, a state
		// education hearing, a marathon's press conference, an Indian
		// railway minister's statement, a wine cooperative's minutes, a
		// business TV interview (F1 0.973, record 0.797, speaker 0.947,
		// topic 0.790 once fixed). Their keys' "one in three" and "two in
		// every three" are 1/3 and 2/3 here, as the earlier keys write them.
		{"genres12", 6, 0.95, 0.77, 0.92, 0.76},
		// and its third six, scored unread at fb804a0, the round's end
		// (F1 0.969 and 0.985, record 0.706 and 0.508, speaker 0.800 and
		// 0.526; at the round's start, 4c94410: F1 the same, record 0.696
		// and 0.467): a port authority's board, a measles press
		// conference, a state parliament's royalty debate, a university
		// rector's address, a ride-hailing earnings call, a flood recovery
		// meeting's note. Two layouts were then fixed (an earnings call's
		// "Name -- Role" lines, a state Hansard's "[3.14 pm]"): F1 0.977,
		// record 0.813, speaker 0.886, topic 0.692. The eighteenth round
		// read its note's "Present:" line and reported paragraphs, the
		// minister's "— in reply" label and a port's traffic words: F1
		// 0.978, record 0.908, speaker 0.990, topic 0.811.
		{"genres13", 6, 0.96, 0.87, 0.96, 0.78},
		// the eighteenth round's six, scored unread at e4b50fa, the
		// round's start (F1 0.969 and 0.953, record 0.916 and 0.871,
		// speaker 0.991 and 0.995, topic 0.745 and 0.434 for its two
		// halves): a business TV markets hour, a Geneva humanitarian
		// briefing, an oil spill's unified command, a vaccine advisory
		// committee, a fisheries quota press conference, a tourism
		// keynote in Bangkok (F1 0.975, record 0.924, speaker 0.993, topic
		// 0.821 once fixed). Their keys wrote a third and two thirds at
		// full precision; here, as the shared keys, to four digits.
		{"genres14", 6, 0.95, 0.89, 0.97, 0.79},
		// the nineteenth round's six, scored unread at e6a760e, the
		// round's start (F1 0.952 and 0.961, record 0.718 and 0.943,
		// speaker 0.808 and 0.979, topic 0.779 and 0.579 for its two
		// halves): a grid operator's heatwave briefing, a Jakarta trade
		// ministry briefing, an Australian road-safety launch, a Commons
		// Public Accounts Committee session, a German football club's
		// AGM, a Japanese prime minister's press conference (F1 0.981,
		// record 0.938, speaker 1.0, topic 0.783 once fixed).
		{"genres15", 6, 0.96, 0.91, 0.97, 0.75},
		// and its second six, written while the first six were fixed and
		// scored unread at e6a760e (F1 0.964 and 0.972, record 0.732 and
		// 0.805, speaker 0.744 and 0.933, topic 0.599 and 0.733; with the
		// first six's fixes, 74bcfb8-de65d5a, the same but 0.975 and 0.807
		// for the second half: they carried little): an Ontario committee
		// on emergency waits, an Iowa deer-hunting rules hearing, a radio
		// money call-in, an IMF regional outlook briefing, a New Zealand
		// council's long-term plan hearing, an airline's results press
		// conference after an IT outage (F1 0.981, record 0.924, speaker
		// 1.0, topic 0.732 once fixed).
		{"genres16", 6, 0.96, 0.89, 0.97, 0.70},
		// and its third six, written late in the round and scored unread
		// at e6a760e and at cfd2c38, after every fix before it (F1 0.959
		// and 0.980, record 0.694 and 0.332, speaker 0.807 and 0.360 for
		// its two halves at the start; 0.962 and 0.983, 0.694 and 0.332,
		// 0.807 and 0.362 then): a South African portfolio committee's
		// minutes, a US school board's captions, a Premier League press
		// conference, an Indian state health minister's press conference,
		// a European Parliament hearing in its verbatim report, a published
		// earnings call. The earnings call's names alone on a line and the
		// minutes' "He reported" were then read (F1 0.973, record 0.685,
		// speaker 0.763, topic 0.852). In the twentieth round the verbatim
		// report's "Name (Group). – " labels were read (record 2 -> 100 of
		// 104), and the captions' timestamps blanked (F1 0.974, record
		// 0.887, speaker 0.941, topic 0.852).
		{"genres17", 6, 0.96, 0.86, 0.92, 0.83},
		// The twentieth round's held-out set (probes30), written by two
		// helpers from CLAIMS.md and scored unread at 81fe473 (F1 0.962 and
		// 0.951, record 0.740 and 0.386, speaker 0.832 and 0.430, topic
		// 0.784 and 0.446 for its halves, once three "one child in three"
		// values were keyed exactly, as the spec's gold keys them): a UN
		// Security Council meeting record, a wildfire briefing's
		// auto-captions with a timestamp on every line, Canada's Question
		// Period in Hansard, a podcast with timestamped names on their own
		// lines, a transit board's minutes in reported speech, an NGO's
		// annual report (F1 0.972, record 0.905, speaker 0.977, topic 0.773
		// once fixed).
		{"genres18", 6, 0.96, 0.88, 0.96, 0.75},
		// The twentieth round's second held-out set (probes31), scored
		// unread at 81fe473 (F1 0.949 and 0.931, record 0.733 and 0.294,
		// speaker 1.0 and 0.326, topic 0.744 and 0.826 for its halves)
		// and again after genres18's fixes (F1 0.947 and 0.934, record
		// 0.733 and 0.299: they carried nothing): a State of the Union
		// style address, Singapore's Hansard of oral answers, an election
		// night broadcast, a Federal Reserve style press conference, a TED
		// style talk, an NHS trust's board minutes with a performance
		// table (F1 0.967, record 0.862, speaker 0.995, topic 0.784 once
		// fixed).
		{"genres19", 6, 0.95, 0.84, 0.97, 0.76},
		// Its third held-out set (probes32), scored unread at 81fe473 (F1
		// 0.876 and 0.902, record 0.421 and 0.797, speaker 0.705 and
		// 0.955, topic 0.389 and 0.821) and at 1abb3e8, after genres18 and
		// genres19's fixes (F1 the same, record 0.427 and 0.807): a UK
		// Treasury Committee's oral evidence, a Philippine Senate hearing
		// (pesos written "P48"), an Indian Lok Sabha written answer with a
		// state-wise table, a football radio commentary, a conference
		// panel, a company's sustainability report (F1 0.942, record
		// 0.781, speaker 0.980, topic 0.793 once fixed). The twenty-first
		// round read the table's unit note ("(Houses in numbers; Central
		// funds released in Rs. crore)"): F1 0.963, record 0.871.
		{"genres20", 6, 0.95, 0.85, 0.96, 0.77},
		// Its fourth (probes33), written at the round's end and scored
		// unread at 81fe473 and after all the round's fixes but one
		// (993692e): F1 0.985 and 0.968 both times, record 0.866 and 0.586
		// at the start, 0.887 and 0.591 after: a US city council budget
		// hearing, an IMF press briefing, a hurricane briefing in Rev's
		// layout, a central bank governor's interview in Q&A form, a school
		// board's action minutes, a documentary's transcript. The minutes'
		// "AYES:" was then read as no label (record 9 -> 41 of 63): F1
		// 0.976, record 0.829, speaker 0.946, topic 0.794.
		{"genres21", 6, 0.96, 0.80, 0.92, 0.77},
		// The twenty-first round's first held-out set (probes34), scored
		// unread at 59e60a1, the round's start (F1 0.496 and 0.906, record
		// 0.222 and 0.754, speaker 0.362 and 0.894 for its halves): a UK
		// public inquiry's hearing and a US Supreme Court argument, both
		// with numbered margin lines and page furniture, New Zealand's
		// oral questions, a golf press conference in ASAP Sports' layout
		// (the player's answers unlabeled after "Q."), an Irish Dáil
		// Leaders' Questions, a business TV interview with a voice-over
		// and lower-thirds (F1 0.969, record 0.880, speaker 0.994, topic
		// 0.897 once fixed).
		{"genres22", 6, 0.95, 0.86, 0.97, 0.86},
		// Its second (probes35), scored unread at 59e60a1 (F1 0.662 and
		// 0.972, record 0.603 and 0.734) and after genres22's fixes, at
		// 807450e (F1 0.966 for the half with a deposition in numbered
		// lines, record 0.683: the numbered lines carried): a US Senate
		// hearing as the GPO prints it (with a prepared statement), a
		// chemical plant manager's deposition, a podcast exported from a
		// transcription app, Kenya's National Assembly Hansard, an ABC
		// radio interview, a wire story on a car recall (F1 0.979, record
		// 0.892, speaker 0.980, topic 0.786 once fixed).
		{"genres23", 6, 0.96, 0.87, 0.96, 0.76},
		// Its third (probes36), scored unread at 59e60a1 (F1 0.866 and
		// 0.736, record 0.756 and 0.585) and after genres22 and genres23's
		// fixes, at 003dd5c for the first half and d4dfd4d for the second
		// (F1 0.869 and 0.985, record 0.756 and 0.767: an FDA advisory
		// committee's numbered lines carried): a Scottish Parliament
		// committee's Official Report, a PIB release with a state-wise
		// table whose columns carry their own notes, a capital markets
		// day, a UN noon briefing, the FDA committee, a police town hall
		// with an interpreter (F1 0.981, record 0.868, speaker 0.963,
		// topic 0.823 once fixed).
		{"genres24", 6, 0.96, 0.85, 0.95, 0.80},
		// Its fourth (probes37), written last and scored unread at
		// 59e60a1 and after every fix of the round before it (at
		// e67be99 and 58657bc): F1 0.987 and 0.967, record 0.947 and
		// 0.887 both times, layouts factable already read: a Canadian
		// Senate committee, a Bank of England press conference, a NASA
		// mission briefing with its vehicles' numbers, Ontario's Question
		// Period, a farm radio market report, an investigative magazine
		// article (F1 0.983, record 0.919, speaker 0.992, topic 0.693
		// once its dates in French, sitting times and "Falcon 9" were
		// read).
		{"genres25", 6, 0.97, 0.90, 0.97, 0.66},
		// Its fifth (probes38), written at the round's end and scored
		// unread at 59e60a1 and at a7a82c9, after all the round's fixes
		// before it (F1 0.945 and 0.914 both times, record 0.362 and 0.674,
		// then 0.362 and 0.691): the Congressional Record's House floor
		// debate, a news live blog, UK Parliament written questions and
		// answers, a Bundestag debate in translation, a Rajya Sabha
		// debate, a TV news discussion. The Record's "Ms. McCAFFERTY.",
		// units glued to digits ("96mph"), a few names, the written
		// answers' "Asked by" / "Answered by" and the Bundestag's "Name
		// (Party):" without a title were then read (F1 0.956, record
		// 0.719, speaker 0.860).
		{"genres26", 6, 0.94, 0.78, 0.87, 0.74},
		// Its sixth (probes39), scored unread at 59e60a1 and at 522435c,
		// after every fix of the round before it (F1 0.962 and 0.967,
		// record 0.624 and 0.730 at the start; 0.962 and 0.969, 0.624 and
		// 0.730 then): the Australian House's question time, a Rev.com
		// export with "Speaker 1 (00:00:03):", a South African written
		// reply, a PIB year-end review, a European Commission midday
		// briefing, a YouTube transcript with its timestamps on lines of
		// their own. The Hansard's "Mr FORSYTH (Bradfield—...) (14:00):",
		// "Circular 3 of 2025", "(3)(a)" and the review's programme
		// headings were then read (F1 0.974, record 0.871, speaker 0.987).
		{"genres27", 6, 0.96, 0.85, 0.97, 0.66},
		// The twenty-second round's first held-out set (probes40), scored
		// unread at 230749c (F1 0.935, record 0.462, speaker 0.527): the
		// Senedd's First Minister's Questions, Singapore's Hansard, a
		// Motley Fool earnings-call export, a TV news script as broadcast,
		// a city council's minutes, a World Bank-style economic update.
		// The call's participants list at its end, "SOT: NAME" and the
		// script's captions as asides, "STAFF:" and "YEAS (9):" as no
		// labels, "(for the Minister for Manpower)", the tables' years and
		// notes were then read (F1 0.977, record 0.897, speaker 0.929).
		{"genres28", 6, 0.96, 0.87, 0.90, 0.86},
		// Its second (probes41), unread at 230749c (F1 0.841, record
		// 0.567, speaker 0.649): a UK Supreme Court press summary, a
		// cricket press conference, a broker's flash note, a by-election's
		// results release, a thread copied from X, a coroner's inquest.
		// The thread's post headers and engagement counts, neutral
		// citations, the results table's "Share %" and "(pts)" columns and
		// its two-cell rows, and the note's row labels were then read (F1
		// 0.956, record 0.828, speaker 0.919).
		{"genres29", 6, 0.94, 0.80, 0.89, 0.85},
		// Its third (probes42), unread at 230749c and at 94853b4, after
		// the round's fixes before it (F1 0.954 and 0.882, record 0.471
		// and 0.557 at the start; the same F1, 0.471 and 0.562 then): an
		// Oireachtas committee, a company's AGM minutes, a Descript podcast
		// export ("Speaker A [00:00:18.389]"), an AAIB preliminary report,
		// a Reddit AMA, a UN General Assembly record. The podcast's labels,
		// the AMA's comment headers and points, the report's section
		// numbers and four-digit times, and the minutes' own reporting
		// voice were then read (F1 0.953, record 0.830, speaker 0.910).
		{"genres30", 6, 0.94, 0.80, 0.88, 0.82},
		// Its fourth (probes43), unread at 230749c and at 4bafb2e, after
		// the round's fixes before it (F1 0.966 and 0.966, record 0.829
		// and 0.641 both times): a hurricane advisory with a county's
		// press conference, a Chinese carmaker's earnings call through an
		// interpreter, a union's press release, a police CompStat release
		// with its table, a Canadian Commons committee in translation, an
		// Apple Podcasts transcript. The CompStat table's years and % Chg
		// columns and the release's quote after "X said:" were then read
		// (F1 0.970, record 0.916, speaker 0.973).
		{"genres31", 6, 0.95, 0.89, 0.95, 0.86},
		// Its fifth (probes44), unread at 230749c and at e853545 (F1 0.966
		// and 0.886, record 0.853 and 0.430 at the start; the same F1,
		// 0.853 and 0.420 then): Ghana's Hansard, a New Zealand select
		// committee, a Texas House floor session, a trial's press release
		// with its structured abstract, a football match report, a
		// company's sustainability report. Ghana's "Minister for Finance
		// (Dr Ato Forson):", interjections, the release's embargo line and
		// its phone numbers were then read (F1 0.931, record 0.802,
		// speaker 0.975); the match report is left (F1 0.79).
		{"genres32", 6, 0.91, 0.77, 0.95, 0.73},
		// The twenty-third round's first held-out set (probes45), scored
		// unread at 4cc159c (F1 0.926, record 0.563, speaker 0.681): a
		// broadcaster's SubRip interview with "[PRESENTER]" in its cues, a
		// newsroom's WhatsApp export, a hospital trust's annual report
		// from a PDF, a Philippine Senate hearing, a Congressional Record
		// page with a GPO table, a YouTube transcript in lower case. The
		// cues' bracketed names and dialogue dashes, the chat's stamps,
		// pence ("137p"), the table's "[In millions of dollars]" and the
		// printer's lines were then read (F1 0.974, record 0.874, speaker
		// 0.972).
		{"genres33", 6, 0.96, 0.85, 0.95, 0.76},
		// Its second (probes46), unread at 4cc159c (F1 0.934, record
		// 0.812, speaker 0.906): a central bank's MPC minutes, an Otter.ai
		// export, a Kenyan county assembly's Hansard, a newspaper Q&A, a
		// statistics office's CPI bulletin, an ECB-style press conference.
		// "Hon. Kiptoo:", the minutes' "1:" paragraph numbers, "¾%", the
		// bulletin's "(percentage points)" title note and its "01 Food"
		// codes were then read (F1 0.988, record 0.932, speaker 0.975).
		{"genres34", 6, 0.97, 0.91, 0.95, 0.82},
		// Its third (probes47), written mid-round and scored unread at
		// 4cc159c and at 8174c0b, after the fixes for the two sets before
		// it (F1 0.969 and 0.970, record 0.547 and 0.550): a Canadian
		// council's CART captions in capitals, a Beige Book district
		// summary, a governor's Rev.com briefing, an OCHA situation
		// report, a Lok Sabha written answer, a Spotify podcast
		// transcript. Spotify's "Speaker 1 (00:00)", the answer's "(SHRI
		// ...)" line, the report's recurring headings and a paragraph's
		// bare millions after euros were then read (F1 0.979, record
		// 0.794, speaker 0.982); the CART file's capitals are left.
		{"genres35", 6, 0.96, 0.77, 0.96, 0.75},
		// Its fourth (probes48), written last and scored unread at 4cc159c
		// and at 825649f, after all the round's fixes before it (F1 0.970
		// and 0.972, record 0.884 both times): a Zoom VTT export, a
		// registrar's enrolment report, a Scottish Parliament committee, a
		// TV station's live blog, Australian Senate Estimates, an investor
		// webinar. The blog's "UPDATE:" entries were then attributed as
		// prose (F1 0.973, record 0.913, speaker 0.965).
		{"genres36", 6, 0.96, 0.89, 0.94, 0.66},
		// Its fifth (probes49), written in the round's last hour and scored
		// unread at 4cc159c and at c0b41d2, after all the round's fixes
		// before it (F1 0.947 and 0.949, record 0.683 and 0.685): a state
		// senate's budget hearing as a court reporter types it, a charity's
		// impact report, a podcast with "[00:12:31] Host:", Dáil written
		// answers, a wire market report, a Zoom town hall's saved
		// transcript. The Zoom lines' "00:01:20 Marcus Webb:", its spaced
		// phone numbers and "K through 12" were then read (F1 0.953,
		// record 0.836, speaker 0.942).
		{"genres37", 6, 0.94, 0.81, 0.92, 0.86},
		// The twenty-fourth round's first held-out set (probes50), scored
		// unread at 587b08a (F1 0.975, record 0.574, speaker 0.613): a
		// Microsoft Teams transcript, a cable network's closed captions,
		// a European Parliament verbatim report, an e-mail thread, an
		// Australian House question time, a Google Meet board meeting.
		// Teams' "Okafor, Grace   0:04", the e-mail's From: headers and
		// quoted replies, the Parliament's "(S&D), blue-card question. –"
		// were then read (F1 0.982, record 0.941, speaker 1.000).
		{"genres38", 6, 0.97, 0.93, 0.99, 0.71},
		// Its second (probes51), unread at 587b08a (F1 0.898, record
		// 0.707): South Africa's National Assembly Hansard, a TED-style
		// talk, a Supreme Court oral argument, a BBC Radio 4 programme,
		// Uganda's Hansard, a city's adopted budget with "($000s)" tables.
		// Then F1 0.982, record 0.951, speaker 1.000.
		{"genres39", 6, 0.97, 0.94, 0.99, 0.70},
		// Its third (probes52), unread at 587b08a and again at e70abfb,
		// after the fixes for the two sets before it (F1 0.957, record
		// 0.748 both times): a UK public inquiry hearing, a Japanese
		// foreign ministry press conference, a Slack channel, a radio
		// phone-in, a White House gaggle, an IMF concluding statement.
		// Then F1 0.982, record 0.936.
		{"genres40", 6, 0.97, 0.92, 0.99, 0.80},
		// Its fourth (probes53), unread at 587b08a and at c3c2170 (F1
		// 0.964, record 0.568 and 0.571): a transit webinar's Q&A log, a
		// Scottish council's live text, a documentary's subtitles, a
		// Refinitiv earnings call, Hong Kong's LegCo Hansard, a TV
		// station's police press conference. Then F1 0.968, record 0.830.
		{"genres41", 6, 0.95, 0.80, 0.94, 0.86},
		// The twenty-fifth round's first held-out set (probes54), scored
		// unread at 6a49d8c (F1 0.981, record 0.799): a Rev.com governor's
		// briefing, an Otter.ai board call, a WebVTT webinar, a Canadian
		// Commons Hansard, a Seeking Alpha earnings call, a statistics
		// office's tourism release. Its tables' "Change, %" and title's
		// "Arrivals" were then read (F1 0.984, record 0.860).
		{"genres42", 6, 0.97, 0.84, 0.97, 0.70},
		// Its second (probes55), unread F1 0.970, record 0.483: a magazine
		// Q&A in Markdown, Pakistan's National Assembly, an X Spaces
		// session, a network's primary debate, NATO's press conference, a
		// statistical bulletin. Spaces handles, "Minister for Energy
		// (Power Division):", "Q - [Name, Outlet]", a bulletin's
		// "Contact:" and "(£)" column, a live stream's end mark were then
		// read (F1 0.975, record 0.818).
		{"genres43", 6, 0.96, 0.80, 0.97, 0.72},
		// Its third (probes56), unread F1 0.900, record 0.528: a football
		// manager's Q./A. press conference, a Philippine House hearing, a
		// cooperative's annual report, CART captions in capitals, a WHO
		// press conference, Malaysia's Dewan Rakyat. Bracketed seats,
		// "MR. REYES (DA Undersecretary).", "P6", "MT", ">> BUDGET
		// DIRECTOR OKAFOR:", "NZ$000" under the years were then read (F1
		// 0.960, record 0.827).
		{"genres44", 6, 0.95, 0.81, 0.98, 0.76},
		// Its fourth (probes57), unread F1 0.953, record 0.646: a
		// commencement speech, a union's Facebook Live, an Irish radio
		// interview, a catastrophe-model webinar, Jamaica's budget
		// debate, a two-host podcast. "[Guest] Dwayne Ortiz:", Jamaica's
		// office on its own line, "J$", "[END OF LIVE]" were then read
		// (F1 0.970, record 0.891).
		{"genres45", 6, 0.96, 0.87, 0.98, 0.80},
		// The round's second batch (probes58-61), scored unread at
		// 6a49d8c and again at 9d68685, after the first batch's fixes,
		// with the same figures. Its first: a WhisperX podcast, a Discord
		// server, a Zoom chat log, the House of Lords, Northern Ireland's
		// Assembly, Nigeria's Senate; unread F1 0.925, record 0.275, then
		// 0.961 and 0.843.
		{"genres46", 6, 0.95, 0.82, 0.97, 0.68},
		// A Motley Fool earnings call, a High Court judgment, a trial's
		// press release, YouTube captions, a Descript webinar, council
		// minutes; unread 0.974 / 0.790, then 0.983 / 0.829.
		{"genres47", 6, 0.97, 0.81, 0.95, 0.67},
		// Australia's Senate, Kerala's Assembly, a football club's AGM, a
		// Korean presidential briefing, the EU's press remarks, a
		// hospital board; unread 0.978 / 0.633, then 0.986 / 0.889.
		{"genres48", 6, 0.97, 0.87, 0.96, 0.79},
		// A town hall's CART captions, a quarry hearing, a farm bill
		// markup, a health department's bulletin, a Ghanaian bank's AGM,
		// a Kenyan debate; unread 0.982 / 0.786, then 0.982 / 0.822.
		{"genres49", 6, 0.97, 0.80, 0.97, 0.86},
		// The round's third batch (probes62-65), scored unread at 6a49d8c
		// and again at 4b5ea96, after the two batches' fixes (F1 0.955,
		// 0.846 → 0.847, 0.977 → 0.979, 0.960; record unchanged). Its
		// first: a Bloomberg and a Capital IQ earnings call, Sri Lanka's
		// Hansard, a New England town meeting, a jury trial's transcript,
		// an interpreted press conference; unread 0.955 / 0.528, then
		// 0.969 / 0.889 ("{BIO ... <GO>}", "Executives", "HON. (DR.)",
		// Sri Lanka's rupees).
		{"genres50", 6, 0.95, 0.87, 0.95, 0.68},
		// An NHS performance report, a CBO cost estimate, a Eurostat
		// release, a university senate, a telethon, a Reels explainer;
		// unread 0.846 / 0.628, then 0.955 / 0.799 (the CBO's "By
		// Fiscal Year, Millions of Dollars", Eurostat's "% of ..." and
		// quarters).
		{"genres51", 6, 0.94, 0.78, 0.92, 0.72},
		// A Kenyan committee, a Question Time panel, a CBC interview, a
		// fund's quarterly letter, a police force's FOI reply, a Q&A
		// explainer; unread 0.977 / 0.629, then 0.979 / 0.742.
		{"genres52", 6, 0.97, 0.72, 0.92, 0.84},
		// An Apple Podcasts transcript, a council's public comment, a
		// school board workshop, a league's annual report, a police
		// commission, a State of the State; unread 0.960 / 0.774, then
		// 0.960 / 0.908 ("Speaker 2" on its own line).
		{"genres53", 6, 0.95, 0.89, 0.99, 0.75},
		// The round's fourth batch (probes66-69), scored unread at
		// 6a49d8c and again at 1eb5b85 (F1 0.916, 0.914 → 0.959, 0.969,
		// 0.976; record 0.417, 0.675, 0.611, 0.634 → 0.647). Its first:
		// the Commons' PMQs, a Telegram channel, an AI meeting recap,
		// Zambia's Assembly, a LinkedIn post and its comments, an
		// investor day's slides; then 0.975 / 0.600.
		// The next round read its LinkedIn members: 0.975 / 0.730.
		{"genres54", 6, 0.96, 0.71, 0.81, 0.75},
		// A TV news debate in India, an EMA briefing, a Substack post, an
		// employment tribunal's judgment, a financial stability report,
		// a Mastodon thread; then 0.973 / 0.793.
		{"genres55", 6, 0.96, 0.77, 0.94, 0.87},
		// A school board's Google Docs notes, an African Union press
		// conference, Quebec's question period, an NHC advisory, an
		// Olympic committee's press conference, an airline investor day;
		// then 0.969 / 0.657.
		{"genres56", 6, 0.95, 0.63, 0.79, 0.83},
		// A Singapore written answer, a union keynote, a water quality
		// report, a YouTube interview, a markets report, a charity's AGM;
		// then 0.976 / 0.647.
		{"genres57", 6, 0.96, 0.62, 0.87, 0.61},
		// The twenty-sixth round's held-out sets (probes70-73), scored
		// unread at ec07ad1. The first (F1 0.977, record 0.810): an Irish
		// Dáil's Leaders' Questions, an ABC Insiders interview, a Rajya
		// Sabha starred question, South Africa's Assembly, a Senate of
		// Canada committee's Evidence, a UN Security Council record.
		// Witnesses' comma-separated roles, a plain "$" that US$ marks
		// tell apart, page codes were then read (0.989 / 0.886).
		{"genres58", 6, 0.97, 0.86, 0.94, 0.78},
		// The second (0.977 / 0.503): a YouTube transcript panel, an ECB
		// press conference, a Fed chair's, a Reddit AMA, a council staff
		// report, a deposition. Caption times, run-on speech cut at line
		// breaks, "That the City Council:", Reddit's stacked headers,
		// answers to "how many" were then read (0.984 / 0.745).
		{"genres59", 6, 0.97, 0.72, 0.84, 0.82},
		// The third (0.955 / 0.802): an Africa CDC briefing, a newspaper
		// Q&A, a sustainability report's KPI tables, a basketball
		// post-game press conference, New Zealand's oral questions, a
		// wildfire meeting. A "Unit" column, megalitres, a media timeout
		// were then read (0.972 / 0.853).
		{"genres60", 6, 0.96, 0.83, 0.95, 0.79},
		// The fourth (0.948 / 0.679): an Otter podcast, a conference talk,
		// the Bundestag, a Teams town hall, an OCHA sitrep, a TV news
		// script. Announced speakers, "Madam President!" as speech,
		// "Gaps & Constraints:", SOT lower thirds were then read
		// (0.978 / 0.856).
		{"genres61", 6, 0.96, 0.83, 0.97, 0.63},
		// The round's second batch (probes74-77), scored unread at
		// 12d4931 (and the same at ec07ad1). Its first (F1 0.972, record
		// 0.768): a Missouri House hearing's captions, Ontario's Hansard, a
		// Philippine Senate hearing, a police service's monthly statistics,
		// a superintendent's post, a radio talkback. Month-year columns,
		// "at one point four", clock times in words were then read (0.982
		// / 0.815).
		{"genres62", 6, 0.97, 0.79, 0.95, 0.82},
		// Its second (0.971 / 0.838): a European Parliament debate, a
		// newsroom's WhatsApp group, a governor's televised town hall, a
		// conference panel, a transit agency's quarterly report, an Indian
		// earnings call; then 0.978 / 0.867.
		{"genres63", 6, 0.96, 0.84, 0.97, 0.76},
		// Its third (0.973 / 0.806): a sports commissioner's press
		// conference, a planning committee's minutes, the Congressional
		// Record, a Substack podcast, an IMF briefing, a charity's impact
		// report. Officers named by office in the inline list were then
		// read (0.974 / 0.841).
		{"genres64", 6, 0.96, 0.82, 0.92, 0.59},
		// Its fourth (0.962 / 0.682): Kenya's National Assembly, the Lords'
		// oral evidence, a Zoom all-hands, a strike rally, a measles
		// outbreak page's tab-separated tables, a sentencing hearing. Zoom's
		// "[Name] 16:00:42", tab tables, P1 incidents were then read (0.969
		// / 0.885).
		{"genres65", 6, 0.95, 0.86, 0.97, 0.74},
		// The twenty-seventh round's first batch (probes78-81), scored
		// unread at 6ec82d5. Its first (F1 0.972, record 0.597): a council
		// livestream's WebVTT captions, a budget-day live blog, an Otter
		// board call, a Lok Sabha written answer, a Supreme Court argument,
		// a football press conference. India's long office line, a
		// table's "(Length in km)", quoted headlines and block quotes were
		// then read (0.974 / 0.854).
		{"genres66", 6, 0.95, 0.82, 0.94, 0.73},
		// Its second (0.957 / 0.742): a residents' WhatsApp group, a
		// central bank governor's statement, a Scottish Parliament
		// committee, a Descript podcast, an NHS board report, an Air Force
		// One gaggle; then 0.964 / 0.887.
		{"genres67", 6, 0.94, 0.85, 0.94, 0.72},
		// Its third (0.936 / 0.672): Singapore's Hansard, a product keynote,
		// a public inquiry, PMG committee minutes, a police FOI letter, a
		// radio phone-in; then 0.968 / 0.830.
		{"genres68", 6, 0.94, 0.80, 0.91, 0.62},
		// Its fourth (0.965 / 0.538): an X Spaces transcript, an ONS
		// bulletin, an Oireachtas committee, a Teams sales review, a state
		// budget speech, a FEMA call; then 0.987 / 0.830.
		{"genres69", 6, 0.96, 0.80, 0.95, 0.81},
		// The round's second batch (probes82-85), scored unread at
		// 07aa9e7. Its first (0.940 / 0.743): a hospital's Slack channel, a
		// County Court plea, a mayor's radio hour, a grocery reel's
		// captions, a UN Security Council record, an AGM's minutes; then
		// 0.960 / 0.835.
		{"genres70", 6, 0.94, 0.80, 0.95, 0.68},
		// Its second (0.972 / 0.757): the Senedd, medical grand rounds, a
		// union's ballot notice, a bank's earnings call, Nigeria's Senate, a
		// police press conference; then 0.972 / 0.850.
		{"genres71", 6, 0.95, 0.82, 0.93, 0.77},
		// Its third (0.946 / 0.671): a documentary's SRT subtitles, a
		// council budget hearing, a COP press briefing, an old-Reddit AMA,
		// a governor's wildfire briefing, a Senate of Canada committee;
		// then 0.981 / 0.841.
		{"genres72", 6, 0.96, 0.81, 0.89, 0.76},
		// Its fourth (0.941 / 0.827, read last and least): a prime
		// minister's press conference in translation, a superintendent's
		// e-mail, a wind farm inquiry, a rugby commentary, a central bank's
		// minutes, a Discord voice log.
		{"genres73", 6, 0.92, 0.79, 0.97, 0.58},
	} {
		t.Run(set.dir, func(t *testing.T) {
			dir := filepath.Join("..", "testdata", set.dir)
			gold, err := LoadGold(filepath.Join(dir, "gold"))
			require.NoError(t, err)
			require.Len(t, gold, set.texts)
			var claims []extractor.Claim
			for name := range gold {
				raw, err := os.ReadFile(filepath.Join(dir, name+".txt"))
				require.NoError(t, err)
				res, err := e.Extract(name+".txt", raw, extractor.Options{})
				require.NoError(t, err)
				claims = append(claims, res.Claims...)
			}
			holdsFloors(t, Score(gold, claims), set.f1, set.record, set.speaker, set.topic)
		})
	}
}

// holdsFloors logs a report and checks it against its floors.
func holdsFloors(t *testing.T, r *Report, f1, record, speaker, topic float64) {
	t.Helper()
	var buf bytes.Buffer
	r.Print(&buf, true)
	t.Log("\n" + buf.String())
	assert.GreaterOrEqual(t, r.F1, f1, "F1")
	assert.GreaterOrEqual(t, r.RecordRecall, record, "record recall")
	assert.GreaterOrEqual(t, r.Accuracy["speaker"], speaker, "speaker accuracy")
	assert.GreaterOrEqual(t, r.Accuracy["topic"], topic, "topic accuracy")
}

func TestScoreMatchesOnLineAndValue(t *testing.T) {
	v := 181.0
	sp := "Ma Zhaoxu"
	gold := map[string][]Gold{"doc": {{Line: 3, Number: "181", Value: &v, Unit: Answers{"countries"}, Bound: Answers{"exact"},
		Speaker: Answers{"Mr. Ma Zhaoxu"}, has: map[string]bool{"unit": true, "bound": true, "speaker": true}}}}
	claims := []extractor.Claim{
		{Source: "x/doc.txt", Line: 3, Number: "181", Value: &v, Unit: "country", Bound: "exact", Speaker: &sp},
		{Source: "doc.txt", Line: 4, Number: "181", Value: &v},
	}
	r := Score(gold, claims)
	assert.Equal(t, 1, r.TP)
	assert.Equal(t, 1, r.FP)
	assert.Equal(t, 1, r.Record, "plural-insensitive unit, honorific-insensitive speaker")
}

func TestVagueGoldMatchesOnNumberText(t *testing.T) {
	gold := map[string][]Gold{"d": {{Line: 1, Number: "Dozens", has: map[string]bool{}}}}
	r := Score(gold, []extractor.Claim{{Source: "d.txt", Line: 1, Number: "dozens"}})
	assert.Equal(t, 1, r.TP)
}

func TestAnswersAcceptStringNullAndList(t *testing.T) {
	rows, err := readGoldString(t, `{"line":1,"number":"2","value":2,"unit":["a",null],"speaker":null,"topic":"Health"}`)
	require.NoError(t, err)
	assert.Equal(t, Answers{"a", ""}, rows[0].Unit)
	assert.Equal(t, Answers{""}, rows[0].Speaker)
	assert.Equal(t, Answers{"Health"}, rows[0].Topic)
}

func readGoldString(t *testing.T, s string) ([]Gold, error) {
	p := filepath.Join(t.TempDir(), "g.jsonl")
	require.NoError(t, os.WriteFile(p, []byte(s+"\n"), 0o644))
	return readGold(p)
}
