package main

// Bad input and output safety, end to end: every row of the README's
// "Bad input and safety" table is a case here (the failing-writer case is
// in output/robust_test.go, fuzzing in extractor/fuzz_test.go).

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

func write(t *testing.T, path string, data []byte) string {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, data, 0o644))
	return path
}

// Each failing case: exit 1, a message naming the file, and no output
// written or replaced — not even the outputs the run could have written.
func TestBadInputFailsCleanly(t *testing.T) {
	dir := t.TempDir()
	good := write(t, filepath.Join(dir, "good.txt"), []byte("We sent 38 medical teams to 34 countries."))
	bin := write(t, filepath.Join(dir, "blob.txt"), []byte("line one\nline two \x00\x01\x02"))
	noTexts := filepath.Join(dir, "pictures")
	write(t, filepath.Join(noTexts, "a.png"), []byte("\x89PNG"))
	asFile := write(t, filepath.Join(dir, "plain-file"), []byte("x"))
	badRules := write(t, filepath.Join(dir, "rules.yaml"), []byte("exclusions:\n  - name: fine\n    reason: year\n  - name: broken\n    reason: year\n    after: '(unclosed'\n"))
	badYAML := write(t, filepath.Join(dir, "syntax.yaml"), []byte("exclusions:\n  - name: x\n    reason: [year\n"))
	jsonIn := write(t, filepath.Join(dir, "in.json"), []byte("We sent 38 medical teams."))
	folderOut := filepath.Join(dir, "out.json")
	require.NoError(t, os.Mkdir(folderOut, 0o755))

	for _, tc := range []struct {
		name string
		args []string
		want []string
	}{
		{"missing file", []string{good, filepath.Join(dir, "nope.txt")}, []string{"nope.txt: no such file or folder"}},
		{"folder with no texts", []string{noTexts}, []string{"pictures: folder holds no texts"}},
		{"binary file", []string{good, bin}, []string{"blob.txt:2: binary file (NUL bytes)"}},
		{"a device", []string{good, "/dev/zero"}, []string{"/dev/zero: a device, not a text file"}},
		{"output is an input", []string{jsonIn, "-o", jsonIn}, []string{"in.json: output would overwrite an input"}},
		{"output folder missing", []string{good, "-o", filepath.Join(dir, "no", "such", "facts.csv")}, []string{"facts.csv: output folder", "does not exist"}},
		{"output under a file", []string{good, "-o", filepath.Join(asFile, "facts.csv")}, []string{"facts.csv", "plain-file is not a folder"}},
		{"output is a folder", []string{good, "-o", folderOut}, []string{"out.json: is a folder"}},
		{"invalid rule", []string{"--rules", badRules, good}, []string{badRules + ":4", `rule "broken"`}},
		{"invalid rule file", []string{"--rules", badYAML, good}, []string{badYAML + ":2: did not find expected"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			other := filepath.Join(t.TempDir(), "facts.json")
			write(t, other, []byte("old"))
			code, stdout, stderr := runCLI(t, "", append([]string{"extract", "-o", other}, tc.args...)...)
			assert.Equal(t, 1, code)
			for _, w := range tc.want {
				assert.Contains(t, stderr, w)
			}
			assert.Empty(t, stdout)
			got, err := os.ReadFile(other)
			require.NoError(t, err)
			assert.Equal(t, "old", string(got), "no output is replaced when the run fails")
			raw, err := os.ReadFile(jsonIn)
			require.NoError(t, err)
			assert.Equal(t, "We sent 38 medical teams.", string(raw), "an input is never written")
		})
	}
}

// An unwritable output folder is refused before any work.
func TestAnUnwritableOutputFolderIsRefused(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes anywhere; TestBadInputFailsCleanly/output_under_a_file covers an output that cannot be created")
	}
	dir := filepath.Join(t.TempDir(), "ro")
	require.NoError(t, os.Mkdir(dir, 0o555))
	code, _, stderr := runCLI(t, "", "extract", seed, "-o", filepath.Join(dir, "facts.json"))
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "facts.json: cannot write in")
}

func TestAnEmptyFileSucceedsWithZeroClaimsAndSaysSo(t *testing.T) {
	p := write(t, filepath.Join(t.TempDir(), "empty.txt"), nil)
	out := filepath.Join(t.TempDir(), "facts.xlsx")
	code, _, stderr := runCLI(t, "", "extract", p, "-o", out)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stderr, "empty.txt: no claims found")
	f, err := excelize.OpenFile(out)
	require.NoError(t, err)
	defer f.Close()
	rows, err := f.GetRows("Claims")
	require.NoError(t, err)
	assert.Len(t, rows, 1, "the header only")
}

