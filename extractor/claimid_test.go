package extractor

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSpacesNormalizedAgreesWithFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\nb", "a\u00a0b", "a\u0085b", "a\u2003b",
		"It rose by 5%.", "“Quoted” — dash", "a \xff b", "\xffa", "a\u200bb", "a\x01b", "a\x1fb", "a\vb", "a\fb", "a\rb", "\u3000x"} {
		assert.Equal(t, s == strings.Join(strings.Fields(s), " "), spacesNormalized(s), "%q", s)
	}
}

// TestSpacesNormalizedRandom holds the eight-byte steps to strings.Fields on
// random text of spaces, letters, control bytes and multi-byte runes.
func TestSpacesNormalizedRandom(t *testing.T) {
	pieces := []string{" ", " ", "  ", "a", "Bc", "xyz!", ".", "\t", "\n", "\x01", "\x1f", "\u00a0", "\u2003", "é", "\xff", "\x7f", "~"}
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		s := randomText(rng, pieces, 30)
		if got, want := spacesNormalized(s), s == strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("spacesNormalized(%q) = %v, want %v", s, got, want)
		}
	}
}
