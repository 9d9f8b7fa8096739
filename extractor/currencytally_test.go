package extractor

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPlainDollarIsTheLocalOneWhereUSAmountsAreMarkedOrItsPlacesNamed(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // the units of the claims, in order
	}{
		{"US$ and A$ named: a plain $ is Australian",
			"The budget gave $227 million. The contract is US$300 million, or A$470 million, and A$38 million more.",
			[]string{"AUD", "USD", "AUD", "AUD"}},
		{"dollars in words count too",
			"It costs 40 million dollars, or 30 million US dollars; Ottawa added 12 million Canadian dollars and then 2 million Canadian dollars.",
			[]string{"CAD", "USD", "CAD", "CAD"}},
		{"another dollar named once, in passing: a plain $ stays the US dollar",
			"Sales were $14 million. The simulator costs C$16.4 million; the target is US$1 million.",
			[]string{"USD", "CAD", "USD"}},
		{"no US amount marked: a plain $ stays the US dollar",
			"The fund holds $5 billion and A$2 billion.",
			[]string{"USD", "AUD"}},
		{"no other dollar named: a plain $ stays the US dollar",
			"The appeal is US$160 million; vaccines cost $100 a dose.",
			[]string{"USD", "USD"}},
		{"the other dollar named most often wins",
			"We paid $10 million, US$8 million, C$3 million, A$1 million and C$4 million.",
			[]string{"CAD", "USD", "CAD", "AUD", "CAD"}},
		{"amounts told about Canada's places: a plain $ is Canadian",
			"Rent in Toronto is $3,150 a month. Canadians pay $710 more for fuel, Alberta's truckers say.",
			[]string{"CAD", "CAD"}},
		{"Canada's places named but its own amounts marked C$ and no US one: a plain $ stays the US dollar",
			"Rent in Toronto is $3,150 a month. Ottawa and Quebec committed C$40 billion, and Canadians pay $710 more for fuel.",
			[]string{"USD", "CAD", "USD"}},
		{"New Zealand's places named, and its dollar marked beside Australia's to compare them: a plain $ is New Zealand's",
			"Rent in Auckland is $630 a week. In Wellington it is $610. In Sydney it is A$780, roughly NZ$850.",
			[]string{"NZD", "NZD", "AUD", "NZD"}},
		{"Canada named as often as America: a plain $ stays the US dollar",
			"Canada put tariffs on $30 billion of American goods. Washington answered with $16 billion on Canadian steel.",
			[]string{"USD", "USD"}},
		{"one Canadian place in passing: a plain $ stays the US dollar",
			"The Toronto office cost $4 million.",
			[]string{"USD"}},
		{"a heading in capitals names the country: a plain $ is its dollar",
			"COMMONWEALTH OF AUSTRALIA\n\nSenate Estimates\n\nCANBERRA\n\nMs Nguyen: The agency spent $386.2 million on staff.",
			[]string{"AUD"}},
		{"a heading names the country and US amounts are marked: a plain $ is the country's",
			"COMMONWEALTH OF AUSTRALIA\n\nCANBERRA\n\nMs Nguyen: We paid $5 million and US$3 million.",
			[]string{"AUD", "USD"}},
		{"one place in the heading: a plain $ stays the US dollar",
			"TORONTO BUREAU\n\nThe fund holds $5 billion.",
			[]string{"USD"}},
		{"a heading's places weigh only where the amounts' own places do not decide",
			"CANBERRA, AUSTRALIA\n\nRent in Toronto is $3,150 a month. Canadians pay $710 more for fuel.",
			[]string{"CAD", "CAD"}},
		{"places named in the opening, beyond the amounts' reach: a plain $ is their dollar",
			"Mayoral Debate\nRiverside Hall, Marlow Falls, Ontario\n\n" + strings.Repeat("The candidates took questions from the floor for an hour. ", 4) +
				"The arena will cost $38 million.\n\n" + strings.Repeat("The moderator thanked the hall and asked for quiet. ", 4) + "Ontario pays for it.",
			[]string{"CAD"}},
		{"one place that closes the address in the opening: where the document is, and its dollar",
			"MINUTES OF COUNCIL\n\nLocation:   Council Chambers, 44 Water Street North, Port Halloran, Ontario\n\n" + strings.Repeat("The Clerk read the agenda into the record. ", 4) + "The levy is $187.6 million.",
			[]string{"CAD"}},
		{"US amounts marked, the country named far from the amounts and the opening: a plain $ is its dollar",
			"Interview\n\n" + strings.Repeat("The host and the Treasurer spoke about the week ahead and the polls. ", 70) +
				"The deficit is $35.1 billion. " + strings.Repeat("They spoke about the weather and the football for a while. ", 10) +
				"Australia has done well and Australian households feel it. Iron ore is below US$95 a tonne and a US$10 fall costs $1.5 billion.",
			[]string{"AUD", "USD", "USD", "AUD"}},
		{"US amounts and the country's own marked: a plain $ stays the US dollar",
			"Copenhagen promised $100 billion a year. " + strings.Repeat("We waited for the money and it did not come to us. ", 90) +
				"Our plan needs US$185 million. Australia built the seawall for A$36 million; Australia and Australian firms helped.",
			[]string{"USD", "USD", "AUD"}},
		{"US amounts marked and America's marks only: a plain $ stays the US dollar",
			"Oil is US$60 a barrel and US$10 less costs $1.5 billion.",
			[]string{"USD", "USD", "USD"}},
		{"one place named in the opening: a plain $ stays the US dollar",
			"Debate in Ontario\n\n" + strings.Repeat("The candidates took questions from the floor for an hour. ", 4) + "The arena will cost $38 million.",
			[]string{"USD"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var units []string
			for _, c := range claimsOf(t, tc.text) {
				units = append(units, c.Unit)
			}
			assert.Equal(t, tc.want, units)
		})
	}
}

