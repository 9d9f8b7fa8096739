package output

import (
	"context"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWriteXLSX_opensInLibreOffice is the check that no excelize read-back
// can give: another spreadsheet application opens the workbook and sees the
// same rows, with formula-like text left as text.
func TestWriteXLSX_opensInLibreOffice(t *testing.T) {
	if testing.Short() {
		t.Skip("starts LibreOffice")
	}
	soffice := ""
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			soffice = p
			break
		}
	}
	if soffice == "" {
		t.Skip("LibreOffice (soffice or libreoffice) is not on PATH")
	}

	tb := sampleTable()
	path := writeWorkbook(t, tb)
	outDir := t.TempDir()
	// A private profile: a concurrent LibreOffice (or test run) holding the
	// default one would make the conversion silently do nothing.
	profile := "file://" + filepath.ToSlash(t.TempDir())

	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice,
		"-env:UserInstallation="+profile,
		"--headless", "--norestore",
		// Comma-separated, double-quoted, UTF-8 (76); first sheet (Claims).
		"--convert-to", `csv:Text - txt - csv (StarCalc):44,34,76,1`,
		"--outdir", outDir, path)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)

	data, err := os.ReadFile(filepath.Join(outDir, strings.TrimSuffix(filepath.Base(path), ".xlsx")+".csv"))
	require.NoError(t, err, "LibreOffice said: %s", out)
	records, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(data), "\uFEFF"))).ReadAll()
	require.NoError(t, err)

	require.Len(t, records, 1+len(tb.Claims), "header + one row per claim")
	assert.Equal(t, csvHeader(), records[0])
	for i, c := range tb.Claims {
		r := records[i+1]
		assert.Equal(t, c.ID, r[colID])
		assert.Equal(t, c.Sentence, r[colSentence], "%s: the literal sentence, not a formula's result", c.ID)
		assert.Equal(t, "Unchecked", r[colStatus])
	}
	values := map[string]string{}
	for _, r := range records[1:] {
		values[r[colID]] = r[colValue]
	}
	assert.Equal(t, "2,200,000,000", values["c1"])
	assert.Equal(t, "70%", values["c2"])
	assert.Equal(t, "", values["c3"])
	assert.Equal(t, "-5", values["c5"])
	assert.Equal(t, "3.5%", values["c7"])
}
