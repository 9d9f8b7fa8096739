package extractor

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factable/factable/rules"
)

// want is the part of a claim these tests pin down.
type want struct {
	Number, Kind, Unit, Bound, Period, Per string
	Value                                  float64
}

func claimsOf(t *testing.T, text string) []want {
	t.Helper()
	res, err := defaultEngine(t).Extract("t.txt", []byte(text), Options{})
	require.NoError(t, err)
	var out []want
	for _, c := range res.Claims {
		w := want{Number: c.Number, Kind: c.Kind, Unit: c.Unit, Bound: c.Bound, Period: c.Period, Per: c.Per}
		if c.Value != nil {
			w.Value = *c.Value
		}
		out = append(out, w)
	}
	return out
}

// onlyClaimOf is the one claim of text, which must hold exactly one.
func onlyClaimOf(t *testing.T, text string) Claim {
	t.Helper()
	res, err := defaultEngine(t).Extract("t.txt", []byte(text), Options{})
	require.NoError(t, err)
	require.Len(t, res.Claims, 1)
	return res.Claims[0]
}

func TestClaimAssembly(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []want
	}{
		{"hedge, scale and head noun", "We provided more than 2.2 billion doses of vaccines.",
			[]want{{Number: "2.2 billion", Kind: "count", Unit: "doses", Bound: "lower", Value: 2.2e9}}},
		{"percent sign and percent word", "It fell 3.5 percent, or 70% of the drop.",
			[]want{{Number: "3.5", Kind: "percent", Unit: "percent", Bound: "exact", Value: 3.5}, {Number: "70%", Kind: "percent", Unit: "percent", Bound: "exact", Value: 70}}},
		{"money with elided scale", "Outlays are $7.266 trillion and the deficit is $1.781 in the first year.",
			[]want{{Number: "$7.266 trillion", Kind: "money", Unit: "USD", Bound: "exact", Period: "in the first year", Value: 7.266e12},
				{Number: "$1.781", Kind: "money", Unit: "USD", Bound: "exact", Period: "in the first year", Value: 1.781e12}}},
		{"a price of one unit takes no scale said before it", "Revenue was $4.2 billion, earnings per share were $1.37, and the dividend rose to $0.27 per share.",
			[]want{{Number: "$4.2 billion", Kind: "money", Unit: "USD", Bound: "exact", Value: 4.2e9}, {Number: "$1.37", Kind: "money", Unit: "USD", Bound: "exact", Value: 1.37},
				{Number: "$0.27", Kind: "money", Unit: "USD", Bound: "exact", Per: "share", Value: 0.27}}},
		{"a share of a point said with it is of a percentage point", "Traders see a cut of a quarter point; a half-point cut is unlikely.",
			[]want{{Number: "a quarter", Kind: "measure", Unit: "percentage point", Bound: "exact", Value: 0.25}, {Number: "a half", Kind: "measure", Unit: "percentage point", Bound: "exact", Value: 0.5}}},
		{"gas is measured in cubic metres and bcm, power in terawatt-hours", "Hungary stores 6.3 billion cubic metres, saved 60 bcm and used 41 TWh.",
			[]want{{Number: "6.3 billion", Kind: "measure", Unit: "cubic metre", Bound: "exact", Value: 6.3e9}, {Number: "60", Kind: "measure", Unit: "bcm", Bound: "exact", Value: 60},
				{Number: "41", Kind: "measure", Unit: "TWh", Bound: "exact", Value: 41}}},
		{"metric tonnes written MT keep their unit as written; wine is measured in hectolitres",
			"Imports reached 4.68 million MT and the winery made 131,900 hectolitres.",
			[]want{{Number: "4.68 million", Kind: "measure", Unit: "MT", Bound: "exact", Value: 4.68e6}, {Number: "131,900", Kind: "measure", Unit: "hectolitre", Bound: "exact", Value: 131900}}},
		{"a factor written 3x is a multiple", "Sales grew 3x, and 2.5x in Asia, on 2x4 boards.",
			[]want{{Number: "3x", Kind: "multiple", Bound: "exact", Value: 3}, {Number: "2.5x", Kind: "multiple", Bound: "exact", Value: 2.5},
				{Number: "2", Kind: "count", Unit: "boards", Bound: "exact", Value: 2}}},
		{"duration with -plus", "It is a 30-plus-year-long friendship.",
			[]want{{Number: "30", Kind: "duration", Unit: "year", Bound: "lower", Value: 30}}},
		{"rank with a superlative", "China is the second largest contributor.",
			[]want{{Number: "second", Kind: "rank", Unit: "contributor", Bound: "exact", Value: 2}}},
		{"a hedge before a currency code bounds the amount after it", "Exports will exceed USD 30 billion, up from about USD 3 billion, at least EUR 250,000 each.",
			[]want{{Number: "30 billion", Kind: "money", Unit: "USD", Bound: "lower", Value: 30e9}, {Number: "3 billion", Kind: "money", Unit: "USD", Bound: "approx", Value: 3e9},
				{Number: "250,000", Kind: "money", Unit: "EUR", Bound: "lower", Value: 250000}}},
		{"a range opener before a currency code opens the range after it", "The surplus will be between USD 29 and 32 billion.",
			[]want{{Number: "29 and 32 billion", Kind: "money", Unit: "USD", Bound: "range", Value: 29e9}}},
		{"rupiah written Rp", "Exports reached Rp1,061 trillion at about Rp 15,640 a dollar.",
			[]want{{Number: "Rp1,061 trillion", Kind: "money", Unit: "IDR", Bound: "exact", Value: 1.061e15}, {Number: "Rp 15,640", Kind: "money", Unit: "IDR", Bound: "approx", Value: 15640}}},
		{"a proportion may name its unit before in every", "About one pound in every 17 is unfunded.",
			[]want{{Number: "one pound in every 17", Kind: "fraction", Bound: "approx", Value: 1.0 / 17}}},
		{"decibels and a quake's magnitude are measures", "A 6.9 magnitude quake; noise hit 85 decibels.",
			[]want{{Number: "6.9", Kind: "measure", Unit: "magnitude", Bound: "exact", Value: 6.9}, {Number: "85", Kind: "measure", Unit: "decibel", Bound: "exact", Value: 85}}},
		{"as long as bounds a duration from above", "Some were out for as long as four days.",
			[]want{{Number: "four", Kind: "duration", Unit: "day", Bound: "upper", Value: 4}}},
		{"cedis written GH¢ and special drawing rights written SDR", "Arrears are more than GH¢20 billion, or SDR 1.2 billion.",
			[]want{{Number: "GH¢20 billion", Kind: "money", Unit: "GHS", Bound: "lower", Value: 20e9}, {Number: "1.2 billion", Kind: "money", Unit: "XDR", Bound: "exact", Value: 1.2e9}}},
		{"times before a comparative that ends the sentence is a multiple", "Calls ran 11 times normal, and costs rose three times faster.",
			[]want{{Number: "11", Kind: "multiple", Bound: "exact", Value: 11}, {Number: "three", Kind: "multiple", Bound: "exact", Value: 3}}},
		{"a bare figure a plural subject numbers counts it", "The so-called trolley waits numbered 412 in February. Visitors numbered 12,000.",
			[]want{{Number: "412", Kind: "count", Unit: "waits", Bound: "exact", Period: "in February", Value: 412}, {Number: "12,000", Kind: "count", Unit: "visitors", Bound: "exact", Value: 12000}}},
		{"a situation report's line heads its figure with what it counts", "Damaged houses: 12,866, most of them in the north.",
			[]want{{Number: "12,866", Kind: "count", Unit: "houses", Bound: "exact", Value: 12866}}},
		{"the start of a change takes the end's currency past its hedge, and its scale", "The birr went from about 57 to about 132 birr. Debt rose from 2 to 3 billion dollars. Users grew from 500 to 3 million.",
			[]want{{Number: "57", Kind: "money", Unit: "ETB", Bound: "approx", Value: 57}, {Number: "132", Kind: "money", Unit: "ETB", Bound: "approx", Value: 132},
				{Number: "2", Kind: "money", Unit: "USD", Bound: "exact", Value: 2e9}, {Number: "3 billion", Kind: "money", Unit: "USD", Bound: "exact", Value: 3e9},
				{Number: "500", Kind: "count", Unit: "users", Bound: "exact", Value: 500}, {Number: "3 million", Kind: "count", Unit: "users", Bound: "exact", Value: 3e6}}},
		{"a move up to a figure is no hedge", "Growth picked up to 4.0 percent.",
			[]want{{Number: "4.0", Kind: "percent", Unit: "percent", Bound: "exact", Value: 4}}},
		{"an exchange rate is an amount of the currency the sentence names", "The naira is trading at 1,550 to the dollar. We sold 40 to the dollar store.",
			[]want{{Number: "1,550", Kind: "money", Unit: "NGN", Bound: "exact", Value: 1550}, {Number: "40", Kind: "count", Bound: "exact", Value: 40}}},
		{"vague count", "Dozens of delegations came.",
			[]want{{Number: "Dozens", Kind: "count", Unit: "delegations", Bound: "approx"}}},
		{"a vague count of money is in the currency's code", "It drew tens of billions of dollars in investment.",
			[]want{{Number: "tens of billions", Kind: "count", Unit: "USD", Bound: "approx"}}},
		{"fraction of a whole", "Half of all exports go there.",
			[]want{{Number: "Half", Kind: "fraction", Unit: "exports", Bound: "exact", Value: 0.5}}},
		{"a rate", "He chaired 70 events in a week.",
			[]want{{Number: "70", Kind: "count", Unit: "events", Bound: "exact", Per: "week", Value: 70}}},
		{"a rate's denominator is its per, not a claim", "There were 4.2 deaths per 1,000 live births.",
			[]want{{Number: "4.2", Kind: "count", Unit: "deaths", Bound: "exact", Per: "1,000 live births", Value: 4.2}}},
		{"a span after its preposition is no rate", "We invest $22.7 billion over a decade.",
			[]want{{Number: "$22.7 billion", Kind: "money", Unit: "USD", Bound: "exact", Value: 22.7e9}}},
		{"a factor in one word, and halved, are multiples", "Calls show a threefold increase, and inflation halved.",
			[]want{{Number: "threefold", Kind: "multiple", Unit: "increase", Bound: "exact", Value: 3}, {Number: "halved", Kind: "multiple", Bound: "exact", Value: 0.5}}},
		{"a rate's lead after the next figure is that figure's", "We shipped 2.3 million units and sold 40 cars a day.",
			[]want{{Number: "2.3 million", Kind: "count", Unit: "units", Bound: "exact", Value: 2.3e6}, {Number: "40", Kind: "count", Unit: "cars", Bound: "exact", Per: "day", Value: 40}}},
		{"a share of a whole counted in digits is a share of its noun", "Two-thirds of the 400 clinics are open.",
			[]want{{Number: "Two-thirds", Kind: "fraction", Unit: "clinics", Bound: "exact", Value: 0.6667}, {Number: "400", Kind: "count", Unit: "clinics", Bound: "exact", Value: 400}}},
		{"a share of one unit is that much of the unit, no rate", "We met for half an hour. It is a quarter of a mile.",
			[]want{{Number: "half", Kind: "duration", Unit: "hour", Bound: "exact", Value: 0.5}, {Number: "a quarter", Kind: "measure", Unit: "mile", Bound: "exact", Value: 0.25}}},
		{"bare millions after an amount of money in the paragraph are money", "Real made 1.05 billion euros, a record. Then City on 838 million, PSG around 806.",
			[]want{{Number: "1.05 billion", Kind: "money", Unit: "EUR", Bound: "exact", Value: 1.05e9}, {Number: "838 million", Kind: "money", Unit: "EUR", Bound: "exact", Value: 838e6}, {Number: "806", Kind: "count", Bound: "approx", Value: 806}}},
		{"bare millions after a count of millions count too", "It cost £450 million. We pay for 30,000 extra appointments every week, well over 1.5 million a year.",
			[]want{{Number: "£450 million", Kind: "money", Unit: "GBP", Bound: "exact", Value: 450e6}, {Number: "30,000", Kind: "count", Unit: "appointments", Bound: "exact", Value: 30000, Per: "week"}, {Number: "1.5 million", Kind: "count", Bound: "lower", Value: 1.5e6, Per: "year"}}},
		{"a share of a point is of a percentage point", "An undershoot of even two-tenths of a point can become entrenched.",
			[]want{{Number: "two-tenths", Kind: "measure", Unit: "percentage point", Bound: "exact", Value: 0.2}}},
		{"a price a unit is a rate", "Gas cost $1.87 a gallon.",
			[]want{{Number: "$1.87", Kind: "money", Unit: "USD", Bound: "exact", Per: "gallon", Value: 1.87}}},
		{"as a share of is no rate", "Debt fell 2 percent as a share of GDP.",
			[]want{{Number: "2", Kind: "percent", Unit: "percent", Bound: "exact", Value: 2}}},
		{"a count ends at its plural head", "We are 10 million jobs short of that.",
			[]want{{Number: "10 million", Kind: "count", Unit: "jobs", Bound: "exact", Value: 10e6}}},
		{"one out of every five is a ratio", "Today 1 out of every 5 children is poor.",
			[]want{{Number: "1 out of every 5", Kind: "fraction", Unit: "children", Bound: "exact", Value: 0.2}}},
		{"a hyphenated superlative makes a rank", "China is the second-largest economy.",
			[]want{{Number: "second", Kind: "rank", Unit: "economy", Bound: "exact", Value: 2}}},
		{"a place in a race is a rank", "We came in 2nd place out of 40 teams.",
			[]want{{Number: "2nd", Kind: "rank", Unit: "place", Bound: "exact", Value: 2}, {Number: "40", Kind: "count", Unit: "teams", Bound: "exact", Value: 40}}},
		{"a rank with nothing after its superlative has no unit", "Its population is the third largest.",
			[]want{{Number: "third", Kind: "rank", Unit: "", Bound: "exact", Value: 3}}},
		{"after an adjective, total is the noun", "It is a quarter of the global total.",
			[]want{{Number: "a quarter", Kind: "fraction", Unit: "total", Bound: "exact", Value: 0.25}}},
		{"a count of some of a whole", "Yet 55 of the biggest companies paid nothing.",
			[]want{{Number: "55", Kind: "count", Unit: "companies", Bound: "exact", Value: 55}}},
		{"a span after just is a period too", "We created 14 million jobs in just three years.",
			[]want{{Number: "14 million", Kind: "count", Unit: "jobs", Bound: "exact", Period: "in just three years", Value: 14e6}}},
		{"a span framing a figure is its period", "We created 15 million jobs in three years.",
			[]want{{Number: "15 million", Kind: "count", Unit: "jobs", Bound: "exact", Period: "in three years", Value: 15e6}}},
		{"a span on its own is a claim", "The road reopened in 12 days.",
			[]want{{Number: "12", Kind: "duration", Unit: "day", Bound: "exact", Value: 12}}},
		{"a subunit after its country is still a subunit", "A ration costs about 72 US cents.",
			[]want{{Number: "72", Kind: "money", Unit: "USD", Bound: "approx", Value: 0.72}}},
		{"energy in food is measured in kilocalories", "A full ration is 2,100 kilocalories.",
			[]want{{Number: "2,100", Kind: "measure", Unit: "kilocalorie", Bound: "exact", Value: 2100}}},
		{"a change from one figure to another counts its plural subject", "Births in our county fell from 3,100 in 2008 to roughly 2,250 in 2019.",
			[]want{{Number: "3,100", Kind: "count", Unit: "births", Bound: "exact", Period: "in 2008", Value: 3100}, {Number: "2,250", Kind: "count", Unit: "births", Bound: "approx", Period: "in 2019", Value: 2250}}},
		{"a change of a rate counts nothing", "The rate fell from 12 to 9.",
			[]want{{Number: "12", Kind: "count", Bound: "exact", Value: 12}, {Number: "9", Kind: "count", Bound: "exact", Value: 9}}},
		{"a stay is counted in nights", "Visitors stay 8.9 nights on average.",
			[]want{{Number: "8.9", Kind: "duration", Unit: "night", Bound: "exact", Value: 8.9}}},
		{"night shifts are counted, not lasted", "Nurses worked 30 night shifts and three day shifts.",
			[]want{{Number: "30", Kind: "count", Unit: "shifts", Bound: "exact", Value: 30}, {Number: "three", Kind: "count", Unit: "shifts", Bound: "exact", Value: 3}}},
		{"for over is a hedge, not a frame", "It stayed under 4 percent for over 2 years in a row.",
			[]want{{Number: "4", Kind: "percent", Unit: "percent", Bound: "upper", Value: 4}, {Number: "2", Kind: "duration", Unit: "year", Bound: "lower", Value: 2}}},
		{"coordinated numbers share a unit", "We held 2 or 4 meetings with rates of 2.2 and 3.8 percent.",
			[]want{{Number: "2", Kind: "count", Unit: "meetings", Bound: "exact", Value: 2}, {Number: "4", Kind: "count", Unit: "meetings", Bound: "exact", Value: 4},
				{Number: "2.2", Kind: "percent", Unit: "percent", Bound: "exact", Value: 2.2}, {Number: "3.8", Kind: "percent", Unit: "percent", Bound: "exact", Value: 3.8}}},
		{"two round numbers one step apart joined by or are a range; years and numbers farther apart are not", "They drive seventy or eighty miles and wait 10 or 15 minutes, for 1 or 3 cases in 2020 or 2030.",
			[]want{{Number: "seventy or eighty", Kind: "measure", Unit: "mile", Bound: "range", Period: "in 2020", Value: 70}, {Number: "10 or 15", Kind: "duration", Unit: "minute", Bound: "range", Period: "in 2020", Value: 10},
				{Number: "1", Kind: "count", Unit: "cases", Bound: "exact", Period: "in 2020", Value: 1}, {Number: "3", Kind: "count", Unit: "cases", Bound: "exact", Period: "in 2020", Value: 3}}},
		{"a guess said twice one step apart after a hedge is a range; a list is not", "Maybe 20, 25 percent came, about 70, 80 miles away, at 20, 25 and 30 dollars.",
			[]want{{Number: "20, 25", Kind: "percent", Unit: "percent", Bound: "range", Value: 20}, {Number: "70, 80", Kind: "measure", Unit: "mile", Bound: "range", Value: 70},
				{Number: "20", Kind: "money", Unit: "USD", Bound: "exact", Value: 20}, {Number: "25", Kind: "money", Unit: "USD", Bound: "exact", Value: 25}, {Number: "30", Kind: "money", Unit: "USD", Bound: "exact", Value: 30}}},
		{"a pair one step apart before its noun is a range with no hedge; a third number makes a list", "Kits sat there for six, seven years, and they hired 20, 25 people, at 6, 7 and 8 dollars.",
			[]want{{Number: "six, seven", Kind: "duration", Unit: "year", Bound: "range", Value: 6}, {Number: "20, 25", Kind: "count", Unit: "people", Bound: "range", Value: 20},
				{Number: "6", Kind: "money", Unit: "USD", Bound: "exact", Value: 6}, {Number: "7", Kind: "money", Unit: "USD", Bound: "exact", Value: 7}, {Number: "8", Kind: "money", Unit: "USD", Bound: "exact", Value: 8}}},
		{"a unit said inside the number: an hour and a half is 1.5 hours, and a hedge before it still holds", "We waited up to an hour and a half, and laid a mile and a quarter of road.",
			[]want{{Number: "an hour and a half", Kind: "duration", Unit: "hour", Bound: "upper", Value: 1.5}, {Number: "a mile and a quarter", Kind: "measure", Unit: "mile", Bound: "exact", Value: 1.25}}},
		{"a rate given as a bare figure is a percent; a count of a rate's cases is not", "Unemployment was down to 3.9, the jobless rate fell to 4.1 and inflation is at 3.2, while unemployment claims reached 210.",
			[]want{{Number: "3.9", Kind: "percent", Unit: "percent", Bound: "exact", Value: 3.9}, {Number: "4.1", Kind: "percent", Unit: "percent", Bound: "exact", Value: 4.1},
				{Number: "3.2", Kind: "percent", Unit: "percent", Bound: "exact", Value: 3.2}, {Number: "210", Kind: "count", Unit: "claims", Bound: "exact", Value: 210}}},
		{"N of the past M units counts the units", "It has declined in six of the past seven months, and two of the first three games.",
			[]want{{Number: "six", Kind: "duration", Unit: "month", Bound: "exact", Period: "the past seven months", Value: 6},
				{Number: "two", Kind: "count", Unit: "games", Bound: "exact", Period: "the past seven months", Value: 2}, {Number: "three", Kind: "count", Unit: "games", Bound: "exact", Period: "the past seven months", Value: 3}}},
		{"an -ing word after an adjective modifies the noun after it; after a noun it is a verb", "They lost four-fifths of their traditional fishing sites, and 1,000 people attending events left.",
			[]want{{Number: "four-fifths", Kind: "fraction", Unit: "sites", Bound: "exact", Value: 0.8}, {Number: "1,000", Kind: "count", Unit: "people", Bound: "exact", Value: 1000}}},
		{"a guess word or a spoken like before a number is a hedge; closer to a target is none", "The land got maybe eight inches of rain, he plays, like, 24 minutes, it is closer to 7 percent, and inflation is much closer to 2 percent.",
			[]want{{Number: "eight", Kind: "measure", Unit: "inch", Bound: "approx", Value: 8}, {Number: "24", Kind: "duration", Unit: "minute", Bound: "approx", Value: 24},
				{Number: "7", Kind: "percent", Unit: "percent", Bound: "approx", Value: 7}, {Number: "2", Kind: "percent", Unit: "percent", Bound: "exact", Value: 2}}},
		{"a contracted is after a rate's subject", "Unemployment's at 4.1, and Wisconsin's unemployment rate was 3.1 percent.",
			[]want{{Number: "4.1", Kind: "percent", Unit: "percent", Bound: "exact", Value: 4.1}, {Number: "3.1", Kind: "percent", Unit: "percent", Bound: "exact", Value: 3.1}}},
		{"a range of two fractions is a fraction", "Between a quarter and a third of the chains trace back to funerals.",
			[]want{{Number: "a quarter and a third", Kind: "fraction", Unit: "chains", Bound: "range", Value: 0.25}}},
		{"estimated at is a hedge", "The treatment facility, estimated at $22 million, opens in the fall.",
			[]want{{Number: "$22 million", Kind: "money", Unit: "USD", Bound: "approx", Value: 22e6}}},
		{"half before a determiner is half of what follows", "Half the nurses on my unit live outside the city.",
			[]want{{Number: "Half", Kind: "fraction", Unit: "nurses", Bound: "exact", Value: 0.5}}},
		{"a speed in knots is a measure", "The airplane crossed the threshold at 128 knots.",
			[]want{{Number: "128", Kind: "measure", Unit: "knot", Bound: "exact", Value: 128}}},
		{"a unit that ends its line is the figure's, not a phrase run on into the next line", "BISCAYNE BAY...5-8 FT\nCARD SOUND BRIDGE...4-7 FT",
			[]want{{Number: "5-8", Kind: "measure", Unit: "foot", Bound: "range", Value: 5}, {Number: "4-7", Kind: "measure", Unit: "foot", Bound: "range", Value: 4}}},
		{"aviation's abbreviations are measures", "Wind 24 kt, QNH 991 hPa, descent 1,350 ft/min.",
			[]want{{Number: "24", Kind: "measure", Unit: "knot", Bound: "exact", Value: 24}, {Number: "991", Kind: "measure", Unit: "hPa", Bound: "exact", Value: 991}, {Number: "1,350", Kind: "measure", Unit: "ft/min", Bound: "exact", Value: 1350}}},
		{"a year after in dates the figure before it and opens no range", "Unit sales fell from 30,650 in 2020 to 22,180 in 2023.",
			[]want{{Number: "30,650", Kind: "count", Bound: "exact", Period: "in 2020", Value: 30650}, {Number: "22,180", Kind: "count", Bound: "exact", Period: "in 2023", Value: 22180}}},
		{"two whole numbers one apart joined by or are a range", "Markets priced in six or seven rate cuts, or 2 or 3 a year.",
			[]want{{Number: "six or seven", Kind: "count", Unit: "cuts", Bound: "range", Value: 6}, {Number: "2 or 3", Kind: "count", Bound: "range", Value: 2, Per: "year"}}},
		{"a spoken list of small figures shares the last one's unit", "Prices are up 30, 40, 50%.",
			[]want{{Number: "30", Kind: "percent", Unit: "percent", Bound: "exact", Value: 30}, {Number: "40", Kind: "percent", Unit: "percent", Bound: "exact", Value: 40},
				{Number: "50%", Kind: "percent", Unit: "percent", Bound: "exact", Value: 50}}},
		{"a figure compared with the one before counts its noun", "The Army expects 55,000 recruits, up from 50,000, and has 68 jets against a planned 83.",
			[]want{{Number: "55,000", Kind: "count", Unit: "recruits", Bound: "exact", Value: 55000}, {Number: "50,000", Kind: "count", Unit: "recruits", Bound: "exact", Value: 50000},
				{Number: "68", Kind: "count", Unit: "jets", Bound: "exact", Value: 68}, {Number: "83", Kind: "count", Unit: "jets", Bound: "exact", Value: 83}}},
		{"a figure is compared with the one said with the same scale", "We helped 152 million people in 120 countries, down from 160 million.",
			[]want{{Number: "152 million", Kind: "count", Unit: "people", Bound: "exact", Value: 152e6}, {Number: "120", Kind: "count", Unit: "countries", Bound: "exact", Value: 120},
				{Number: "160 million", Kind: "count", Unit: "people", Bound: "exact", Value: 160e6}}},
		{"a part of a figure, or one short of it, counts its noun", "More than 10 million people fled, including 2.2 million who went abroad; 400 officers are there out of a planned 2,500.",
			[]want{{Number: "10 million", Kind: "count", Unit: "people", Bound: "lower", Value: 10e6}, {Number: "2.2 million", Kind: "count", Unit: "people", Bound: "exact", Value: 2.2e6},
				{Number: "400", Kind: "count", Unit: "officers", Bound: "exact", Value: 400}, {Number: "2,500", Kind: "count", Unit: "officers", Bound: "exact", Value: 2500}}},
		{"a figure after a plain from is no comparison", "We hired 40 nurses, and visits rose from 500 to 700.",
			[]want{{Number: "40", Kind: "count", Unit: "nurses", Bound: "exact", Value: 40}, {Number: "500", Kind: "count", Unit: "visits", Bound: "exact", Value: 500},
				{Number: "700", Kind: "count", Unit: "visits", Bound: "exact", Value: 700}}},
		{"a figure in a year is no one in two thousand", "It was 5 in 2014.",
			[]want{{Number: "5", Kind: "count", Bound: "exact", Period: "in 2014", Value: 5}}},
		{"the end of a span of years opens no range", "The ratio fell from 130 in 2014-16 to 97.",
			[]want{{Number: "130", Kind: "count", Bound: "exact", Period: "in 2014-16", Value: 130}, {Number: "97", Kind: "count", Bound: "exact", Period: "in 2014-16", Value: 97}}},
		{"a scale word after per is a rate's denominator", "There were 5 deaths per million people.",
			[]want{{Number: "5", Kind: "count", Unit: "deaths", Bound: "exact", Per: "million people", Value: 5}}},
		{"a change in percentage points, a measure in its unit, and the level it reached are no range", "It rose 2 percentage points to 40 percent.",
			[]want{{Number: "2", Kind: "measure", Unit: "percentage point", Bound: "exact", Value: 2}, {Number: "40", Kind: "percent", Unit: "percent", Bound: "exact", Value: 40}}},
		{"a bare increment counts the noun of the figure before it", "We built 300 schools and will build 200 more this year.",
			[]want{{Number: "300", Kind: "count", Unit: "schools", Bound: "exact", Period: "this year", Value: 300}, {Number: "200", Kind: "count", Unit: "schools", Bound: "exact", Period: "this year", Value: 200}}},
		{"a list takes the unit said once at its end", "Rates of 3, 4 and 5 percent, and of 6, 7, and 8 percent, were seen.",
			[]want{{Number: "3", Kind: "percent", Unit: "percent", Bound: "exact", Value: 3}, {Number: "4", Kind: "percent", Unit: "percent", Bound: "exact", Value: 4},
				{Number: "5", Kind: "percent", Unit: "percent", Bound: "exact", Value: 5}, {Number: "6", Kind: "percent", Unit: "percent", Bound: "exact", Value: 6},
				{Number: "7", Kind: "percent", Unit: "percent", Bound: "exact", Value: 7}, {Number: "8", Kind: "percent", Unit: "percent", Bound: "exact", Value: 8}}},
		{"a number set off by a comma before a share is no share", "Sales reached 1,354,000, 0.5 percent below plan.",
			[]want{{Number: "1,354,000", Kind: "count", Unit: "sales", Bound: "exact", Value: 1354000}, {Number: "0.5", Kind: "percent", Unit: "percent", Bound: "exact", Value: 0.5}}},
		{"a decimal with a scale counts, beside a share", "The idle stood at 1.6 million and made up 23.4 percent of the total.",
			[]want{{Number: "1.6 million", Kind: "count", Bound: "exact", Value: 1.6e6}, {Number: "23.4", Kind: "percent", Unit: "percent", Bound: "exact", Value: 23.4}}},
		{"a change in points to a level in percent is no range", "The jobless rate rose 0.3 percentage point to 6.1 percent.",
			[]want{{Number: "0.3", Kind: "measure", Unit: "percentage point", Bound: "exact", Value: 0.3}, {Number: "6.1", Kind: "percent", Unit: "percent", Bound: "exact", Value: 6.1}}},
		{"science and energy units", "Methane hit 1,922 parts per billion, emissions 37.4 gigatonnes, output 13.3 million b/d and corn 177.3 bushels.",
			[]want{{Number: "1,922", Kind: "measure", Unit: "ppb", Bound: "exact", Value: 1922}, {Number: "37.4", Kind: "measure", Unit: "gigatonne", Bound: "exact", Value: 37.4},
				{Number: "13.3 million", Kind: "measure", Unit: "bpd", Bound: "exact", Value: 13.3e6}, {Number: "177.3", Kind: "measure", Unit: "bushel", Bound: "exact", Value: 177.3}}},
		{"as many as is an upper bound", "As many as 500 people came.",
			[]want{{Number: "500", Kind: "count", Unit: "people", Bound: "upper", Value: 500}}},
		{"a part of the last few counts their noun", "You won two of your last nine matches.",
			[]want{{Number: "two", Kind: "count", Unit: "matches", Bound: "exact", Value: 2}, {Number: "nine", Kind: "count", Unit: "matches", Bound: "exact", Value: 9}}},
		{"a verb with its own count ends the counted phrase", "It funds 1.3 million troops and buys 68 fighters.",
			[]want{{Number: "1.3 million", Kind: "count", Unit: "troops", Bound: "exact", Value: 1.3e6}, {Number: "68", Kind: "count", Unit: "fighters", Bound: "exact", Value: 68}}},
		{"a span with an adjective before its unit is a duration", "It led for 15 consecutive years and 24 straight months.",
			[]want{{Number: "15", Kind: "duration", Unit: "year", Bound: "exact", Value: 15}, {Number: "24", Kind: "duration", Unit: "month", Bound: "exact", Value: 24}}},
		{"first in the world is a rank", "Its output ranked first in the world for the 14th year.",
			[]want{{Number: "first", Kind: "rank", Bound: "exact", Value: 1}}},
		{"a participle before a function word ends a rank's phrase", "China, the second-largest spender, allocated an estimated sum.",
			[]want{{Number: "second", Kind: "rank", Unit: "spender", Bound: "exact", Value: 2}}},
		{"a part counts the noun of its whole", "Eight of 19 participants and 7 of our 29 entities agreed.",
			[]want{{Number: "Eight", Kind: "count", Unit: "participants", Bound: "exact", Value: 8}, {Number: "19", Kind: "count", Unit: "participants", Bound: "exact", Value: 19},
				{Number: "7", Kind: "count", Unit: "entities", Bound: "exact", Value: 7}, {Number: "29", Kind: "count", Unit: "entities", Bound: "exact", Value: 29}}},
		{"a model number does not end the counted phrase", "Two Boeing 737 aircraft landed.",
			[]want{{Number: "Two", Kind: "count", Unit: "aircraft", Bound: "exact", Value: 2}}},
		{"a number after a plural is no model number", "We saw 5 Americans 3 times.",
			[]want{{Number: "5", Kind: "count", Unit: "americans", Bound: "exact", Value: 5}, {Number: "3", Kind: "count", Unit: "times", Bound: "exact", Value: 3}}},
		{"a number hyphened to a noun counts it", "It was a 7-point gain for a 10-member team.",
			[]want{{Number: "7", Kind: "count", Unit: "point", Bound: "exact", Value: 7}, {Number: "10", Kind: "count", Unit: "member", Bound: "exact", Value: 10}}},
		{"a fraction of times is a multiple, a whole count of them occasions", "Leverage is 1.4 times, and tests rose 2.5 times; we met 3 times.",
			[]want{{Number: "1.4", Kind: "multiple", Bound: "exact", Value: 1.4}, {Number: "2.5", Kind: "multiple", Bound: "exact", Value: 2.5},
				{Number: "3", Kind: "count", Unit: "times", Bound: "exact", Value: 3}}},
		{"a ratio is a multiple from one up, a fraction below", "Classes run 20:1, the odds are 1:4 and they won by a 2-to-1 margin.",
			[]want{{Number: "20:1", Kind: "multiple", Bound: "exact", Value: 20}, {Number: "1:4", Kind: "fraction", Bound: "exact", Value: 0.25},
				{Number: "2-to-1", Kind: "multiple", Unit: "margin", Bound: "exact", Value: 2}}},
		{"a unit spelled out is reported spelled, in the singular; a symbol as written; a rate keeps its symbol",
			"It burns 62.1 grams, flies 5, 10 and 20 kilometres, weighs 4 kg and cruises at 50 kilometres an hour.",
			[]want{{Number: "62.1", Kind: "measure", Unit: "gram", Bound: "exact", Value: 62.1}, {Number: "5", Kind: "measure", Unit: "kilometre", Bound: "exact", Value: 5},
				{Number: "10", Kind: "measure", Unit: "kilometre", Bound: "exact", Value: 10}, {Number: "20", Kind: "measure", Unit: "kilometre", Bound: "exact", Value: 20},
				{Number: "4", Kind: "measure", Unit: "kg", Bound: "exact", Value: 4}, {Number: "50", Kind: "measure", Unit: "km", Bound: "exact", Per: "hour", Value: 50}}},
		{"a bare figure counts its subject where that is a group's size; a count says nothing of what it counts",
			"Enrollment was 14,960 last October. The district says 38 vacancies. Our count is 54.",
			[]want{{Number: "14,960", Kind: "count", Unit: "enrollment", Bound: "exact", Value: 14960}, {Number: "38", Kind: "count", Unit: "vacancies", Bound: "exact", Value: 38},
				{Number: "54", Kind: "count", Bound: "exact", Value: 54}}},
		{"a bare figure whose subject, object or verb is money is an amount in the document's currency",
			"The deposit was £9,000. Our rent is thirteen hundred, we take home about 2,700 a month, and we closed at 81.4 million in ARR.",
			[]want{{Number: "£9,000", Kind: "money", Unit: "GBP", Bound: "exact", Value: 9000}, {Number: "thirteen hundred", Kind: "money", Unit: "GBP", Bound: "exact", Value: 1300},
				{Number: "2,700", Kind: "money", Unit: "GBP", Bound: "approx", Per: "month", Value: 2700}, {Number: "81.4 million", Kind: "money", Unit: "GBP", Bound: "exact", Value: 81.4e6}}},
		{"a money subject next to its verb in a long clause, and a burn that runs at or drops to a figure",
			"We take home 2,700 a month between us and our rent is thirteen hundred. Our burn was running at roughly 4.2 million a month; after the cuts, burn drops to about 1.9 million.",
			[]want{{Number: "2,700", Kind: "money", Unit: "USD", Bound: "exact", Per: "month", Value: 2700}, {Number: "thirteen hundred", Kind: "money", Unit: "USD", Bound: "exact", Value: 1300},
				{Number: "4.2 million", Kind: "money", Unit: "USD", Bound: "approx", Per: "month", Value: 4.2e6}, {Number: "1.9 million", Kind: "money", Unit: "USD", Bound: "approx", Value: 1.9e6}}},
		{"a figure that takes a unit from the one before is no amount, nor is a small one",
			"He bowled 7.3 overs for 41 runs and then 2.3 more that cost 21. The fee is 12.",
			[]want{{Number: "7.3", Kind: "count", Unit: "overs", Bound: "exact", Value: 7.3}, {Number: "41", Kind: "count", Unit: "runs", Bound: "exact", Value: 41},
				{Number: "2.3", Kind: "count", Unit: "runs", Bound: "exact", Value: 2.3}, {Number: "21", Kind: "count", Unit: "runs", Bound: "exact", Value: 21},
				{Number: "12", Kind: "count", Bound: "exact", Value: 12}}},
		{"grand with no noun after it is a thousand of the currency; grand slams are counted",
			"We've got nine grand saved, and she won 24 grand slams.",
			[]want{{Number: "nine grand", Kind: "money", Unit: "USD", Bound: "exact", Value: 9000}, {Number: "24", Kind: "count", Unit: "slams", Bound: "exact", Value: 24}}},
		{"a ratio said with to and one is a multiple where a ratio or margin is named; a span from one figure to one is not",
			"The ratio of chief executive pay to median pay is 31 to 1. They won by a 3 to 1 margin. The ratio fell from 5 to 1.",
			[]want{{Number: "31 to 1", Kind: "multiple", Bound: "exact", Value: 31}, {Number: "3 to 1", Kind: "multiple", Unit: "margin", Bound: "exact", Value: 3},
				{Number: "5", Kind: "count", Bound: "exact", Value: 5}, {Number: "1", Kind: "count", Bound: "exact", Value: 1}}},
		{"two fields no clock shows are a ratio; a clock time and a bracketed timestamp are not", "A 60:40 split and a 50:50 chance, agreed at 10:45 (61:20) and said at 75:10.",
			[]want{{Number: "60:40", Kind: "multiple", Unit: "split", Bound: "exact", Value: 1.5}, {Number: "50:50", Kind: "multiple", Unit: "chance", Bound: "exact", Value: 1}}},
		{"a count with no noun after it counts the group it is of", "A crowd of 71,608 watched the final, a total of 80,000 came.",
			[]want{{Number: "71,608", Kind: "count", Unit: "crowd", Bound: "exact", Value: 71608}, {Number: "80,000", Kind: "count", Bound: "exact", Value: 80000}}},
		{"pounds after a word of weight in the clause are a weight, elsewhere sterling", "He weighed 225 pounds; the ticket cost 40 pounds.",
			[]want{{Number: "225", Kind: "measure", Unit: "pound", Bound: "exact", Value: 225}, {Number: "40", Kind: "money", Unit: "GBP", Bound: "exact", Value: 40}}},
		{"a ratio's figure and its interval are multiples; the interval's level no claim", "It had a hazard ratio of 0.72, 95% CI 0.61 to 0.85, and the odds ratio was 1.8.",
			[]want{{Number: "0.72", Kind: "multiple", Unit: "ratio", Bound: "exact", Value: 0.72}, {Number: "0.61 to 0.85", Kind: "multiple", Unit: "ratio", Bound: "range", Value: 0.61},
				{Number: "1.8", Kind: "multiple", Unit: "ratio", Bound: "exact", Value: 1.8}}},
		{"a word that only ends in ratio names none", "The proration was 5.",
			[]want{{Number: "5", Kind: "count", Bound: "exact", Value: 5}}},
		{"a subunit after a fraction scales it", "Soybeans are up six and a quarter cents, and wheat fell 40 cents.",
			[]want{{Number: "six and a quarter", Kind: "money", Unit: "USD", Bound: "exact", Value: 0.0625}, {Number: "40 cents", Kind: "money", Unit: "USD", Bound: "exact", Value: 0.4}}},
		{"points beside a share are percentage points", "The rate fell from 58 percent to 49%, nine points, and she leads by 4 points.",
			[]want{{Number: "58", Kind: "percent", Unit: "percent", Bound: "exact", Value: 58}, {Number: "49%", Kind: "percent", Unit: "percent", Bound: "exact", Value: 49},
				{Number: "nine", Kind: "percent", Unit: "percent", Bound: "exact", Value: 9}, {Number: "4", Kind: "percent", Unit: "percent", Bound: "exact", Value: 4}}},
		{"an index's points and points with no share beside them are counted", "The Dow fell 300 points, or 0.8%, and he scored 30 points.",
			[]want{{Number: "300", Kind: "count", Unit: "points", Bound: "exact", Value: 300}, {Number: "0.8%", Kind: "percent", Unit: "percent", Bound: "exact", Value: 0.8},
				{Number: "30", Kind: "count", Unit: "points", Bound: "exact", Value: 30}}},
		{"pounds in a text that writes dollars and never pounds sterling are a weight", "He came in at 205 pounds; tickets cost $40.",
			[]want{{Number: "205", Kind: "measure", Unit: "pound", Bound: "exact", Value: 205}, {Number: "$40", Kind: "money", Unit: "USD", Bound: "exact", Value: 40}}},
		{"but sterling where the text writes pounds too", "The fund has 205 pounds left; tickets cost $40 or £30.",
			[]want{{Number: "205", Kind: "money", Unit: "GBP", Bound: "exact", Value: 205}, {Number: "$40", Kind: "money", Unit: "USD", Bound: "exact", Value: 40}, {Number: "£30", Kind: "money", Unit: "GBP", Bound: "exact", Value: 30}}},
		{"pounds a body loses are a weight, millions of them lost money", "She lost 30 pounds, and the club lost 30 million pounds.",
			[]want{{Number: "30", Kind: "measure", Unit: "pound", Bound: "exact", Value: 30}, {Number: "30 million", Kind: "money", Unit: "GBP", Bound: "exact", Value: 30e6}}},
		{"pounds converted into dollars in brackets are money, in a text that writes dollars", "It offers a 500-pound ($665) credit; the unit weighs 40 pounds and cost $90.",
			[]want{{Number: "500", Kind: "money", Unit: "GBP", Bound: "exact", Value: 500}, {Number: "$665", Kind: "money", Unit: "USD", Bound: "exact", Value: 665},
				{Number: "40", Kind: "measure", Unit: "pound", Bound: "exact", Value: 40}, {Number: "$90", Kind: "money", Unit: "USD", Bound: "exact", Value: 90}}},
		{"a plural subject that is as many as a figure is what it counts, a place is not", "Completions were 30,330 last year. Hot Springs were 300.",
			[]want{{Number: "30,330", Kind: "count", Unit: "completions", Bound: "exact", Period: "last year", Value: 30330}, {Number: "300", Kind: "count", Bound: "exact", Value: 300}}},
		{"a subject that went from one figure to another counts what it names", "Homicides went from 19 to 14.",
			[]want{{Number: "19", Kind: "count", Unit: "homicides", Bound: "exact", Value: 19}, {Number: "14", Kind: "count", Unit: "homicides", Bound: "exact", Value: 14}}},
		{"a unit of two letters after a modifier heads a measure", "Kavach runs on 1,548 route km.",
			[]want{{Number: "1,548", Kind: "measure", Unit: "km", Bound: "exact", Value: 1548}}},
		{"times before a possessive or an average compares: a multiple", "They are ten times our size, and prices are eight times average earnings; she visited seven times.",
			[]want{{Number: "ten", Kind: "multiple", Bound: "exact", Value: 10}, {Number: "eight", Kind: "multiple", Bound: "exact", Value: 8}, {Number: "seven", Kind: "count", Unit: "times", Bound: "exact", Value: 7}}},
		{"a move by one figure to another is the move and the level, not a range", "The budget will rise by €1.3 billion to €53.25 billion, and prices by 5 to 10 percent.",
			[]want{{Number: "€1.3 billion", Kind: "money", Unit: "EUR", Bound: "exact", Value: 1.3e9}, {Number: "€53.25 billion", Kind: "money", Unit: "EUR", Bound: "exact", Value: 53.25e9},
				{Number: "5 to 10", Kind: "percent", Unit: "percent", Bound: "range", Value: 5}}},
		{"a hyphen after a percent joins a range, not a sign", "The margin was below the 5.5%-7.5% range.",
			[]want{{Number: "5.5%-7.5%", Kind: "percent", Unit: "percent", Bound: "range", Value: 5.5}}},
		{"pounds of a thing are a weight, pounds of funding money", "Agents seized 4,000 pounds of fentanyl, and the council gave 5 million pounds of funding.",
			[]want{{Number: "4,000", Kind: "measure", Unit: "pound", Bound: "exact", Value: 4000}, {Number: "5 million", Kind: "money", Unit: "GBP", Bound: "exact", Value: 5e6}}},
		{"an amount to the cent, or a range, takes no scale said before it", "Revenue was $4.2 billion, and EPS was $1.37, ahead of guidance of $1.25 to $1.30.",
			[]want{{Number: "$4.2 billion", Kind: "money", Unit: "USD", Bound: "exact", Value: 4.2e9}, {Number: "$1.37", Kind: "money", Unit: "USD", Bound: "exact", Value: 1.37},
				{Number: "$1.25 to $1.30", Kind: "money", Unit: "USD", Bound: "range", Value: 1.25}}},
		{"a bare decimal among shares is one, though its clause has a subject", "Growth was 2.1 percent, and inflation was 3.2.",
			[]want{{Number: "2.1", Kind: "percent", Unit: "percent", Bound: "exact", Value: 2.1}, {Number: "3.2", Kind: "percent", Unit: "percent", Bound: "exact", Value: 3.2}}},
		{"a part of a group named before counts its noun", "Three people were shot, two of them fatally.",
			[]want{{Number: "Three", Kind: "count", Unit: "people", Bound: "exact", Value: 3}, {Number: "two", Kind: "count", Unit: "people", Bound: "exact", Value: 2}}},
		{"a change said as up or down counts the noun of the figure before it", "18 million people face hunger, up 5 million from a year ago.",
			[]want{{Number: "18 million", Kind: "count", Unit: "people", Bound: "exact", Value: 18e6}, {Number: "5 million", Kind: "count", Unit: "people", Bound: "exact", Value: 5e6}}},
		{"each claim takes the period phrase next to it", "Sales rose 12% in Q3 and 9% in the fourth quarter.",
			[]want{{Number: "12%", Kind: "percent", Unit: "percent", Bound: "exact", Period: "in Q3", Value: 12}, {Number: "9%", Kind: "percent", Unit: "percent", Bound: "exact", Period: "in the fourth quarter", Value: 9}}},
		{"or the one before it in its clause, with no figure between", "So far this year, 300 people have died, compared with 250 in the same period last year.",
			[]want{{Number: "300", Kind: "count", Unit: "people", Bound: "exact", Period: "this year", Value: 300}, {Number: "250", Kind: "count", Unit: "people", Bound: "exact", Period: "last year", Value: 250}}},
		{"a fiscal year and a day after since are periods", "Since February 15th, 1.5 million signed up; profit fell 4% in fiscal 2023.",
			[]want{{Number: "1.5 million", Kind: "count", Bound: "exact", Period: "Since February 15th", Value: 1.5e6}, {Number: "4%", Kind: "percent", Unit: "percent", Bound: "exact", Period: "in fiscal 2023", Value: 4}}},
		{"a month alone is a period", "The economy added 275,000 jobs in February.",
			[]want{{Number: "275,000", Kind: "count", Unit: "jobs", Bound: "exact", Period: "in February", Value: 275000}}},
		{"a plural subject before a verb of level is what a bare count counts", "Overdose deaths topped 107,000; shares were up 20.",
			[]want{{Number: "107,000", Kind: "count", Unit: "deaths", Bound: "exact", Value: 107000}, {Number: "20", Kind: "count", Bound: "exact", Value: 20}}},
		{"a short fiscal year is a period", "Growth was 7.2 percent in 2023-24 and 6.5% in FY25.",
			[]want{{Number: "7.2", Kind: "percent", Unit: "percent", Bound: "exact", Period: "in 2023-24", Value: 7.2}, {Number: "6.5%", Kind: "percent", Unit: "percent", Bound: "exact", Period: "in FY25", Value: 6.5}}},
		{"a hyphened adjective is no counted noun", "A 40-strong team came.",
			[]want{{Number: "40", Kind: "count", Unit: "", Bound: "exact", Value: 40}}},
		{"a range of hyphenated mixed numbers", "The target range is 5-1/4 to 5-1/2 percent.",
			[]want{{Number: "5-1/4 to 5-1/2", Kind: "percent", Unit: "percent", Bound: "range", Value: 5.25}}},
		{"twice with no comparison after it counts times, as seven times does", "We met twice last year, and they have twice as many ships.",
			[]want{{Number: "twice", Kind: "count", Unit: "times", Bound: "exact", Period: "last year", Value: 2}, {Number: "twice", Kind: "multiple", Unit: "ships", Bound: "exact", Period: "last year", Value: 2}}},
		{"a multiple counts the noun it compares", "The plant has three times as many workers, and five times more cases.",
			[]want{{Number: "three", Kind: "multiple", Unit: "workers", Bound: "exact", Value: 3}, {Number: "five", Kind: "multiple", Unit: "cases", Bound: "exact", Value: 5}}},
		{"a unit word after a modifier is the unit", "He ran for 276 rushing yards, and we allowed 88 total yards.",
			[]want{{Number: "276", Kind: "measure", Unit: "yard", Bound: "exact", Value: 276}, {Number: "88", Kind: "measure", Unit: "yard", Bound: "exact", Value: 88}}},
		{"a decimal times a noun is a multiple of it", "Net leverage finished at 1.9 times EBITDA, three times the rate of 2019.",
			[]want{{Number: "1.9", Kind: "multiple", Unit: "ebitda", Bound: "exact", Value: 1.9}, {Number: "three", Kind: "multiple", Unit: "rate", Bound: "exact", Value: 3}}},
		{"around in is no hedge", "He is one of the best I've been around in 26 years of coaching.",
			[]want{{Number: "26", Kind: "duration", Unit: "year", Bound: "exact", Value: 26}}},
		{"emissions and energy in their units", "Emissions reached 41.6 GtCO₂, and ocean heat content rose 16 ZJ; he hit a 47-yarder.",
			[]want{{Number: "41.6", Kind: "measure", Unit: "gigatonne", Bound: "exact", Value: 41.6}, {Number: "16", Kind: "measure", Unit: "zettajoule", Bound: "exact", Value: 16},
				{Number: "47", Kind: "measure", Unit: "yard", Bound: "exact", Value: 47}}},
		{"a plus sign after a number is a lower bound, not before a slash", "We crossed 10,000+ customers; g is 9.83 +/- 0.01.",
			[]want{{Number: "10,000", Kind: "count", Unit: "customers", Bound: "lower", Value: 10000}, {Number: "9.83", Kind: "count", Bound: "exact", Value: 9.83}, {Number: "0.01", Kind: "count", Bound: "exact", Value: 0.01}}},
		{"the end of a change takes the unit said at its start", "It cut resolution time from 11 hours to just under 4.",
			[]want{{Number: "11", Kind: "duration", Unit: "hour", Bound: "exact", Value: 11}, {Number: "4", Kind: "duration", Unit: "hour", Bound: "upper", Value: 4}}},
		{"a ratio with a thousands group is no clock", "There is 1 doctor for every 42,000 people, against a benchmark of 1:10,000.",
			[]want{{Number: "1", Kind: "count", Unit: "doctor", Bound: "exact", Value: 1}, {Number: "42,000", Kind: "count", Unit: "people", Bound: "exact", Value: 42000}, {Number: "1:10,000", Kind: "fraction", Bound: "exact", Value: 0.0001}}},
		{"a currency written by its code", "Each household gets XAF 38,000.",
			[]want{{Number: "38,000", Kind: "money", Unit: "XAF", Bound: "exact", Value: 38000}}},
		{"a vague count may go on in a larger scale", "Several hundred thousand people fled.",
			[]want{{Number: "Several hundred thousand", Kind: "count", Unit: "people", Bound: "approx"}}},
		{"a couple of hundred is vague, not a hundred", "Infections dropped by a couple of hundred cases.",
			[]want{{Number: "a couple of hundred", Kind: "count", Unit: "cases", Bound: "approx"}}},
		{"a rate per a round base needs no noun after the base", "Among older adults the rate is 128.3 per 100,000, the highest on record.",
			[]want{{Number: "128.3", Kind: "count", Bound: "exact", Value: 128.3, Per: "100,000"}}},
		{"so does a base in money, which is no figure of its own", "It would cost owners $38 per $100,000 of assessed value.",
			[]want{{Number: "$38", Kind: "money", Unit: "USD", Bound: "exact", Value: 38, Per: "$100,000"}}},
		{"a part of a group named before, with a comma after them", "The records of 1.1 million patients were accessed. For about 180,000 of them, numbers were taken.",
			[]want{{Number: "1.1 million", Kind: "count", Unit: "patients", Bound: "exact", Value: 1.1e6}, {Number: "180,000", Kind: "count", Unit: "patients", Bound: "approx", Value: 180000}}},
		{"a part's group is a larger count named near", "We took 1,186 firearms, 97 ghost guns and 23 pistols. Rifles made up 142 of them.",
			[]want{{Number: "1,186", Kind: "count", Unit: "firearms", Bound: "exact", Value: 1186}, {Number: "97", Kind: "count", Unit: "guns", Bound: "exact", Value: 97},
				{Number: "23", Kind: "count", Unit: "pistols", Bound: "exact", Value: 23}, {Number: "142", Kind: "count", Unit: "firearms", Bound: "exact", Value: 142}}},
		{"a part of a group named without a count takes no count's unit from further back", "We met 9,000 people. It was long. Yes. I got the emails too. About 4,000 of them, in a month.",
			[]want{{Number: "9,000", Kind: "count", Unit: "people", Bound: "exact", Value: 9000}, {Number: "4,000", Kind: "count", Bound: "approx", Value: 4000}}},
		{"a figure said again after the same subject and verb takes the unit said with the first", "At the start it was 58 degrees with 88 percent humidity, and by noon it was 76 at the finish.",
			[]want{{Number: "58", Kind: "measure", Unit: "degree", Bound: "exact", Value: 58}, {Number: "88", Kind: "percent", Unit: "percent", Bound: "exact", Value: 88},
				{Number: "76", Kind: "measure", Unit: "degree", Bound: "exact", Value: 76}}},
		{"a cap is an upper bound", "Severance is capped at 26 weeks, and each family is limited to 3 visits a day.",
			[]want{{Number: "26", Kind: "duration", Unit: "week", Bound: "upper", Value: 26}, {Number: "3", Kind: "count", Unit: "visits", Bound: "upper", Per: "day", Value: 3}}},
		{"words in capitals are read as words: a verb ends the phrase", "WE COUNTED 214 ARE GONE AND 40 HOMES BURNED.",
			[]want{{Number: "214", Kind: "count", Bound: "exact", Value: 214}, {Number: "40", Kind: "count", Unit: "homes", Bound: "exact", Value: 40}}},
		{"a name and a figure after a counted one, the verb left out, count its noun", "Labour would win 341 seats, with the Conservatives on 168; it is 352 seats, Reform 55, and turnout was 67.",
			[]want{{Number: "341", Kind: "count", Unit: "seats", Bound: "exact", Value: 341}, {Number: "168", Kind: "count", Unit: "seats", Bound: "exact", Value: 168},
				{Number: "352", Kind: "count", Unit: "seats", Bound: "exact", Value: 352}, {Number: "55", Kind: "count", Unit: "seats", Bound: "exact", Value: 55}, {Number: "67", Kind: "percent", Unit: "percent", Bound: "exact", Value: 67}}},
		{"a proportion is no share of the unit after it", "It was one in ten a decade ago; half an hour passed.",
			[]want{{Number: "one in ten", Kind: "fraction", Bound: "exact", Value: 0.1}, {Number: "half", Kind: "duration", Unit: "hour", Bound: "exact", Value: 0.5}}},
		{"a proportion that names its noun inside counts that noun, in the plural", "One child in three is malnourished; one gallon in five leaks.",
			[]want{{Number: "One child in three", Kind: "fraction", Unit: "children", Bound: "exact", Value: 1.0 / 3}, {Number: "one gallon in five", Kind: "fraction", Unit: "gallons", Bound: "exact", Value: 0.2}}},
		{"a hedge before another figure bounds it", "It runs for at least another 12 months, and up to a further 300 staff and about another 40 nurses will join.",
			[]want{{Number: "12", Kind: "duration", Unit: "month", Bound: "lower", Value: 12}, {Number: "300", Kind: "count", Unit: "staff", Bound: "upper", Value: 300}, {Number: "40", Kind: "count", Unit: "nurses", Bound: "approx", Value: 40}}},
		{"a sum not to exceed is an upper bound, one exceeded a lower", "The award is not to exceed $3.6 million; costs exceeded $2 million.",
			[]want{{Number: "$3.6 million", Kind: "money", Unit: "USD", Bound: "upper", Value: 3.6e6}, {Number: "$2 million", Kind: "money", Unit: "USD", Bound: "lower", Value: 2e6}}},
		{"a figure something moved up to has no hedge", "The unemployment rate has moved up to 4.2 percent; fines are up to 5 percent.",
			[]want{{Number: "4.2", Kind: "percent", Unit: "percent", Bound: "exact", Value: 4.2}, {Number: "5", Kind: "percent", Unit: "percent", Bound: "upper", Value: 5}}},
		{"a decimal rate beside a percentage is no percentage", "He is at 14.2 a game on 47 percent shooting.",
			[]want{{Number: "14.2", Kind: "count", Bound: "exact", Value: 14.2}, {Number: "47", Kind: "percent", Unit: "percent", Bound: "exact", Value: 47}}},
		{"the figure a speech is about has no hedge", "He talks about 7.41 million; it is about 7.6 million.",
			[]want{{Number: "7.41 million", Kind: "count", Bound: "exact", Value: 7.41e6}, {Number: "7.6 million", Kind: "count", Bound: "approx", Value: 7.6e6}}},
		{"longer than is a lower bound, younger than an upper one", "Patients waited longer than 52 weeks; children younger than 5 were seen first.",
			[]want{{Number: "52", Kind: "duration", Unit: "week", Bound: "lower", Value: 52}, {Number: "5", Kind: "count", Bound: "upper", Value: 5}}},
		{"an age bound after a group says who is counted", "Some 36 million children under 5 were malnourished, and 2 million people over 65.",
			[]want{{Number: "36 million", Kind: "count", Unit: "children", Bound: "approx", Value: 36e6}, {Number: "2 million", Kind: "count", Unit: "people", Bound: "exact", Value: 2e6}}},
		{"a decade after since is the period whole", "It is the longest stretch since the 1960s, 24 months.",
			[]want{{Number: "24", Kind: "duration", Unit: "month", Bound: "exact", Period: "since the 1960s", Value: 24}}},
		{"the past decade is a period", "Over the past 10 years, we opened 42 schools.",
			[]want{{Number: "42", Kind: "count", Unit: "schools", Bound: "exact", Period: "Over the past 10 years", Value: 42}}},
		{"a verb after a bare count is no unit", "More than 5,000 died in the flooding.",
			[]want{{Number: "5,000", Kind: "count", Unit: "", Bound: "lower", Value: 5000}}},
		{"a vague count with a verb after it counts the group it is of", "A crowd of thousands gathered outside.",
			[]want{{Number: "thousands", Kind: "count", Unit: "crowd", Bound: "approx"}}},
		{"a figure that goes on in the smaller unit is one, in the larger", "He is 5 feet 2 inches; the mile took 9 minutes 30 seconds.",
			[]want{{Number: "5 feet 2 inches", Kind: "measure", Unit: "foot", Bound: "exact", Value: 5 + 2.0/12}, {Number: "9 minutes 30 seconds", Kind: "duration", Unit: "minute", Bound: "exact", Value: 9.5}}},
		{"so is a bare number after feet", "He stands 6 foot 3.",
			[]want{{Number: "6 foot 3", Kind: "measure", Unit: "foot", Bound: "exact", Value: 6.25}}},
		{"a list of units stays a figure each", "It took 3 years, 2 months and 21 years and six months.",
			[]want{{Number: "3", Kind: "duration", Unit: "year", Bound: "exact", Value: 3}, {Number: "2", Kind: "duration", Unit: "month", Bound: "exact", Value: 2},
				{Number: "21", Kind: "duration", Unit: "year", Bound: "exact", Value: 21}, {Number: "six", Kind: "duration", Unit: "month", Bound: "exact", Value: 6}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, claimsOf(t, tc.text))
		})
	}
}

