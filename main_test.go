package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

const seed = "testdata/diplomacy-press-conference-2022-09-29.txt"

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// The seed's JSON fact table is pinned; run `go test . -update` after an
// intended change and review the diff.
func TestSeedJSONMatchesGolden(t *testing.T) {
	code, out, stderr := runCLI(t, "", "extract", seed)
	require.Equal(t, 0, code, stderr)
	// The rules digest changes with every edit of a rule file; the golden
	// file pins the claims, not the digest.
	out = regexp.MustCompile(`"rules_digest": "[0-9a-f]*"`).ReplaceAllString(out, `"rules_digest": ""`)
	golden := filepath.Join("testdata", "golden", "diplomacy-press-conference-2022-09-29.json")
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(golden), 0o755))
		require.NoError(t, os.WriteFile(golden, []byte(out), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	wantLines, gotLines := strings.Split(string(want), "\n"), strings.Split(out, "\n")
	for i := 0; i < len(wantLines) && i < len(gotLines); i++ {
		if wantLines[i] != gotLines[i] {
			t.Fatalf("seed JSON differs from %s at line %d:\nwant %s\ngot  %s\n(run `go test . -update` if the change is intended)", golden, i+1, wantLines[i], gotLines[i])
		}
	}
	assert.Equal(t, len(wantLines), len(gotLines), "line count")
}

type table struct {
	Generator map[string]any   `json:"generator"`
	Sources   []map[string]any `json:"sources"`
	Claims    []map[string]any `json:"claims"`
	Mentions  []map[string]any `json:"mentions"`
}

func extractJSON(t *testing.T, args ...string) table {
	t.Helper()
	code, out, stderr := runCLI(t, "", append([]string{"extract"}, args...)...)
	require.Equal(t, 0, code, stderr)
	var tb table
	require.NoError(t, json.Unmarshal([]byte(out), &tb))
	return tb
}

func TestTwoRunsGiveTheSameIDs(t *testing.T) {
	a, b := extractJSON(t, seed), extractJSON(t, seed)
	require.Equal(t, len(a.Claims), len(b.Claims))
	seen := map[any]bool{}
	for i := range a.Claims {
		assert.Equal(t, a.Claims[i]["id"], b.Claims[i]["id"])
		assert.False(t, seen[a.Claims[i]["id"]], "ids are unique")
		seen[a.Claims[i]["id"]] = true
	}
}

func TestIDsSurviveEditsElsewhere(t *testing.T) {
	raw, err := os.ReadFile(seed)
	require.NoError(t, err)
	dir := t.TempDir()
	edited := filepath.Join(dir, filepath.Base(seed))
	require.NoError(t, os.WriteFile(edited, append([]byte("A new first paragraph with 12 extra delegates.\n\n"), raw...), 0o644))
	orig := filepath.Join(t.TempDir(), filepath.Base(seed))
	require.NoError(t, os.WriteFile(orig, raw, 0o644))
	ids := map[any]bool{}
	for _, c := range extractJSON(t, edited).Claims {
		ids[c["id"]] = true
	}
	for _, c := range extractJSON(t, orig).Claims {
		assert.True(t, ids[c["id"]], "claim %v keeps its id", c["number"])
	}
}

// Every claim carries every field of CLAIMS.md §2 and the additions.
func TestEveryClaimHasEveryField(t *testing.T) {
	fields := []string{"source", "line", "number", "value", "kind", "unit", "object", "qualifier", "bound", "speaker",
		"topic", "sentence", "id", "start", "end", "rule"}
	tb := extractJSON(t, seed, "testdata/budget-press-call-2024-03-11.txt")
	require.NotEmpty(t, tb.Claims)
	for _, c := range tb.Claims {
		for _, f := range fields {
			_, ok := c[f]
			assert.True(t, ok, "claim %v lacks %s", c["number"], f)
		}
	}
	assert.Equal(t, "factable", tb.Generator["name"])
	assert.Len(t, tb.Sources, 2)
}

// Each claim's offsets cut its number out of the input.
func TestOffsetsCutTheNumberOutOfTheInput(t *testing.T) {
	raw, err := os.ReadFile(seed)
	require.NoError(t, err)
	for _, c := range extractJSON(t, "--all", seed).Claims {
		s, e := int(c["start"].(float64)), int(c["end"].(float64))
		assert.Equal(t, c["number"], string(raw[s:e]))
		assert.Equal(t, float64(1+bytes.Count(raw[:s], []byte("\n"))), c["line"])
	}
}

// With --all, every digit run of the seed is either in a claim or in a
// mention with a reason.
func TestAllGivesAReasonForEveryNumberOfTheSeed(t *testing.T) {
	raw, err := os.ReadFile(seed)
	require.NoError(t, err)
	tb := extractJSON(t, "--all", seed)
	covered := make([]bool, len(raw))
	for _, recs := range [][]map[string]any{tb.Claims, tb.Mentions} {
		for _, r := range recs {
			for i := int(r["start"].(float64)); i < int(r["end"].(float64)); i++ {
				covered[i] = true
			}
		}
	}
	for _, m := range tb.Mentions {
		assert.NotEmpty(t, m["reason"])
		assert.NotEmpty(t, m["rule"])
	}
	for _, loc := range regexp.MustCompile(`\d+`).FindAllIndex(raw, -1) {
		assert.True(t, covered[loc[0]], "number %q at byte %d has neither a claim nor a mention", raw[loc[0]:loc[1]], loc[0])
	}
}

func TestUsageErrorsExitTwo(t *testing.T) {
	code, _, stderr := runCLI(t, "", "extract", "--bogus", seed)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "unknown option --bogus")
	code, _, _ = runCLI(t, "", "frobnicate")
	assert.Equal(t, 2, code)
	code, _, _ = runCLI(t, "", "extract", "-o")
	assert.Equal(t, 2, code)
}

