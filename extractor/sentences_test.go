package extractor

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func splitSentences(e *Engine, s string) []string {
	var out []string
	for _, sp := range e.sentences(s, 0, len(s)) {
		out = append(out, s[sp.Start:sp.End])
	}
	return out
}

func TestSentencesSurviveAbbreviationsAndDecimals(t *testing.T) {
	e := defaultEngine(t)
	for _, tc := range []struct {
		name string
		text string
		want []string
	}{
		{"date abbreviation", "Beijing, Sept. 29, 2022. We met.", []string{"Beijing, Sept. 29, 2022.", "We met."}},
		{"honorific", "Ms. Meng returned. She was detained.", []string{"Ms. Meng returned.", "She was detained."}},
		{"country initials", "The U.S. said no. China said yes.", []string{"The U.S. said no.", "China said yes."}},
		{"number sign", "See No. 5 on the list. Then go.", []string{"See No. 5 on the list.", "Then go."}},
		{"decimal", "More than 2.2 billion doses. Done.", []string{"More than 2.2 billion doses.", "Done."}},
		{"quote closes", `He said "we won." Then he left.`, []string{`He said "we won."`, "Then he left."}},
		{"question and exclamation", "Why? Because! Fine.", []string{"Why?", "Because!", "Fine."}},
		{"lower case goes on", "It rose 5 percent. and then fell.", []string{"It rose 5 percent. and then fell."}},
		{"initial", "J. Smith spoke. Done.", []string{"J. Smith spoke.", "Done."}},
		{"no-break space", "Thanks.\u00a0 Two more.", []string{"Thanks.", "Two more."}},
		{"a list's items without full stops", "Figures:\n* 14,382 students\n   * down 229\n\u2022 1.6%", []string{"Figures:", "* 14,382 students", "* down 229", "\u2022 1.6%"}},
		{"a check box opens an item", "Actions\n\u2610 Maria \u2013 3 scenarios\n\u2611 Jenna \u2013 slides", []string{"Actions", "\u2610 Maria \u2013 3 scenarios", "\u2611 Jenna \u2013 slides"}},
		{"a dash mid-line opens nothing", "It rose - by 4% - and\nthen fell.", []string{"It rose - by 4% - and\nthen fell."}},
		{"an en dash that opens a wrapped line is no bullet", "The budget rose\n\u2013 by 4% \u2013 last year.", []string{"The budget rose\n\u2013 by 4% \u2013 last year."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, splitSentences(e, tc.text))
		})
	}
}

// A sentence never ends inside a number the scanner read whole: where a
// full stop in it looked like a sentence's end, the two sentences are one.
func TestSentencesJoinWhereAFullStopFallsInsideANumber(t *testing.T) {
	sents := []span{{0, 10}, {11, 30}, {31, 40}}
	toks := []Token{{Start: 2, End: 5}, {Start: 8, End: 14}, {Start: 33, End: 36}}
	assert.Equal(t, []span{{0, 30}, {31, 40}}, joinSplitTokens(sents, toks))
	assert.Equal(t, []span{{0, 10}}, joinSplitTokens([]span{{0, 10}}, []Token{{Start: 2, End: 10}}))

	text := "SHRI A: Sir, a family loses nearly Rs. 15,000 a year. We lost Rs. 2 lakh."
	res, err := defaultEngine(t).Extract("debate.txt", []byte(text), Options{})
	require.NoError(t, err)
	var got []string
	for _, c := range res.Claims {
		got = append(got, c.Number+" "+c.Unit)
		assert.Contains(t, c.Sentence, c.Number)
	}
	assert.Equal(t, []string{"Rs. 15,000 INR", "Rs. 2 lakh INR"}, got)
}
