package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factable/factable/extractor"
	"github.com/factable/factable/output"
)

// Files are extracted in parallel and written in input order, sources too,
// whatever order the workers finish in.
func TestManyFilesComeOutInInputOrder(t *testing.T) {
	dir := t.TempDir()
	const n = 60
	for i := range n {
		// Uneven sizes, so workers finish out of order.
		text := strings.Repeat("Nothing here. ", (n-i)*40) + fmt.Sprintf("It has %d members.", 1000+i)
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("f%03d.txt", i)), []byte(text), 0o644))
	}
	out := filepath.Join(t.TempDir(), "facts.json")
	code, _, stderr := runCLI(t, "", "extract", dir, "-o", out)
	require.Equal(t, 0, code, stderr)
	raw, err := os.ReadFile(out)
	require.NoError(t, err)
	var tb table
	require.NoError(t, json.Unmarshal(raw, &tb))
	require.Len(t, tb.Claims, n)
	require.Len(t, tb.Sources, n)
	for i := range n {
		assert.Equal(t, float64(1000+i), tb.Claims[i]["value"])
		assert.Equal(t, filepath.Join(dir, fmt.Sprintf("f%03d.txt", i)), tb.Sources[i]["file"])
	}
}

// extractEach hands results over in input order with any number of
// workers, and stops at the first error in input order.
func TestExtractEachOrderAndFirstError(t *testing.T) {
	eng := benchEngine(t)
	dir := t.TempDir()
	var files []string
	for i := range 20 {
		p := filepath.Join(dir, fmt.Sprintf("%02d.txt", i))
		body := []byte(fmt.Sprintf("We sent %d teams.", 100+i))
		if i == 13 {
			body = []byte("x\x00y")
		}
		require.NoError(t, os.WriteFile(p, body, 0o644))
		files = append(files, p)
	}
	for _, workers := range []int{1, 2, 7} {
		var got []string
		err := extractEach(eng, files, nil, nil, extractor.Options{}, workers, func(r *extractor.Result, size int64) error {
			got = append(got, r.Source.File)
			assert.Positive(t, size)
			return nil
		})
		require.ErrorContains(t, err, "13.txt")
		assert.Equal(t, files[:13], got, "workers=%d", workers)
	}
	// An error from emit stops the run too.
	calls := 0
	err := extractEach(eng, files[:10], nil, nil, extractor.Options{}, 2, func(*extractor.Result, int64) error {
		calls++
		return fmt.Errorf("disk full")
	})
	require.ErrorContains(t, err, "disk full")
	assert.Equal(t, 1, calls)
}

// A run that fails on a later file writes no output.
func TestAFailingFileWritesNoOutput(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.txt")
	bad := filepath.Join(dir, "b.txt")
	require.NoError(t, os.WriteFile(good, []byte("We sent 38 teams."), 0o644))
	require.NoError(t, os.WriteFile(bad, []byte("x\x00y"), 0o644))
	outDir := t.TempDir()
	code, _, stderr := runCLI(t, "", "extract", good, bad, "-o", filepath.Join(outDir, "f.jsonl"), "-o", filepath.Join(outDir, "f.xlsx"))
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "b.txt")
	entries, err := os.ReadDir(outDir)
	require.NoError(t, err)
	assert.Empty(t, entries, "no output and no temporary file")
}

// Standard error that is not a terminal gets no progress line; --quiet
// also drops the "no claims found" notes.
func TestProgressOnlyOnATerminal(t *testing.T) {
	p := filepath.Join(t.TempDir(), "empty.txt")
	require.NoError(t, os.WriteFile(p, []byte("Nothing."), 0o644))
	code, _, stderr := runCLI(t, "", "extract", seed, p)
	require.Equal(t, 0, code)
	assert.NotContains(t, stderr, "\r")
	assert.Contains(t, stderr, "no claims found")
	code, _, stderr = runCLI(t, "", "extract", "--quiet", seed, p)
	require.Equal(t, 0, code)
	assert.Empty(t, stderr)

	var buf bytes.Buffer
	pr := &progress{w: &buf, on: true, total: 3, start: time.Now().Add(-time.Second)}
	pr.add(2e6, 5)
	assert.Contains(t, buf.String(), "1/3 files")
	assert.Contains(t, buf.String(), "5 claims")
	assert.Contains(t, buf.String(), "MB/s")
	pr.clear()
	assert.True(t, strings.HasSuffix(buf.String(), "\r\x1b[K"))
	assert.False(t, isTerminal(&buf))
}