// Invalid UTF-8 is read with the bad bytes kept, so offsets stay true to
// the file; the warning names the first bad line; the JSON shows each bad
// byte as U+FFFD and stays valid.
func TestInvalidUTF8IsReadWithAWarning(t *testing.T) {
	raw := []byte("Fine.\nWe sent \xff 38 teams to 34 countries.\n")
	p := write(t, filepath.Join(t.TempDir(), "latin1.txt"), raw)
	code, out, stderr := runCLI(t, "", "extract", p)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stderr, "latin1.txt:2: invalid UTF-8")
	require.True(t, json.Valid([]byte(out)))
	var tb table
	require.NoError(t, json.Unmarshal([]byte(out), &tb))
	require.Len(t, tb.Claims, 2)
	for _, c := range tb.Claims {
		s, e := int(c["start"].(float64)), int(c["end"].(float64))
		assert.Equal(t, c["number"], string(raw[s:e]))
		assert.Equal(t, 2.0, c["line"])
		assert.Contains(t, c["sentence"], "\uFFFD")
	}
}

func TestUTF16WithABOMIsDecoded(t *testing.T) {
	text := "Ma Zhaoxu:\r\n\r\nWe sent 38 medical teams to 34 countries.\r\n"
	le, be := []byte{0xFF, 0xFE}, []byte{0xFE, 0xFF}
	for _, r := range text {
		le = append(le, byte(r), 0)
		be = append(be, 0, byte(r))
	}
	dir := t.TempDir()
	for name, raw := range map[string][]byte{"le.txt": le, "be.txt": be} {
		p := write(t, filepath.Join(dir, name), raw)
		code, out, stderr := runCLI(t, "", "extract", p)
		require.Equal(t, 0, code, stderr)
		assert.Contains(t, stderr, name+": UTF-16 input converted to UTF-8")
		var tb table
		require.NoError(t, json.Unmarshal([]byte(out), &tb))
		require.Len(t, tb.Claims, 2, name)
		assert.Equal(t, "Ma Zhaoxu", tb.Claims[0]["speaker"])
		assert.Equal(t, 3.0, tb.Claims[0]["line"])
		s, e := int(tb.Claims[0]["start"].(float64)), int(tb.Claims[0]["end"].(float64))
		assert.Equal(t, "38", text[s:e], "offsets refer to the UTF-8 text")
	}
}

// bigLine is n bytes without a line break: the bundled transcripts with
// their line breaks made spaces, and every fourth one a run-on stretch with
// no sentence punctuation.
func bigLine(t testing.TB, n int) []byte {
	var parts [][]byte
	for _, p := range []string{seed, "testdata/budget-press-call-2024-03-11.txt"} {
		raw, err := os.ReadFile(p)
		require.NoError(t, err)
		parts = append(parts, []byte(strings.NewReplacer("\r", " ", "\n", " ").Replace(string(raw))))
	}
	parts = append(parts, bytes.Repeat([]byte("and 12 teams and 7 doctors and 2.2 billion doses "), 1000))
	var b bytes.Buffer
	for i := 0; b.Len() < n; i++ {
		b.Write(parts[i%len(parts)])
		b.WriteByte(' ')
	}
	return b.Bytes()[:n]
}

// A file of many megabytes without a line break runs in time linear in its
// size. FACTABLE_BIG_MB sets the size (the README's figure is for 200);
// the run is timed against one of a quarter of the size.
func TestASingleLineFileOfManyMegabytes(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	mb := 4
	if s := os.Getenv("FACTABLE_BIG_MB"); s != "" {
		var err error
		mb, err = strconv.Atoi(s)
		require.NoError(t, err)
	}
	dir := t.TempDir()
	timeRun := func(size int) (time.Duration, int) {
		p := filepath.Join(dir, fmt.Sprintf("line-%d.txt", size))
		require.NoError(t, os.WriteFile(p, bigLine(t, size), 0o644))
		out := filepath.Join(dir, fmt.Sprintf("facts-%d.jsonl", size))
		start := time.Now()
		code, _, stderr := runCLI(t, "", "extract", p, "-o", out)
		took := time.Since(start)
		require.Equal(t, 0, code, stderr)
		st, err := os.Stat(out)
		require.NoError(t, err)
		n := bytes.Count(mustRead(t, out), []byte("\n"))
		t.Logf("%d MB on one line: %v, %d claims, %d MB of JSON Lines", size>>20, took.Round(time.Millisecond), n, st.Size()>>20)
		require.NoError(t, os.Remove(p))
		return took, n
	}
	small, nSmall := timeRun(mb << 20 / 4)
	big, nBig := timeRun(mb << 20)
	assert.InDelta(t, 4, float64(nBig)/float64(nSmall), 0.2, "claims grow with the size")
	// Linear: 4 times the text takes about 4 times as long; quadratic would be 16.
	assert.Less(t, big.Seconds()/small.Seconds(), 9.0, "time grows faster than the size: %v for a quarter, %v for all", small, big)
}

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	require.NoError(t, err)
	return b
}

