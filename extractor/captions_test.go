package extractor

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCaptionsAreSniffedFromTheirStart(t *testing.T) {
	for _, tc := range []struct {
		name string
		head string
		want bool
	}{
		{"webvtt header", "WEBVTT\n\n1\n00:00:00.800 --> 00:00:14.260\nHello", true},
		{"webvtt header with a title", "\uFEFFWEBVTT - Heat Pumps 101\n\n", true},
		{"subrip cue", "1\r\n00:00:01,000 --> 00:00:04,000\r\nHello\r\n", true},
		{"a word that begins with WEBVTT", "WEBVTTISH notes", false},
		{"a numbered list", "1\nThe first point.\n", false},
		{"a transcript", "MR. KIRBY: Thanks, Karine.\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, captionsSniffed([]byte(tc.head)))
		})
	}
}

// A caption file reads as the transcript it is: cue numbers, timings and
// notes are no claims, a voice tag names the speaker, and a sentence runs
// on from one cue into the next, its number with it.
func TestCaptionCuesReadAsATranscript(t *testing.T) {
	raw := []byte(`WEBVTT

NOTE Excerpt of cues 1-3 and 212-214, recorded 09/23/2025.

1
00:00:00.800 --> 00:00:14.260
<v Kendra Biles>Welcome. We have just over 1,100 people registered.

2
00:00:14.260 --> 00:00:24.900
<v Dr. Lena Marsh>Thanks, Kendra. Heat pumps outsold furnaces, 412,000 units &amp; more.

3
00:00:24.900 --> 00:00:45.620
Homes cut their bills by $740 a year.

212
00:42:01.300 --> 00:42:16.880
<v Tomás Aguirre>We have paid out a little over 212

213
00:42:16.880 --> 00:42:31.410
million dollars, and trained twelve

214
00:42:31.410 --> 00:42:43.020
hundred contractors so far.
`)
	res, err := fuzzEngine().Extract("webinar.vtt", raw, Options{})
	require.NoError(t, err)
	type row struct {
		number, speaker string
		value           float64
		line            int
	}
	var got []row
	for _, c := range res.Claims {
		require.NotNil(t, c.Speaker, c.Number)
		require.NotNil(t, c.Value, c.Number)
		got = append(got, row{c.Number, *c.Speaker, *c.Value, c.Line})
		assert.NotContains(t, c.Sentence, "-->")
	}
	assert.Equal(t, []row{
		{"1,100", "Kendra Biles", 1100, 7},
		{"412,000", "Dr. Lena Marsh", 412000, 11},
		{"$740", "Dr. Lena Marsh", 740, 15},
		{"212 million", "Tomás Aguirre", 212e6, 19},
		{"twelve hundred", "Tomás Aguirre", 1200, 23},
	}, got)
	assert.Equal(t, "We have paid out a little over 212 million dollars, and trained twelve hundred contractors so far.", res.Claims[3].Sentence)
}

// SubRip names no voice: a label in the cue's text does, and a cue that
// opens with one starts a turn even where the cue before ends mid-sentence.
func TestSubRipCuesKeepTheirLabels(t *testing.T) {
	raw := []byte("1\r\n00:00:01,000 --> 00:00:04,000\r\nKIRBY: We sent 1,200\r\n\r\n" +
		"2\r\n00:00:04,000 --> 00:00:06,000\r\nmore troops last year, and\r\n\r\n" +
		"3\r\n00:00:06,000 --> 00:00:09,000\r\nREPORTER: How many are left? About 300?\r\n")
	res, err := fuzzEngine().Extract("briefing.srt", raw, Options{})
	require.NoError(t, err)
	require.Len(t, res.Claims, 2)
	assert.Equal(t, "1,200", res.Claims[0].Number)
	assert.Equal(t, "KIRBY", *res.Claims[0].Speaker)
	assert.Equal(t, "We sent 1,200 more troops last year, and", res.Claims[0].Sentence)
	assert.Equal(t, "300", res.Claims[1].Number)
	assert.Equal(t, "REPORTER", *res.Claims[1].Speaker)
}

// YouTube's automatic captions roll: each line shows in its own cue, with
// a timestamp per word, and again above the next cue's line. A figure is
// said once, and read once.
func TestRollingCaptionsReadEachLineOnce(t *testing.T) {
	raw := []byte("WEBVTT\nKind: captions\nLanguage: en\n\n" +
		"00:00:00.000 --> 00:00:02.350 align:start position:0%\n \nwe<00:00:00.160><c> sent</c><00:00:00.560><c> 1,200</c>\n\n" +
		"00:00:02.350 --> 00:00:02.360 align:start position:0%\nwe sent 1,200\n \n\n" +
		"00:00:02.360 --> 00:00:04.000 align:start position:0%\nwe sent 1,200\nteams<00:00:02.700><c> to</c><00:00:03.000><c> 42</c><00:00:03.200><c> countries</c>\n\n" +
		"00:00:04.000 --> 00:00:04.010 align:start position:0%\nteams to 42 countries\n \n")
	res, err := fuzzEngine().Extract("auto.en.vtt", raw, Options{})
	require.NoError(t, err)
	var got []string
	for _, c := range res.Claims {
		got = append(got, c.Number+" "+c.Sentence)
	}
	assert.Equal(t, []string{"1,200 we sent 1,200 teams to 42 countries", "42 we sent 1,200 teams to 42 countries"}, got)
}

