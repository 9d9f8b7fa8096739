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
