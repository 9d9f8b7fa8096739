package extractor

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factable/factable/rules"
)

// checkOffsets: every claim and mention cuts its number out of raw, on the
// line its offset is on, inside its sentence.
func checkOffsets(t *testing.T, raw []byte, res *Result) {
	t.Helper()
	for _, c := range res.Claims {
		require.Equal(t, c.Number, string(raw[c.Start:c.End]))
		require.Equal(t, LineOf(raw, c.Start), c.Line, c.Number)
		require.Contains(t, c.Sentence, c.Number)
		require.True(t, c.Value == nil || finite(*c.Value))
	}
	for _, m := range res.Mentions {
		require.Equal(t, m.Number, string(raw[m.Start:m.End]))
		require.Equal(t, LineOf(raw, m.Start), m.Line, m.Number)
	}
}

// A text without sentence punctuation is cut into sentences of at most
// maxSentence bytes, at spaces no number spans: otherwise every claim would
// carry the whole text and the run would take quadratic time.
func TestARunOnSentenceIsCutBetweenNumbers(t *testing.T) {
	raw := []byte(strings.Repeat("we sent 12 teams and 2.2 billion doses and between 10 and 20 doctors, ", 400))
	res, err := fuzzEngine().Extract("run-on.txt", raw, Options{Mentions: true})
	require.NoError(t, err)
	require.Len(t, res.Claims, 3*400)
	for _, c := range res.Claims {
		require.LessOrEqual(t, len(c.Sentence), maxSentence)
	}
	checkOffsets(t, raw, res)
}

func TestCapSentencesKeepsTokensWhole(t *testing.T) {
	src := strings.Repeat("x", maxSentence-5) + " 2.2 billion more words here"
	toks := []Token{{Start: maxSentence - 4, End: maxSentence + 7}}
	require.Equal(t, "2.2 billion", src[toks[0].Start:toks[0].End])
	got := capSentences(src, []span{{0, len(src)}}, toks, maxRunOn)
	require.Len(t, got, 2)
	assert.Equal(t, span{0, maxSentence - 5}, got[0])
	assert.Equal(t, "2.2 billion more words here", src[got[1].Start:got[1].End])

	// No space at all: the cut falls after the token at the limit.
	src = strings.Repeat("7", 3*maxSentence)
	toks = []Token{{Start: 0, End: len(src)}}
	assert.Equal(t, []span{{0, len(src)}}, capSentences(src, []span{{0, len(src)}}, toks, maxRunOn))
	src = strings.Repeat("é", 2*maxSentence)
	for _, sp := range capSentences(src, []span{{0, len(src)}}, nil, maxRunOn) {
		assert.True(t, strings.HasPrefix(src[sp.Start:], "é"), "cut inside a character at %d", sp.Start)
	}
}

// Speech that runs on over many lines without sentence punctuation is cut
// at line breaks into pieces of some runOnPiece bytes: never after a line
// that ends in a number (its unit may open the next), and never a table's
// rows, whose columns runs of spaces align.
func TestARunOnOverLinesIsCutAtLineBreaks(t *testing.T) {
	var lines []string
	for i := range 30 {
		lines = append(lines, fmt.Sprintf("and the council line %d says the fund gets", i))
	}
	lines[5] += " over 9" // "minutes" opens line 6
	src := strings.Join(lines, "\n")
	got := capSentences(src, []span{{0, len(src)}}, nil, maxRunOn)
	require.Greater(t, len(got), 4)
	for _, sp := range got {
		piece := src[sp.Start:sp.End]
		assert.LessOrEqual(t, len(piece), 3*runOnPiece)
		assert.False(t, strings.HasSuffix(piece, "over 9"), "cut after a number: %q", piece)
	}
	table := strings.Repeat("OKONJO, Grace        Lowmoor First        11,284     38.6\n", 30)
	assert.Equal(t, []span{{0, len(table)}}, capSentences(table, []span{{0, len(table)}}, nil, maxRunOn))
}

