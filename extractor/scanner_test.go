package extractor

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/factable/factable/rules"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func scanEngine(t testing.TB) *Engine {
	t.Helper()
	rs, err := rules.Default()
	require.NoError(t, err)
	return New(rs)
}

// scanned renders the tokens of text as "text=value" (ranges
// "text=lo..hi"), the form the tables below are written in.
func scanned(e *Engine, text string) []string {
	var out []string
	for _, tk := range e.lx.scan(text, 0, len(text)) {
		v := fmt.Sprint(roundTo(tk.Value))
		if tk.Kind == TokRange {
			v += ".." + fmt.Sprint(roundTo(tk.High))
		}
		if tk.Currency != "" {
			v += " " + tk.Currency
		}
		out = append(out, tk.Text+"="+v)
	}
	return out
}

// roundTo keeps ten significant digits, so 2/3 reads 0.6666666667.
func roundTo(v float64) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 10, 64), 64)
	return r
}

type scanCase struct {
	text string
	want []string
}

func runScanCases(t *testing.T, cases []scanCase) {
	t.Helper()
	e := scanEngine(t)
	for _, c := range cases {
		assert.Equal(t, c.want, scanned(e, c.text), c.text)
	}
}

func TestScannerComposesNumberWords(t *testing.T) {
	runScanCases(t, []scanCase{
		{"fifty - two", []string{"fifty - two=52"}},
		{"Three hundred  and  thirty one", []string{"Three hundred  and  thirty one=331"}},
		{"two  thousand  and  two hundred", []string{"two  thousand  and  two hundred=2200"}},
		{"two hundred and two thousand", []string{"two hundred and two thousand=202000"}},
		{"ninety - five hundred", []string{"ninety - five hundred=9500"}},
		{"three lakh crore", []string{"three lakh crore=3e+12"}},
		{"6 crore and two hundred", []string{"6 crore and two hundred=6.00002e+07"}},
		{"4 thousand 3 hundred and 21", []string{"4 thousand 3 hundred and 21=4321"}},
		// Digits that open a compound describe the noun after them.
		{"61 million 90-kg bags", []string{"61 million=6.1e+07", "90=90"}},
		{"three hundred and two dozen", []string{"three hundred and two dozen=324"}},
		{"half a dozen and 3 dozens", []string{"half a dozen=6", "3 dozens=36"}},
		{"five point five", []string{"five point five=5.5"}},
		{"two hundred point zero three", []string{"two hundred point zero three=200.03"}},
		{"nought point eleven", []string{"nought point eleven=0.11"}},
		{"minus five percent", []string{"minus five=-5"}},
		{"negative one over 20", []string{"negative one over 20=-0.05"}},
	})
}

func TestScannerKeepsSeparateNumbersApart(t *testing.T) {
	runScanCases(t, []scanCase{
		{"five six", []string{"five=5", "six=6"}},
		{"3 hundred and 2 hundred", []string{"3 hundred=300", "2 hundred=200"}},
		{"4 thousand 3 hundred and 0", []string{"4 thousand 3 hundred=4300", "0=0"}},
		{"3 hundred and negative one", []string{"3 hundred=300", "negative one=-1"}},
		// Digits after a large scale start a new figure.
		{"5 billion and 20 percent", []string{"5 billion=5e+09", "20=20"}},
		{"plus or minus 3 points", []string{"3=3"}},
		{"three-nought-four", []string{"three=3", "nought=0", "four=4"}},
		{"two seconds", []string{"two=2"}},
		// An ordinal under the scale before it ends the number as an ordinal.
		{"the one hundred eighteenth Congress", []string{"one hundred eighteenth=118"}},
		{"the two hundred and first day", []string{"two hundred and first=201"}},
		// "At one point" is a moment: the count after it is its own.
		{"At one point four of the nine ambulances", []string{"one=1", "four=4", "nine=9"}},
		{"it rose to one point four million", []string{"one point four million=1.4e+06"}},
	})
}

