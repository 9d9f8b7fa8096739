package rules

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The guide, run on the string cut past the last place the filter lets a
// match end, finds the match Go's matcher finds on the whole string, with
// the same groups: checked for every pattern of the defaults that
// translates (and the widened label pattern) on the lines and paragraphs
// of the bundled texts and on random strings of what labels are made of.
func TestGuideAgreesWithGo(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	texts := append(lineFilterTexts(t), guideTexts()...)
	var matchers []*LineMatcher
	for _, p := range allPatterns(s) {
		if m := NewLineMatcher(p); m != nil {
			matchers = append(matchers, m.Guided())
		}
		if m := NewShortMatcher(p).Guided(); m != nil {
			matchers = append(matchers, m.LineMatcher)
		}
	}
	guided, matched := 0, 0
	for _, m := range matchers {
		if m.guide() == nil {
			continue
		}
		guided++
		for _, w := range texts {
			want := locateByGo(m, w)
			got := m.locate(w, nil)
			require.Equal(t, want, got, "pattern %q on %q", m.re.String(), w)
			if got != nil {
				matched++
			}
		}
	}
	for _, r := range s.Speakers {
		if m := NewLineMatcher(r.Re); m != nil {
			assert.NotNil(t, m.guide(), "speaker rule %s is guided", r.Name)
		}
	}
	assert.Greater(t, matched, 1000)
	t.Logf("%d patterns guided, %d matches", guided, matched)
}

// locateByGo is LineMatcher.locate by Go's matcher alone, without a
// filter.
func locateByGo(m *LineMatcher, s string) []int {
	if m.starts == nil {
		return m.re.FindStringSubmatchIndex(s)
	}
	for i := range s {
		if loc := m.from.FindStringSubmatchIndex(s[i:]); loc != nil {
			for k := range loc {
				if loc[k] >= 0 {
					loc[k] += i
				}
			}
			return loc
		}
	}
	return nil
}

// guideTexts are random strings of the pieces of labels, speech and
// reporters' introductions.
func guideTexts() []string {
	pieces := []string{"MR.", "MS", "DR", "Q", "QUESTION", "A", "Ann", "Lee", "KIRBY", "O'BRIEN", "Jean-Pierre", "of", "the", "from",
		":", ";", "'", "’", " ", "  ", "\t", "\u00a0", "\n", "(00:52)", "[00:01:23]", "(", ")", "5", "12", ".", ",",
		"It’s", "I'm", "This is", "My name is", "Reuters", "with", "é", "Ö", "ж", "\xff", "x", "speech", "Thanks"}
	rng := rand.New(rand.NewPCG(7, 8))
	var out []string
	for range 5000 {
		var b strings.Builder
		for range 1 + rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		out = append(out, b.String())
	}
	return out
}

func TestGuideShapes(t *testing.T) {
	for _, c := range []struct {
		pattern, s string
		want       []int
	}{
		{`^(?<x>a|ab)(?<y>c|bcd)`, "abcd", []int{0, 4, 0, 1, 1, 4}},
		{`^(?<x>a*)(?<y>a*)`, "aaa", []int{0, 3, 0, 3, 3, 3}},
		{`^(?<x>a*?)(?<y>a*)`, "aaa", []int{0, 3, 0, 0, 0, 3}},
		{`^(?:(?<x>a)|b)+`, "aba", []int{0, 3, 2, 3}},
		{`^(?:(?<x>a)|(?<y>b))+`, "ab", []int{0, 2, 0, 1, 1, 2}},
		{`^a+\z`, "aa", []int{0, 2}},
		{`^a+\z`, "aab", nil},
	} {
		m := NewLineMatcher(MustCompile(c.pattern))
		require.NotNil(t, m, c.pattern)
		require.NotNil(t, m.guide(), c.pattern)
		loc, ok := m.guide().find(c.s, true, nil)
		require.True(t, ok, c.pattern)
		assert.Equal(t, c.want, loc, "%q on %q", c.pattern, c.s)
	}
	assert.Nil(t, NewLineMatcher(MustCompile(`^a|b`)).guide(), "not anchored")
	_, ok := NewLineMatcher(MustCompile(`^\w+`)).guide().find("ж", true, nil)
	assert.False(t, ok, "a character the guide does not read")
}

// FindInto reuses the match it is given: a group of the last match that
// the next one does not take part in is gone.
func TestFindIntoReusesTheMatch(t *testing.T) {
	m := NewLineMatcher(MustCompile(`^(?:(?<a>x+)|(?<b>y+))\s*:`)).Guided()
	require.NotNil(t, m)
	var out Match
	for _, c := range []struct {
		s      string
		groups map[string]string
	}{
		{"xx: 1", map[string]string{"a": "xx"}},
		{"y :", map[string]string{"b": "y"}},
	} {
		found, ok := m.FindInto(c.s, &out)
		require.True(t, found && ok, c.s)
		want, _ := m.Find(c.s)
		assert.Equal(t, c.groups, out.Groups, c.s)
		assert.Equal(t, *want, out, c.s)
	}
	found, ok := m.FindInto("z:", &out)
	assert.True(t, ok)
	assert.False(t, found)
}
