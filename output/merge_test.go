package output

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/factable/factable/extractor"
)

// reviewClaim fills in a claim's review cells the way a fact-checker would:
// by editing the saved workbook.
func reviewClaim(t *testing.T, path, id string, rv review) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	require.NoError(t, err)
	defer f.Close()
	sheet := "Claims"
	r := rowOfID(t, f, sheet, id)
	require.NotZero(t, r, "claim %s", id)
	for col, v := range map[int]string{
		colStatus: rv.Status, colCheckedBy: rv.CheckedBy, colEvidence: rv.Evidence, colNotes: rv.Notes,
	} {
		require.NoError(t, f.SetCellStr(sheet, cellOf(col, r), v))
	}
	require.NoError(t, f.Save())
}

// reviewOf reads the review cells of claim id on sheet.
func reviewOf(t *testing.T, f *excelize.File, sheet, id string) review {
	t.Helper()
	r := rowOfID(t, f, sheet, id)
	require.NotZero(t, r, "claim %s on %s", id, sheet)
	get := func(col int) string {
		v, err := f.GetCellValue(sheet, cellOf(col, r))
		require.NoError(t, err)
		return v
	}
	return review{get(colStatus), get(colCheckedBy), get(colEvidence), get(colNotes)}
}

func withoutClaim(tb *Table, id string) *Table {
	tb.Claims = slices.DeleteFunc(tb.Claims, func(c extractor.Claim) bool { return c.ID == id })
	return tb
}

var (
	accurate   = review{"Accurate", "ana", "https://data.worldbank.org/x", "matches WDI"}
	misleading = review{"Misleading", "bo", "", "=cherry-picked base year"}
)

func TestWriteXLSX_keepsReviewsWhenRewrittenWithTheSameClaims(t *testing.T) {
	path := writeWorkbook(t, sampleTable())
	reviewClaim(t, path, "c2", accurate)
	reviewClaim(t, path, "c5", misleading)

	// Same claims in another order: reviews follow the ID, not the row.
	tb := sampleTable()
	slices.Reverse(tb.Claims)
	require.NoError(t, WriteXLSX(path, tb, Options{}))

	f := openWorkbook(t, path)
	assert.Equal(t, accurate, reviewOf(t, f, "Claims", "c2"))
	assert.Equal(t, misleading, reviewOf(t, f, "Claims", "c5"))
	assert.Equal(t, review{Status: "Unchecked"}, reviewOf(t, f, "Claims", "c1"))
	assert.NotContains(t, f.GetSheetList(), "Removed")
	formula, err := f.GetCellFormula("Claims", cellOf(colNotes, rowOfID(t, f, "Claims", "c5")))
	require.NoError(t, err)
	assert.Empty(t, formula, "a carried-over note is still text")
}

func TestWriteXLSX_movesADroppedClaimToRemovedWithItsReview(t *testing.T) {
	path := writeWorkbook(t, sampleTable())
	reviewClaim(t, path, "c2", accurate)
	reviewClaim(t, path, "c3", misleading)

	require.NoError(t, WriteXLSX(path, withoutClaim(sampleTable(), "c2"), Options{}))

	f := openWorkbook(t, path)
	assert.Equal(t, []string{"Claims", "Removed", "Speakers", "Topics", "Sources", "About"}, f.GetSheetList())
	assert.Zero(t, rowOfID(t, f, "Claims", "c2"))
	assert.Equal(t, misleading, reviewOf(t, f, "Claims", "c3"))

	removed, err := f.GetRows("Removed")
	require.NoError(t, err)
	require.Len(t, removed, 2)
	claims, err := f.GetRows("Claims")
	require.NoError(t, err)
	assert.Equal(t, claims[0], removed[0], "same columns as Claims")
	assert.Equal(t, accurate, reviewOf(t, f, "Removed", "c2"))
	assert.Equal(t, "over 70% of global poverty reduction", removed[1][colClaim])
	assert.Equal(t, "70%", removed[1][colValue], "still a percent cell")
	assert.Equal(t, "14", removed[1][colLine])
	dvs, err := f.GetDataValidations("Removed")
	require.NoError(t, err)
	assert.Len(t, dvs, 1, "the drop-down too")
}

