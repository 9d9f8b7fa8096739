package output

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factable/factable/extractor"
)

func strp(s string) *string { return &s }

// The hand-written claim encoder is byte for byte encoding/json's, indented
// and compact, on every field and every kind of text.
func TestClaimJSONMatchesEncodingJSON(t *testing.T) {
	claims := sampleClaims()
	odd := []string{"", "plain", `q"uote\back`, "ctl\x00\x01\x1f\b\f\n\r\t", "<html> & 'x'", "bad\xffutf8\xc3", "line\u2028para\u2029", "é€😀", "\x7f"}
	for i, s := range odd {
		c := claims[i%len(claims)]
		c.Sentence, c.Object, c.Number, c.Rule = s, s, s, s
		c.Speaker = strp(s)
		c.Tags = []string{s, "b"}
		c.Per, c.Period, c.SpeakerRole, c.SpeakerLabel = s, s, s, s
		claims = append(claims, c)
	}
	for _, v := range []float64{0, -0.5, 1e-7, 1.5e-7, 123456789, 1e20, 1e21, 2.5e22, -3e-9, 0.1, 1.0 / 3} {
		c := claims[0]
		c.Value, c.ValueHigh = ptr(v), ptr(-v)
		c.Vague = true
		claims = append(claims, c)
	}
	c := claims[0]
	c.Value, c.ValueHigh, c.Speaker, c.Tags = nil, nil, nil, []string{}
	claims = append(claims, c)
	for _, c := range claims {
		for _, prefix := range []string{"", "    "} {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetEscapeHTML(false)
			if prefix != "" {
				enc.SetIndent(prefix, "  ")
			}
			require.NoError(t, enc.Encode(&c))
			got := appendClaimJSON(nil, &c, prefix)
			assert.Equal(t, strings.TrimSuffix(want.String(), "\n"), string(got))
		}
	}
}

// Begin, Claim, Source, End: each format written as the claims come is
// the table written whole.
func TestWriterStreamsEveryFormat(t *testing.T) {
	tb := sampleTable()
	for _, ext := range []string{".json", ".jsonl", ".csv"} {
		dir := t.TempDir()
		whole := filepath.Join(dir, "whole"+ext)
		require.NoError(t, Write(whole, tb, Options{}))
		streamed := filepath.Join(dir, "streamed"+ext)
		w, err := Begin(streamed, Header{Meta: tb.Meta}, Options{})
		require.NoError(t, err)
		_, err = os.Stat(streamed)
		assert.True(t, os.IsNotExist(err), "nothing at the target before End")
		for i := range tb.Claims {
			require.NoError(t, w.Claim(&tb.Claims[i]))
		}
		for _, s := range tb.Sources {
			require.NoError(t, w.Source(s))
		}
		require.NoError(t, w.End())
		a, _ := os.ReadFile(whole)
		b, _ := os.ReadFile(streamed)
		assert.Equal(t, string(a), string(b), ext)
	}
}

// An aborted writer leaves the old file and no temporary file.
func TestWriterAbortLeavesTheOldFile(t *testing.T) {
	for _, ext := range Formats() {
		dir := t.TempDir()
		path := filepath.Join(dir, "table"+ext)
		old := sampleTable()
		old.Claims = old.Claims[:1]
		require.NoError(t, Write(path, old, Options{}))
		before, _ := os.ReadFile(path)
		w, err := Begin(path, Header{Meta: old.Meta}, Options{})
		require.NoError(t, err)
		tb := sampleTable()
		for i := range tb.Claims {
			require.NoError(t, w.Claim(&tb.Claims[i]))
		}
		w.Abort()
		after, _ := os.ReadFile(path)
		assert.Equal(t, before, after, ext)
		assertOnlyFile(t, dir, "table"+ext)
	}
}

// Mentions are spooled until the claims are closed, then written.
func TestJSONWriterSpoolsMentions(t *testing.T) {
	var buf bytes.Buffer
	w := BeginJSON(&buf, Header{WithMentions: true})
	tb := sampleTable()
	m := extractor.Mention{Source: "a.txt", Line: 3, Number: "2022", Reason: "year", Rule: "calendar-year"}
	require.NoError(t, w.Mention(&m))
	require.NoError(t, w.Claim(&tb.Claims[0]))
	require.NoError(t, w.Mention(&m))
	require.NoError(t, w.Source(tb.Sources[0]))
	require.NoError(t, w.End())
	var got struct {
		Claims   []extractor.Claim   `json:"claims"`
		Mentions []extractor.Mention `json:"mentions"`
		Sources  []extractor.Source  `json:"sources"`
	}
	require.NoError(t, json.Unmarshal(buf.Bytes(), &got), buf.String())
	assert.Len(t, got.Claims, 1)
	assert.Len(t, got.Mentions, 2)
	assert.Len(t, got.Sources, 1)
}

// Past widthSample rows the workbook streams: the rows held back and the
// ones after them all arrive, in order.
func TestXLSXWriterStreamsPastTheWidthSample(t *testing.T) {
	if testing.Short() {
		t.Skip("writes more rows than the width sample")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "f.xlsx")
	w, err := Begin(path, Header{}, Options{})
	require.NoError(t, err)
	n := widthSample + 5
	for i := range n {
		c := sampleClaims()[i%7]
		c.ID = "id" + string(rune('a'+i%26)) + strings.Repeat("x", i%3) + "-" + itoa(i)
		require.NoError(t, w.Claim(&c))
	}
	require.NoError(t, w.End())
	f := openWorkbook(t, path)
	rows, err := f.GetRows("Claims")
	require.NoError(t, err)
	require.Len(t, rows, n+1)
	assert.True(t, strings.HasSuffix(rows[n][0], "-"+itoa(n-1)))
}

func itoa(i int) string {
	b, _ := json.Marshal(i)
	return string(b)
}