func TestHelpAndVersion(t *testing.T) {
	code, out, _ := runCLI(t, "", "extract", "--help")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "Examples:")
	code, out, _ = runCLI(t, "", "--help")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "factable extract")
	code, out, _ = runCLI(t, "", "version")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "factable ")
}

func TestBadInputFailsNamingTheFile(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "blob.txt")
	require.NoError(t, os.WriteFile(bin, []byte("x\x00y"), 0o644))
	asJSON := filepath.Join(dir, "in.json")
	require.NoError(t, os.WriteFile(asJSON, []byte("We sent 38 teams."), 0o644))
	empty := filepath.Join(dir, "empty")
	require.NoError(t, os.Mkdir(empty, 0o755))
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"missing file", []string{"extract", filepath.Join(dir, "nope.txt")}, "nope.txt: no such file"},
		{"binary file", []string{"extract", bin}, "blob.txt:1: binary file"},
		{"folder without texts", []string{"extract", empty}, "folder holds no texts"},
		{"unknown output format", []string{"extract", seed, "-o", filepath.Join(dir, "x.pdf")}, `unsupported output format ".pdf"`},
		{"output is an input", []string{"extract", asJSON, "-o", asJSON}, "would overwrite an input"},
		{"output folder missing", []string{"extract", seed, "-o", filepath.Join(dir, "no", "such", "facts.json")}, "facts.json"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", tc.args...)
			assert.Equal(t, 1, code)
			assert.Contains(t, stderr, tc.want)
		})
	}
}

func TestEmptyFileSucceedsWithZeroClaimsAndSaysSo(t *testing.T) {
	p := filepath.Join(t.TempDir(), "empty.txt")
	require.NoError(t, os.WriteFile(p, nil, 0o644))
	code, out, stderr := runCLI(t, "", "extract", p)
	assert.Equal(t, 0, code)
	assert.Contains(t, stderr, "no claims found")
	assert.Contains(t, out, `"claims": []`)
}

func TestStandardInputIsNamedDash(t *testing.T) {
	code, out, _ := runCLI(t, "We sent 38 medical teams to 34 countries.", "extract")
	require.Equal(t, 0, code)
	var tb table
	require.NoError(t, json.Unmarshal([]byte(out), &tb))
	require.Len(t, tb.Claims, 2)
	assert.Equal(t, "-", tb.Claims[0]["source"])
}

