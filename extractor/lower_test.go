package extractor

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