func TestWriteXLSX_aRemovedClaimStaysRemovedAndComesBackWithItsReview(t *testing.T) {
	path := writeWorkbook(t, sampleTable())
	reviewClaim(t, path, "c2", accurate)
	require.NoError(t, WriteXLSX(path, withoutClaim(sampleTable(), "c2"), Options{}))

	t.Run("stays on Removed while absent", func(t *testing.T) {
		require.NoError(t, WriteXLSX(path, withoutClaim(withoutClaim(sampleTable(), "c2"), "c4"), Options{}))
		f := openWorkbook(t, path)
		rows, err := f.GetRows("Removed")
		require.NoError(t, err)
		require.Len(t, rows, 3)
		assert.Equal(t, "c2", rows[1][colID], "earlier removals first")
		assert.Equal(t, "c4", rows[2][colID])
		assert.Equal(t, accurate, reviewOf(t, f, "Removed", "c2"))
	})
	t.Run("returns to Claims when found again", func(t *testing.T) {
		require.NoError(t, WriteXLSX(path, sampleTable(), Options{}))
		f := openWorkbook(t, path)
		assert.NotContains(t, f.GetSheetList(), "Removed")
		assert.Equal(t, accurate, reviewOf(t, f, "Claims", "c2"))
	})
}

func TestWriteXLSX_findsReviewColumnsAReviewerMoved(t *testing.T) {
	path := writeWorkbook(t, sampleTable())
	reviewClaim(t, path, "c1", accurate)
	f, err := excelize.OpenFile(path)
	require.NoError(t, err)
	require.NoError(t, f.InsertCols("Claims", "B", 1)) // a column of their own
	require.NoError(t, f.SetCellStr("Claims", "B1", "My column"))
	require.NoError(t, f.Save())
	require.NoError(t, f.Close())

	require.NoError(t, WriteXLSX(path, sampleTable(), Options{}))
	g := openWorkbook(t, path)
	assert.Equal(t, accurate, reviewOf(t, g, "Claims", "c1"))
}

func TestWriteXLSX_mergesAcrossNumberedClaimsSheets(t *testing.T) {
	defer func(n int) { maxRowsPerSheet = n }(maxRowsPerSheet)
	maxRowsPerSheet = 3
	path := writeWorkbook(t, sampleTable())
	f, err := excelize.OpenFile(path)
	require.NoError(t, err)
	r := rowOfID(t, f, "Claims (3)", "c7")
	require.NotZero(t, r)
	require.NoError(t, f.SetCellStr("Claims (3)", cellOf(colStatus, r), "False"))
	require.NoError(t, f.Save())
	require.NoError(t, f.Close())

	maxRowsPerSheet = 100
	require.NoError(t, WriteXLSX(path, sampleTable(), Options{}))
	g := openWorkbook(t, path)
	assert.Equal(t, "False", reviewOf(t, g, "Claims", "c7").Status)
}

func TestWriteXLSX_refusesToReplaceAFileItDidNotWrite(t *testing.T) {
	foreign := func(t *testing.T, path string) {
		f := excelize.NewFile()
		defer f.Close()
		require.NoError(t, f.SetCellStr("Sheet1", "A1", "budget"))
		require.NoError(t, f.SaveAs(path))
	}
	noReviewColumns := func(t *testing.T, path string) {
		f := excelize.NewFile()
		defer f.Close()
		require.NoError(t, f.SetSheetName("Sheet1", "Claims"))
		require.NoError(t, f.SetSheetRow("Claims", "A1", &[]string{"ID", "Value"}))
		require.NoError(t, f.SaveAs(path))
	}
	notAWorkbook := func(t *testing.T, path string) {
		require.NoError(t, os.WriteFile(path, []byte("just text"), 0o644))
	}
	tests := []struct {
		name  string
		setup func(*testing.T, string)
	}{
		{"a workbook without a Claims sheet", foreign},
		{"a Claims sheet without review columns", noReviewColumns},
		{"not a workbook at all", notAWorkbook},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "facts.xlsx")
			tt.setup(t, path)
			before, err := os.ReadFile(path)
			require.NoError(t, err)

			err = Write(path, sampleTable(), Options{})
			require.ErrorIs(t, err, ErrNotFactableWorkbook)
			after, err := os.ReadFile(path)
			require.NoError(t, err)
			assert.Equal(t, before, after, "left alone")
			assertOnlyFile(t, dir, "facts.xlsx")

			require.NoError(t, Write(path, sampleTable(), Options{Force: true}))
			f := openWorkbook(t, path)
			assert.Equal(t, "Claims", f.GetSheetList()[0], "Force replaces it")
		})
	}
}

func TestWriteXLSX_forceDiscardsReviews(t *testing.T) {
	path := writeWorkbook(t, sampleTable())
	reviewClaim(t, path, "c1", accurate)
	require.NoError(t, WriteXLSX(path, withoutClaim(sampleTable(), "c2"), Options{Force: true}))
	f := openWorkbook(t, path)
	assert.Equal(t, review{Status: "Unchecked"}, reviewOf(t, f, "Claims", "c1"))
	assert.NotContains(t, f.GetSheetList(), "Removed")
}