func TestClaimObjects(t *testing.T) {
	for _, tc := range []struct{ name, text, object string }{
		{"a hedged unit's object is the unit as written", "He spent 40-odd years there.", "years"},
		{"year-on-year is no object of a change: its subject is", "Exports grew 8.7 percent year-on-year.", "Exports"},
		{"today is no object", "Inflation is 3.1 percent today.", "Inflation"},
		{"straight after a count is no noun", "We have won 14 straight at home.", ""},
		{"year on year, unhyphenated, is no object either", "Trade rose 31 percent year on year.", "Trade"},
		{"nor is year-to-date", "Sales are up 4 percent year-to-date.", "Sales"},
		{"a word a printed page broke at a line's end is whole again", "WFP helped people in 120 countries and terri-\ntories.", "countries and territories"},
		{"a count's head broken at a line's end is whole again", "It opened 40 hospi-\ntals.", "hospitals"},
		{"a dotted abbreviation does not end the object", "About 1,000 U.S. service members are involved.", "U.S. service members"},
		{"nor does one before an amount's object", "It costs $5 billion in U.K. aid.", "U.K. aid"},
		{"an irregular participle after a share is its verb", "Volumes were down 3 percent driven by weakness.", "Volumes"},
		{"an irregular participle after a counted noun ends it", "Police found 40 cars stolen in May.", "cars"},
		{"an irregular participle before a noun describes it", "Police found 300 stolen cars.", "stolen cars"},
		{"a comparative before than is no counted noun: the subject is the object", "Employment was 16,000 lower than reported.", "Employment"},
		{"below after a share is no object", "Starts were 0.5 percent below the estimate.", "Starts"},
		{"sequentially is no object", "Margin rose 80 basis points sequentially.", "basis points"},
		{"year to date is no object", "Violent crime is down 11% year to date.", "Violent crime"},
		{"a post-modifier alone is no counted noun", "There are about 48,000 statewide.", ""},
		{"due is no counted noun", "Totals may not sum to 100 due to rounding.", ""},
		{"a post-modifier before its noun is part of the phrase", "He hit 2 home runs.", "home runs"},
		{"a part of that whole counts its noun", "A third of that decline came from Germany.", "decline"},
		{"a group a count is of, before it, is its object", "China has a population of 1.4 billion.", "population"},
		{"its words after the determiner come with it", "The storm left a death toll of 312.", "death toll"},
		{"a hedge between of and the number is passed over", "Its workforce of about 900 million is aging.", "workforce"},
		{"an amount's object may stand before it", "It passed an annual budget of $5 billion.", "annual budget"},
		{"and a share's", "We have an unemployment rate of 3.9 percent.", "unemployment rate"},
		{"a total names no group", "A total of 71,608 attended.", ""},
		{"nor does an average", "Classes had an average of 12.", ""},
		{"a verb in the past with an object after it is no counted noun", "A crowd of 71,608 watched the final.", "crowd"},
		{"a participle that names the counted still counts", "The blast left 300 injured.", "injured"},
		{"the subject a change verb links a share to is its object", "Unemployment hit 14.7% in April.", "Unemployment"},
		{"a verb with its particle", "Crime is down 20% in my state.", "Crime"},
		{"after a comma and a conjunction", "We hired staff, and wages are up 4.2 percent.", "wages"},
		{"an amount's subject, its determiner left out", "The deficit rose to $1.7 trillion.", "deficit"},
		{"a pronoun is no object", "It is 5 percent.", ""},
		{"nor are nouns a conjunction joins inside the clause", "Exports of toys and games fell 19 percent.", ""},
		{"what an amount is for is its object", "Congress approved $20 billion for vaccines.", "vaccines"},
		{"a count that names no noun takes its subject as object", "Headcount is roughly 12,400 now.", "Headcount"},
		{"a phrase of when after the subject's noun is left out", "The humanitarian appeal for 2024 is $2.7 billion.", "humanitarian appeal"},
		{"after a change verb and its particle", "Cases rose to 4,000 last week.", "Cases"},
		{"a gerund with an object after it is none", "They bid $4 million for doing the effects.", ""},
		{"a singular noun after and, with a verb, is a new subject", "The district hired 300 teachers and enrollment grew.", "teachers"},
		{"a plural verb keeps the nouns together", "They hired 300 teachers and staff were relieved.", "teachers and staff"},
		{"an -ly or -ed word that describes a noun does not end its phrase", "We saw three straight monthly core readings.", "straight monthly core readings"},
		{"a verb after a ratio is no noun", "Fewer than one in ten reported any symptoms.", ""},
		{"a target is no group a count is of", "The figure fell short of a target of 12,000.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.object, onlyClaimOf(t, tc.text).Object)
		})
	}
}