func TestASharedCurrencyWordIsTheCurrencyTheTextWritesBySymbol(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // the units of the claims, in order
	}{
		{"cents beside euro amounts are euro cents",
			"Revenue was €2.1 billion and the dividend is 14.5 cent a share.",
			[]string{"EUR", "EUR"}},
		{"cents beside dollar amounts stay US cents",
			"Revenue was $2.1 billion and the dividend is 14.5 cents a share.",
			[]string{"USD", "USD"}},
		{"cents in a text of both euros and dollars stay US cents",
			"Revenue was €2.1 billion, or $2.3 billion, and the dividend is 14.5 cents a share.",
			[]string{"EUR", "USD", "USD"}},
		{"euro amounts at least twice the dollar ones: cents are euro cents",
			"Revenue was €2.1 billion, fuel €742 million at $712 a tonne, profit €214 million, and the dividend 14.5 cent.",
			[]string{"EUR", "EUR", "USD", "EUR", "EUR"}},
		{"pesos beside ₱ amounts are Philippine pesos",
			"Damage reached ₱2.87 billion, and families get 3,000 pesos each.",
			[]string{"PHP", "PHP"}},
		{"pesos with no amount by symbol stay Mexican",
			"Families get 3,000 pesos each.",
			[]string{"MXN"}},
		{"a code before the number writes the currency too",
			"Roads took PHP 1.34 billion and relief 412.6 million pesos.",
			[]string{"PHP", "PHP"}},
		{"plain kroner are Norwegian",
			"Mackerel earned Norway 14.2 billion kroner in exports.",
			[]string{"NOK"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var units []string
			for _, c := range claimsOf(t, tc.text) {
				units = append(units, c.Unit)
			}
			assert.Equal(t, tc.want, units)
		})
	}
}

func TestTheWorldsCurrenciesAreMoney(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Receipts reached 1.67 trillion baht.", "THB"},
		{"A room costs ฿2,400 a night.", "THB"},
		{"Petronas paid RM2.5 billion.", "MYR"},
		{"The grant is S$40 million.", "SGD"},
		{"Fares rose to HK$12.", "HKD"},
		{"The plant cost NT$30 billion.", "TWD"},
		{"Pensions rise by 150 zlotys.", "PLN"},
		{"The levy raised 2 billion Turkish lira.", "TRY"},
		{"The fund holds 900 million dirhams.", "AED"},
		{"Wages are 1,200 hryvnias.", "UAH"},
	} {
		t.Run(tc.want, func(t *testing.T) {
			cs := claimsOf(t, "The minister said: "+tc.text)
			if assert.Len(t, cs, 1, tc.text) {
				assert.Equal(t, tc.want, cs[0].Unit, tc.text)
				assert.Equal(t, "money", string(cs[0].Kind), tc.text)
			}
		})
	}
}

