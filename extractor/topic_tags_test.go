package extractor

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factable/factable/rules"
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

// find agrees with keywordIn for the default topics' tags and for keywords
// of any kind, on the bundled texts' sentences and on random text.
func TestTopicTagsFindOnTextsAndRandomText(t *testing.T) {
	rs, err := rules.Default()
	require.NoError(t, err)
	var sets []*topicTags
	for _, tt := range newTopicIndex(rs.Topics).tags {
		sets = append(sets, tt)
	}
	mixed := &topicTags{}
	for _, kw := range []string{"tax", "deficit*", "in", "a-b", "é*", "’*", "-9", "x y", "9", "\xe2*"} {
		mixed.add(tagKeyword{tag: kw, kw: kw})
	}
	sets = append(sets, mixed)
	var texts []string
	for _, name := range []string{"diplomacy-press-conference-2022-09-29.txt", "budget-press-call-2024-03-11.txt"} {
		raw, err := os.ReadFile(filepath.Join("..", "testdata", name))
		require.NoError(t, err)
		texts = append(texts, strings.Split(toLower(string(raw)), ".")...)
	}
	pieces := []string{"tax", "in", "deficit", "a", "b", "9", "-", "'", " ", ".", "é", "’", "—", "x y", "\xe2", "\x80"}
	rng := rand.New(rand.NewSource(1))
	for range 3000 {
		texts = append(texts, randomText(rng, pieces, 12))
	}
	for _, tt := range sets {
		for _, text := range texts {
			found := tt.find(text, nil)
			for i, kw := range tt.kws {
				assert.Equal(t, keywordIn(text, kw.kw), found[i], "%q in %.80q", kw.kw, text)
			}
		}
	}
}
