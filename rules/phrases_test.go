package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// phraseList renders the phrases, white space as "_".
func phraseList(ph *Phrases) []string {
	if ph == nil {
		return nil
	}
	var out []string
	for _, g := range ph.groups {
		for _, rest := range g.rests {
			out = append(out, strings.Join(append([]string{g.first}, rest...), "_"))
		}
	}
	return out
}

func TestPhrasesOf(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		want    []string
	}{
		{`(?i)\b(?:last|this)\s+(?:year|month)\b`, []string{"last_year", "last_month", "this_year", "this_month"}},
		{`\b(?:(?:over|in)\s+)?the\s+(?:past|last)\s+(?:\d+\s+)?years?`, []string{"the_past", "the_last"}},
		{`(?i)The\s+Past`, []string{"the_past"}},
		{`a (?:b|c\s)\s+d`, []string{"a_b_d", "a_c_d"}},
		{`(?:the\s+past)+`, []string{"the_past"}},
		{`(?<when>last\s+year)`, []string{"last_year"}},
		{`x(?=y)\s+z`, []string{"x_z"}},
		{`the\s*past`, nil},            // "thepast" holds no white space
		{`(?:the\s+past)?`, nil},       // may match nothing
		{`the\s+(?:past|[a-z]+)`, nil}, // one branch unknown
		{`x\d+\s+y`, nil},              // one word each side of the unknown
		{`(?=the\s+past)`, nil},        // a lookahead holds nothing of the match
		{`(a)\s+\1`, nil},              // a back-reference
		{`(?x)a b`, nil},               // white space is not text
		{`a\x20b`, nil},                // a code escape
		{`(?#c)a\s+b`, nil},            // a comment
	} {
		re, err := compile(tc.pattern)
		require.NoError(t, err, tc.pattern)
		assert.Equal(t, tc.want, phraseList(PhrasesOf(re)), tc.pattern)
	}
}

// Phrases may only ever rule out a text that regexp2 would not match.
// Checked for every pattern of the defaults that has them, and some more,
// on the sentences of the bundled texts and on changed copies of them
// (other white space, other case).
func TestPhrasesNeverRejectAMatch(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	pats := allPatterns(s)
	for _, src := range []string{`(?i)in\s+the\s+(?:first|second)\s+half`, `\bthe\s+(?:[A-Z]\w+\s+)?(?:report|survey)\s+found`, `a (?:b|c)`} {
		pats = append(pats, MustCompile(src))
	}
	var texts []string
	for _, name := range []string{"diplomacy-press-conference-2022-09-29.txt", "budget-press-call-2024-03-11.txt"} {
		raw, err := os.ReadFile(filepath.Join("..", "testdata", name))
		require.NoError(t, err)
		for _, sentence := range strings.SplitAfter(string(raw), ".") {
			texts = append(texts, sentence,
				strings.ReplaceAll(sentence, " ", "\u00a0\n"),
				strings.ReplaceAll(sentence, " ", " \u2009"),
				strings.ToUpper(sentence),
				strings.ReplaceAll(strings.ToUpper(sentence), "K", "\u212a"), // Kelvin sign: lower-cases to k
			)
		}
	}
	texts = append(texts, "the past year", "The Past  Year", "the\vpast\u3000year", "THE LAST DECADE", "a b", "a  b", "a\tc", "a\xffb")
	derived, ruledOut := 0, 0
	for _, p := range pats {
		ph := PhrasesOf(p)
		if ph == nil {
			continue
		}
		derived++
		for _, text := range texts {
			in := text
			if ph.Fold {
				in = strings.ToLower(text)
			}
			if ph.In(in) {
				continue
			}
			ruledOut++
			ok, err := p.re.MatchString(text)
			if err == nil && ok {
				t.Fatalf("pattern %q: phrases %q rule out %q, which it matches", p.src, phraseList(ph), text)
			}
		}
	}
	assert.Greater(t, derived, 5)
	assert.Greater(t, ruledOut, 0)
}