func TestNotClaims(t *testing.T) {
	for _, text := range []string{
		"Since the 18th CPC National Congress in March 2013, ties grew.",
		"We fight COVID-19 under the one-China principle, once-in-a-century.",
		"First, the budget. Second, the plan.",
		"The meeting starts at 10 a.m. on Sept. 29, 2022.",
		"My great-grandfather came here 150 years ago.",
		"We work twenty-four hours a day, seven days a week.",
		"I've said it a thousand times.",
		"Aaron Salter, 55, is a hero.",
		"We lost 3-2 after leading 2-0, and the Senate voted 51-49 on a 5-4 ruling.",
		"7-Eleven opened its doors.",
		"The visit runs from March 17 to 20, and the forum on 5-8 June.",
		"The summit runs from 17 to 20 March, the fair from 3rd until 5th May.",
		"The House passed the bill 219 to 213, and the Senate voted 51 to 49 on it.",
		"The 17-year-old was hurt, a five-year-old girl too, and the President is 81 years old.",
		"Shots were fired in the 1400 block of West Elm Street, and crews from Station 12 came.",
		"Lines peaked between 5 and 7 p.m. and from 9-11 a.m.",
		"Anyone can call 555-0142 or call 555-1234.",
		"Between 2015 and 2022 it fell, and in the 2019-2021 period it rose.",
		"Warming must stay low by 2100, from 2019 levels.",
		"Karine, two questions. I'll take two more.",
		"It is the lowest in half a century, and for half a decade now.",
		"They sent 155mm and 105mm artillery rounds, and he carried a 9mm handgun.",
		"I am 100% sure of it, and 100 percent committed.",
		"Shots were fired in the 1200 block of West Harrison Street; text 274637 with tips.",
	} {
		t.Run(text, func(t *testing.T) {
			assert.Empty(t, claimsOf(t, text))
		})
	}
}

