package rules

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The line filter may only ever reject a string that regexp2 does not
// match. Checked for every pattern of the defaults on the lines and
// paragraphs of the bundled texts, as the structure stage gives them, and
// on strings made to probe what the DFA reads loosely.
func TestLineFilterNeverRejectsAMatch(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	texts := lineFilterTexts(t)
	filtered, rejected := 0, 0
	for _, p := range allPatterns(s) {
		f := NewLineFilter(p)
		if f == nil {
			continue
		}
		filtered++
		rejected += requireRejectsNoMatch(t, "line filter", p, texts, func(w string) bool { return !f.MayMatch(w) })
	}
	for _, r := range s.Speakers {
		assert.NotNil(t, NewLineFilter(r.Re), "speaker rule %s gets a filter", r.Name)
	}
	assert.Greater(t, rejected, 0)
	t.Logf("%d patterns filtered; %d strings rejected", filtered, rejected)
}

// lineFilterTexts are the lines and paragraphs of the bundled texts, as
// the structure stage gives them to the patterns, and strings made to
// probe what the translations read loosely.
func lineFilterTexts(t *testing.T) []string {
	var texts []string
	for _, name := range []string{"diplomacy-press-conference-2022-09-29.txt", "budget-press-call-2024-03-11.txt"} {
		raw, err := os.ReadFile(filepath.Join("..", "testdata", name))
		require.NoError(t, err)
		for _, para := range strings.Split(string(raw), "\n\n") {
			texts = append(texts, para, para[:min(len(para), 160)])
			for _, line := range strings.Split(para, "\n") {
				texts = append(texts, line, line+"\n", line[:min(len(line), 160)])
			}
		}
	}
	if testing.Short() { // the race run: a sample of the texts' lines
		var sample []string
		for i := 0; i < len(texts); i += 7 {
			sample = append(sample, texts[i])
		}
		texts = sample
	}
	texts = append(texts, "", "\n", "Q", "A:", "5\n", "’23", "MR. KIRBY:", "MR. KIRBY:\n", "É 5", "x\U0001F600",
		"Ä Ölund:", "TAG\n", "KELVIN \u212A:", "[00:01:23] Jane Doe:", "Speaker 7 (00:00):", "PM' We will", "t'RLETON: Prime",
		"(LAUGHTER)", "[crosstalk 00:41:08]", "- 4 -", "Page 3 of 9", "PAGE 3", "Participants:", "Q    Hey", "Q4 growth",
		// What the exact rewrite spells out: Unicode white space, word
		// characters and digits, invalid bytes, a final line break.
		"MR.\u00a0KIRBY: Thanks", "DR\u2028SMITH: Yes", "Jos\u00e9 Mar\u00eda:", "Ab\u200dC De: x", "\xffBOB: x",
		"BOB\xff: x", "Ann Lee (0\u0663:12):", "Q\u3000Hello", "It\u2019s Ann Lee from Reuters", "Page \u0665", "(\xff)")
	return texts
}

func TestLineFilterShapes(t *testing.T) {
	for _, c := range []struct {
		pattern     string
		match, miss []string
	}{
		{`^\s*(?<label>[A-Z]+)\s*:(?=\S)`, []string{"MR:x", " AB : y"}, []string{"Ab: x", "AB x", "AB:"}},
		{`^A(?=B)\w`, []string{"AB"}, []string{}},
		{`^(?i)page\s+\d+$`, []string{"Page 3", "PAGE 12\n", "pa\u212Ae 3"}, []string{"Pages 3", "page 3 of"}},
		{`^(?i:q)\b\.?$`, []string{"Q", "q."}, []string{"Qu"}},
		{`^[’']s\b`, []string{"’s", "'s"}, []string{"s"}},
		{`^a{2,3}b`, []string{"aab", "aaab", "aaaab"}, []string{"ab", "aac"}},
		{`\bfrom\s+[A-Z]`, []string{"He is from Paris", "from X"}, []string{"from here", "frOm X"}},
		// The probe blocks read exactly; other non-ASCII characters loosely.
		{`^[A-Z][A-Z.’]+\s*:`, []string{"AB’\u00a0: x", "AB\u3000: x", "A\u4e00:"}, []string{"Q\u00a0\u00a0: x", "AB\u201c: x", "A\u00e9: x"}},
	} {
		f := NewLineFilter(MustCompile(c.pattern))
		require.NotNil(t, f, c.pattern)
		for _, s := range c.match {
			assert.True(t, f.MayMatch(s), "%q on %q", c.pattern, s)
		}
		for _, s := range c.miss {
			assert.False(t, f.MayMatch(s), "%q on %q", c.pattern, s)
		}
	}
	for _, p := range []string{`^(a)\1`, `^[a-z-[aeiou]]`, `(?x)^a b`, `^(?(a)b|c)`} {
		assert.Nil(t, NewLineFilter(MustCompile(p)), p)
	}
}

