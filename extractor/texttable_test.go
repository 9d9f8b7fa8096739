package extractor

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNumberUnderATextTableColumnCountsItsHeading(t *testing.T) {
	table := "Table 1. Cases by district\n\n" +
		"District          Code    Cases   Deaths   CFR (%)   Change vs wk 36\n" +
		"----------------  -----   -----   ------   -------   ---------------\n" +
		"Maren Central     LM-01     402        5       1.2              +15%\n" +
		"Port Aldis        LM-03     311        5       1.6              +41%\n"
	for _, tc := range []struct {
		name, text, number string
		nth                int // the number's nth occurrence in text
		want               string
	}{
		{"a count under its column", table, "402", 0, "cases"},
		{"another column", table, "5", 0, "deaths"},
		{"a second row", table, "311", 0, "cases"},
		{"a heading of percents", table, "1.6", 0, "percent"},
		{"a heading of several words names nothing", table, "+41%", 0, ""},
		{"no rule of dashes above: no table", "Cases   Deaths\n402     5\n", "402", 0, ""},
		{"prose between the rule and the row: no table", "Cases   Deaths\n-----   ------\nIn all, 402 fell ill.\n", "402", 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			at := -1
			for range tc.nth + 1 {
				at += 1 + strings.Index(tc.text[at+1:], tc.number)
			}
			assert.Equal(t, tc.want, columnHeading(tc.text, at, at+len(tc.number)))
		})
	}
}

func TestTextTableWithoutRuleReadsItsHeadingAndNote(t *testing.T) {
	e := defaultEngine(t)
	lokSabha := "State-wise sanction of houses during 2024-25\n\n" +
		"(Houses in numbers; Central funds released in Rs. crore)\n\n" +
		"S.No.  State/UT        Target      Sanctioned   Central funds released\n" +
		"1.     Assam           3,72,456    2,90,118     2,187.40\n" +
		"2.     Bihar           6,84,300    5,02,771     3,946.12\n" +
		"       Total           10,56,756   7,92,889     6,133.52\n"
	generic := "(Rs. in lakh)\n" +
		"District      Allocation    Released    Spent\n" +
		"Alwar         1,200.50      980.25      875.10\n"
	counted := "Region        Cases    Deaths    CFR (%)\n" +
		"North           402         5        1.2\n" +
		"South           311         5        1.6\n"
	pib := "                                              (Rs. in crore)\n" +
		"S. No.   State/UT         Central Release     Persondays Generated\n" +
		"                                                     (in lakh)\n" +
		"1.       Uttar Pradesh           9,812.45                 2,412.60\n" +
		"2.       Tamil Nadu              8,455.72                 1,988.15\n"
	growth := "Table 1: Real GDP growth, 2022-2026f\n(annual percent change)\n\n" +
		"                                   2022    2023    2024e   2025f   2026f\n" +
		"Real GDP growth, at market prices   1.9     3.8     5.4     5.9     5.5\n" +
		"  Agriculture                      -2.7     2.1     6.8     4.5     4.2\n"
	poll := "Res  Description                                   For      %        Against      %    Withheld\n" +
		"2    Directors' Remuneration Report        301,552,940  73.21    110,339,812  26.79   3,656,078\n"
	prisons := "Date              Population   Spare   Average caseload   Vacancy rate\n" +
		"31 March 2024     88,015       891     47                 7.2\n"
	for _, tc := range []struct {
		name, text, number string
		want               textColumn
	}{
		{"a note right above the heading is every column's", pib, "8,455.72", textColumn{heading: "Central Release", money: "INR", scale: 1e7}},
		{"a note under a column's heading is its own", pib, "1,988.15", textColumn{heading: "Persondays Generated", unit: "persondays", money: "", scale: 0, counted: 1e5}},
		{"a column the note names is in its money", lokSabha, "2,187.40", textColumn{heading: "Central funds released", money: "INR", scale: 1e7}},
		{"the other columns count what the note counts", lokSabha, "2,90,118", textColumn{heading: "Sanctioned", unit: "houses"}},
		{"a total row is a row", lokSabha, "6,133.52", textColumn{heading: "Central funds released", money: "INR", scale: 1e7}},
		{"a note of no column is every column's", generic, "980.25", textColumn{heading: "Released", money: "INR", scale: 1e5}},
		{"a plural heading counts", counted, "311", textColumn{heading: "Cases", unit: "cases"}},
		{"a right-aligned figure under its heading", counted, "5", textColumn{heading: "Deaths", unit: "deaths"}},
		{"a heading of percents", counted, "1.6", textColumn{heading: "CFR (%)", unit: "percent"}},
		{"a group whose size a figure gives counts it", prisons, "88,015", textColumn{heading: "Population", unit: "population"}},
		{"the last word of the heading names the group", prisons, "47", textColumn{heading: "Average caseload", unit: "caseload"}},
		{"a rate the percent is left out of is a percent", prisons, "7.2", textColumn{heading: "Vacancy rate", unit: "percent"}},
		{"a heading that names no group counts nothing", prisons, "891", textColumn{heading: "Spare"}},
		{"a heading of years under a note of percents", growth, "5.9", textColumn{heading: "2025f", unit: "percent"}},
		{"a row under the first row of the heading of years", growth, "4.5", textColumn{heading: "2025f", unit: "percent"}},
		{"a poll's For column counts votes", poll, "301,552,940", textColumn{heading: "For", unit: "votes"}},
		{"its % column is a percent", poll, "73.21", textColumn{heading: "%", unit: "percent"}},
		{"two cells a row: no table", "Cases   Deaths\n402     5\n", "402", textColumn{}},
		{"prose with two spaces after its stops: no table", "We built 402 homes.  Then 5 more.  In all 407.\nIt was 2019.  Or 2020.  Yes.\n", "402", textColumn{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			at := strings.Index(tc.text, tc.number)
			assert.Equal(t, tc.want, e.textColumnOf(tc.text, at, at+len(tc.number)))
		})
	}
}

