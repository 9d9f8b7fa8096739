package rules

import (
	"math/rand"
	"testing"
	"unicode"

	"github.com/stretchr/testify/require"
)

// TestHasDigitRun holds the skipping search to a plain count of the runes.
func TestHasDigitRun(t *testing.T) {
	plain := func(s string, n int) bool {
		run := 0
		for _, r := range s {
			if unicode.IsDigit(r) {
				if run++; run >= n {
					return true
				}
			} else {
				run = 0
			}
		}
		return false
	}
	pieces := []string{"1", "2", "a", " ", "\u0663", "\u0664", "é", "\xff", "-", "0"}
	rng := rand.New(rand.NewSource(1))
	for range 200000 {
		var s string
		for k := rng.Intn(14); k > 0; k-- {
			s += pieces[rng.Intn(len(pieces))]
		}
		for n := 1; n <= 5; n++ {
			require.Equal(t, plain(s, n), hasDigitRun(s, n), "%q %d", s, n)
		}
	}
}
