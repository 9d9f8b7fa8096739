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

// A topic's tags find their keywords in one scan as keywordIn finds each.
func TestTopicTagsFindAgreesWithKeywordIn(t *testing.T) {
	texts := []string{"", "the deficits rose", "a-deficit", "x—deficit", "“deficit”", "undeficit", "déficit é", "prices’ rise",
		"consumer prices", "tax-cut taxes", "o'brien", "42deficit", "é\u00e9x", "tax", "syntax tax's", "cpi, inflation."}
	keywords := []string{"*", "deficit*", "def*", "price*", "consumer price*", "tax", "o'*", "é*", "\xc3*", "42*", "-cut*", "x",
		"’*", "tax code", "cpi", "inflation", "é", "prices"}
	tt := &topicTags{}
	for _, kw := range keywords {
		tt.add(tagKeyword{tag: kw, kw: kw})
	}
	for _, text := range texts {
		found := tt.find(text, nil)
		for i, kw := range keywords {
			assert.Equal(t, keywordIn(text, kw), found[i], "%q in %q", kw, text)
		}
	}
}
