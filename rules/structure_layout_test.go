package rules

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// A filter's table in 32 bits (the form of a filter whose offsets pass
// 16 bits) walks as in 16: every filter of the defaults' patterns, and of
// random ones, answers the same in both forms on the bundled texts and
// on random strings.
func TestWideFilterWalksAsNarrow(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	var filters []*LineFilter
	for _, p := range append(allPatterns(s), randomLinePatterns(120)...) {
		filters = append(filters, NewLineFilter(p))
		if m := NewLineMatcher(p); m != nil {
			filters = append(filters, m.near())
		}
	}
	var texts []string
	for i, s := range lineFilterTexts(t) {
		if i%4 == 0 {
			texts = append(texts, s)
		}
	}
	texts = append(texts, guideTexts()...)
	walked := 0
	for _, f := range filters {
		if f == nil {
			continue
		}
		require.Nil(t, f.wide.next, "the filters here fit in 16 bits")
		w := widened(f)
		walked++
		for _, s := range texts {
			require.Equal(t, f.LastEnd(s), w.LastEnd(s), "%q", s)
			require.Equal(t, f.MayMatch(s), w.MayMatch(s), "%q", s)
			require.Equal(t, f.FirstStart(s), w.FirstStart(s), "%q", s)
		}
	}
	require.Greater(t, walked, 150)
}

// widened is f with its tables in 32 bits.
func widened(f *LineFilter) *LineFilter {
	w := *f
	w.narrow = filterTable[uint16]{}
	w.wide = filterTable[uint32]{start: uint32(f.narrow.start), acceptFrom: uint32(f.narrow.acceptFrom)}
	for _, c := range f.narrow.next {
		w.wide.next = append(w.wide.next, uint32(c))
	}
	if f.rev != nil {
		w.rev = widened(f.rev)
	}
	return &w
}

// randomLinePatterns are patterns of the pieces of label patterns:
// classes, literals, anchors, groups and repeats.
func randomLinePatterns(n int) []*Regex {
	atoms := []string{"[A-Z]", "[a-z]+", "[A-Z][a-z]+", "\\.", ":", " ", "\\s+", "\\w", "\\d{1,2}", "(?:Mr|Ms|Dr)", "é", "’", "[’']", "Q", ".", "\\b", "\\(", "\\)"}
	quants := []string{"", "", "", "?", "*", "+", "{0,3}", "{1,4}"}
	rng := rand.New(rand.NewPCG(11, 12))
	var gen func(depth int) string
	gen = func(depth int) string {
		var b strings.Builder
		for range 1 + rng.IntN(4) {
			if depth > 0 && rng.IntN(4) == 0 {
				b.WriteString("(?:" + gen(depth-1) + "|" + gen(depth-1) + ")")
			} else {
				b.WriteString(atoms[rng.IntN(len(atoms))])
			}
			b.WriteString(quants[rng.IntN(len(quants))])
		}
		return b.String()
	}
	var out []*Regex
	for len(out) < n {
		src := gen(2)
		switch rng.IntN(4) {
		case 0:
			src = "^" + src
		case 1:
			src = "^(?<label>" + src + "):"
		case 2:
			src = "(?i)" + src + "$"
		}
		if re, err := compile(src); err == nil {
			out = append(out, re)
		}
	}
	return out
}

// The guided matcher finds Go's match on random patterns too (the guide
// in its flat 16-bit layout; an unanchored pattern whose match may be
// empty, by Go's search), on random strings of label pieces.
func TestGuideOfRandomPatternsAgreesWithGo(t *testing.T) {
	texts := guideTexts()[:2000]
	guided := 0
	for _, p := range randomLinePatterns(150) {
		m := NewLineMatcher(p).Guided()
		if m == nil || m.guide() == nil {
			continue
		}
		guided++
		for _, w := range texts {
			require.Equal(t, locateByGo(m, w), m.locate(w, nil), "pattern %q on %q", m.re.String(), w)
		}
	}
	require.Greater(t, guided, 50)
}