// perOf answers as one strings.Index of " lead " per lead, in the rules'
// order, did: on random texts of leads, units and punctuation, with the
// default leads and with odd ones (empty, spaced, repeated, upper case).
func TestPerOfMatchesOneSearchPerLead(t *testing.T) {
	rs, err := rules.Default()
	require.NoError(t, err)
	pieces := []string{" ", "  ", "a", "an", "in", "in a", "per", "each", "day", "week", "year", "ago", ",", ".", ";", "day.", "x", "xa", "aaaa", "Per", "5", "12"}
	rng := rand.New(rand.NewSource(1))
	many := []string{} // past the 64 leads perOf keeps on the stack
	for i := range 70 {
		many = append(many, strings.Repeat("x", i%3)+strings.Repeat("a", i/3))
	}
	many = append(many, "per", "in")
	for _, leads := range [][]string{rs.RateLeads, {"", " a", "in a", "a", "per", "a", "Per", "day week", ", a", "a.", "."}, many} {
		e := New(rs)
		e.rateLeads = newRateLeads(leads)
		for range 20000 {
			l := randomText(rng, pieces, 30)
			if got, want := e.perOf(l), perOfBySearch(e, leads, l); got != want {
				t.Fatalf("perOf(%q) with leads %q = %q, want %q", l, leads, got, want)
			}
		}
	}
}