// No match of a pattern starts before FirstStart, and Go's matcher, given
// the text from the character before it, finds regexp2's match.
func TestFirstStartBoundsTheMatch(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	texts := lineFilterTexts(t)
	bounded := 0
	for _, p := range allPatterns(s) {
		f := NewLineFilter(p)
		if f == nil || f.rev == nil {
			continue
		}
		bounded++
		m := NewLineMatcher(p)
		for _, w := range texts {
			want, err := p.Find(w)
			if err != nil {
				continue // timed out: unknown
			}
			first := f.FirstStart(w)
			if want == nil {
				continue
			}
			require.LessOrEqual(t, first, want.Start, "pattern %q on %q", p.src, w)
			from := max(first-1, 0)
			got, ok := m.Find(w[from:])
			if !ok {
				continue
			}
			require.NotNil(t, got, "pattern %q on %q", p.src, w)
			require.Equal(t, want.Start, got.Start+from, "pattern %q on %q", p.src, w)
			require.Equal(t, want.End, got.End+from, "pattern %q on %q", p.src, w)
		}
	}
	assert.NotNil(t, NewLineFilter(s.ReporterIntro).rev, "reporter_intro is bounded")
	t.Logf("%d patterns bounded", bounded)
}

func TestFirstStartShapes(t *testing.T) {
	for _, c := range []struct {
		pattern, s string
		first      int
	}{
		{`\bfrom\s+[A-Z]`, "He is from Paris", len("He is ")},
		{`\bfrom\s+[A-Z]`, "from here", len("from here") + 1},
		{`(?<=x)(?<label>\d+)`, "ax22", 2},
		{`a*`, "bbb", 0},
		{`ab|c(?=d)`, "xxcd ab", 2},
		{`^ab`, "xxab", 0}, // anchored: not bounded
		{`ab$`, "ab", 0},
	} {
		assert.Equal(t, c.first, NewLineFilter(MustCompile(c.pattern)).FirstStart(c.s), "%q on %q", c.pattern, c.s)
	}
}

// A widened pattern, on the strings it answers for, finds regexp2's match
// of the pattern.
func TestShortMatcherAgreesWithRegexp2(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	texts := lineFilterTexts(t)
	for _, r := range s.Speakers {
		if r.Name == "label-own-line" {
			assert.NotNil(t, NewShortMatcher(r.Re), "speaker rule %s is widened", r.Name)
		}
	}
	// The own-line label pattern with a longer repeat, and strings on both
	// sides of its bound.
	own := MustCompile(`^(?<label>[A-Z]\w*(?:\s+(?:[A-Z]\w*|of|from|the|and|for|de|la|le|du|van|von|der|bin|al|da|di|on|at|in|with|&)){0,12})\s*:\s*$`)
	for _, n := range []int{1, 7, 8, 9, 10, 11, 12, 13, 14} {
		texts = append(texts, strings.Repeat("A ", n)+"A:", strings.Repeat("Ab ", n)+"Ab:", strings.Repeat("A of ", n)+"B:",
			strings.Repeat("Abcdef\u00a0", n)+"Ab :", strings.Repeat("Ab  (Cd ef) ", n)+"X:")
	}
	answered := 0
	for _, p := range append(allPatterns(s), own) {
		m := NewShortMatcher(p)
		if m == nil {
			continue
		}
		for _, w := range texts {
			if !m.Answers(w) {
				continue
			}
			want, err := p.Find(w)
			if err != nil {
				continue // timed out: unknown
			}
			got, ok := m.Find(w)
			if !ok {
				continue
			}
			answered++
			if want == nil || got == nil {
				require.Equal(t, want == nil, got == nil, "pattern %q on %q", p.src, w)
				continue
			}
			for k := range want.Groups {
				if _, err := strconv.Atoi(k); err == nil {
					delete(want.Groups, k)
				}
			}
			require.Equal(t, want, got, "pattern %q on %q", p.src, w)
		}
	}
	assert.Greater(t, answered, 100)
}

