package extractor

import (
	"math/rand"
	"strings"
)

// randomText joins fewer than n pieces drawn at random: the input of the
// tests that hold a fast path to the code it replaced.
func randomText(rng *rand.Rand, pieces []string, n int) string {
	var b strings.Builder
	for range rng.Intn(n) {
		b.WriteString(pieces[rng.Intn(len(pieces))])
	}
	return b.String()
}