// perOfBySearch is perOf as it was: one search per lead.
func perOfBySearch(e *Engine, leads []string, l string) string {
	l = l[:min(len(l), 80)]
	stop := strings.IndexAny(l, ",;.")
	if stop < 0 {
		stop = len(l)
	}
	for i := 0; i+1 < stop; i++ {
		if l[i] == ' ' && isDigit(l[i+1]) {
			stop = i // the next figure's
			break
		}
	}
	for _, lead := range leads {
		i := strings.Index(l[:min(len(l), stop+len(lead)+2)], " "+lead+" ")
		if i < 0 {
			continue
		}
		if w, ok := e.rateUnitAfter(l[:i], lead, l[i+len(lead)+2:]); ok {
			return w
		}
	}
	return ""
}

// TestCurrencyCodeEndsLoseNoCode holds currencyCodeBefore, which looks for
// codes only before text ending as one does, to the comparison of every
// code, with the default currencies and with user codes (one empty).
func TestCurrencyCodeEndsLoseNoCode(t *testing.T) {
	linear := func(e *Engine, before string) string {
		b := strings.TrimRight(before, " ")
		if len(b) == len(before) {
			return ""
		}
		for _, c := range e.rules.Currencies {
			for _, code := range c.Codes {
				if strings.HasSuffix(b, code) && (len(b) == len(code) || !isAlnum(b[len(b)-len(code)-1])) {
					return c.Code
				}
			}
		}
		return ""
	}
	e := newDefaultEngine(t)
	for _, user := range [][]string{nil, {"ab", "X$", ""}} {
		if user != nil {
			e.rules.Currencies = append(e.rules.Currencies, e.rules.Currencies[0])
			e.rules.Currencies[len(e.rules.Currencies)-1].Codes = user
			e = New(e.rules)
		}
		pieces := []string{" ", " ", "a", "$", "5", "ab", "X"}
		for _, c := range e.rules.Currencies {
			pieces = append(pieces, c.Codes...)
		}
		rng := rand.New(rand.NewSource(13))
		for range 20000 {
			before := randomText(rng, pieces, 5)
			require.Equal(t, linear(e, before), currencyCodeBefore(e, before), "%q", before)
		}
	}
}

