package extractor

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAFieldOrATallyWordBeforeAFigureNamesWhatItCounts(t *testing.T) {
	e := defaultEngine(t)
	for _, tc := range []struct{ name, before, want string }{
		{"a field's plural name", "Votes cast: ", "votes"},
		{"a field of one plural", "Results\nAbstentions: ", "abstentions"},
		{"a tally word before its colon", "Yes: ", "yes"},
		{"a tally word before its bracket", "YEAS (", "yeas"},
		{"a plural tally word alone", "there were—yeas 217, nays ", "nays"},
		{"a tally of two words", "nays 211, not voting ", "not voting"},
		{"a group whose size a figure gives", "Population: ", "population"},
		{"a rate is a percent", "Unemployment rate: ", "percent"},
		{"a short tally word needs its colon", "I said no ", ""},
		{"a word of the record names nothing", "Date: ", ""},
		{"a field name holds letters only", "Ref. No: ", ""},
		{"prose before a colon is no field", "The plan is simple: ", ""},
		{"no space: no field", "Yes:", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, e.fieldUnit(tc.before))
		})
	}
}

func TestAFieldsFigureTakesNoNounFromTheNextLine(t *testing.T) {
	text := "Votes cast: 683\nYes: 374\n"
	assert.Equal(t, 0, endsTableRow(text, len("Votes cast: 683")))
	assert.Equal(t, -1, endsTableRow("We counted 683\nvotes in all.\n", len("We counted 683")))
}
