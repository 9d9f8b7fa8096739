package extractor

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNounPhraseFindsTheCountedThingAndItsHead(t *testing.T) {
	e := defaultEngine(t)
	for _, tc := range []struct {
		after, object, head string
	}{
		{" doses of vaccines to more than 120 countries", "doses of vaccines", "doses"},
		{" political party leaders and prominent figures during", "political party leaders and prominent figures", "leaders"},
		{" bilateral and multilateral events in a week", "bilateral and multilateral events", "events"},
		{" heads of state and government at home", "heads of state and government", "heads"},
		{" visits abroad, covering", "visits abroad", "visits"},
		{" overseas Chinese citizens get vaccinated", "overseas Chinese citizens", "citizens"},
		{" countries wrote letters", "countries", "countries"},
		{" low- and middle-income families.", "low- and middle-income families", "families"},
		{" patriotic, young Americans who stand", "patriotic, young Americans", "americans"},
		{" smart, dedicated people — both", "smart, dedicated people", "people"},
		{" countries, 32 organizations", "countries", "countries"},
		{" people died in the floods", "people", "people"},
		{" territory Russia seized since 2022", "territory", "territory"},
		{" leaders China invited", "leaders", "leaders"},
		{" US Marines deployed there", "US Marines", "marines"},
		{" whole-time equivalents4 across the Trust", "whole-time equivalents4", "equivalents"}, // a PDF's footnote mark
		{" selected offences¹ during the month", "selected offences¹", "offences"},              // one in superscript
		{" mp3 players", "mp3 players", "players"},
		{".", "", ""},
	} {
		t.Run(tc.after, func(t *testing.T) {
			obj, head := e.nounPhrase(tc.after)
			assert.Equal(t, tc.object, obj)
			assert.Equal(t, tc.head, head)
		})
	}
}

func TestCountedPhraseEndsAfterItsPluralHead(t *testing.T) {
	e := defaultEngine(t)
	for _, tc := range []struct {
		after, object, head string
	}{
		{" jobs short still of where", "jobs", "jobs"},
		{" Americans file for unemployment insurance", "Americans", "americans"},
		{" encounters last year", "encounters", "encounters"},
		{" people die of hunger", "people", "people"},                   // an irregular plural, from the rules
		{" doses of vaccines last month", "doses of vaccines", "doses"}, // after "of" too
		{" arms sales to the region", "arms sales", "sales"},            // a plural before a plural goes on
		{" countries worldwide", "countries worldwide", "countries"},
		{" business leaders and their staff", "business leaders", "leaders"}, // "business" is no plural
		{" Nations Games", "Nations Games", "games"},                         // a capital goes on: a name
		{" overseas Chinese citizens get vaccinated", "overseas Chinese citizens", "citizens"},
		{" more nurses this year", "more nurses", "nurses"}, // an increment opens it
		{" fewer than in 2010", "", ""},                     // "fewer than" is no phrase
		{" more than last year", "", ""},
		{" new confirmed cases in the week", "new confirmed cases", "cases"},     // a participle between an adjective and its plural
		{" safe and dignified burials", "safe and dignified burials", "burials"}, // adjectives conjoined: the plural is the head
		{" countries and forged partnerships", "countries", "countries"},         // after a plural noun, the participle is a verb
		{" expected by the end of the month", "", ""},                            // a count's verb (count_verbs)
		{" injured in the attack", "injured", "injured"},                         // a participle that names the counted
		{" 155mm rounds a month", "155mm rounds", "rounds"},                      // a size before the noun
		{" 5G phones", "5G phones", "phones"},
	} {
		t.Run(tc.after, func(t *testing.T) {
			obj, head := e.countedPhrase(tc.after)
			assert.Equal(t, tc.object, obj)
			assert.Equal(t, tc.head, head)
		})
	}
}

// An amount does not count the phrase after it, which may go on past a
// plural: "$1 billion arms sale".
func TestNounPhraseOfAnAmountGoesOnPastAPlural(t *testing.T) {
	e := defaultEngine(t)
	obj, head := e.nounPhrase(" arms sale to the region")
	assert.Equal(t, "arms sale", obj)
	assert.Equal(t, "sale", head)
}

// After a share or an amount, a participle with a function word after it
// is the sentence's verb, and the phrase is empty; after a count it is
// what is counted ("1,500 injured in the attack").
func TestAParticipleBeforeAFunctionWordIsAVerbAfterAnAmount(t *testing.T) {
	e := defaultEngine(t)
	for _, tc := range []struct {
		after, object string
	}{
		{" compared to the same period last year", ""},
		{" saved by his advice", ""},
		{" raised from donors", ""},
		{" trained nurses", "trained nurses"},
	} {
		t.Run(tc.after, func(t *testing.T) {
			obj, _ := e.nounPhrase(tc.after)
			assert.Equal(t, tc.object, obj)
		})
	}
	obj, head := e.countedPhrase(" injured in the attack")
	assert.Equal(t, "injured", obj)
	assert.Equal(t, "injured", head)
}