// lineOf is Document.Line for offsets in order, in any order, and far
// apart.
func TestLineOfIsLine(t *testing.T) {
	var b strings.Builder
	rng := rand.New(rand.NewSource(17))
	for range 3000 {
		b.WriteString(strings.Repeat("x", rng.Intn(5)))
		b.WriteString([]string{"\n", "\r\n", "\n\n", " "}[rng.Intn(4)])
	}
	d, err := NewDocument("lines.txt", []byte(b.String()))
	require.NoError(t, err)
	x := &docState{d: d}
	offs := make([]int, 2000)
	for i := range offs {
		offs[i] = rng.Intn(len(d.Text) + 1)
	}
	sorted := slices.Clone(offs)
	slices.Sort(sorted)
	for _, off := range append(sorted, offs...) {
		require.Equal(t, d.Line(off), x.lineOf(off), "offset %d", off)
	}
}

func TestAfterClauseMarkFindsTheLastMarkWholeRunesIncluded(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Inflation hit 5%, and wages are up", " and wages are up"},
		{"the actual came in at 3.2 percent — down sharply", " down sharply"},
		{"“Prices rose", "Prices rose"},
		{"no mark at all", "no mark at all"},
		{"a (b", "b"},
	} {
		assert.Equal(t, tc.want, tc.text[afterClauseMark(tc.text):], tc.text)
	}
}

