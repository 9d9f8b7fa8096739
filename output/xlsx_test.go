package output

import (
	"archive/zip"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/factable/factable/extractor"
)

func writeWorkbook(t *testing.T, tb *Table) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "facts.xlsx")
	require.NoError(t, WriteXLSX(path, tb, Options{}))
	return path
}

func openWorkbook(t *testing.T, path string) *excelize.File {
	t.Helper()
	f, err := excelize.OpenFile(path)
	require.NoError(t, err)
	t.Cleanup(func() { _ = f.Close() })
	return f
}

// cellOf names the cell of a column (one of the col* constants) in a row.
func cellOf(col, row int) string {
	name, err := excelize.CoordinatesToCellName(col+1, row)
	if err != nil {
		panic(err)
	}
	return name
}

// rowOfID returns the 1-based row of the claim with the given ID, or 0.
func rowOfID(t *testing.T, f *excelize.File, sheet, id string) int {
	t.Helper()
	rows, err := f.GetRows(sheet)
	require.NoError(t, err)
	for i, r := range rows {
		if len(r) > 0 && r[0] == id && i > 0 {
			return i + 1
		}
	}
	return 0
}

func TestWriteXLSX_hasTheSheetsAndTheClaimsHeader(t *testing.T) {
	f := openWorkbook(t, writeWorkbook(t, sampleTable()))
	assert.Equal(t, []string{"Claims", "Speakers", "Topics", "Sources", "About"}, f.GetSheetList())

	rows, err := f.GetRows("Claims")
	require.NoError(t, err)
	require.Len(t, rows, 1+len(sampleClaims()), "header + one row per claim")
	assert.Equal(t, []string{
		"ID", "Source", "Line", "Speaker", "Role", "Topic", "Claim", "Value", "Unit", "Bound",
		"Kind", "Period", "Sentence", "Status", "Checked by", "Evidence", "Notes",
	}, rows[0])
	for i, c := range sampleClaims() {
		assert.Equal(t, c.ID, rows[i+1][colID])
		assert.Equal(t, "Unchecked", rows[i+1][colStatus], "default status")
	}
	style, err := f.GetCellStyle("Claims", "A1")
	require.NoError(t, err)
	s, err := f.GetStyle(style)
	require.NoError(t, err)
	assert.True(t, s.Font.Bold, "bold header")
}

func TestWriteXLSX_writesTheClaimAsAReaderPhrase(t *testing.T) {
	f := openWorkbook(t, writeWorkbook(t, sampleTable()))
	want := map[string]string{
		"c1": "more than 2.2 billion doses of vaccines",
		"c2": "over 70% of global poverty reduction",
		"c3": "Dozens of delegations",
		"c4": "$1.9 trillion",
		"c6": "30-plus years",
		"c7": "about 3.5% growth",
	}
	for id, phrase := range want {
		v, err := f.GetCellValue("Claims", cellOf(colClaim, rowOfID(t, f, "Claims", id)))
		require.NoError(t, err)
		assert.Equal(t, phrase, v, id)
	}
}

func TestPhrase(t *testing.T) {
	tests := []struct {
		name string
		c    extractor.Claim
		want string
	}{
		{"prefix qualifier", extractor.Claim{Number: "120", Qualifier: "more than", Object: "countries"}, "more than 120 countries"},
		{"-plus", extractor.Claim{Number: "30", Qualifier: "-plus", Object: "years"}, "30-plus years"},
		{"or more", extractor.Claim{Number: "40", Qualifier: "or more", Object: "countries"}, "40 or more countries"},
		{"no qualifier", extractor.Claim{Number: "nine", Object: "countries"}, "nine countries"},
		{"no object", extractor.Claim{Number: "$1.9 trillion"}, "$1.9 trillion"},
		{"percent sign restored", extractor.Claim{Number: "4", Kind: "percent", Qualifier: "under", Object: "unemployment rate"}, "under 4% unemployment rate"},
		{"percent sign kept", extractor.Claim{Number: "70%", Kind: "percent"}, "70%"},
		{"percent word kept", extractor.Claim{Number: "12 per cent", Kind: "percent"}, "12 per cent"},
		{"vague plural takes of", extractor.Claim{Number: "hundreds", Vague: true, Object: "briefings"}, "hundreds of briefings"},
		{"vague with of already", extractor.Claim{Number: "dozens", Vague: true, Object: "of delegations"}, "dozens of delegations"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Phrase(&tt.c))
		})
	}
}

