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

// The trigger index answers as a set of the text's lower-cased words does.
func TestTriggerIndexMatchesTheWordsOfTheText(t *testing.T) {
	ps := []*rules.Pattern{
		{Triggers: []string{"past", "last"}},
		{Triggers: []string{"since"}},
		{},
		{Triggers: []string{"in", "during", "k"}},
		{Triggers: []string{"straße", "don't"}},
	}
	ix := newTriggerIndex(ps)
	var texts []string
	for _, name := range []string{"diplomacy-press-conference-2022-09-29.txt", "budget-press-call-2024-03-11.txt"} {
		raw, err := os.ReadFile(filepath.Join("..", "testdata", name))
		require.NoError(t, err)
		texts = append(texts, strings.Split(string(raw), ".")...)
	}
	texts = append(texts, "", "PAST", "In—since", "\u212a", "STRASSE Straße", "DON'T", "x-in", strings.Repeat("a", 100)+" LAST")
	for _, text := range texts {
		words := map[string]bool{}
		for _, w := range wordsOf(strings.ToLower(text), nil) {
			words[w] = true
		}
		for i, p := range ps {
			want := len(p.Triggers) == 0
			for _, tr := range p.Triggers {
				want = want || words[tr]
			}
			assert.Equal(t, want, ix.triggered(i, toLower(text)), "pattern %d on %q", i, text)
		}
	}
}

// appendWords bounds the words wordsOf splits, on the bundled texts and on
// random text: capitals, inner hyphens and apostrophes, the dashes and
// quotes that end a word, other runes and invalid bytes.
func TestAppendWordsSplitsAsWordsOf(t *testing.T) {
	var texts []string
	for _, name := range []string{"diplomacy-press-conference-2022-09-29.txt", "budget-press-call-2024-03-11.txt"} {
		raw, err := os.ReadFile(filepath.Join("..", "testdata", name))
		require.NoError(t, err)
		texts = append(texts, strings.Split(string(raw), ".")...)
	}
	pieces := []string{"a", "Z", "9", "-", "'", " ", ".", "é", "É", "—", "–", "’", "“", "”", "€", "\xe2", "\x80", "\x94", "\xff"}
	rng := rand.New(rand.NewSource(1))
	for range 5000 {
		texts = append(texts, randomText(rng, pieces, 20))
	}
	for _, text := range texts {
		b := appendWords([]int{-1}, text) // appended after what b holds
		var words []string
		for k := 1; k+1 < len(b); k += 2 {
			words = append(words, text[b[k]:b[k+1]])
		}
		assert.Equal(t, wordsOf(text, nil), words, "%q", text)
	}
}