func TestBareCountTakesTheUnitOfTheCountItRefersBackTo(t *testing.T) {
	for _, tc := range []struct {
		name, text, number, unit string
	}{
		{"N of them: the last count's", "There are 96 units in my building. Eleven of them have been sitting empty.", "Eleven", "units"},
		{"a count that ends its clause after a verb", "We've permitted 4,870 new units and completed 3,115.", "3,115", "units"},
		{"a count that ends its clause after a verb and a hedge", "The strategy promised 4,000 units by 2022 and we got about 1,700.", "1,700", "units"},
		{"N of the M: M's count given before", "The dispenser released all 12 CubeSats. 11 of the 12 have phoned home.", "11", "cubesats"},
		{"the M: the count given before", "The dispenser released all 12 CubeSats. 11 of the 12 have phoned home.", "12", "cubesats"},
		{"a sentence that is the count", "I want to thank the 1,100 members of this local. Eleven hundred!", "Eleven hundred", "members"},
		{"a sentence that is a number said once takes no unit", "Seven assists last night. He's thirty-four years old. Thirty-four!", "Thirty-four", ""},
		{"after a form of be, the words before say what it is", "We saw 710,000 hospitalizations, and the death estimate was 52,000.", "52,000", ""},
		{"a nearer group named between", "Twelve hundred families moved in. About a third of those homes are small, and 410 of them are reserved.", "410", ""},
		{"no whole number", "Bowlers took 23 wickets at an average of 18.6.", "18.6", ""},
		{"a preposition names what it is of", "We were one of two suppliers of the top three hyperscalers; now we're one of four.", "four", ""},
		{"a part of a group the sentence opens with", "Of the 38 infections among health workers, 29 happened before the outbreak was declared.", "29", "infections"},
		{"a part of a group, said to be something", "Of the 212, 164 were homes.", "164", "homes"},
		{"a verb after a count is no noun", "The first doses arrived: 1,800 doses, with another 4,000 expected by the end of the month.", "4,000", "doses"},
		{"a verb after a count, with nothing to refer to", "Arizona has 11 electoral votes, and 270 needed to win.", "270", ""},
		{"clauses built alike leave the noun out after the first", "As a result, 31 trains were cancelled, 44 were diverted and 12 were short-terminated.", "12", "trains"},
		{"a clause built otherwise keeps its own", "We cancelled 31 trains, 44 were late.", "44", ""},
		{"it and a copula: the count of the sentence before", "Our kindergarten class is 912 children. Twenty years ago it was over 1,400.", "1,400", "children"},
		{"that is a sum, not the count before", "Option B cuts the zone to 2 vans. Together that's two million.", "two million", ""},
		{"of which: a part of the group just counted", "The remaining 1,092 habitations could not be connected, of which about 640 are in Jharkhand.", "640", "habitations"},
		{"of whom: a part of the people just counted", "We trained 412 nurses last year, of whom 88 have since left.", "88", "nurses"},
		{"it and a copula before a comparison", "The list covers 6.3 million patients, and it is still roughly 3 million higher than in 2019.", "3 million", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, c := range claimsOf(t, "MS. LEE: "+tc.text) {
				if c.Number == tc.number {
					got = append(got, c.Unit)
				}
			}
			require.NotEmpty(t, got, "no claim %q", tc.number)
			assert.Equal(t, tc.unit, got[len(got)-1])
		})
	}
}