// A catastrophic user pattern neither hangs the run nor stops it: it is
// reported by name and skipped once it has timed out a few times.
func TestACatastrophicRuleDoesNotHangTheRun(t *testing.T) {
	dir := t.TempDir()
	rulesFile := write(t, filepath.Join(dir, "evil.yaml"), []byte("exclusions:\n  - name: evil\n    reason: identifier\n    after: '(a+)+$'\n"))
	var b strings.Builder
	for i := 0; i < 300; i++ {
		fmt.Fprintf(&b, "They said %d teams aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab came. ", i+1)
	}
	in := write(t, filepath.Join(dir, "in.txt"), []byte(b.String()))
	start := time.Now()
	code, out, stderr := runCLI(t, "", "extract", "--rules", rulesFile, in)
	require.Equal(t, 0, code, stderr)
	assert.Less(t, time.Since(start), 15*time.Second, "300 timeouts would take 30 s or more")
	assert.Contains(t, stderr, `in.txt: rule "evil" timed out`)
	assert.Equal(t, 1, strings.Count(stderr, "timed out"), "reported once")
	var tb table
	require.NoError(t, json.Unmarshal([]byte(out), &tb))
	assert.Len(t, tb.Claims, 300)
}

// Text that a spreadsheet would run is text in every output: CSV cells are
// prefixed with a quote, workbook cells are strings, JSON escapes controls.
func TestFormulaTextIsNeverRun(t *testing.T) {
	dir := t.TempDir()
	in := write(t, filepath.Join(dir, "=cmd.txt"), []byte("=HYPERLINK(\"http://evil\",\"x\")+12 teams came.\n\n@SUM(A1) 5 doctors left.\n\n-5 points \x01 were lost.\n"))
	csvOut, xlsxOut, jsonOut := filepath.Join(dir, "f.csv"), filepath.Join(dir, "f.xlsx"), filepath.Join(dir, "f.json")
	code, _, stderr := runCLI(t, "", "extract", in, "-o", csvOut, "-o", xlsxOut, "-o", jsonOut)
	require.Equal(t, 0, code, stderr)

	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(mustRead(t, csvOut), []byte("\uFEFF")))).ReadAll()
	require.NoError(t, err)
	require.Greater(t, len(recs), 1)
	for _, rec := range recs[1:] {
		for col, cell := range rec {
			if h := recs[0][col]; h != "Value" && h != "Line" && cell != "" {
				assert.NotContains(t, "=+-@\t\r", cell[:1], "CSV %s cell %q", h, cell)
			}
		}
	}

	f, err := excelize.OpenFile(xlsxOut)
	require.NoError(t, err)
	defer f.Close()
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		require.NoError(t, err)
		for r, row := range rows {
			for c := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				formula, err := f.GetCellFormula(sheet, cell)
				require.NoError(t, err)
				assert.Empty(t, formula, "%s!%s is a formula", sheet, cell)
			}
		}
	}
	assert.True(t, json.Valid(mustRead(t, jsonOut)))
}

// Input names never choose where output goes: only the -o files appear,
// whatever the inputs are called or wherever they are.
func TestInputNamesNeverEscapeTheOutputFolder(t *testing.T) {
	root := t.TempDir()
	outDir := filepath.Join(root, "out")
	require.NoError(t, os.Mkdir(outDir, 0o755))
	write(t, filepath.Join(root, "in", "..x..txt"), []byte("It has 10 members."))
	write(t, filepath.Join(root, "in", "sub", "=evil.md"), []byte("It has 20 members."))
	in := filepath.Join(outDir, "..", "in")
	code, _, stderr := runCLI(t, "", "extract", in, "-o", filepath.Join(outDir, "f.json"), "-o", filepath.Join(outDir, "f.xlsx"))
	require.Equal(t, 0, code, stderr)
	var names []string
	require.NoError(t, filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(root, p)
			names = append(names, rel)
		}
		return err
	}))
	assert.ElementsMatch(t, []string{"in/..x..txt", "in/sub/=evil.md", "out/f.json", "out/f.xlsx"}, names)
}