func TestAFigureEndingATableRowTakesNoNounFromTheNextRow(t *testing.T) {
	table := "Region        Caseload   Vacancy rate (%)\nLondon        47         18.4\nNorth West    39         7.2\n"
	prose := "Last year the trust employed 18.4\nthousand nurses across 12 sites.\n"
	for _, tc := range []struct {
		name, text, number string
		want               int
	}{
		{"the last cell of a row ends at its line", table, "18.4", 0},
		{"a cell within the row ends at the next column", table, "47", 9},
		{"prose runs on over its line breaks", prose, "18.4", -1},
		{"a cell the next column's follows ends at its gap", "Party      Votes   Share %   Change\nLoony        336       1.2   n/a\n", "1.2", 3},
		{"one space is no gap of a column", "In all 47 cases  were  read out  here\n", "47", -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			at := strings.Index(tc.text, tc.number)
			assert.Equal(t, tc.want, cellEnd(tc.text, at+len(tc.number)))
		})
	}
}

func TestARowsLabelGivesItsFiguresTheirUnit(t *testing.T) {
	table := "Estimate changes\n" +
		"                               FY24A       FY25E       FY26E\n" +
		"Revenue ($m)                 1,548.2     1,736.4     2,041.9\n" +
		"Non-GAAP op. margin            21.4%       23.8%       25.1%\n" +
		"Non-GAAP EPS ($)                2.61        3.14        3.71\n" +
		"HARGROVE (R)               1,357,311       48.4%       12.0%\n"
	got := claimsByNumber(t, table)
	assert.Equal(t, [2]any{"USD", 1548.2e6}, [2]any{got["1,548.2"].Unit, got["1,548.2"].Value}, "money in millions, as its row's label says")
	assert.Equal(t, [2]any{"USD", 3.14}, [2]any{got["3.14"].Unit, got["3.14"].Value}, "dollars")
	assert.NotEqual(t, "ZAR", got["1,357,311"].Unit, "a party's letter is no currency")
}

