package extractor

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, splitSentences(e, tc.text))
		})
	}
}
