package output

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// failingWriter accepts n bytes and then fails, like a disk that fills up
// in the middle of a write.
type failingWriter struct {
	w io.Writer
	n int
}

var errDiskFull = errors.New("no space left on device")

func (f *failingWriter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		k, _ := f.w.Write(p[:f.n])
		f.n = 0
		return k, errDiskFull
	}
	f.n -= len(p)
	return f.w.Write(p)
}

// Each writer stops at the first error and returns it.
func TestWriters_returnTheErrorOfAWriteThatFailsMidway(t *testing.T) {
	tb := sampleTable()
	tb.WithMentions = true
	for name, write := range map[string]func(io.Writer, *Table) error{"json": WriteJSON, "jsonl": WriteJSONL, "csv": WriteCSV} {
		for _, n := range []int{0, 1, 100, 700} {
			var buf bytes.Buffer
			err := write(&failingWriter{w: &buf, n: n}, tb)
			assert.ErrorIs(t, err, errDiskFull, "%s after %d bytes", name, n)
		}
	}
}

// A write that fails midway, through the path every format takes: the
// temporary file is removed and the old output is intact.
func TestWriteAtomic_aWriteThatFailsMidwayLeavesTheOldFileAndNoTempFile(t *testing.T) {
	formats := map[string]func(io.Writer, *Table) error{
		"table.json":  WriteJSON,
		"table.jsonl": WriteJSONL,
		"table.csv":   WriteCSV,
		"table.xlsx": func(w io.Writer, t *Table) error {
			f, err := buildWorkbook(t, previous{})
			if err != nil {
				return err
			}
			defer f.Close()
			_, err = f.WriteTo(w)
			return err
		},
	}
	for name, write := range formats {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, name)
			old := sampleTable()
			old.Claims = old.Claims[:1]
			require.NoError(t, Write(path, old, Options{}))
			before, err := os.ReadFile(path)
			require.NoError(t, err)

			err = writeAtomic(path, func(w io.Writer) error {
				return write(&failingWriter{w: w, n: 200}, sampleTable())
			})
			require.ErrorIs(t, err, errDiskFull)
			assert.Contains(t, err.Error(), path, "the message names the output")

			after, err := os.ReadFile(path)
			require.NoError(t, err)
			assert.Equal(t, before, after)
			assertOnlyFile(t, dir, name)
		})
	}
}

// Control characters, invalid UTF-8 and line separators in every text
// field still make valid JSON and JSON Lines.
func TestWriteJSON_isValidWhateverTheTextHolds(t *testing.T) {
	nasty := "a\x00b\x01\x1f\x7f \xff\xfe \u2028\u2029 \"q\" \\ </script> \t\r\n"
	tb := sampleTable()
	tb.WithMentions = true
	for i := range tb.Claims {
		c := &tb.Claims[i]
		c.Sentence, c.Object, c.Unit, c.Source, c.Number = nasty, nasty, nasty, nasty, nasty
		c.Speaker = &nasty
	}
	tb.Mentions[0].Number = nasty
	tb.Sources[0].File = nasty
	var buf bytes.Buffer
	require.NoError(t, WriteJSON(&buf, tb))
	require.True(t, json.Valid(buf.Bytes()))
	buf.Reset()
	require.NoError(t, WriteJSONL(&buf, tb))
	for _, line := range bytes.Split(bytes.TrimSpace(buf.Bytes()), []byte("\n")) {
		require.True(t, json.Valid(line), "%q", line)
	}
}

// Invalid UTF-8 from the input reaches no output as such: CSV and the
// workbook write U+FFFD, JSON its escape.
func TestCSV_writesInvalidUTF8AsTheReplacementCharacter(t *testing.T) {
	tb := sampleTable()
	tb.Claims[0].Sentence = "bad \xff byte"
	tb.Claims[0].Object = "\xfe=x"
	var buf bytes.Buffer
	require.NoError(t, WriteCSV(&buf, tb))
	require.True(t, utf8.Valid(buf.Bytes()))
	assert.Contains(t, buf.String(), "bad \uFFFD byte")
}

// The same through the streaming writers the CLI uses: the temporary file
// fails under them midway (as a full disk would), the error names the
// output, the temporary file is removed and the old output is intact.
func TestBegin_aFileThatFailsMidwayLeavesTheOldOutputAndNoTempFile(t *testing.T) {
	for _, name := range []string{"table.json", "table.jsonl", "table.csv"} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, name)
			old := sampleTable()
			old.Claims = old.Claims[:1]
			require.NoError(t, Write(path, old, Options{}))
			before, err := os.ReadFile(path)
			require.NoError(t, err)

			w, err := Begin(path, Header{Meta: Meta{Version: "t"}}, Options{})
			require.NoError(t, err)
			fw, ok := w.(*fileWriter)
			require.True(t, ok)
			c := sampleClaims()[0]
			c.Sentence = strings.Repeat("more than 2.2 billion doses ", 40)
			for i := 0; i < 100; i++ { // past the first buffer flush
				require.NoError(t, w.Claim(&c))
			}
			require.NoError(t, fw.af.File.Close()) // the disk goes away
			for i := 0; i < 1000 && err == nil; i++ {
				err = w.Claim(&c)
			}
			if err == nil {
				err = w.End()
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), path)
			w.Abort()

			after, err := os.ReadFile(path)
			require.NoError(t, err)
			assert.Equal(t, before, after)
			assertOnlyFile(t, dir, name)
		})
	}
}