// A witness answers a "how many" with a bare figure: it counts what the
// question asked how many of, in the answer's first sentence (or the
// second, after a short first), and not a part of something named in
// the answer ("22 of them") nor a figure further on.
func TestABareAnswerCountsWhatTheQuestionAskedHowManyOf(t *testing.T) {
	text := "Q. How many people worked there in 2022?\n\nA. On the floor, about 140, plus maybe 12 in the office. We ran 38 trucks, 22 of them ours.\n\n" +
		"Q. How many hours a week was a supervisor scheduled for?\n\nA. Scheduled, 40. In practice they were doing 48 to 55 during peak.\n\n" +
		"Q. How many shift supervisors?\n\nA. Six. Two per shift. Emergency visits for overdose were 1,142 last year, and we saw 75 in March.\n"
	got := claimsByNumber(t, text)
	assert.Equal(t, "people", got["140"].Unit)
	assert.Equal(t, "people", got["12"].Unit)
	assert.Equal(t, "trucks", got["38"].Unit)
	assert.NotEqual(t, "people", got["22"].Unit, "a part of the trucks")
	assert.Equal(t, [2]string{"duration", "hour"}, [2]string{got["40"].Kind, got["40"].Unit})
	assert.Equal(t, "hour", got["48 to 55"].Unit)
	assert.Equal(t, "supervisors", got["Six"].Unit)
	assert.NotEqual(t, "supervisors", got["75"].Unit, "a figure further on answers no more")
}

// Wrapped text breaks its lines anywhere: a unit of two words, or "of the"
// before the counted noun, read the same over a line break.
func TestALineBreakInsideAPhraseChangesNothing(t *testing.T) {
	for _, tc := range []struct {
		name, text, number, unit string
	}{
		{"per cent over two lines", "Monitors carried out 6,842 inspections, of which 91.6 per\ncent were graded satisfactory.", "91.6", "percent"},
		{"of the over two lines", "The plan covers 25,000 habitations. About 300 of the\nvillages are remote.", "300", "villages"},
		{"of over two lines", "The plan covers 25,000 habitations. About 300 of\nthese villages are remote.", "300", "villages"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, c := range claimsOf(t, tc.text) {
				if c.Number == tc.number {
					assert.Equal(t, tc.unit, c.Unit)
					return
				}
			}
			t.Fatalf("no claim %q", tc.number)
		})
	}
}

// Automatic captions write speech as it sounds: a decimal said aloud ("11
// point 5 percent"), "like" as a hedge ("like 83% of the volume"), but not
// the verb ("we'd like 40 more") nor a comparison after a comma ("asthma,
// like one in five kids").
func TestSpeechAsCaptionsWriteIt(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       want
	}{
		{"a decimal said aloud", "our default rate is 11 point 5 percent now", want{Number: "11 point 5", Kind: "percent", Unit: "percent", Bound: "exact", Value: 11.5}},
		{"like as a hedge", "the top apps still have like 83% of the volume", want{Number: "83%", Kind: "percent", Unit: "percent", Bound: "approx", Value: 83}},
		{"like as a verb", "We would like 40 more officers.", want{Number: "40", Kind: "count", Unit: "officers", Bound: "exact", Value: 40}},
		{"like after a comma compares", "My son has asthma, like 20 kids in his class.", want{Number: "20", Kind: "count", Unit: "kids", Bound: "exact", Value: 20}},
		{"a level verb after a bulleted subject", "\u2022 ED attendances averaged 612 per day.", want{Number: "612", Kind: "count", Unit: "attendances", Bound: "exact", Value: 612, Per: "day"}},
		{"milliseconds", "latency is under 200 milliseconds at peak", want{Number: "200", Kind: "duration", Unit: "millisecond", Bound: "upper", Value: 200}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := claimsOf(t, tc.text)
			require.NotEmpty(t, got)
			assert.Equal(t, tc.want, got[0])
		})
	}
}

// A rate's denominator wrapped onto the next line ("27.4 searches per" /
// "1,000 Black residents") is the rate's, no claim of its own.
func TestARatesDenominatorOverALineBreak(t *testing.T) {
	got := claimsOf(t, "This equates to 27.4 searches per\n1,000 Black residents.")
	require.Len(t, got, 1)
	assert.Equal(t, "27.4", got[0].Number)
	assert.Equal(t, "1,000 black residents", got[0].Per)
}

// "raised by Rs 500 to Rs 1,800": "by" gives the change and the figure
// after "to", its currency written again and three times the first or
// more, the level reached: two claims, no range. "by $5 to $10" stays one.
func TestAChangeByAnAmountToALevelIsNoRange(t *testing.T) {
	got := claimsOf(t, "Social security pensions will be raised by Rs 500 to Rs 1,800 per month. Bank debt was cut by $2.4m to $11.6m.")
	var numbers []string
	for _, c := range got {
		numbers = append(numbers, c.Number)
		assert.NotEqual(t, "range", c.Bound, c.Number)
	}
	assert.Equal(t, []string{"Rs 500", "Rs 1,800", "$2.4m", "$11.6m"}, numbers)
	got = claimsOf(t, "We will cut fares by $5 to $10 a trip.")
	require.Len(t, got, 1)
	assert.Equal(t, "range", got[0].Bound)
}