// A report's KPI table writes each row's unit in a column of its own
// between the row's label and its years; a row's label may name a
// measure in brackets ("(ML)").
func TestAUnitColumnGivesEachRowItsUnit(t *testing.T) {
	table := "Table 4.1: Climate and energy KPIs\n" +
		"KPI                                       Unit        FY2023      FY2024      FY2025\n" +
		"Scope 1 emissions                         tCO2e      842,310     801,560     748,920\n" +
		"Renewable electricity                     %               21          29          38\n" +
		"Water withdrawn                           ML          34,210      33,470      31,460\n" +
		"Employees                                 FTE          4,102       4,388       4,517\n\n" +
		"Indicator                                       FY2023      FY2024      FY2025\n" +
		"Water recycled (ML)                             19,880      19,120      17,340\n"
	got := claimsByNumber(t, table)
	assert.Equal(t, [2]string{"measure", "tCO2e"}, [2]string{got["801,560"].Kind, got["801,560"].Unit})
	assert.Equal(t, [2]string{"percent", "percent"}, [2]string{got["29"].Kind, got["29"].Unit})
	assert.Equal(t, [2]string{"measure", "megalitre"}, [2]string{got["33,470"].Kind, got["33,470"].Unit})
	assert.Equal(t, [2]string{"measure", "megalitre"}, [2]string{got["19,120"].Kind, got["19,120"].Unit}, "the row's label names the measure in brackets")
	assert.Equal(t, "FTE", got["4,388"].Unit)
}

// A web page's table copied as text sets its cells apart by tabs: a cell
// is under the heading of its place in the row. A column whose heading
// names no unit ("New this week") counts what the table's title names,
// after the title's modifiers ("Confirmed measles cases by county"); a
// title of measures ("Water KPIs") names nothing counted.
func TestATabSeparatedTablesCellsTakeTheirPlacesHeading(t *testing.T) {
	table := "Table 1. Confirmed measles cases by county of residence, Jan. 21–Mar. 14, 2025\n" +
		"County\tTotal cases\tNew this week\tEver hospitalized\tMMR coverage\n" +
		"Quarry\t52\t6\t11\t78.3%\n" +
		"Ashford\t19\t4\t3\t86.9%\n\n" +
		"Table 5.1: Water KPIs\n" +
		"Indicator                       FY2023      FY2024\n" +
		"Significant incidents                2           1\n"
	got := claimsByNumber(t, table)
	assert.Equal(t, "cases", got["52"].Unit, "under Total cases")
	assert.Equal(t, "cases", got["6"].Unit, "New this week counts the title's cases")
	assert.Equal(t, "percent", got["86.9%"].Unit)
	assert.NotEqual(t, "kpis", got["1"].Unit)
}

// claimsByNumber is the claims of text by their number as written.
func claimsByNumber(t *testing.T, text string) map[string]want {
	t.Helper()
	got := map[string]want{}
	for _, c := range claimsOf(t, text) {
		got[c.Number] = c
	}
	return got
}

func TestAYearsFigureCountsWhatItsRowNames(t *testing.T) {
	table := "                       Week to Date              28 Day\n" +
		"                   2025   2024   % Chg     2025   2024   % Chg\n" +
		"Robbery             187    214   -12.6      781    866    -9.8\n" +
		"Felony Assault      402    389     3.3    1,611  1,580     2.0\n"
	got := claimsByNumber(t, table)
	kindUnit := func(n string) [2]string { return [2]string{got[n].Kind, got[n].Unit} }
	assert.Equal(t, [2]string{"count", "robbery"}, kindUnit("187"), "a year's figure counts its row's crime")
	assert.Equal(t, [2]string{"count", "assault"}, kindUnit("1,580"))
	assert.Equal(t, [2]string{"percent", "percent"}, kindUnit("-12.6"), "a % Chg column is of percents")

	// A month of a year heads the column as a year does: "Mar 2025".
	months := "Offence category                     Mar 2025    Mar 2024    % change\n" +
		"---------------------------------------------------------------------\n" +
		"Robbery                                    12          21      -42.9%\n" +
		"Sexual assault (Levels 1-3)                27          22      +22.7%\n"
	got = claimsByNumber(t, months)
	assert.Equal(t, [2]string{"count", "robbery"}, kindUnit("21"))
	assert.NotContains(t, got, "1-3", "an offence's levels name it")
}

