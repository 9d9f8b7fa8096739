package extractor

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// spacedTail is the end of strings.Join(strings.Fields(s), " ") on any
// bytes, white space of every kind and broken UTF-8 included.
func TestSpacedTail(t *testing.T) {
	pieces := []string{"a", "Bc", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\u0085", "—", "é", "\xe2\x80", "\xa0", "\xc2", "-", "x1"}
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for range rng.Intn(12) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		joined := strings.Join(strings.Fields(s), " ")
		for n := 1; n < 12; n++ {
			got := string(spacedTail(s, make([]byte, n)))
			if want := joined[max(0, len(joined)-n):]; got != want {
				t.Fatalf("spacedTail(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}

// falseStartAt is the regular expression it replaced, read from the end.
func TestFalseStartAt(t *testing.T) {
	re := regexp.MustCompile(`\s*\S*\w-\s*[—–]\s*$`)
	pieces := []string{"t", "_", "-", " ", "\n", "\v", "—", "–", "é", "\xe2\x80", "below", ".", "\u00a0"}
	rng := rand.New(rand.NewSource(1))
	for range 50000 {
		var b strings.Builder
		for range rng.Intn(10) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		want := -1
		if loc := re.FindStringIndex(s); loc != nil {
			want = loc[0]
		}
		if got := falseStartAt(s); got != want {
			t.Fatalf("falseStartAt(%q) = %d, want %d", s, got, want)
		}
	}
}