func TestWriteXLSX_valueCellsAreNumbersWithTheirFormat(t *testing.T) {
	path := writeWorkbook(t, sampleTable())
	f := openWorkbook(t, path)
	raw, err := excelize.OpenFile(path, excelize.Options{RawCellValue: true})
	require.NoError(t, err)
	defer raw.Close()

	tests := []struct {
		id        string
		raw       string // stored value
		numFmt    string
		formatted string // what a reader sees
	}{
		{"c1", "2200000000", "#,##0", "2,200,000,000"},
		{"c2", "0.7", "0%", "70%"}, // percent: a fraction shown as percent
		{"c3", "", "", ""},         // vague: empty
		{"c4", "1900000000000", "#,##0", "1,900,000,000,000"},
		{"c5", "-5", "#,##0", "-5"},
		// excelize renders this format as "3.500%"; LibreOffice (see its
		// test) and Excel show "3.5%".
		{"c7", "0.035", "0.0####%", ""},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			cell := cellOf(colValue, rowOfID(t, f, "Claims", tt.id))
			got, err := raw.GetCellValue("Claims", cell)
			require.NoError(t, err)
			assert.Equal(t, tt.raw, got)
			if tt.raw == "" {
				return
			}
			typ, err := f.GetCellType("Claims", cell)
			require.NoError(t, err)
			assert.Contains(t, []excelize.CellType{excelize.CellTypeUnset, excelize.CellTypeNumber}, typ, "a numeric cell")
			styleID, err := f.GetCellStyle("Claims", cell)
			require.NoError(t, err)
			style, err := f.GetStyle(styleID)
			require.NoError(t, err)
			require.NotNil(t, style.CustomNumFmt)
			assert.Equal(t, tt.numFmt, *style.CustomNumFmt)
			if tt.formatted != "" {
				shown, err := f.GetCellValue("Claims", cell)
				require.NoError(t, err)
				assert.Equal(t, tt.formatted, shown)
			}
		})
	}
	lineType, err := f.GetCellType("Claims", cellOf(colLine, 2))
	require.NoError(t, err)
	assert.Contains(t, []excelize.CellType{excelize.CellTypeUnset, excelize.CellTypeNumber}, lineType)
}

func TestWriteXLSX_textThatLooksLikeAFormulaIsStoredAsText(t *testing.T) {
	f := openWorkbook(t, writeWorkbook(t, sampleTable()))
	tests := []struct {
		id   string
		col  int
		want string
	}{
		{"c5", colSentence, hyperlinkSentence},
		{"c5", colSpeaker, "=cmd|' /C calc'!A0"},
		{"c5", colTopic, "-Environment"},
		{"c6", colSentence, sumSentence},
		{"c6", colSpeaker, "+Guo"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			cell := cellOf(tt.col, rowOfID(t, f, "Claims", tt.id))
			formula, err := f.GetCellFormula("Claims", cell)
			require.NoError(t, err)
			assert.Empty(t, formula)
			v, err := f.GetCellValue("Claims", cell)
			require.NoError(t, err)
			assert.Equal(t, tt.want, v, "the literal text, no quote prefix")
			typ, err := f.GetCellType("Claims", cell)
			require.NoError(t, err)
			assert.Equal(t, excelize.CellTypeInlineString, typ)
		})
	}
}

func TestWriteXLSX_summarySheetTextIsNeverAFormula(t *testing.T) {
	f := openWorkbook(t, writeWorkbook(t, sampleTable()))
	rows, err := f.GetRows("Speakers")
	require.NoError(t, err)
	var found bool
	for i, r := range rows {
		if r[0] == "=cmd|' /C calc'!A0" {
			found = true
			formula, err := f.GetCellFormula("Speakers", cellOf(0, i+1))
			require.NoError(t, err)
			assert.Empty(t, formula)
		}
	}
	assert.True(t, found)
}

func TestWriteXLSX_boldsTheNumberInTheSentence(t *testing.T) {
	f := openWorkbook(t, writeWorkbook(t, sampleTable()))
	tests := []struct{ id, before, number, after string }{
		{"c1", "China has provided more than ", "2.2 billion", " doses of vaccines to more than 120 countries."},
		// "3.5" also occurs inside "13.5": the whole number is taken.
		{"c7", "Growth of 13.5 billion, about ", "3.5", " percent, in 2023."},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			runs, err := f.GetCellRichText("Claims", cellOf(colSentence, rowOfID(t, f, "Claims", tt.id)))
			require.NoError(t, err)
			require.Len(t, runs, 3)
			assert.Equal(t, tt.before, runs[0].Text)
			assert.Equal(t, tt.number, runs[1].Text)
			require.NotNil(t, runs[1].Font)
			assert.True(t, runs[1].Font.Bold)
			assert.Equal(t, tt.after, runs[2].Text)
		})
	}
}