func TestShortMatcherShapes(t *testing.T) {
	words := strings.Repeat("|alpha|beta|gamma|delta|epsilon", 4)
	m := NewShortMatcher(MustCompile(`^(?<label>x(?:\s+(?:[A-Z]+` + words + `)){0,9})\s*:$`))
	require.NotNil(t, m)
	require.Len(t, m.bounds, 1)
	assert.Equal(t, 20, m.bounds[0].under, "(9+1) repeats of at least two characters")
	assert.NotNil(t, m.bounds[0].run, "each repeat opens with a run of white space")
	assert.True(t, m.Answers("x AB alpha:"))
	assert.True(t, m.Answers("x "+strings.Repeat("AB ", 8)+"ALPHABETICALLY:"), "nine runs")
	assert.False(t, m.Answers("x "+strings.Repeat("AB ", 9)+"ALPHABETICALLY:"), "ten runs")
	assert.False(t, NewShortMatcher(MustCompile(`^(?<label>x(?:\s*(?:[A-Z]+`+words+`)){0,9})\s*:$`)).Answers(strings.Repeat("x", 20)),
		"a repeat that need not open with white space: the length alone bounds it")
	got, ok := m.Find("x AB alpha:")
	require.True(t, ok)
	assert.Equal(t, "x AB alpha", got.Groups["label"])
	// Nothing to widen, or a group that may match nothing: no matcher.
	for _, p := range []string{`^a{0,900}b`, `^(?:a?` + words + `){0,9}$`, `^\d+$`} {
		assert.Nil(t, NewShortMatcher(MustCompile(p)), p)
	}
}

// Where a pattern translates to Go's regexp, the two must find the same
// match with the same named groups.
func TestLineMatcherAgreesWithRegexp2(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	texts := lineFilterTexts(t)
	exact := 0
	for _, p := range allPatterns(s) {
		m := NewLineMatcher(p)
		if m == nil {
			continue
		}
		exact++
		for _, w := range texts {
			want, err := p.Find(w)
			if err != nil {
				continue // timed out: unknown
			}
			got, ok := m.Find(w)
			if !ok {
				continue
			}
			matched, _ := m.MatchString(w)
			require.Equal(t, want != nil, matched, "pattern %q on %q", p.src, w)
			if want == nil || got == nil {
				require.Equal(t, want == nil, got == nil, "pattern %q on %q", p.src, w)
				continue
			}
			for k := range want.Groups {
				if _, err := strconv.Atoi(k); err == nil {
					delete(want.Groups, k) // numbered groups are not reported
				}
			}
			require.Equal(t, want, got, "pattern %q on %q", p.src, w)
		}
	}
	for _, r := range s.Speakers {
		if r.Layout == "inline" {
			assert.NotNil(t, NewLineMatcher(r.Re), "speaker rule %s translates", r.Name)
		}
	}
	t.Logf("%d patterns translate exactly", exact)
}