func TestScannerReadsFractions(t *testing.T) {
	runScanCases(t, []scanCase{
		{"two thirds", []string{"two thirds=0.6666666667"}},
		{"a trillionth", []string{"a trillionth=1e-12"}},
		{"a hundred thousand trillionths", []string{"a hundred thousand trillionths=1e-07"}},
		{"one hundred thirty fifths", []string{"one hundred thirty fifths=2.857142857"}},
		{"one hundred and thirty fifths", []string{"one hundred and thirty fifths=26"}},
		{"one hundred thirty-two fifths", []string{"one hundred thirty-two fifths=26.4"}},
		{"twenty twenty fifths", []string{"twenty twenty fifths=0.8"}},
		{"three twenty-firsts", []string{"three twenty-firsts=0.1428571429"}},
		{"one one hundred fifth", []string{"one one hundred fifth=0.009523809524"}},
		{"five - eighths", []string{"five - eighths=0.625"}},
		{"3/4 and -4/5", []string{"3/4=0.75", "-4/5=-0.8"}},
		{"10 1/2 miles and 2½ cups", []string{"10 1/2=10.5", "2½=2.5"}},
		// Rates and prices write a mixed number with a hyphen; a year does not.
		{"5-1/4 percent and 99-1/2", []string{"5-1/4=5.25", "99-1/2=99.5"}},
		{"2021-1/2", []string{"2021=2021", "1=1", "2=2"}},
		{"⅙ and ½", []string{"⅙=0.1666666667", "½=0.5"}},
		{"one out of three, 1 in twenty-one, one over three", []string{"one out of three=0.3333333333", "1 in twenty-one=0.04761904762", "one over three=0.3333333333"}},
		// A proportion may name its unit between "one" and "in"; a period
		// after it makes a rate, a year a date, a plural no proportion.
		{"one gallon in five, one child in four", []string{"one gallon in five=0.2", "one child in four=0.25"}},
		{"one goal in 90 minutes, one day in 2024, one ducks in three", []string{"one=1", "90=90", "one=1", "2024=2024", "one=1", "three=3"}},
		// After digits and a scale of a thousand or more, a lone number word
		// starts a number of its own; a spelled-out number goes on.
		{"a EUR 500 million seven-year note, 3 million two hundred thousand, two hundred ninety-three thousand three",
			[]string{"500 million=5e+08", "seven=7", "3 million two hundred thousand=3.2e+06", "two hundred ninety-three thousand three=293003"}},
		// A twentieth-century idea is no fraction, nor is a date or 24/7.
		{"a twentieth-century idea", []string{"twentieth=20"}},
		{"5/17/2018", []string{"5=5", "17=17", "2018=2018"}},
		{"24/7", []string{"24=24", "7=7"}},
	})
}

func TestScannerReadsMixedNumbersAndFractionsOfScales(t *testing.T) {
	runScanCases(t, []scanCase{
		{"one hundred and three quarters", []string{"one hundred and three quarters=100.75"}},
		{"two hundred and fifty-four hundredths", []string{"two hundred and fifty-four hundredths=200.54"}},
		{"twenty and three and three fifths", []string{"twenty and three and three fifths=23.6"}},
		{"forty two and a third", []string{"forty two and a third=42.33333333"}},
		{"one million and a half", []string{"one million and a half=1.5e+06"}},
		{"3 million and a quarter", []string{"3 million and a quarter=3.25e+06"}},
		{"one billion and three quarters million", []string{"one billion and three quarters million=1.00075e+09"}},
		{"two and a half million", []string{"two and a half million=2.5e+06"}},
		{"half million", []string{"half million=500000"}},
		{"a quarter million", []string{"a quarter million=250000"}},
		{"two thirds of a million", []string{"two thirds of a million=666666.6667"}},
		{"the first quarter", []string{"first=1"}},
	})
}

func TestScannerReadsDigitForms(t *testing.T) {
	runScanCases(t, []scanCase{
		{"1 234 567.89", []string{"1 234 567.89=1.23456789e+06"}},
		// A range of money by a dash: the suffix after its second figure
		// scales it, though its currency stands by the first alone.
		{"borrowed £50-60m.", []string{"£50-60m=5e+07..6e+07 GBP"}},
		{"a wall 50-60m.", []string{"50-60=50..60"}},
		{"40\u202f000", []string{"40\u202f000=40000"}},
		{"12,34,567.89", []string{"12,34,567.89=1.23456789e+06"}},
		{"1.111,11 and 1,3", []string{"1.111,11=1111.11", "1,3=1.3"}},
		{".08", []string{".08=0.08"}},
		{"1e10 -12e-1 12.32e+14", []string{"1e10=1e+10", "-12e-1=-1.2", "12.32e+14=1.232e+15"}},
		{"1.3x10^6 and 2.48×10−5", []string{"1.3x10^6=1.3e+06", "2.48×10−5=2.48e-05"}},
		{"8x2^10 and -2.5^-1", []string{"8x2^10=8192", "-2.5^-1=-0.4"}},
		{"2.33 k, 2mil, US$ 1MM, 10 bln", []string{"2.33 k=2330", "2mil=2e+06", "US$ 1MM=1e+06 USD", "10 bln=1e+10"}},
		{"1/0", nil},
		{"its 1,742nd plenary and the 21st", []string{"1,742nd=1742", "21st=21"}},
		{"1,742.5th", []string{"1,742.5=1742.5"}},
	})
}