// The US Government Publishing Office rules a table with one run of dashes
// above and below its heading, and notes its scale in square brackets with
// the scale first: its cells are millions of dollars, and the note's own
// "millions" is no claim.
func TestAPrintedTablesBracketedNoteScalesItsCells(t *testing.T) {
	table := "   ESTIMATED 2024 CROP AND LIVESTOCK LOSSES FROM NATURAL DISASTERS,\n" +
		"                          SELECTED STATES\n" +
		"                      [In millions of dollars]\n" +
		"------------------------------------------------------------------\n" +
		"              State                  Crops    Livestock     Total\n" +
		"------------------------------------------------------------------\n" +
		"Georgia.........................      5,120          380     5,500\n" +
		"Minnesota.......................        610           95       705\n" +
		"------------------------------------------------------------------\n"
	got := claimsByNumber(t, table)
	assert.Equal(t, [2]any{"USD", 5120e6}, [2]any{got["5,120"].Unit, got["5,120"].Value})
	assert.Equal(t, [2]any{"USD", 95e6}, [2]any{got["95"].Unit, got["95"].Value})
	assert.NotContains(t, got, "millions")
}

// A statistics bulletin's table may give its unit at the end of its title,
// and number its rows by a classification's codes: the cells are
// percentage points, the codes no claims, and a row that names its own
// unit keeps it.
func TestATableTitlesNoteGivesItsCellsTheirUnit(t *testing.T) {
	table := "Table 1: Contributions to the CPI 12-month rate (percentage points)\n\n" +
		"  Division                                   Feb 2025   Mar 2025\n" +
		"  01 Food and non-alcoholic beverages          0.52       0.55\n" +
		"  07 Transport                                 0.48       0.29\n" +
		"  All items CPI 12-month rate (%)              3.40       3.10\n"
	got := claimsByNumber(t, table)
	kindUnit := func(n string) [2]string { return [2]string{got[n].Kind, got[n].Unit} }
	assert.Equal(t, [2]string{"measure", "percentage point"}, kindUnit("0.52"))
	assert.Equal(t, [2]string{"measure", "percentage point"}, kindUnit("0.29"))
	assert.Equal(t, [2]string{"percent", "percent"}, kindUnit("3.10"))
	assert.NotContains(t, got, "01")
	assert.NotContains(t, got, "07")
}

// A city budget's table: its title's note gives the money and its scale,
// its heading runs over two lines, its rows' labels close with the fund's
// code, and its fiscal years are no claims.
func TestABudgetTablesTwoLineHeadingTakesItsTitlesNote(t *testing.T) {
	table := "Table 6-1. Police Department Expenditures by Fund ($000s)\n\n" +
		"Fund                                        FY2024/25     FY2025/26    % Change\n" +
		"                                              Adopted       Adopted\n" +
		"General Fund (100)                            155,480       161,905        4.1%\n" +
		"Measure Q Public Safety Tax Fund (215)         13,950        16,120       15.6%\n"
	got := claimsByNumber(t, table)
	moneyValue := func(n string) [2]any { return [2]any{got[n].Unit, got[n].Value} }
	assert.Equal(t, [2]any{"USD", 155480e3}, moneyValue("155,480"))
	assert.Equal(t, [2]any{"USD", 16120e3}, moneyValue("16,120"))
	assert.Equal(t, "percent", got["15.6%"].Unit)
	for _, n := range []string{"$000", "100", "215", "25", "26"} {
		assert.NotContains(t, got, n)
	}
}

