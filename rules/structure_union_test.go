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
	s, byLayout := speakerPatternsByLayout(t)
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
		// (bench/instructions, +0.1%, within its spread), a sixth (a voice
		// in brackets, "(Unidentified Speaker):") +0.2%, a seventh (an
		// office in capitals, "THE CHAIRPERSON, COMMITTEE ON BUDGET (Mr
		// Geoffrey Okello):") +0.1% (809.1M → 809.8M); many more would show.
		require.LessOrEqual(t, len(union), 10, "%s: the layout's patterns need more automata than ten", layout)
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

// A plan (unionplans.txt) only saves the search: the layouts' filters are
// the ones the search builds, automaton for automaton, and a plan that
// does not fit the patterns is not followed.
func TestUnionPlansGiveTheSearchsFilters(t *testing.T) {
	_, byLayout := speakerPatternsByLayout(t)
	texts := append(lineFilterTexts(t), guideTexts()...)
	for layout, res := range byLayout {
		plan, ok := unionPlans()[unionKey(res)]
		require.True(t, ok, "%s: no plan for the default patterns (go test ./extractor -run UnionPlans -update-union-plans)", layout)
		planned, searched := NewUnionFilters(res), searchUnions(res, nil)
		require.Len(t, planned, len(searched), layout)
		require.Len(t, plan, len(searched), layout)
		for _, w := range texts {
			require.Equal(t, searched.MayMatch(w), planned.MayMatch(w), "%s on %q", layout, w)
		}
	}
	_, ok := unionsByPlan(byLayout["inline"], []int{1})
	require.False(t, ok, "a plan for fewer patterns")
	_, ok = unionsByPlan(byLayout["inline"], []int{len(byLayout["inline"])})
	require.False(t, ok, "a plan whose group is too large for one automaton")
}

// speakerPatternsByLayout returns the default rules and their speaker
// patterns by layout, in the rules' order.
func speakerPatternsByLayout(t *testing.T) (*Set, map[string][]*Regex) {
	s, err := Default()
	require.NoError(t, err)
	byLayout := map[string][]*Regex{}
	for _, r := range s.Speakers {
		byLayout[r.Layout] = append(byLayout[r.Layout], r.Re)
	}
	return s, byLayout
}