// A scale after more white space than one space is the amount's still:
// text wrapped between the two, spaced out by a PDF's layout or by a
// no-break space entity that markup stripping padded.
func TestScannerReadsAScaleAcrossWhiteSpace(t *testing.T) {
	runScanCases(t, []scanCase{
		{"15  million jobs", []string{"15  million=1.5e+07"}},
		{"some 5\nmillion people", []string{"5\nmillion=5e+06"}},
		{"15      million", []string{"15      million=1.5e+07"}},
		{"5\n\nmillion", []string{"5=5", "million=1e+06"}}, // a blank line parts them
	})
}

// Indian budgets count in lakh crore: a larger scale after the first
// multiplies it.
func TestScannerMultipliesAScaleByALargerOne(t *testing.T) {
	runScanCases(t, []scanCase{
		{"2.5 lakh crore rupees", []string{"2.5 lakh crore=2.5e+12"}},
		{"50 thousand crore", []string{"50 thousand crore=5e+11"}},
		{"5 thousand million", []string{"5 thousand million=5e+09"}},
	})
}

func TestScannerReadsMetreOrMillionFromContext(t *testing.T) {
	runScanCases(t, []scanCase{
		{"€5m", []string{"€5m=5e+06 EUR"}},
		{"5m people", []string{"5m=5e+06"}},
		{"outreach is 48m.", []string{"48=48"}},
		{"1m is equal to 10 dm", []string{"1=1", "10=10"}},
	})
}

func TestScannerReadsMoney(t *testing.T) {
	runScanCases(t, []scanCase{
		{"about $ 14 million", []string{"$ 14 million=1.4e+07 USD"}},
		{"50 cents and 470 pence", []string{"50 cents=0.5 USD", "470 pence=4.7 GBP"}},
		{"a 12-cent dividend", []string{"12-cent=0.12 USD"}},
		{"23 and a half million, $4 and a half billion, 3 and a quarter", []string{"23 and a half million=2.35e+07", "$4 and a half billion=4.5e+09 USD", "3 and a quarter=3.25"}},
		{"it adds 14¢ a litre, then 6 ¢ more", []string{"14¢=0.14 USD", "6 ¢=0.06 USD"}},
		// Pence glued to their digits; spaced or before ".m.", "p" is no penny.
		{"137p a litre, a 5p cut, up 2.8p.", []string{"137p=1.37 GBP", "5p=0.05 GBP", "2.8p=0.028 GBP"}},
		{"at 5p.m. and 5 p.m.", []string{"5=5", "5=5"}},
		{"3 dollars 50 cents", []string{"3 dollars 50 cents=3.5 USD"}},
		{"thirteen dollars and forty-five cents", []string{"thirteen dollars and forty-five cents=13.45 USD"}},
		{"15 dollars 50.", []string{"15 dollars 50=15.5 USD"}},
		{"c $ 100 and fifty.", []string{"c $ 100 and fifty=100.5 CAD"}},
		{"75 USD million and 30 MUSD and MAUD 60 and twenty MUSD", []string{"75 USD million=7.5e+07 USD", "30 MUSD=3e+07 USD", "MAUD 60=6e+07 AUD", "twenty MUSD=2e+07 USD"}},
		{"2 satoshis", []string{"2 satoshis=2e-08 BTC"}},
		{"N$61.4 billion and N$ 9.8 billion", []string{"N$61.4 billion=6.14e+10 NAD", "N$ 9.8 billion=9.8e+09 NAD"}},
		// A headline in capitals writes its scales in capitals too.
		{"PROFIT US$3.2BN, $2TN DEBT", []string{"US$3.2BN=3.2e+09 USD", "$2TN=2e+12 USD"}},
		// Nairobi's papers write the shilling "Sh", "KSh" or "Kshs."; a plain
		// "shillings" (units.yaml) is Kenyan; Uganda's and Tanzania's are marked.
		// The rand, with South Africa's decimal comma and spaced thousands.
		{"R11,6 million, R100 000 and R2 billion", []string{"R11,6 million=1.16e+07 ZAR", "R100 000=100000 ZAR", "R2 billion=2e+09 ZAR"}},
		{"Sh7.5 billion, Kshs. 6,500, Ksh 50, USh 40 billion", []string{"Sh7.5 billion=7.5e+09 KES", "Kshs. 6,500=6500 KES", "Ksh 50=50 KES", "USh 40 billion=4e+10 UGX"}},
		// Kampala writes Uganda's "Shs 4.2 trillion".
		{"Shs 4.2 trillion and Shs. 650 billion", []string{"Shs 4.2 trillion=4.2e+12 UGX", "Shs. 650 billion=6.5e+11 UGX"}},
		// A count after the amount is its own figure.
		{"15 dollars and 50 people", []string{"15=15", "50=50"}},
	})
}