// Auto-captions exported as text open every line with its time: the
// times are blanked, so that a sentence reads on over the lines, and the
// claims keep the file's lines. Capitals are read as words, not names.
func TestTimestampedCaptionLinesReadAsOneText(t *testing.T) {
	var b strings.Builder
	b.WriteString("HOLLISTER RIDGE FIRE EVENING BRIEFING\n\n")
	lines := []string{">> GOOD EVENING. THE FIRE IS 38,460 ACRES.", "CONTAINMENT IS AT 12", "PERCENT. OF THE 620 STRUCTURES WE",
		"ASSESSED, 214 ARE DESTROYED.", ">> AND I'M JAMES OKORO WITH THE", "UTILITY. ABOUT 23,500 CUSTOMERS", "ARE WITHOUT POWER.", "THANK YOU.", "[PAUSE]"}
	for i, l := range lines {
		fmt.Fprintf(&b, "[00:00:%02d] %s\n", 10+3*i, l)
	}
	res, err := defaultEngine(t).Extract("captions.txt", []byte(b.String()), Options{})
	require.NoError(t, err)
	got := map[string]string{}
	lineOf := map[string]int{}
	for _, c := range res.Claims {
		got[c.Number], lineOf[c.Number] = c.Unit, c.Line
	}
	assert.Equal(t, map[string]string{"38,460": "acre", "12": "percent", "620": "structures", "214": "structures", "23,500": "customers"}, got)
	assert.Equal(t, 4, lineOf["12"], "the line of the file")
	assert.False(t, timestampedLines([]byte("[00:01:23] Jane Doe: Hello.\n\nWe had 12 cases.\n"), linesOf(lineTable{}, "[00:01:23] Jane Doe: Hello.\n\nWe had 12 cases.\n")), "one stamped line is a label's time")
}

// A video page's transcript panel, copied, sets each caption's time alone
// on a line over a short unpunctuated line of speech. The times and the
// "[Music]" are blanked and the lines read on as one paragraph; the
// speech, with no sentence punctuation, is cut at line breaks into pieces
// of two or three captions, not read as one sentence to the cap; a
// number at a line's end keeps its unit on the next.
func TestAVideoTranscriptPanelReadsAsCutSpeech(t *testing.T) {
	var b strings.Builder
	b.WriteString("Intro\n0:00\n[Music]\n")
	lines := []string{"hey everyone welcome back so city council just passed the", "fiscal 2026 budget and it's 2.31 billion dollars",
		"that's up about 4.6% from last year", "or roughly 3,400 dollars for every one of our 678,000 residents",
		"fire response times average 6.4 minutes but on the east side it's over 9", "minutes the budget adds 36 firefighters",
		"the library system gets 52 million", "for branch hours", "and parks get a little more than last year", "so that's the budget"}
	for i, l := range lines {
		fmt.Fprintf(&b, "0:%02d\n%s\n", 4+5*i, l)
	}
	text := b.String()
	require.True(t, stampLines([]byte(text), linesOf(lineTable{}, text)))
	res, err := defaultEngine(t).Extract("panel.txt", []byte(text), Options{})
	require.NoError(t, err)
	units, sentences := map[string]string{}, map[string]string{}
	for _, c := range res.Claims {
		units[c.Number], sentences[c.Number] = c.Unit, c.Sentence
		assert.NotContains(t, c.Sentence, "0:", "no caption time in a sentence")
		assert.NotContains(t, c.Sentence, "[Music]")
		assert.Less(t, len(c.Sentence), 400, "a piece of the speech, not all of it")
	}
	assert.Equal(t, "minute", units["9"], "the unit on the next caption")
	assert.Equal(t, "USD", units["2.31 billion"])
	assert.NotEqual(t, sentences["2.31 billion"], sentences["52 million"])
	podcast := "Ep. 87\n\n0:00\nSpeaker 1\nWelcome back.\n\n0:14\nSpeaker 2\nIt's 14 now.\n"
	for range 4 {
		podcast += "\n0:21\nSpeaker 1\nSo 120 teams.\n"
	}
	assert.False(t, stampLines([]byte(podcast), linesOf(lineTable{}, podcast)), "a podcast app's times stand after blank lines")
}