func TestFindNumber(t *testing.T) {
	tests := []struct {
		name, sentence, number string
		start, end             int
		want                   int
	}{
		{"plain", "about 4 percent", "4", -1, -1, 6},
		{"skips digits inside a longer number", "14 or 4", "4", -1, -1, 6},
		{"skips a prefix of a decimal", "2.25 and 2.2", "2.2", -1, -1, 9},
		{"allows a following period", "it was 2.2.", "2.2", -1, -1, 7},
		{"skips inside a word", "G20 and 20 states", "20", -1, -1, 8},
		{"trusts matching offsets", "4 and 4", "4", 6, 7, 6},
		{"ignores offsets that miss", "4 and 4", "4", 2, 3, 0},
		{"absent", "no number", "7", -1, -1, -1},
		{"empty number", "x", "", -1, -1, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, findNumber(tt.sentence, tt.number, tt.start, tt.end))
		})
	}
}

func TestWriteXLSX_statusHasADropDown(t *testing.T) {
	f := openWorkbook(t, writeWorkbook(t, sampleTable()))
	dvs, err := f.GetDataValidations("Claims")
	require.NoError(t, err)
	require.Len(t, dvs, 1)
	n := len(sampleClaims())
	assert.Equal(t, fmt.Sprintf("N2:N%d", n+1), dvs[0].Sqref)
	assert.Equal(t, "list", dvs[0].Type)
	assert.Equal(t, `"Unchecked,Accurate,Mostly accurate,Misleading,False,Unverifiable"`, dvs[0].Formula1)
}

func TestWriteXLSX_freezesTheHeaderAndFiltersEverySheet(t *testing.T) {
	f := openWorkbook(t, writeWorkbook(t, sampleTable()))
	filters := map[string]string{}
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm._FilterDatabase" {
			filters[dn.Scope] = dn.RefersTo
		}
	}
	n := len(sampleClaims())
	tests := []struct{ sheet, filter string }{
		{"Claims", fmt.Sprintf("'Claims'!$A$1:$Q$%d", n+1)},
		{"Speakers", "'Speakers'!$A$1:$K$6"},
		{"Topics", "'Topics'!$A$1:$B$6"},
		{"Sources", "'Sources'!$A$1:$E$3"},
	}
	for _, tt := range tests {
		t.Run(tt.sheet, func(t *testing.T) {
			panes, err := f.GetPanes(tt.sheet)
			require.NoError(t, err)
			assert.True(t, panes.Freeze)
			assert.Equal(t, 1, panes.YSplit)
			assert.Equal(t, "A2", panes.TopLeftCell)
			assert.Equal(t, tt.filter, filters[tt.sheet])
		})
	}
}

func TestWriteXLSX_fitsColumnWidthsToContent(t *testing.T) {
	f := openWorkbook(t, writeWorkbook(t, sampleTable()))
	width := func(col int) float64 {
		name, _ := excelize.ColumnNumberToName(col + 1)
		w, err := f.GetColWidth("Claims", name)
		require.NoError(t, err)
		return w
	}
	assert.Equal(t, 6.0, width(colLine), "a narrow column: its minimum")
	assert.InDelta(t, float64(len("more than 2.2 billion doses of vaccines")+2), width(colClaim), 0.01)
	assert.Equal(t, 80.0, width(colSentence), "capped; the sentence wraps")

	style, err := f.GetCellStyle("Claims", cellOf(colSentence, 2))
	require.NoError(t, err)
	s, err := f.GetStyle(style)
	require.NoError(t, err)
	assert.True(t, s.Alignment.WrapText)
}