// Inputs are cut into batches of consecutive files up to batchBytes and
// perBatch files; a file of unknown size (standard input) or larger than
// batchBytes is a batch alone.
func TestBatchesHoldConsecutiveFilesUpToTheirBound(t *testing.T) {
	const mb = 1 << 20
	cases := []struct {
		name     string
		sizes    []int64
		perBatch int
		want     [][2]int // the batches, [from, to)
	}{
		{"small files fill a batch", []int64{mb / 2, mb / 2, mb / 2, mb / 2, mb / 2}, 64, [][2]int{{0, 4}, {4, 5}}},
		{"the file count bounds it", []int64{1, 1, 1, 1, 1}, 2, [][2]int{{0, 2}, {2, 4}, {4, 5}}},
		{"a large file is alone", []int64{10, 5 * mb, 10, 10}, 64, [][2]int{{0, 1}, {1, 2}, {2, 4}}},
		{"standard input is alone", []int64{10, -1, 10}, 64, [][2]int{{0, 1}, {1, 2}, {2, 3}}},
		{"empty files count", []int64{0, 0, 0}, 64, [][2]int{{0, 3}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got [][2]int
			for from := 0; from < len(c.sizes); {
				to := batchEnd(len(c.sizes), from, c.perBatch, func(i int) int64 { return c.sizes[i] })
				got = append(got, [2]int{from, to})
				from = to
			}
			assert.Equal(t, c.want, got)
		})
	}
	assert.Equal(t, 1, filesPerBatch(3, 2), "a small run: one file a batch, both workers busy")
	assert.Equal(t, 25, filesPerBatch(100, 2), "the last batches shrink")
	assert.Equal(t, maxBatchFiles, filesPerBatch(100000, 2))
	assert.Equal(t, int64(-1), fileSize("-"))
	assert.Equal(t, int64(-1), fileSize(filepath.Join(t.TempDir(), "missing.txt")))
}

// A file missing by the time it is read (it cannot be sized: a batch alone)
// ends the run there with its name; the batches before it are emitted. A
// file refused amid a batch is TestExtractEachOrderAndFirstError's.
func TestAMissingFileEndsTheRunAtIt(t *testing.T) {
	eng := benchEngine(t)
	dir := t.TempDir()
	var files []string
	for i := range 40 {
		p := filepath.Join(dir, fmt.Sprintf("%02d.txt", i))
		if i != 21 {
			require.NoError(t, os.WriteFile(p, []byte(fmt.Sprintf("We sent %d teams.", 100+i)), 0o644))
		}
		files = append(files, p)
	}
	var got []string
	err := extractEach(eng, files, nil, nil, extractor.Options{}, 1, func(r *extractor.Result, _ int64) error {
		got = append(got, r.Source.File)
		return nil
	})
	require.ErrorContains(t, err, "21.txt")
	assert.Equal(t, files[:21], got)
}

// Reading each file into the buffer of one already written changes no
// claim: the buffer comes back only after its claims are emitted, and a
// file longer than the buffer gets room of its own. The texts alternate
// long and short so that every buffer is reused for both.
func TestReusedInputBuffersChangeNoClaim(t *testing.T) {
	eng := benchEngine(t)
	dir := t.TempDir()
	var files []string
	for i := range 24 {
		body := fmt.Sprintf("MS. LEE: We sent %d teams to %d countries.\n\n", 100+i, 30+i)
		if i%3 == 0 {
			body = strings.Repeat(fmt.Sprintf("MR. ROY: Exports rose %d percent, to $%d billion.\n\n", i, 400+i), 200)
		}
		p := filepath.Join(dir, fmt.Sprintf("%02d.txt", i))
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
		files = append(files, p)
	}
	collect := func(inputs *inputBuffers, workers int) []string {
		var got []string
		require.NoError(t, extractEach(eng, files, nil, inputs, extractor.Options{}, workers, func(r *extractor.Result, _ int64) error {
			for _, c := range r.Claims {
				got = append(got, fmt.Sprintf("%s:%d %s %s %s %s", filepath.Base(c.Source), c.Line, c.Number, c.Unit, *c.Speaker, c.Sentence))
			}
			return nil
		}))
		return got
	}
	want := collect(nil, 1)
	require.Len(t, want, 8*400+16*2)
	for _, workers := range []int{1, 2, 4} {
		assert.Equal(t, want, collect(&inputBuffers{reuse: true}, workers), "workers=%d", workers)
	}
}

func TestOnlyTheWorkbookKeepsClaimText(t *testing.T) {
	for path, done := range map[string]bool{"a.json": true, "a.jsonl": true, "a.csv": true, "a.xlsx": false, "A.XLSX": false} {
		assert.Equal(t, done, output.DoneWithText(path), path)
	}
}
