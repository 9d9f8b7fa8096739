package extractor

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// clauseByWalk is clauseOf as it was written before it searched for the
// marks: the reference the search must agree with.
func clauseByWalk(src string, sp span, start, end int) string {
	i := start
	for i > sp.Start && !strings.ContainsRune(",;:(—–", rune(src[i-1])) && !strings.HasSuffix(src[sp.Start:i], "—") {
		i--
	}
	j := end
	for j < sp.End && !strings.ContainsRune(",;:)—–", rune(src[j])) && !strings.HasPrefix(src[j:sp.End], "—") {
		j++
	}
	return src[i:j]
}

func TestClauseOfAgreesWithTheWalk(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "testdata", "diplomacy-press-conference-2022-09-29.txt"))
	require.NoError(t, err)
	marks := strings.Repeat("x—y, (z) ;:— a – b", 30)
	src := string(raw) + marks
	r := rand.New(rand.NewSource(1))
	for range 100000 {
		a, b := r.Intn(len(src)), r.Intn(len(src))
		if r.Intn(2) == 0 { // among the marks
			a, b = len(src)-r.Intn(len(marks)), len(src)-r.Intn(len(marks))
		}
		a, b = min(a, b), min(max(a, b), min(a, b)+300)
		start, end := a+r.Intn(b-a+1), a+r.Intn(b-a+1)
		start, end = min(start, end), max(start, end)
		sp := span{a, b}
		require.Equal(t, clauseByWalk(src, sp, start, end), clauseOf(src, sp, start, end), "%v %d %d", sp, start, end)
	}
}
