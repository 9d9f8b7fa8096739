package rules

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// The union of the speaker patterns of a layout (one automaton, or a few
// where one would need too many states) turns a string away only where
// each pattern's own filter does, and lets it through where one would:
// checked on the lines and paragraphs of the bundled texts and on random
// strings of label pieces.
func TestUnionFilterIsTheFiltersTogether(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	byLayout := map[string][]*Regex{}
	for _, r := range s.Speakers {
		byLayout[r.Layout] = append(byLayout[r.Layout], r.Re)
	}
	filters := map[*Regex]*LineFilter{}
	for _, r := range s.Speakers {
		filters[r.Re] = NewLineFilter(r.Re)
	}
	texts := append(lineFilterTexts(t), guideTexts()...)
	rejected := 0
	for layout, res := range byLayout {
		union := NewUnionFilters(res)
		require.NotContains(t, union, (*LineFilter)(nil), "%s: a pattern with no filter lets every line through", layout)
		// Each automaton is anchored at the line's start and dies within
		// a few bytes of most paragraphs: a fourth for the inline labels
		// (label-inline-hearing) and a fifth (a role's holder in brackets,
		// "Host (Maya Lindqvist):") cost no instructions measured
		// (bench/instructions, +0.1%, within its spread); many more would
		// show.
		require.LessOrEqual(t, len(union), 5, "%s: the layout's patterns need more automata than five", layout)
		for _, w := range texts {
			some := false
			for _, r := range res {
				some = some || filters[r].MayMatch(w)
			}
			require.Equal(t, some, union.MayMatch(w), "%s on %q", layout, w)
			if !some {
				rejected++
			}
		}
	}
	require.Greater(t, rejected, 1000)
	require.Nil(t, NewUnionFilter(nil))
}
