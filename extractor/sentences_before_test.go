package extractor

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/factable/factable/rules"
)

// TestSentencesAsBefore holds the segmenter's mark finder and abbreviation
// gate to the code they replaced (sentencesBefore, below) on the bundled
// texts, the extra texts and random text made of the characters that
// matter.
func TestSentencesAsBefore(t *testing.T) {
	e := defaultEngine(t)
	var texts []string
	for _, pattern := range []string{"../testdata/*.txt", "../testdata/conformance/*", "/work/ref/extra/*"} {
		files, _ := filepath.Glob(pattern)
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err == nil {
				texts = append(texts, string(raw))
			}
		}
	}
	require.NotEmpty(t, texts)
	pieces := []string{".", ". ", "* ", "\n* ", "\n  • ", "\n- ", "☐ ", "\n\t☑ ", "!", "?", "…", "… ", "’", "”", "»", "\u00a0", " ", "  ", "\n", "\"", "'", ")", "]", "(", "“", "—",
		"A", "a", "Mr", "mr", "Sept", "No", "no", "U.S", "e.g", "p", "pp", "J", "approx", "Approx", "5", "2.2", "word", "Words", "$", "€", "£", "¥", "\xe2", "\x80"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(30) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	// And without abbreviations, where only initials are read back.
	rs, err := rules.Default()
	require.NoError(t, err)
	rs.Abbreviations, rs.NumberingAbbreviations = nil, nil
	bare := New(rs)
	for _, text := range texts {
		for _, start := range []int{0, len(text) / 3} {
			require.Equal(t, e.sentencesBefore(text, start, len(text)), e.sentences(text, start, len(text)), "%q", text[start:])
			require.Equal(t, bare.sentencesBefore(text, start, len(text)), bare.sentences(text, start, len(text)), "%q", text[start:])
		}
	}
}

// sentences splits src[start:end] into sentences. A sentence ends at . ! ?
// or … (and any closing quotes or brackets after it) when white space and an
// opening capital, digit, quote or bracket follow — unless the word before
// the dot is an abbreviation (Mr., Sept., U.S., No.) or an initial.
func (e *Engine) sentencesBefore(src string, start, end int) []span {
	// A list's items are split first, each line that opens with a bullet,
	// and each piece read as before.
	var out []span
	s := start
	for i := start; i < end; i++ {
		if src[i] != '\n' {
			continue
		}
		k := i + 1
		for k < end && (src[k] == ' ' || src[k] == '\t') {
			k++
		}
		if k < end && listBullet(src[k:end]) > 0 {
			if e2 := trimSpaceLeft(src, s, k); e2 > s {
				out = append(out, e.sentencesBeforeItems(src, s, e2)...)
			}
			s = k
		}
	}
	return append(out, e.sentencesBeforeItems(src, s, end)...)
}

func (e *Engine) sentencesBeforeItems(src string, start, end int) []span {
	out := make([]span, 0, (end-start)/128+1) // a sentence of speech runs to some 100 bytes
	s := start
	marks := oldMarkFinder{src: src, end: end, next: [4]int{-1, -1, -1, -1}}
	for i := start; i < end; i++ {
		if i = marks.from(i); i == end {
			break
		}
		c := src[i]
		j := i + 1
		if c == 0xE2 {
			if !strings.HasPrefix(src[i:end], "…") {
				continue
			}
			j = i + len("…")
		}
		for j < end && (src[j] == '.' || src[j] == '!' || src[j] == '?') {
			j++
		}
		run := j - i // the marks in a row
		for j < end {
			if c := src[j]; c == '"' || c == '\'' || c == ')' || c == ']' {
				j++
				continue
			}
			if q := closingQuote(src[j:end]); q > 0 {
				j += q
				continue
			}
			break
		}
		if j >= end || !isSpace(src[j]) && !strings.HasPrefix(src[j:end], "\u00a0") {
			continue
		}
		k := skipSpace(src, j, end)
		if k >= end || !opensSentence(src[k:end]) && !listDash(src, j, k, end) {
			continue
		}
		if c == '.' && e.abbreviationBeforeOld(src, s, i, isDigit(src[k])) {
			continue
		}
		if c == '.' && run >= 4 && isDigit(src[k]) {
			i = j - 1
			continue // a dot leader before a page
		}
		out = append(out, span{s, j})
		s = k
		i = k - 1
	}
	if s < end {
		out = append(out, span{s, end})
	}
	return out
}

// oldMarkFinder finds the bytes that may end a sentence: . ! ? and the first
// byte of "…" (and of other characters, told apart after). Each is looked
// for with IndexByte, which is vectorized, and its next place remembered
// until the scan passes it.
type oldMarkFinder struct {
	src  string
	end  int
	next [4]int // of each of oldMarkBytes; -1 before the first look
}

var oldMarkBytes = [4]byte{'.', '!', '?', 0xE2}

// from returns the first mark at or after i, or end.
func (m *oldMarkFinder) from(i int) int {
	first := m.end
	for k, b := range oldMarkBytes {
		if m.next[k] < i {
			m.next[k] = m.end
			if j := strings.IndexByte(m.src[i:m.end], b); j >= 0 {
				m.next[k] = i + j
			}
		}
		first = min(first, m.next[k])
	}
	return first
}

// abbreviationBefore reports whether the dot at i closes an abbreviation or
// an initial rather than a sentence.
func (e *Engine) abbreviationBeforeOld(src string, from, i int, digitNext bool) bool {
	k := i
	for k > from && (isLetter(src[k-1]) || src[k-1] == '.') {
		k--
	}
	// The word is ASCII letters and dots: lower-cased in a stack buffer.
	var buf [32]byte
	w := strings.TrimSuffix(src[k:i], ".")
	if w == "" {
		return false
	}
	if len(w) == 1 && isUpper(src[k]) {
		return true // an initial: "J. Smith", but also "Plan B." rarely
	}
	lw := append(buf[:0], w...)
	for n, c := range lw {
		if isUpper(c) {
			lw[n] = c + 'a' - 'A'
		}
	}
	return e.abbrev[string(lw)] || digitNext && e.numAbbrev[string(lw)]
}