// A statistics release's table: years over its columns, the rows'
// labels' heading before them and a change in percent after; the years'
// figures count what the table's title opens with.
func TestAYearsColumnCountsWhatTheTablesTitleNames(t *testing.T) {
	table := "Table 1. Arrivals of foreign visitors at accommodation establishments, by month\n\n" +
		"Month            2024         2025    Change, %\n" +
		"July        1,012,400    1,094,100          8.1\n" +
		"August      1,003,200    1,097,600          9.4\n"
	got := claimsByNumber(t, table)
	assert.Equal(t, [2]string{"count", "arrivals"}, [2]string{got["1,012,400"].Kind, got["1,012,400"].Unit})
	assert.Equal(t, "arrivals", got["1,097,600"].Unit)
	assert.Equal(t, [2]string{"percent", "percent"}, [2]string{got["9.4"].Kind, got["9.4"].Unit})

	// A title that opens with no plural of its own names no unit.
	other := strings.Replace(table, "Arrivals of foreign visitors", "Total", 1)
	assert.Equal(t, "", claimsByNumber(t, other)["1,012,400"].Unit)
}

// A heading's own note in brackets writes its column in a currency:
// "Weekly spend (£)" beside "Share of disposable income (%)".
func TestAHeadingsCurrencyNoteMakesItsColumnMoney(t *testing.T) {
	table := "Table 1: Weekly energy spending and share of disposable income, by quintile\n\n" +
		"Income quintile            Weekly spend (£)    Share of disposable income (%)\n" +
		"Lowest fifth               27.60               11.4\n" +
		"Second fifth               32.80                7.8\n"
	got := claimsByNumber(t, table)
	assert.Equal(t, [3]any{"money", "GBP", 27.6}, [3]any{got["27.60"].Kind, got["27.60"].Unit, got["27.60"].Value})
	assert.Equal(t, [2]string{"percent", "percent"}, [2]string{got["7.8"].Kind, got["7.8"].Unit})
}

// A financial statement writes two years over its columns, the rows'
// labels' column left empty, and the money under each year unbracketed:
// its figures are thousands of that currency, the notes no amounts.
func TestAStatementsMoneyNotesUnderItsYearsScaleItsFigures(t *testing.T) {
	table := "                                          2025          2024\n" +
		"                                        NZ$000        NZ$000\n" +
		"Revenue                                 58,912        54,370\n" +
		"Net surplus before rebates               3,805         2,960\n"
	got := claimsByNumber(t, table)
	assert.Equal(t, [2]any{"NZD", 58912e3}, [2]any{got["58,912"].Unit, got["58,912"].Value})
	assert.Equal(t, [2]any{"NZD", 2960e3}, [2]any{got["2,960"].Unit, got["2,960"].Value})
	assert.NotContains(t, got, "NZ$000")
}

// A column's heading that names a measure, as a plural or in its note,
// makes its figures measures: "Hectares", "Intake (t)".
func TestAHeadingThatNamesAMeasureMakesItsFiguresMeasures(t *testing.T) {
	table := "Table 1: Members and intake by sub-region, 2024/25\n\n" +
		"Sub-region           Members    Hectares    Intake (t)    Payout (NZ$m)\n" +
		"Lower Kowhai              96       1,320         8,520             18.8\n" +
		"Upper Kowhai              79       1,045         6,040             13.4\n"
	got := claimsByNumber(t, table)
	assert.Equal(t, [2]string{"count", "members"}, [2]string{got["96"].Kind, got["96"].Unit})
	assert.Equal(t, [2]string{"measure", "hectare"}, [2]string{got["1,320"].Kind, got["1,320"].Unit})
	assert.Equal(t, [2]string{"measure", "tonne"}, [2]string{got["6,040"].Kind, got["6,040"].Unit})
	assert.Equal(t, [3]any{"money", "NZD", 18.8e6}, [3]any{got["18.8"].Kind, got["18.8"].Unit, got["18.8"].Value})
}

