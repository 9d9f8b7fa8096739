package extractor

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// wordWithPrefix must answer as comparing p with every word does.
func TestWordWithPrefixAgreesWithEveryWord(t *testing.T) {
	texts := []string{"", "the deficits rose", "a-deficit", "x—deficit", "“deficit”", "undeficit", "déficit é", "prices’ rise",
		"consumer prices", "tax-cut taxes", "o'brien", "42deficit", "é\u00e9x"}
	prefixes := []string{"", "deficit", "def", "price", "consumer price", "tax", "o'", "é", "\xc3", "42", "-cut", "x", "’"}
	for _, text := range texts {
		for _, p := range prefixes {
			want := false
			for _, w := range wordsOf(text, nil) {
				want = want || strings.HasPrefix(w, p)
			}
			assert.Equal(t, want, wordWithPrefix(text, p), "%q in %q", p, text)
		}
	}
}
