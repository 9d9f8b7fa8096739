package output

import (
	"bytes"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factable/factable/extractor"
)

func ptr[T any](v T) *T { return &v }

const (
	hyperlinkSentence = `=HYPERLINK("http://x","y")`
	sumSentence       = "@SUM(A1)"
)

// sampleClaims covers each column's awkward cases: a percent, a vague
// amount, a negative value, a suffix qualifier, no speaker, and text that
// a spreadsheet would run as a formula.
func sampleClaims() []extractor.Claim {
	return []extractor.Claim{
		{
			ID: "c1", Source: "press.txt", Line: 12, Number: "2.2 billion", Value: ptr(2.2e9),
			Kind: extractor.KindCount, Unit: "doses", Object: "doses of vaccines",
			Qualifier: "more than", Bound: extractor.BoundLower,
			Speaker: ptr("Ma Zhaoxu"), SpeakerRole: "Spokesperson", Topic: "Health",
			Sentence: "China has provided more than 2.2 billion doses of vaccines to more than 120 countries.",
			Rule:     "count",
		},
		{
			ID: "c2", Source: "press.txt", Line: 14, Number: "70%", Value: ptr(70.0),
			Kind: extractor.KindPercent, Unit: "percent", Object: "of global poverty reduction",
			Qualifier: "over", Bound: extractor.BoundLower,
			Speaker: ptr("Ma Zhaoxu"), SpeakerRole: "Spokesperson", Topic: "Social Welfare",
			Period:   "over the past decade",
			Sentence: "Over the past decade China contributed over 70% of global poverty reduction.",
		},
		{
			ID: "c3", Source: "press.txt", Line: 30, Number: "Dozens", Vague: true,
			Kind: extractor.KindCount, Unit: "delegations", Object: "delegations", Bound: extractor.BoundApprox,
			Topic:    "International Affairs",
			Sentence: "Dozens of delegations attended.",
		},
		{
			ID: "c4", Source: "call.txt", Line: 3, Number: "$1.9 trillion", Value: ptr(1.9e12),
			Kind: extractor.KindMoney, Unit: "USD", Bound: extractor.BoundExact,
			Speaker: ptr("TRUMP"), Topic: "Macroeconomics",
			Sentence: "We cut $1.9 trillion.",
		},
		{
			ID: "c5", Source: "call.txt", Line: 4, Number: "5", Value: ptr(-5.0),
			Kind: extractor.KindMeasure, Unit: "degree", Object: "degrees", Bound: extractor.BoundExact,
			Speaker: ptr("=cmd|' /C calc'!A0"), Topic: "-Environment",
			Sentence: hyperlinkSentence,
		},
		{
			ID: "c6", Source: "call.txt", Line: 5, Number: "30", Value: ptr(30.0),
			Kind: extractor.KindDuration, Unit: "year", Object: "years", Qualifier: "-plus",
			Bound: extractor.BoundLower, Speaker: ptr("+Guo"), Topic: "International Affairs",
			Sentence: sumSentence,
		},
		{
			ID: "c7", Source: "call.txt", Line: 9, Number: "3.5", Value: ptr(3.5),
			Kind: extractor.KindPercent, Unit: "percent", Object: "growth", Qualifier: "about",
			Bound: extractor.BoundApprox, Speaker: ptr("TRUMP"), Topic: "Macroeconomics",
			Sentence: "Growth of 13.5 billion, about 3.5 percent, in 2023.",
		},
	}
}

func sampleTable() *Table {
	return &Table{
		Meta: Meta{
			Name: "factable", Version: "0.3.0", RulesDigest: "sha256:abc123",
			ExtractedAt: time.Date(2024, 3, 11, 15, 4, 5, 0, time.UTC),
		},
		Sources: []extractor.Source{
			{File: "press.txt", SHA256: "aa11", Lines: 40, Claims: 3},
			{File: "call.txt", SHA256: "bb22", Lines: 12, Claims: 4},
		},
		Claims: sampleClaims(),
		Mentions: []extractor.Mention{
			{Source: "press.txt", Line: 2, Number: "2013", Value: ptr(2013.0), Reason: "year", Rule: "year"},
		},
	}
}

func TestFormats_listsEveryExtensionWriteAccepts(t *testing.T) {
	assert.Equal(t, []string{".json", ".jsonl", ".csv", ".xlsx"}, Formats())
}

