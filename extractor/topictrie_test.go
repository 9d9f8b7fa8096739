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

// score lowers the words itself: on a text as written it must agree with
// the word-list score of the text lower-cased, for the default topics and
// for user keywords with capitals, non-ASCII letters and characters that
// split words.
func TestScoreLowersAsToLower(t *testing.T) {
	rs, err := rules.Default()
	require.NoError(t, err)
	user := &rules.Topic{Name: "User", Keywords: []string{"café", "naïve*", "İstanbul", "GDP", "u.s.", "x*", "ÉCOLE", "straße", "über*", "k", "zone de*"},
		Not: []string{"Café Society"}}
	texts := []string{
		"The GDP of the U.S. rose; Café owners in İSTANBUL and istanbul, NAÏVELY naïve, Xylophones.",
		"CAFÉ café Café — über-Prices ÜBERALL, Straße STRASSE, \xffbad\xfe bytes K KELVIN \u212a, zone DE Défense",
		"Vaccines VACCINATION covid-19 Covid’s “Health” care workers, the Poor, THE POOR. café society",
	}
	for _, name := range []string{"diplomacy-press-conference-2022-09-29.txt", "budget-press-call-2024-03-11.txt"} {
		raw, err := os.ReadFile(filepath.Join("..", "testdata", name))
		require.NoError(t, err)
		texts = append(texts, strings.Split(string(raw), "\n\n")...)
	}
	for _, topics := range [][]*rules.Topic{rs.Topics, append(rs.Topics[:len(rs.Topics):len(rs.Topics)], user)} {
		ix := newTopicIndex(topics)
		for _, text := range texts {
			assert.Equal(t, scoreByWordList(ix, text, toLower(text)), ix.score(text), "%.80q", text)
		}
	}
}

// The same on random text of keyword pieces, capitals and characters that
// split words or must be lowered: walks that die, go on past a keyword or
// end on one at every length.
func TestScoreLowersAsToLowerOnRandomText(t *testing.T) {
	rs, err := rules.Default()
	require.NoError(t, err)
	user := &rules.Topic{Name: "User", Keywords: []string{"café", "naïve*", "gdp", "x*", "k", "zone de*"}, Not: []string{"café society"}}
	pieces := []string{"vaccin", "Vaccine", "tax", "TAX", "es", "debt", "de", "fi", "cit", "health", " care", "poor", "café", "CAFÉ",
		"society", "zone", "x", "k", "\u212a", "é", "-", "'", " ", ",", "—", "’", "\xff", "19"}
	rng := rand.New(rand.NewSource(1))
	for _, topics := range [][]*rules.Topic{rs.Topics, append(rs.Topics[:len(rs.Topics):len(rs.Topics)], user)} {
		ix := newTopicIndex(topics)
		for range 3000 {
			text := randomText(rng, pieces, 16)
			assert.Equal(t, scoreByWordList(ix, text, toLower(text)), ix.score(text), "%q", text)
		}
	}
}
