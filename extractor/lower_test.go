package extractor

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestToLowerIsStringsToLower(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "testdata", "budget-press-call-2024-03-11.txt"))
	require.NoError(t, err)
	cases := []string{"", "ABC", "Ünïcödé ÉTÉ", "“Quoted” — DASH’s", "\u212a Kelvin İstanbul", "bad \xff\xfe UTF-8 \xc3", "\ufffd kept", string(raw)}
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"A", "z", " ", "É", "ß", "İ", "\u212a", "\xff", "\xc3", "’", "Σ", "ς", "\ufffd", "ǅ"}
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		assert.Equal(t, strings.ToLower(s), toLower(s), "%q", s)
	}
}

// Long ASCII runs, lowered eight bytes at a time, around the letters'
// neighbours ('@' '[' '`' '{') and next to non-ASCII bytes.
func TestToLowerLongASCIIRuns(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	alphabet := []string{"A", "Z", "a", "z", "@", "[", "`", "{", "\x00", "\x7f", " ", "QUICK BROWN FOX", "mixed Case Words", "É", "\xff", "’", "İ", "\u212a", "Σ", "\ufffd"}
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		s := b.String()
		lower, aligned := lowerAligned(s)
		assert.Equal(t, strings.ToLower(s), lower, "%q", s)
		assert.Equal(t, runesKeepLength(s), aligned, "%q", s)
	}
}

// runesKeepLength: every rune of s is valid and as long lowered.
func runesKeepLength(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || utf8.RuneLen(unicode.ToLower(r)) != size {
			return false
		}
		i += size
	}
	return true
}

// The end of a text lower-cased is its last runes lower-cased, for the
// short ASCII endings qualifierBefore compares.
func TestLastRunesLowerEndsAsTheWhole(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []string{"A", "N", "a", "n", " ", "İ", "\u212a", "\xff", "\xe2\x82", "’", "B", "y", "I"}
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(14) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		s := b.String()
		for _, w := range []string{" a ", " an ", " in ", " by "} {
			assert.Equal(t, strings.HasSuffix(strings.ToLower(s), w), strings.HasSuffix(strings.ToLower(lastRunes(s, 8)), w), "%q %q", s, w)
		}
	}
}