// A number too large for a float64 is no claim: it used to come out as
// +Inf, which no output format can hold.
func TestAHugeNumberIsDropped(t *testing.T) {
	raw := []byte("We counted " + strings.Repeat("9", 400) + " birds and 12 bats.")
	res, err := fuzzEngine().Extract("huge.txt", raw, Options{Mentions: true})
	require.NoError(t, err)
	require.Len(t, res.Claims, 1)
	assert.Equal(t, "12", res.Claims[0].Number)
}

// Invalid UTF-8 is kept byte for byte, so offsets stay true to the file,
// with a warning naming the first bad line.
func TestInvalidUTF8KeepsOffsetsTrue(t *testing.T) {
	raw := []byte("Fine line.\nWe sent \xff\xfe 38 teams to 34 countries \xc3.\n")
	res, err := fuzzEngine().Extract("bad.txt", raw, Options{Mentions: true})
	require.NoError(t, err)
	require.Len(t, res.Claims, 2)
	checkOffsets(t, raw, res)
	require.Len(t, res.Warnings, 1)
	assert.Contains(t, res.Warnings[0], "bad.txt:2: invalid UTF-8")
}

// UTF-16 with a byte-order mark, either way round, is decoded to UTF-8;
// offsets then refer to the UTF-8 text, and a warning says so.
func TestUTF16IsDecodedBothWays(t *testing.T) {
	text := "We sent 38 teams.\r\nTo 34 countries."
	le, be := []byte{0xFF, 0xFE}, []byte{0xFE, 0xFF}
	for _, r := range text {
		le = append(le, byte(r), 0)
		be = append(be, 0, byte(r))
	}
	for name, raw := range map[string][]byte{"le.txt": le, "be.txt": be} {
		res, err := fuzzEngine().Extract(name, raw, Options{})
		require.NoError(t, err)
		require.Len(t, res.Claims, 2, name)
		checkOffsets(t, []byte(text), res)
		assert.Equal(t, 2, res.Claims[1].Line)
		assert.Contains(t, strings.Join(res.Warnings, "\n"), name+": UTF-16")
	}
}

// A user pattern that backtracks catastrophically cannot hang the run: each
// match gives up after rules.MatchTimeout, the rule is reported by name,
// and after maxTimeouts it is skipped; the other rules and the claims stay.
func TestACatastrophicRuleIsReportedAndSkipped(t *testing.T) {
	p := filepath.Join(t.TempDir(), "evil.yaml")
	require.NoError(t, os.WriteFile(p, []byte("exclusions:\n  - name: evil\n    reason: identifier\n    after: '(a+)+$'\n"), 0o644))
	rs, err := rules.Load(p)
	require.NoError(t, err)
	e := New(rs)
	var b strings.Builder
	for i := 1; i <= 200; i++ {
		b.WriteString("They said " + strings.Repeat("7", i%3+1) + " teams aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab came. ")
	}
	start := time.Now()
	res, err := e.Extract("evil.txt", []byte(b.String()), Options{})
	require.NoError(t, err)
	// 200 timeouts would take 20 s or more; a few take well under that.
	assert.Less(t, time.Since(start), 10*time.Second)
	assert.Len(t, res.Claims, 200)
	require.Len(t, res.Warnings, 1)
	assert.Contains(t, res.Warnings[0], `evil.txt: rule "evil" timed out`)
	assert.Contains(t, res.Warnings[0], "skipped for the rest of the run")
}

// One engine serves every input of a run at once (main.extractAll); run
// with -race.
func TestOneEngineExtractsConcurrently(t *testing.T) {
	texts := fuzzSeeds(t, true)
	e := fuzzEngine()
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(texts); i += 16 {
				_, _ = e.Extract("c.txt", []byte(texts[i]), Options{Mentions: true})
			}
		}()
	}
	wg.Wait()
}