// The CBO heads its tables "By Fiscal Year, Millions of Dollars", above
// the years or as the heading's first cell, with spans of years among
// them and a group's label over its rows.
func TestABudgetOfficesTableOfYearsInMillionsOfDollars(t *testing.T) {
	table := "Table 1.\nEstimated Increases in Spending Subject to Appropriation Under H.R. 2871\n" +
		"                                                   By Fiscal Year, Millions of Dollars\n" +
		"                                          2025      2026      2027   2025-2027\n" +
		"Rural Water Grants and Technical Assistance\n" +
		"   Authorization                             0       460       460         920\n" +
		"   Estimated Outlays                         0        74       279         353\n"
	got := claimsByNumber(t, table)
	assert.Equal(t, [2]any{"USD", 74e6}, [2]any{got["74"].Unit, got["74"].Value})
	assert.Equal(t, [2]any{"USD", 920e6}, [2]any{got["920"].Unit, got["920"].Value})
	assert.NotContains(t, got, "Millions")

	box := "By Fiscal Year, Millions of Dollars                        2025          2025-2029\n" +
		"Direct Spending (Outlays)                                     4                141\n" +
		"Revenues                                                      0                  0\n"
	got = claimsByNumber(t, box)
	assert.Equal(t, [2]any{"USD", 141e6}, [2]any{got["141"].Unit, got["141"].Value})
}

// Eurostat heads its tables with a title line that says the figures are
// percents after a comma, and quarters over the columns.
func TestATitleLinesPercentPartAndQuartersHeadTheColumns(t *testing.T) {
	table := "Labour market slack, % of extended labour force, seasonally adjusted\n\n" +
		"                                  Q3 2024      Q3 2025      change (pp)\n" +
		"EU                 EU27_2020         11.3         10.9            -0.4\n" +
		"Germany            DE                 7.9          8.2             0.3\n"
	got := claimsByNumber(t, table)
	assert.Equal(t, [2]string{"percent", "percent"}, [2]string{got["11.3"].Kind, got["11.3"].Unit})
	assert.Equal(t, [2]string{"percent", "percent"}, [2]string{got["8.2"].Kind, got["8.2"].Unit})
	assert.Equal(t, "percentage point", got["0.3"].Unit)
}

// A fund letter's performance table: its title's bracket opens with "%".
func TestATitlesBracketedPercentNote(t *testing.T) {
	table := "Performance Summary (%, net of fees; periods over one year annualized)\nAs of September 30, 2025\n\n" +
		"                      QTD     YTD      1Y      3Y\n" +
		"Fund (net)            4.6    11.8    14.2     9.7\n" +
		"MSCI ACWI (net)       3.1    13.4    17.3    10.2\n"
	got := claimsByNumber(t, table)
	assert.Equal(t, [2]string{"percent", "percent"}, [2]string{got["11.8"].Kind, got["11.8"].Unit})
	assert.Equal(t, [2]string{"percent", "percent"}, [2]string{got["10.2"].Kind, got["10.2"].Unit})
}

// India's written answers head an annexure's table with its unit of
// measure in brackets ("(Length in km)"): its cells are lengths in km.
func TestATablesMeasureNoteGivesItsCellsTheirUnit(t *testing.T) {
	table := "State-wise details of road length sanctioned under PMGSY\n" +
		"                                                   (Length in km)\n" +
		"S.No.   Name of the State      Length Sanctioned   Length Completed\n" +
		"  1     Andhra Pradesh                  3,412.55           3,106.80\n" +
		"  2     Arunachal Pradesh               3,877.10           2,941.35\n"
	got := claimsByNumber(t, table)
	for _, n := range []string{"3,412.55", "2,941.35"} {
		assert.Equal(t, [2]string{"measure", "km"}, [2]string{got[n].Kind, got[n].Unit}, n)
	}
}