func TestLineMatcherShapes(t *testing.T) {
	for _, c := range []struct {
		pattern, s string
		label      string // "" for no match
		end        int
	}{
		{`^(?<label>\w+)\s*:(?=\S)`, "José\u00a0:x", "José", len("José\u00a0:")},
		{`^(?<label>\w+)\s*:(?=\S)`, "José:", "", 0},
		{`^(?<label>[A-Z]+)(?:[:;]|'(?=\s))`, "AB' x", "AB", 3},
		{`\bfrom\s+(?<label>[A-Z]\w*)`, "Ann from Reuters", "Reuters", len("Ann from Reuters")},
		{`(?<=x)(?<label>\d+)`, "x22", "22", 3},
		{`^(?<label>\d+)$`, "\u0663\u0664", "\u0663\u0664", len("\u0663\u0664")},
	} {
		m := NewLineMatcher(MustCompile(c.pattern))
		require.NotNil(t, m, c.pattern)
		got, ok := m.Find(c.s)
		require.True(t, ok, "%q on %q", c.pattern, c.s)
		if c.label == "" {
			assert.Nil(t, got, "%q on %q", c.pattern, c.s)
			continue
		}
		require.NotNil(t, got, "%q on %q", c.pattern, c.s)
		assert.Equal(t, c.label, got.Groups["label"], "%q on %q", c.pattern, c.s)
		assert.Equal(t, c.end, got.End, "%q on %q", c.pattern, c.s)
	}
	// A final lookahead of two characters reads past where the match's
	// filter says it ends: the guided matcher runs on the whole string.
	for _, c := range []struct{ s, label string }{{"CHAIR POWELL. Good afternoon.", "CHAIR POWELL"}, {"GOOD EVENING. I'M HERE", ""}} {
		m := NewLineMatcher(MustCompile(`^\s*(?<label>[A-Z]+(?:\s+[A-Z]+){1,3})\.\s+(?=[A-Z][a-z])`)).Guided()
		require.NotNil(t, m)
		got, ok := m.Find(c.s)
		require.True(t, ok, c.s)
		if c.label == "" {
			assert.Nil(t, got, c.s)
			continue
		}
		require.NotNil(t, got, c.s)
		assert.Equal(t, c.label, got.Groups["label"])
		assert.Equal(t, len("CHAIR POWELL. "), got.End)
	}
	// Left to regexp2: a first match that fails a lookaround (regexp2 looks
	// further), and $ where it may stand before a final line break.
	_, ok := NewLineMatcher(MustCompile(`^(?<label>[A-Z]+)(?:[:;]|'(?=\s))`)).Find("AB'x")
	assert.False(t, ok)
	_, ok = NewLineMatcher(MustCompile(`^a$`)).Find("a\n")
	assert.False(t, ok)
	for _, p := range []string{`(?i)^a(?=b)c`, `^(?>a+)b`, `^(a*)+$`, `^(?=ab)a`, `^(?:a(?=b))+`} {
		assert.Nil(t, NewLineMatcher(MustCompile(p)), p)
	}
}

// A pattern whose DFA has no room (the roster's "Name Name, role", with
// its long list of role words in any case) gets the filter of its head:
// it turns away what cannot begin a match, and cannot tell where one
// ends.
func TestHeadFilter(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	var p *Regex
	for _, r := range s.Roster {
		if r.Name == "roster-name-role" {
			p = r.Re
		}
	}
	require.NotNil(t, p)
	f := NewLineFilter(p)
	require.NotNil(t, f)
	require.True(t, f.head)
	texts := []string{"Jane Doe, Minister of Health", "Jane Doe, minister of health", " Ann Lee, Reuters", "Thank you, everyone.",
		"Jane Doe: minister", "JANE DOE, MINISTER", "Jane, minister", "Jane Doe,"}
	requireRejectsNoMatch(t, "head filter", p, texts, func(w string) bool { return !f.MayMatch(w) })
	assert.True(t, f.MayMatch("Jane Doe, Minister of Health"))
	assert.False(t, f.MayMatch("Thank you, everyone."))
	assert.False(t, f.MayMatch("Jane Doe: minister"))
	assert.Equal(t, len("Jane Doe, x"), f.LastEnd("Jane Doe, x"))
	assert.Equal(t, -1, f.LastEnd("Jane: x"))
	assert.Equal(t, 0, f.FirstStart("Jane Doe, x"))
}
