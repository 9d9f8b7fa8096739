package output

import (
	"bufio"
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factable/factable/extractor"
)

func TestWriteJSON_writesGeneratorSourcesAndClaims(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteJSON(&buf, sampleTable()))
	require.True(t, json.Valid(buf.Bytes()), buf.String())

	var got struct {
		Generator map[string]string  `json:"generator"`
		Sources   []extractor.Source `json:"sources"`
		Claims    []extractor.Claim  `json:"claims"`
	}
	require.NoError(t, json.Unmarshal(buf.Bytes(), &got))
	assert.Equal(t, map[string]string{
		"name": "factable", "version": "0.3.0", "rules_digest": "sha256:abc123",
		"extracted_at": "2024-03-11T15:04:05Z",
	}, got.Generator)
	assert.Equal(t, sampleTable().Sources, got.Sources)
	assert.Equal(t, sampleClaims(), got.Claims)
	assert.NotContains(t, buf.String(), `"mentions"`)
}

func TestWriteJSON_writesMentionsOnlyWhenAsked(t *testing.T) {
	tests := []struct {
		name         string
		withMentions bool
		mentions     []extractor.Mention
		want         string
	}{
		{"off", false, sampleTable().Mentions, ""},
		{"on", true, sampleTable().Mentions, `"mentions": [`},
		{"on but none", true, nil, `"mentions": []`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tb := sampleTable()
			tb.WithMentions, tb.Mentions = tt.withMentions, tt.mentions
			var buf bytes.Buffer
			require.NoError(t, WriteJSON(&buf, tb))
			require.True(t, json.Valid(buf.Bytes()))
			if tt.want == "" {
				assert.NotContains(t, buf.String(), `"mentions"`)
			} else {
				assert.Contains(t, buf.String(), tt.want)
			}
		})
	}
}

func TestWriteJSON_anEmptyTableHasArraysNotNull(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteJSON(&buf, &Table{}))
	var got map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(buf.Bytes(), &got))
	assert.JSONEq(t, `[]`, string(got["claims"]))
	assert.JSONEq(t, `[]`, string(got["sources"]))
	assert.JSONEq(t, `{"name":"factable","version":"","rules_digest":""}`, string(got["generator"]))
}

func TestWriteJSON_indentsByTwoSpaces(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteJSON(&buf, sampleTable()))
	var want bytes.Buffer
	require.NoError(t, json.Indent(&want, buf.Bytes(), "", "  "))
	assert.Equal(t, want.String(), buf.String(), "same layout as json.Indent with two spaces")
	assert.Contains(t, buf.String(), "\n  \"claims\": [\n    {\n      \"id\": \"c1\",")
}

func TestWriteJSON_keepsControlCharactersAndMarkupValid(t *testing.T) {
	tests := []struct{ name, sentence string }{
		{"control characters", "nul\x00 bell\x07 esc\x1b tab\t newline\n cr\r"},
		{"quotes and backslash", `he said "70%" \ done`},
		{"markup", "<script>alert(1)</script> & more"},
		{"line separators", "a\u2028b\u2029c"},
		{"formula", hyperlinkSentence},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tb := sampleTable()
			tb.Claims[0].Sentence = tt.sentence
			var buf bytes.Buffer
			require.NoError(t, WriteJSON(&buf, tb))
			require.True(t, json.Valid(buf.Bytes()), buf.String())
			var got struct{ Claims []extractor.Claim }
			require.NoError(t, json.Unmarshal(buf.Bytes(), &got))
			assert.Equal(t, tt.sentence, got.Claims[0].Sentence)
		})
	}
}

func TestWriteJSON_replacesInvalidUTF8SoTheOutputStaysValid(t *testing.T) {
	tb := sampleTable()
	tb.Claims[0].Sentence = "bad \xff byte"
	var buf bytes.Buffer
	require.NoError(t, WriteJSON(&buf, tb))
	assert.True(t, json.Valid(buf.Bytes()))
	var got struct{ Claims []extractor.Claim }
	require.NoError(t, json.Unmarshal(buf.Bytes(), &got))
	assert.Equal(t, "bad \uFFFD byte", got.Claims[0].Sentence)
}

func TestWriteJSONL_writesOneClaimPerLine(t *testing.T) {
	tb := sampleTable()
	tb.Claims[0].Sentence = "two\nlines"
	var buf bytes.Buffer
	require.NoError(t, WriteJSONL(&buf, tb))

	sc := bufio.NewScanner(&buf)
	var got []extractor.Claim
	for sc.Scan() {
		var c extractor.Claim
		require.NoError(t, json.Unmarshal(sc.Bytes(), &c), sc.Text())
		got = append(got, c)
	}
	assert.Equal(t, tb.Claims, got)
}

func TestWriteJSONL_anEmptyTableIsAnEmptyFile(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteJSONL(&buf, &Table{}))
	assert.Empty(t, strings.TrimSpace(buf.String()))
}