func TestWrite_picksTheFormatByExtensionIgnoringCase(t *testing.T) {
	tests := []struct {
		name   string
		prefix string
	}{
		{"out.json", "{\n"},
		{"out.JSON", "{\n"},
		{"out.jsonl", `{"id":"c1"`},
		{"out.csv", "\uFEFFID,Source"},
		{"out.Csv", "\uFEFFID,Source"},
		{"out.xlsx", "PK"},
		{"out.XLSX", "PK"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tt.name)
			require.NoError(t, Write(path, sampleTable(), Options{}))
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			assert.True(t, bytes.HasPrefix(data, []byte(tt.prefix)), "starts with %q", data[:min(len(data), 20)])
		})
	}
}

func TestWrite_rejectsAnUnknownExtensionListingTheSupportedOnes(t *testing.T) {
	for _, name := range []string{"out.txt", "out", "out.xls"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), name)
			err := Write(path, sampleTable(), Options{})
			require.Error(t, err)
			for _, ext := range Formats() {
				assert.Contains(t, err.Error(), ext)
			}
			assert.NoFileExists(t, path)
		})
	}
}

// assertOnlyFile checks that dir holds exactly the named file: no
// temporary file was left behind.
func assertOnlyFile(t *testing.T, dir, name string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	assert.Equal(t, []string{name}, names)
}

func TestWrite_aFailedWriteLeavesTheOldFileIntactAndNoTempFile(t *testing.T) {
	for _, ext := range Formats() {
		t.Run(ext, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "table"+ext)
			// The old file must be one Write accepts to replace (a
			// workbook is merged), so it is written by Write itself.
			old := sampleTable()
			old.Claims = old.Claims[:1]
			require.NoError(t, Write(path, old, Options{}))
			before, err := os.ReadFile(path)
			require.NoError(t, err)

			var tmpSeen string
			testHookBeforeRename = func(tmp string) error {
				tmpSeen = tmp
				return errors.New("disk full")
			}
			defer func() { testHookBeforeRename = nil }()

			err = Write(path, sampleTable(), Options{})
			require.ErrorContains(t, err, "disk full")
			assert.Equal(t, dir, filepath.Dir(tmpSeen), "temp file is next to the target")
			after, err := os.ReadFile(path)
			require.NoError(t, err)
			assert.Equal(t, before, after)
			assertOnlyFile(t, dir, "table"+ext)
		})
	}
}

func TestWrite_aNonFiniteValueFailsWithoutClobbering(t *testing.T) {
	for _, ext := range Formats() {
		for _, v := range []float64{math.NaN(), math.Inf(1)} {
			t.Run(ext, func(t *testing.T) {
				dir := t.TempDir()
				path := filepath.Join(dir, "table"+ext)
				require.NoError(t, Write(path, sampleTable(), Options{}))
				before, err := os.ReadFile(path)
				require.NoError(t, err)

				bad := sampleTable()
				bad.Claims[1].Value = ptr(v)
				require.Error(t, Write(path, bad, Options{}))

				after, err := os.ReadFile(path)
				require.NoError(t, err)
				assert.Equal(t, before, after)
				assertOnlyFile(t, dir, "table"+ext)
			})
		}
	}
}

func TestWrite_aReplacedFileKeepsItsPermissions(t *testing.T) {
	path := filepath.Join(t.TempDir(), "table.json")
	require.NoError(t, os.WriteFile(path, []byte("old"), 0o640))
	require.NoError(t, os.Chmod(path, 0o640)) // whatever the umask
	require.NoError(t, Write(path, sampleTable(), Options{}))
	fi, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o640), fi.Mode().Perm())
}

func TestWrite_aNewFileIsReadableByOthers(t *testing.T) {
	path := filepath.Join(t.TempDir(), "table.json")
	require.NoError(t, Write(path, sampleTable(), Options{}))
	fi, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o644), fi.Mode().Perm(), "not the 0600 of a temp file")
}

func TestWrite_throughASymlinkReplacesItsTarget(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.json")
	link := filepath.Join(dir, "link.json")
	require.NoError(t, os.WriteFile(real, []byte("old"), 0o644))
	if err := os.Symlink(real, link); err != nil {
		t.Skipf("no symlinks here: %v", err)
	}
	require.NoError(t, Write(link, sampleTable(), Options{}))
	fi, err := os.Lstat(link)
	require.NoError(t, err)
	assert.NotZero(t, fi.Mode()&os.ModeSymlink, "the link is still a link")
	data, err := os.ReadFile(real)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(data), "{"))
}

func TestWrite_refusesADirectory(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out.json")
	require.NoError(t, os.Mkdir(dir, 0o755))
	assert.ErrorContains(t, Write(dir, sampleTable(), Options{}), "directory")
}

func TestWrite_nilTableIsAnError(t *testing.T) {
	assert.Error(t, Write(filepath.Join(t.TempDir(), "t.json"), nil, Options{}))
}