func TestWriteXLSX_summarizesSpeakersTopicsAndSources(t *testing.T) {
	path := writeWorkbook(t, sampleTable())
	f := openWorkbook(t, path)

	speakers, err := f.GetRows("Speakers")
	require.NoError(t, err)
	assert.Equal(t, []string{"Speaker", "Role", "Claims", "count", "percent", "money", "measure",
		"duration", "rank", "fraction", "multiple"}, speakers[0])
	assert.Equal(t, []string{"Ma Zhaoxu", "Spokesperson", "2", "1", "1", "0", "0", "0", "0", "0", "0"}, speakers[1])
	assert.Equal(t, []string{"TRUMP", "", "2", "0", "1", "1", "0", "0", "0", "0", "0"}, speakers[2])
	assert.Len(t, speakers, 1+4+1, "header, named speakers, and (no speaker)")

	topics, err := f.GetRows("Topics")
	require.NoError(t, err)
	assert.Equal(t, [][]string{
		{"Topic", "Claims"},
		{"International Affairs", "2"},
		{"Macroeconomics", "2"},
		{"-Environment", "1"},
		{"Health", "1"},
		{"Social Welfare", "1"},
	}, topics)

	sources, err := f.GetRows("Sources")
	require.NoError(t, err)
	require.Len(t, sources, 3)
	assert.Equal(t, []string{"File", "SHA-256", "Lines", "Claims", "Extracted at (UTC)"}, sources[0])
	assert.Equal(t, []string{"press.txt", "aa11", "40", "3"}, sources[1][:4])
	assert.Equal(t, "2024-03-11 15:04:05", sources[1][4])

	zr, err := zip.OpenReader(path)
	require.NoError(t, err)
	defer zr.Close()
	var charts int
	for _, zf := range zr.File {
		if strings.HasPrefix(zf.Name, "xl/charts/chart") {
			charts++
		}
	}
	assert.Equal(t, 1, charts, "a bar chart of claims per speaker")
}

func TestWriteXLSX_aboutSheetDocumentsTheRunColumnsAndStatuses(t *testing.T) {
	f := openWorkbook(t, writeWorkbook(t, sampleTable()))
	rows, err := f.GetRows("About")
	require.NoError(t, err)
	about := map[string]string{}
	for _, r := range rows {
		if len(r) == 2 {
			about[r[0]] = r[1]
		}
	}
	assert.Equal(t, "factable 0.3.0", about["Generated by"])
	assert.Equal(t, "sha256:abc123", about["Rules digest"])
	for _, c := range columns {
		assert.NotEmpty(t, about[c.header], c.header)
	}
	for _, s := range statuses {
		assert.NotEmpty(t, about[s.name], s.name)
	}
}

func TestWriteXLSX_anEmptyTableStillHasItsHeaders(t *testing.T) {
	f := openWorkbook(t, writeWorkbook(t, &Table{}))
	rows, err := f.GetRows("Claims")
	require.NoError(t, err)
	require.Len(t, rows, 1)
	assert.Equal(t, "ID", rows[0][0])
	dvs, err := f.GetDataValidations("Claims")
	require.NoError(t, err)
	assert.Len(t, dvs, 1)
}

func TestWriteXLSX_continuesOnNumberedClaimsSheetsWhenFull(t *testing.T) {
	defer func(n int) { maxRowsPerSheet = n }(maxRowsPerSheet)
	maxRowsPerSheet = 3

	tb := sampleTable() // 7 claims: 3 + 3 + 1
	f := openWorkbook(t, writeWorkbook(t, tb))
	assert.Equal(t, []string{"Claims", "Claims (2)", "Claims (3)", "Speakers", "Topics", "Sources", "About"},
		f.GetSheetList())
	var ids []string
	for _, sheet := range []string{"Claims", "Claims (2)", "Claims (3)"} {
		rows, err := f.GetRows(sheet)
		require.NoError(t, err)
		assert.Equal(t, "ID", rows[0][0], "%s has the header", sheet)
		for _, r := range rows[1:] {
			ids = append(ids, r[0])
		}
		dvs, err := f.GetDataValidations(sheet)
		require.NoError(t, err)
		assert.Len(t, dvs, 1, "%s has the drop-down", sheet)
	}
	assert.Equal(t, []string{"c1", "c2", "c3", "c4", "c5", "c6", "c7"}, ids)
}

func TestWriteXLSX_manyClaimsStream(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 20,000 rows")
	}
	tb := &Table{}
	for i := range 20000 {
		c := sampleClaims()[i%7]
		c.ID = "id" + strconv.Itoa(i)
		tb.Claims = append(tb.Claims, c)
	}
	f := openWorkbook(t, writeWorkbook(t, tb))
	rows, err := f.Rows("Claims")
	require.NoError(t, err)
	n := 0
	for rows.Next() {
		n++
	}
	require.NoError(t, rows.Close())
	assert.Equal(t, 20001, n)
}