func TestFolderInputsAreTakenRecursivelyInOrder(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "b"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b", "two.txt"), []byte("It has 20 members."), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte("It has 10 members."), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "skip.bin"), []byte("99 things"), 0o644))
	tb := extractJSON(t, dir)
	require.Len(t, tb.Claims, 2)
	assert.Equal(t, 10.0, tb.Claims[0]["value"])
	assert.Equal(t, 20.0, tb.Claims[1]["value"])
}

func TestSeveralOutputsFromOneRun(t *testing.T) {
	dir := t.TempDir()
	outs := []string{filepath.Join(dir, "f.json"), filepath.Join(dir, "f.jsonl"), filepath.Join(dir, "f.csv"), filepath.Join(dir, "f.xlsx")}
	args := []string{"extract", seed}
	for _, o := range outs {
		args = append(args, "-o", o)
	}
	code, _, stderr := runCLI(t, "", args...)
	require.Equal(t, 0, code, stderr)
	for _, o := range outs {
		st, err := os.Stat(o)
		require.NoError(t, err)
		assert.Positive(t, st.Size())
	}
}

// Re-running onto a workbook keeps what a reviewer typed, and a claim that
// left the text moves to Removed with its review.
func TestRerunKeepsTheReviewersWork(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "brief.txt")
	book := filepath.Join(dir, "facts.xlsx")
	require.NoError(t, os.WriteFile(text, []byte("MR. KIRBY: We sent 38 teams to 34 countries.\n\nAnd 12 ships.\n"), 0o644))
	code, _, stderr := runCLI(t, "", "extract", text, "-o", book)
	require.Equal(t, 0, code, stderr)

	f, err := excelize.OpenFile(book)
	require.NoError(t, err)
	rows, err := f.GetRows("Claims")
	require.NoError(t, err)
	header := rows[0]
	col := func(name string) int {
		for i, h := range header {
			if h == name {
				return i + 1
			}
		}
		t.Fatalf("no column %q", name)
		return 0
	}
	cell := func(c, r int) string { s, _ := excelize.CoordinatesToCellName(c, r); return s }
	ids := map[string]int{} // claim text -> row
	for r := 1; r < len(rows); r++ {
		ids[rows[r][col("Claim")-1]] = r + 1
	}
	require.Contains(t, ids, "12 ships")
	require.NoError(t, f.SetCellStr("Claims", cell(col("Status"), ids["12 ships"]), "Accurate"))
	require.NoError(t, f.SetCellStr("Claims", cell(col("Notes"), ids["12 ships"]), "navy figures agree"))
	require.NoError(t, f.SetCellStr("Claims", cell(col("Status"), ids["38 teams"]), "False"))
	require.NoError(t, f.Save())
	require.NoError(t, f.Close())

	// The text changes: "38 teams" is gone.
	require.NoError(t, os.WriteFile(text, []byte("MR. KIRBY: We sent teams to 34 countries.\n\nAnd 12 ships.\n"), 0o644))
	code, _, stderr = runCLI(t, "", "extract", text, "-o", book)
	require.Equal(t, 0, code, stderr)

	f, err = excelize.OpenFile(book)
	require.NoError(t, err)
	defer f.Close()
	find := func(sheet, claim string) []string {
		rows, err := f.GetRows(sheet)
		require.NoError(t, err)
		for _, r := range rows[1:] {
			if len(r) >= col("Claim") && r[col("Claim")-1] == claim {
				return r
			}
		}
		return nil
	}
	kept := find("Claims", "12 ships")
	require.NotNil(t, kept)
	assert.Equal(t, "Accurate", kept[col("Status")-1])
	assert.Equal(t, "navy figures agree", kept[col("Notes")-1])
	removed := find("Removed", "38 teams")
	require.NotNil(t, removed, "the vanished claim is on Removed")
	assert.Equal(t, "False", removed[col("Status")-1])
}

func TestEvalScoresTheBundledGold(t *testing.T) {
	code, out, stderr := runCLI(t, "", "eval", "--gold", "testdata/gold")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "record_recall")
	code, _, stderr = runCLI(t, "", "eval", "--gold")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "--gold needs a value")
	code, _, _ = runCLI(t, "", "eval", "facts.json")
	assert.Equal(t, 2, code, "--gold is required")
}
