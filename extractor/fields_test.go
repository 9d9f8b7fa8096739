package extractor

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestAFieldOrATallyWordBeforeAFigureNamesWhatItCounts(t *testing.T) {
	e := defaultEngine(t)
	for _, tc := range []struct{ name, before, after, want string }{
		{"a field's plural name", "Votes cast: ", "", "votes"},
		{"a field of one plural", "Results\nAbstentions: ", "", "abstentions"},
		{"a tally word before its colon counts votes", "Yes: ", "", "votes"},
		{"a poll's FOR counts votes", "   FOR: ", " (99.30%)   AGAINST: 3,115,006", "votes"},
		{"a tally word before its bracket", "YEAS (", "", "yeas"},
		{"a plural tally word alone", "there were—yeas 217, nays ", "", "nays"},
		{"a tally of two words", "nays 211, not voting ", "", "not voting"},
		{"a group whose size a figure gives", "Population: ", "", "population"},
		{"a rate is a percent", "Unemployment rate: ", "", "percent"},
		{"a short tally word needs its colon", "I said no ", "", ""},
		{"a word of the record names nothing", "Date: ", "", ""},
		{"a field name holds letters only", "Ref. No: ", "", ""},
		{"prose before a colon is no field", "The plan is simple: ", "", ""},
		{"no space: no field", "Yes:", "", ""},
		{"a row's name and its figure, apart", "Total valid votes          ", "", "votes"},
		{"a longer name of a row", "Rejected (spoilt) ballot papers   ", "", "papers"},
		{"a row's figure must end it", "Electorate    ", "   (2021)", ""},
		{"a row of several cells is a table's", "Leeds    12    ", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.before + "374" + tc.after + "\n"
			assert.Equal(t, tc.want, e.fieldUnit(text, 0, len(tc.before), len(tc.before)+3))
		})
	}
}

func TestAFieldsFigureTakesNoNounFromTheNextLine(t *testing.T) {
	text := "Votes cast: 683\nYes: 374\n"
	assert.Equal(t, 0, cellEnd(text, len("Votes cast: 683")))
	assert.Equal(t, -1, cellEnd("We counted 683\nvotes in all.\n", len("We counted 683")))
}

func TestASpeakersLabelIsNoField(t *testing.T) {
	text := "COLLINS: 253 for 6.\n"
	at := len("COLLINS: ")
	assert.Equal(t, "", defaultEngine(t).fieldUnit(text, at, at, at+3))
}
