package output

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readCSV checks the byte-order mark and parses the rest.
func readCSV(t *testing.T, data []byte) [][]string {
	t.Helper()
	require.True(t, bytes.HasPrefix(data, []byte("\uFEFF")), "UTF-8 byte-order mark")
	records, err := csv.NewReader(bytes.NewReader(data[3:])).ReadAll()
	require.NoError(t, err)
	return records
}

func csvHeader() []string {
	h := make([]string, numColumns)
	for i, c := range columns {
		h[i] = c.header
	}
	return h
}

func TestWriteCSV_writesABOMTheHeaderAndOneRowPerClaim(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteCSV(&buf, sampleTable()))
	records := readCSV(t, buf.Bytes())

	require.Len(t, records, 1+len(sampleClaims()))
	assert.Equal(t, csvHeader(), records[0])
	assert.Equal(t, []string{
		"c1", "press.txt", "12", "Ma Zhaoxu", "Spokesperson", "Health",
		"more than 2.2 billion doses of vaccines", "2200000000", "doses", "lower", "count", "",
		"China has provided more than 2.2 billion doses of vaccines to more than 120 countries.",
		"Unchecked", "", "", "",
	}, records[1])
	assert.True(t, strings.HasSuffix(buf.String(), "\r\n"), "RFC 4180 line ends")
	assert.NotContains(t, strings.ReplaceAll(buf.String(), "\r\n", ""), "\n")
}

func TestWriteCSV_writesValuesAsInJSON(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteCSV(&buf, sampleTable()))
	records := readCSV(t, buf.Bytes())
	values := map[string]string{}
	for _, r := range records[1:] {
		values[r[colID]] = r[colValue]
	}
	assert.Equal(t, map[string]string{
		"c1": "2200000000",
		"c2": "70", // percent: the number as written, not 0.7
		"c3": "",   // vague
		"c4": "1900000000000",
		"c5": "-5", // a negative number stays a number, no quote prefix
		"c6": "30",
		"c7": "3.5",
	}, values)
}

func TestWriteCSV_neutralizesFormulaLikeTextCells(t *testing.T) {
	tb := sampleTable()
	var buf bytes.Buffer
	require.NoError(t, WriteCSV(&buf, tb))
	records := readCSV(t, buf.Bytes())
	byID := map[string][]string{}
	for _, r := range records[1:] {
		byID[r[colID]] = r
	}
	assert.Equal(t, "'"+hyperlinkSentence, byID["c5"][colSentence])
	assert.Equal(t, "'=cmd|' /C calc'!A0", byID["c5"][colSpeaker])
	assert.Equal(t, "'-Environment", byID["c5"][colTopic])
	assert.Equal(t, "'"+sumSentence, byID["c6"][colSentence])
	assert.Equal(t, "'+Guo", byID["c6"][colSpeaker])
}

func TestNeutralize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"=1+1", "'=1+1"},
		{hyperlinkSentence, "'" + hyperlinkSentence},
		{"+1", "'+1"},
		{"-1+2", "'-1+2"},
		{sumSentence, "'" + sumSentence},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"plain text", "plain text"},
		{"70% of it", "70% of it"},
		{" =1", " =1"}, // not at the start: a spreadsheet reads it as text
		{"-", "-"},     // standard input's source name; cannot be a formula
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, neutralize(tt.in))
		})
	}
}

func TestWriteCSV_quotesCommasQuotesAndNewlines(t *testing.T) {
	tb := sampleTable()
	tb.Claims = tb.Claims[:1]
	tb.Claims[0].Sentence = "a, \"b\"\nc"
	var buf bytes.Buffer
	require.NoError(t, WriteCSV(&buf, tb))
	records := readCSV(t, buf.Bytes())
	assert.Equal(t, "a, \"b\"\nc", records[1][colSentence])
	assert.Contains(t, buf.String(), "\"a, \"\"b\"\"\r\nc\"", "RFC 4180: quoted, quotes doubled, CRLF")
}