func TestScannerJoinsRanges(t *testing.T) {
	runScanCases(t, []scanCase{
		{"between 44 mg and 50 mg", []string{"44 mg and 50=44..50"}},
		{"44 mg to 50 mg", []string{"44 mg to 50=44..50"}},
		{"a 8- to 16-meter telescope", []string{"8- to 16=8..16"}},
		{"ranged from -18 °C to -34 °C", []string{"-18 °C to -34=-34..-18"}},
		{"about 20~100 and 20 through 100", []string{"20~100=20..100", "20 through 100=20..100"}},
		{"ten to twenty thousand", []string{"ten to twenty thousand=10000..20000"}},
		{"is from one thousand to one thousand and five hundred", []string{"one thousand to one thousand and five hundred=1000..1500"}},
		{"between the tenth and the fifteenth", []string{"tenth and the fifteenth=10..15"}},
		{"more than 10 and less than 40", []string{"10 and less than 40=10..40"}},
		{"at most 100 and at least 20", []string{"100 and at least 20=20..100"}},
		// A change is not a range; nor is an empty interval or a chain.
		{"rose from 5% to 7%", []string{"5%=5", "7%=7"}},
		// A move and the level it reached, ten times it or more.
		{"oil is up $1.12 to $59.85", []string{"$1.12=1.12 USD", "$59.85=59.85 USD"}},
		{"the Dow fell 212 to 46,118", []string{"212=212", "46,118=46118"}},
		{"sales rose 5 to 7 percent", []string{"5 to 7=5..7"}},
		{"more than 40 and less than 10", []string{"40=40", "10=10"}},
		{"+1-222-2222-2222", []string{"+1=1", "222=222", "2222=2222", "2222=2222"}},
		{"25 % to 34,500 tons", []string{"25 %=25", "34,500=34500"}},
		// A change in one unit to a level in another is not a range.
		{"rose 0.3 percentage point to 6.1 percent", []string{"0.3=0.3", "6.1=6.1"}},
		{"5 degrees to 7 degree", []string{"5 degrees to 7=5..7"}},
		{"in November ’23 — 2023", []string{"23=23", "2023=2023"}},
		// A spoken guess whose scale is said once, after the second number.
		{"seventy, eighty thousand jobs and six or seven million people", []string{"seventy, eighty thousand=70000..80000", "six or seven million=6e+06..7e+06"}},
	})
}

func TestSymbolAndOrEqualHedgesBoundClaims(t *testing.T) {
	e := scanEngine(t)
	for _, c := range []struct{ text, bound string }{
		{"x>10 and y<20", BoundLower},
		{"Is it still the case when <=  -30", BoundUpper},
		{"primes smaller or equal than 100", BoundUpper},
		{"a score at least or equal to 30", BoundLower},
		{"about five hundred or more", BoundLower},
		{"equal to 5000 or less than 6000", BoundExact},
		{"sales exceed 3000", BoundLower},
	} {
		res, err := e.Extract("t", []byte(c.text), Options{})
		require.NoError(t, err)
		require.NotEmpty(t, res.Claims, c.text)
		assert.Equal(t, c.bound, res.Claims[0].Bound, c.text)
	}
}

func BenchmarkScan(b *testing.B) {
	e := scanEngine(b)
	var text strings.Builder
	for _, name := range []string{"../testdata/budget-press-call-2024-03-11.txt", "../testdata/diplomacy-press-conference-2022-09-29.txt"} {
		raw, err := os.ReadFile(name)
		require.NoError(b, err)
		text.Write(raw)
	}
	src := text.String()
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.lx.scan(src, 0, len(src))
	}
}

// A value is the decimal a reader sees: 4.1 billion is 4100000000 in the
// JSON and the sheet, whichever way its scale reached it, not the
// 4099999999.9999995 that 4.1 × 1e9 is in floating point.
func TestScaledValuesAreExactDecimals(t *testing.T) {
	for _, tc := range []struct {
		text      string
		low, high float64
	}{
		{"Revenue of $4.1 to $4.3 billion is expected.", 4100000000, 4300000000},
		{"They moved 4.1 to 4.3 million tonnes.", 4100000, 4300000},
		{"He earns forty-nine point two million a year.", 49200000, 0},
		{"It cost four point one billion dollars.", 4100000000, 0},
		{"The fund holds 0.3 MUSD.", 300000, 0},
	} {
		t.Run(tc.text, func(t *testing.T) {
			c := onlyClaimOf(t, tc.text)
			require.NotNil(t, c.Value)
			assert.Equal(t, tc.low, *c.Value)
			if tc.high != 0 {
				require.NotNil(t, c.ValueHigh)
				assert.Equal(t, tc.high, *c.ValueHigh)
			}
		})
	}
}