// The Philippine press writes pesos with a capital P before the digits
// ("P48 a kilo"): read so in a text that names the Philippines, and only
// there ("a P3 part").
func TestACurrencyLetterIsReadWhereTheTextNamesItsCountry(t *testing.T) {
	units := func(text string) []string {
		var got []string
		for _, c := range claimsOf(t, text) {
			got = append(got, c.Number+" "+c.Unit)
		}
		return got
	}
	assert.Equal(t, []string{"P48 to P52 PHP", "P9 billion PHP"}, units("Philippine rice sold at P48 to P52 a kilo, and tariffs raised P9 billion."))
	assert.Equal(t, []string{"12 units"}, units("We shipped 12 units of the P3 model and the MP3 player."))
	// A hearing that writes its other amounts in "PHP" names the country so.
	assert.Equal(t, []string{"9 billion PHP", "P6 to P7 PHP"}, units("Our budget is PHP 9 billion. The landed cost dropped by P6 to P7 per kilo."))
}

// Nigeria's Senate writes the naira with a capital N, where the text names
// Nigeria; elsewhere "N95" is a mask.
func TestNairaLetterWhereTheTextNamesNigeria(t *testing.T) {
	c := claimsOf(t, "The Nigerian Senate passed a budget of N54.99 trillion and a minimum wage of N70,000.")
	if assert.Len(t, c, 2) {
		assert.Equal(t, [2]any{"NGN", 54.99e12}, [2]any{c[0].Unit, c[0].Value})
		assert.Equal(t, [2]any{"NGN", 70000.0}, [2]any{c[1].Unit, c[1].Value})
	}
	for _, c := range claimsOf(t, "We bought 40,000 N95 masks.") {
		assert.NotEqual(t, "NGN", c.Unit)
	}
}

// "Rs." is the Indian rupee, and the rupee of the country a text is about
// where it names Pakistan, Sri Lanka or Nepal twice or more, and more
// often than India.
func TestRupeesOfTheCountryTheTextIsAbout(t *testing.T) {
	unit := func(text string) string {
		c := claimsOf(t, text)
		require.NotEmpty(t, c)
		return c[0].Unit
	}
	assert.Equal(t, "PKR", unit("Pakistan's circular debt stands at Rs. 2,384 billion, the Pakistani minister said."))
	assert.Equal(t, "LKR", unit("Sri Lanka's reserves: Rs. 1,200 billion. Colombo expects more."))
	assert.Equal(t, "INR", unit("India spent Rs. 500 crore on the border with Pakistan; India's Pakistan policy holds."))
	assert.Equal(t, "INR", unit("The Lok Sabha approved Rs. 500 crore."))
}

// A currency's hundredth named after the figure is that fraction of it:
// Ghana's pesewas, Nigeria's kobo, the peso's centavos.
func TestSubunitsOfMoreCurrencies(t *testing.T) {
	c := claimsOf(t, "The Board recommends a dividend of 32 pesewas per share.")
	if assert.Len(t, c, 1) {
		assert.Equal(t, [2]any{"GHS", 0.32}, [2]any{c[0].Unit, c[0].Value})
	}
}

// Zambia's Parliament writes the kwacha with a capital K.
func TestKwachaLetterWhereTheTextNamesZambia(t *testing.T) {
	c := claimsOf(t, "Zambia will spend K217.1 billion in 2025.")
	if assert.Len(t, c, 1) {
		assert.Equal(t, [2]any{"ZMW", 217.1e9}, [2]any{c[0].Unit, c[0].Value})
	}
	for _, c := range claimsOf(t, "The K9 unit sold 400 phones.") {
		assert.NotEqual(t, "ZMW", c.Unit)
	}
}

// Jamaica's budget writes its dollar "J$".
func TestJamaicanDollarSign(t *testing.T) {
	c := claimsOf(t, "Revenue will reach J$1.31 trillion.")
	if assert.Len(t, c, 1) {
		assert.Equal(t, [2]any{"JMD", 1.31e12}, [2]any{c[0].Unit, c[0].Value})
	}
}