// A board's performance table heads its months "Jan-25", and its rows may
// open with a programme's initials and a colon ("RTT: patients waiting
// 65+ weeks"): the rows are no speakers' labels, and each figure counts
// what its row names after the colon.
func TestABoardsPerformanceTableReadsItsMonthsAndRows(t *testing.T) {
	table := "Table 1: Integrated performance summary\n" +
		"Indicator                                 Target     Jan-25     Feb-25     Trend\n" +
		"Ambulance handovers > 60 minutes          0          287        164        ▲\n" +
		"RTT: % of patients waiting < 18 weeks     92.0%      57.6%      58.9%      ▲\n" +
		"RTT: patients waiting 65+ weeks           0          81         47         ▲\n"
	got := claimsByNumber(t, table)
	assert.Equal(t, "handovers", got["287"].Unit)
	assert.Equal(t, "patients", got["81"].Unit)
	assert.Equal(t, "percent", got["57.6%"].Unit)
	for n, who := range speakersOf(t, table) {
		assert.Empty(t, who, n)
	}
}

// A table typed with bars between its cells and none outside them, its
// thousands grouped by spaces and its heading ending in "R'000": each
// figure is money in thousands of rand, under its heading by its place.
func TestABarTableWithSpaceGroupedThousandsInRandThousands(t *testing.T) {
	table := "Table 1: Expenditure per programme as at 31 December 2024\n" +
		"Programme | Adjusted appropriation R'000 | Actual expenditure R'000 | % spent\n" +
		"1. Administration | 2 146 512 | 1 551 031 | 72.3%\n" +
		"Total | 16 800 000 | 11 400 000 | 67.9%\n"
	got := claimsByNumber(t, table)
	assert.Equal(t, [2]any{"ZAR", 2146512e3}, [2]any{got["2 146 512"].Unit, got["2 146 512"].Value})
	assert.Equal(t, [2]any{"ZAR", 11400000e3}, [2]any{got["11 400 000"].Unit, got["11 400 000"].Value})
	assert.Equal(t, "percent", got["72.3%"].Unit)
}

// A breakdown's columns ("Arrest", "No further action") beside the
// total's ("Total searches") count what the total counts.
func TestABreakdownsColumnsCountWhatTheirTotalCounts(t *testing.T) {
	table := "Table 1: Stop and search by month and outcome\n" +
		"  Month       Total searches     Arrest     No further action\n" +
		"  Jan-24            372             49             263\n" +
		"  Feb-24            341             44             241\n"
	got := claimsByNumber(t, table)
	for _, n := range []string{"372", "49", "263", "241"} {
		assert.Equal(t, "searches", got[n].Unit, n)
	}
}

// A statistics bulletin marks its cells with footnotes ("74.8 [note 3]"):
// the cell is still a figure, under its heading's "(%)".
func TestAFootnotedCellIsAFigure(t *testing.T) {
	table := "Measure | Level, Nov 2024 to Jan 2025 | Rate (%) | Change on quarter\n" +
		"Employment | 33,710,000 | 74.8 [note 3] | up\n" +
		"Unemployment | 1,583,000 | 4.5 | up\n"
	got := claimsByNumber(t, table)
	assert.Equal(t, "percent", got["74.8"].Unit)
	assert.Equal(t, "percent", got["4.5"].Unit)
}

// A budget speech's table sets its note right of its title ("Budget at a
// Glance      (Rs in crore)") and heads its years "2024-25 (RE)": the
// cells are crores of rupees.
func TestANoteRightOfTheTitleAndEstimatesYears(t *testing.T) {
	table := "14.   Budget at a Glance                                (Rs in crore)\n\n" +
		"                                          2024-25 (RE)         2025-26 (BE)\n" +
		"      Revenue Receipts                      2,78,300             3,05,600\n" +
		"      Fiscal Deficit                          42,980               46,200\n"
	got := claimsByNumber(t, table)
	assert.Equal(t, [2]any{"INR", 2.783e12}, [2]any{got["2,78,300"].Unit, got["2,78,300"].Value})
	assert.Equal(t, [2]any{"INR", 4.62e11}, [2]any{got["46,200"].Unit, got["46,200"].Value})
}