// A court reporter's transcript numbers the lines of each page in its
// margin, and prints a header and a footer on every page. The numbers and
// the lines outside the numbered ones are blanked: a turn reads on over
// its lines and across the page, and no margin number or phone in the
// footer is a claim.
func TestNumberedTranscriptLinesReadAsText(t *testing.T) {
	var b strings.Builder
	page := func(n int, lines []string) {
		fmt.Fprintf(&b, "Pennine Hospitals Inquiry         Day 14         19 November 2024\n%60s\n\n", fmt.Sprintf("Page %d", n))
		for i := range 25 {
			l := ""
			if i < len(lines) {
				l = lines[i]
			}
			fmt.Fprintf(&b, "%2d   %s\n", i+1, l)
		}
		b.WriteString("\nOpus 2                          transcripts@opus2.com\nOfficial Court Reporters        +44 (0)20 3008 5900\n\n")
	}
	page(1, []string{"THE CHAIR:  Good morning, Mr Keith.", "Q.  Could you describe the Trust for us?",
		"A.  We run three acute hospitals, and we serve a", "    population of about 640,000 people. We employ",
		"    just over 9,800 staff."})
	page(2, []string{"Q.  And the beds?", "A.  We had 1,142 general and acute beds."})
	text := b.String()
	res, err := defaultEngine(t).Extract("inquiry.txt", []byte(text), Options{})
	require.NoError(t, err)
	type got struct {
		unit, speaker string
		line          int
	}
	claims := map[string]got{}
	for _, c := range res.Claims {
		speaker := ""
		if c.Speaker != nil {
			speaker = *c.Speaker
		}
		claims[c.Number] = got{c.Unit, speaker, c.Line}
	}
	assert.Equal(t, map[string]got{
		"three":   {"hospitals", "A", 6},
		"640,000": {"people", "A", 7},
		"9,800":   {"staff", "A", 8},
		"1,142":   {"beds", "A", 37},
	}, claims)
	lt := linesOf(lineTable{}, text)
	assert.True(t, numberedLines([]byte(text), lt))
	prose := strings.Repeat("12 members voted.\n\n 3 abstained.\n\n", 20)
	assert.False(t, numberedLines([]byte(prose), linesOf(lineTable{}, prose)), "figures that open lines, out of turn, number nothing")
}

// A broadcaster's SubRip file names who speaks in capitals and brackets at
// a cue's start, in italics or not: the name holds until the next one, and
// a bracket alone on its line, or one that names a sound, is no speaker.
func TestSubRipBracketedNamesSpeak(t *testing.T) {
	raw := []byte("1\n00:00:01,240 --> 00:00:05,667\n♪ [THEME MUSIC] ♪\n\n" +
		"2\n00:00:06,147 --> 00:00:08,856\n[PRESENTER] Borrowing came in\nat £132.2 billion.\n\n" +
		"3\n00:00:09,000 --> 00:00:11,000\n<i>[REPORTER] Drivers pay around 137p</i>\n<i>a litre.</i>\n\n" +
		"4\n00:00:11,100 --> 00:00:12,000\n[APPLAUSE]\n\n" +
		"5\n00:00:12,100 --> 00:00:14,000\nThe duty stands at 52.95p a litre.\n\n" +
		"6\n00:00:14,100 --> 00:00:16,000\n[MINISTER] The deficit will be about 4.5% of GDP.\n\n" +
		"7\n00:00:16,100 --> 00:00:18,000\n[CROWD CHEERING] And we built 12 schools.\n")
	res, err := fuzzEngine().Extract("briefing.srt", raw, Options{})
	require.NoError(t, err)
	got := numberSpeakers(t, res)
	assert.Equal(t, []numberSpeaker{{"£132.2 billion", "PRESENTER"}, {"137p", "REPORTER"}, {"52.95p", "REPORTER"}, {"4.5%", "MINISTER"}, {"12", "MINISTER"}}, got)
}

// A dialogue dash that opens a cue of a two-voice exchange, with no other
// dash in the cue, hands the turn to the other named voice; a cue split
// between two dashes says neither who speaks first nor who goes on.
func TestSubRipDialogueDashHandsTheTurnOver(t *testing.T) {
	raw := []byte("1\n00:00:01,000 --> 00:00:03,000\n[PRESENTER] Borrowing is up.\n\n" +
		"2\n00:00:03,100 --> 00:00:05,000\n[MINISTER] The deficit will be 4.5% of GDP.\n\n" +
		"3\n00:00:05,100 --> 00:00:07,000\n- But the OBR gave you just £9.9 billion\nof headroom.\n\n" +
		"4\n00:00:07,100 --> 00:00:09,000\n- Forecasts move around. We have 930,000\nmore jobs.\n")
	res, err := fuzzEngine().Extract("interview.srt", raw, Options{})
	require.NoError(t, err)
	got := numberSpeakers(t, res)
	assert.Equal(t, []numberSpeaker{{"4.5%", "MINISTER"}, {"£9.9 billion", "PRESENTER"}, {"930,000", "MINISTER"}}, got)
}
