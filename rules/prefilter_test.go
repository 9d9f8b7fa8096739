package rules

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dlclark/regexp2"
	"github.com/dlclark/regexp2/syntax"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// allPatterns walks a rule set and returns every compiled pattern in it.
func allPatterns(s *Set) []*Regex {
	var out []*Regex
	seen := map[uintptr]bool{}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if v.IsNil() || seen[v.Pointer()] {
				return
			}
			seen[v.Pointer()] = true
			if re, ok := v.Interface().(*Regex); ok {
				out = append(out, re)
				return
			}
			walk(v.Elem())
		case reflect.Struct:
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		}
	}
	walk(reflect.ValueOf(s))
	return out
}

// testWindows are the strings the prefilter tests try: windows of the
// bundled texts before and after many positions, as the engine uses them,
// lines, and odd strings.
func testWindows(t *testing.T) []string {
	var texts []string
	for _, name := range []string{"diplomacy-press-conference-2022-09-29.txt", "budget-press-call-2024-03-11.txt"} {
		raw, err := os.ReadFile(filepath.Join("..", "testdata", name))
		require.NoError(t, err)
		texts = append(texts, string(raw))
	}
	texts = append(texts, "", "\n", "Q", "A:", "5\n", "’23", "MR. KIRBY:", "É 5", "x\U0001F600")
	var windows []string
	for _, text := range texts {
		step := 1
		if len(text) > 1000 {
			step = 17
		}
		for i := 0; i <= len(text); i += step {
			for i < len(text) && !utf8.RuneStart(text[i]) {
				i++
			}
			lo, hi := max(0, i-120), min(len(text), i+120)
			for lo < i && !utf8.RuneStart(text[lo]) {
				lo++
			}
			for hi > i && hi < len(text) && !utf8.RuneStart(text[hi]) {
				hi--
			}
			windows = append(windows, text[lo:i], text[i:hi])
		}
	}
	// Lines, as the speaker patterns see them.
	for _, text := range texts {
		for _, line := range strings.Split(text, "\n") {
			windows = append(windows, line[:min(len(line), 160)])
		}
	}
	// Unusual white space at the ends, where the prefilter skips it.
	for _, w := range windows[:min(len(windows), 400)] {
		for _, sp := range []string{"\u00a0", "\u2009", "\v", "\n", "\u3000 "} {
			windows = append(windows, w+sp, sp+w, strings.TrimSpace(w)+sp, sp+strings.TrimSpace(w))
		}
	}
	// Under -short (the race run) a sample of the windows.
	if testing.Short() {
		var sample []string
		for i := 0; i < len(windows); i += 7 {
			sample = append(sample, windows[i])
		}
		windows = sample
	}
	return windows
}

// The prefilter is derived from each pattern; it may only ever skip a
// string that regexp2 would not match. Checked for every pattern of the
// defaults on windows of the bundled texts, before and after many
// positions, as the engine uses them.
func TestPrefilterNeverRejectsAMatch(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	pats := allPatterns(s)
	require.Greater(t, len(pats), 50)
	windows := testWindows(t)
	filtered, rejected := 0, 0
	for _, p := range pats {
		if p.pre.at == 0 && p.pre.req == nil && p.pre.seq == nil {
			continue
		}
		filtered++
		rejected += requireRejectsNoMatch(t, "prefilter", p, windows, p.pre.rejects)
	}
	assert.Greater(t, filtered, len(pats)/2, "most patterns are anchored and get a prefilter")
	assert.Greater(t, rejected, 0)
	t.Logf("%d of %d patterns prefiltered; %d windows rejected", filtered, len(pats), rejected)
}

// requireRejectsNoMatch fails the test when a fast path of pattern p
// (named what) rejects one of texts that regexp2 matches, and returns how
// many it rejected.
func requireRejectsNoMatch(t *testing.T, what string, p *Regex, texts []string, rejects func(string) bool) int {
	t.Helper()
	rejected := 0
	for _, w := range texts {
		if !rejects(w) {
			continue
		}
		rejected++
		ok, err := p.re.MatchString(w)
		if err != nil {
			continue // timed out (a loaded machine, the race detector): unknown
		}
		if ok {
			t.Fatalf("pattern %q: %s rejects %q, which it matches", p.src, what, w)
		}
	}
	return rejected
}

// Where the sequences of a pattern decide (all of a pattern modelled
// exactly, or a ^(?!X) whose X they reject), they decide as regexp2 does.
func TestSequencesDecideAsRegexp2(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	windows := append(testWindows(t), "2022", "1990s", "Two", "twenty-four", "10:04", "3rd", "31st", "٢٠٢٢", "K", "\u212a", "İ",
		"\U0001F600", "5\n", "\n", "-4", "a thousand", "one\u00a0hundred", "Page 3", " - ", "(", " (", "\t")
	decided, exact := 0, 0
	for _, p := range allPatterns(s) {
		if p.pre.seq == nil {
			continue
		}
		if p.pre.seq.exact {
			exact++
		}
		for _, w := range windows {
			v := p.pre.verdict(w, true)
			if v == mayMatch {
				continue
			}
			decided++
			ok, err := p.re.MatchString(w)
			if err != nil {
				continue
			}
			require.Equal(t, ok, v == isMatch, "pattern %q on %q", p.src, w)
		}
	}
	assert.Greater(t, exact, 20)
	t.Logf("%d patterns modelled exactly by their sequences; %d strings decided", exact, decided)
}

// The sequences of patterns that use what a user's rule may use answer as
// regexp2 does, or not at all.
func TestSequencesOfUnusualPatterns(t *testing.T) {
	pats := []string{`^\d{1,3}(?:,\d{3})*$`, `^(?i:page)\s+\d+\Z`, `^a\z`, `^(?<y>\d\d)-\k<y>$`, `^(\w)\1`,
		`^(?=\d)\w+$`, `^[a-z-[aeiou]]+$`, `^\x41\u0042\cC?`, `^(?>a+)b`, `^(?i)K$`, `^(?:ab){2}$`, `^(?:ab){2,}$`,
		`^x{20}$`, `^\p{Lu}\P{Lu}*$`, `^.$`, `^(?s:.)$`, `^(?m)a$`, `^a(?#note)b$`, `^[]a]$`, `^\.{1,3}\b`, `^\s*$`, `^$`,
		`\bab\b$`, `^a\Bb`, `^\w+\b`, `\b(?:the|ab)\s*$`, `^\s*\bé`, `\B$`, `^\b`,
		`^(?!ab)`, `^(?=a)`, `(?<!ab)$`, `(?<=b)$`, `^(?!a(?!b))`, `(?i)(?<!\bthe\s+)$`, `^(?!\s*(?:%|[a-z]+s\b))`,
		`^(?<o>a)+(?<c-o>b)+$`, `^(?'q'a)\k'q'$`}
	strs := []string{"", "a", "ab", "abab", "ababab", "A", "k", "K", "\u212a", "\n", "a\n", "12", "12-12", "12-13", "1,234",
		"1,23", "Page 3", "page 3\n", "ABC", "AB\x03", "aab", "bcd", "bed", "xxxxxxxxxxxxxxxxxxxx", "Éte", "é", "\U0001F600", "...",
		"..x", " \t", "]", "a\nb", "AB", "the ", "xthe", " ab", "ab\n", "éab", "ab_", " é", "a\u200db", "the  ", "a%", " % ", " cats", "cat", "aab", "abb", "aa"}
	for _, src := range pats {
		for _, opt := range []regexp2.RegexOptions{regexp2.None, regexp2.RightToLeft} {
			p := newPrefilter(src, opt)
			re := regexp2.MustCompile(src, opt)
			for _, str := range strs {
				ok, err := re.MatchString(str)
				require.NoError(t, err)
				switch p.verdict(str, true) {
				case noMatch:
					assert.False(t, ok, "%s (%v) rejects %q, which it matches", src, opt, str)
				case isMatch:
					assert.True(t, ok, "%s (%v) decides %q, which it does not match", src, opt, str)
				}
			}
		}
	}
	assert.True(t, newSequences(`^\d{1,3}(?:,\d{3})*$`, regexp2.None) != nil)
	assert.True(t, newSequences(`^(?:ab){2}$`, regexp2.None).exact)
	assert.False(t, newSequences(`^(?=\d)\w+$`, regexp2.None).exact, "a lookahead is dropped")
	assert.Nil(t, newSequences(`a$`, regexp2.None), "anchored where regexp2 does not start")
}

// A batch rules out only patterns that do not match: checked with the
// exclusions' patterns on the windows and on numbers as written.
func TestBatchNeverRulesOutAMatch(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	var number, before, after []*Regex
	for _, e := range s.Exclusions {
		number, before, after = append(number, e.Number), append(before, e.Before), append(after, e.After)
	}
	windows := append(testWindows(t), "  ", " x", "  x", "   x", "x ", "x  ", "x   ", " \n", "- ", " (",
		"2022", "1990s", "Two", "twenty-four", "10:04", "3rd", "31st", "(555)", "24703", "1/6", "9/11", "-4", "a thousand", "First",
		"’s", "’s growth", "—", " —x", "x—", "x “", "“", "”", "é", "\u00a0x", "x\u00a0", "-\u2009", "\u2009-", "\xff", "x\xff", "\u212a")
	ruledOut := 0
	for _, tc := range []struct {
		res     []*Regex
		fromEnd bool
	}{{number, false}, {before, true}, {after, false}} {
		b := NewBatch(tc.res, tc.fromEnd)
		for _, w := range windows {
			alive := b.Survivors(w)
			for i, re := range tc.res {
				if re == nil || alive.Has(i) {
					continue
				}
				ruledOut++
				ok, err := re.re.MatchString(w)
				if err == nil && ok {
					t.Fatalf("pattern %q: ruled out on %q, which it matches", re.src, w)
				}
			}
		}
	}
	assert.Greater(t, ruledOut, 1000)
	t.Logf("%d pattern runs ruled out", ruledOut)
}

// A pattern of more distinct runes than the automaton's table has classes
// for: the runes past them take the general step, and the answers stay
// regexp2's.
func TestSequencesOfManyRunes(t *testing.T) {
	var runes []rune
	for slot := range runeSlots {
		if r := slotRune(slot); unicode.IsGraphic(r) && !unicode.IsSpace(r) {
			runes = append(runes, r)
		}
	}
	var alts, strs []string
	for i := 0; i < len(runes); i += 40 {
		word := string(runes[i:min(i+40, len(runes))])
		alts = append(alts, regexp2.Escape(word))
		strs = append(strs, word, word+"x", "x"+word, word[:len(word)/2])
	}
	require.Greater(t, len(runes), noClass)
	for _, opt := range []regexp2.RegexOptions{regexp2.None, regexp2.RightToLeft} {
		re, err := compileWith("^(?:"+strings.Join(alts, "|")+")$", opt)
		require.NoError(t, err)
		require.NotNil(t, re.pre.seq)
		require.Contains(t, re.pre.seq.dfa.class, uint8(noClass))
		for _, str := range strs {
			ok, err := re.re.MatchString(str)
			require.NoError(t, err)
			v := re.pre.verdict(str, true)
			require.True(t, v == mayMatch || ok == (v == isMatch), "%q (%v)", str, opt)
		}
	}
}

// A string that begins (read from the end: ends) with a curly quote or a
// dash is looked up as one of ASCII is: the batch rules patterns out.
func TestBatchRulesOutAtNonASCII(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	var before, after []*Regex
	for _, e := range s.Exclusions {
		before, after = append(before, e.Before), append(after, e.After)
	}
	for _, str := range []string{"’s growth", "— and", "“quoted”", "é"} {
		assert.NotEqual(t, ^Alive(0), NewBatch(after, false).Survivors(str), str)
	}
	for _, str := range []string{"the country’", "in 2022 —", "he said “", "café"} {
		assert.NotEqual(t, ^Alive(0), NewBatch(before, true).Survivors(str), str)
	}
}

// isWordChar is regexp2's.
func TestIsWordCharIsRegexp2s(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r += 7 {
		require.Equal(t, syntax.IsWordChar(r), isWordChar(r), "%U", r)
	}
	for _, r := range []rune{'_', 'é', '\u200c', '\u200d', '\u0301', '٣', '‿', '-'} {
		require.Equal(t, syntax.IsWordChar(r), isWordChar(r), "%U", r)
	}
}

// Random patterns of the constructs the sequences model (and some they
// drop), on random strings: the sequences and a batch of the patterns
// answer as regexp2 does, or not at all.
func TestSequencesOfRandomPatterns(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	atoms := []string{"a", "b", "A", "1", " ", "é", "’", "[—-]", "[ab]", "\\d", "\\s", "\\w", "\\W", ".", "\\b", "\\B", "(?=a)", "(?!b)", "(?<=a)", "(?<!b)", "\\.", "-", "$", "\\z"}
	quants := []string{"", "", "", "?", "*", "+", "{0,2}", "{1,3}", "{2}", "{5,}"}
	var gen func(depth int) string
	gen = func(depth int) string {
		var b strings.Builder
		for range 1 + rnd.IntN(3) {
			if depth > 0 && rnd.IntN(4) == 0 {
				b.WriteString("(?:" + gen(depth-1) + "|" + gen(depth-1) + ")")
			} else {
				b.WriteString(atoms[rnd.IntN(len(atoms))])
			}
			b.WriteString(quants[rnd.IntN(len(quants))])
		}
		return b.String()
	}
	alphabet := []string{"a", "b", "A", "1", " ", "é", ".", "-", "\n", "\u00a0", "’", "\u2009", "—", "ā"}
	var strs []string
	for range 60 {
		var b strings.Builder
		for range rnd.IntN(7) {
			b.WriteString(alphabet[rnd.IntN(len(alphabet))])
		}
		strs = append(strs, b.String())
	}
	for range 400 {
		body := gen(2)
		if rnd.IntN(3) == 0 {
			body = "(?i)" + body
		}
		for _, tc := range []struct {
			src string
			opt regexp2.RegexOptions
		}{{"^" + body, regexp2.None}, {"^" + body + "$", regexp2.None}, {body + "$", regexp2.RightToLeft}, {"^" + body + "$", regexp2.RightToLeft},
			{"^(?!" + body + ")", regexp2.None}, {"(?<!" + body + ")$", regexp2.RightToLeft}} {
			re, err := compileWith(tc.src, tc.opt)
			if err != nil {
				continue
			}
			b := NewBatch([]*Regex{re}, tc.opt&regexp2.RightToLeft != 0)
			for _, str := range strs {
				ok, err := re.re.MatchString(str)
				if err != nil {
					continue // timed out (a loaded machine): unknown
				}
				switch re.pre.verdict(str, true) {
				case noMatch:
					require.False(t, ok, "%s (%v) rejects %q, which it matches", tc.src, tc.opt, str)
				case isMatch:
					require.True(t, ok, "%s (%v) decides %q, which it does not match", tc.src, tc.opt, str)
				}
				if !b.Survivors(str).Has(0) {
					require.False(t, ok, "%s (%v): the batch rules out %q, which it matches", tc.src, tc.opt, str)
				}
			}
		}
	}
}

// The ASCII fast path of isSpace is regexp2's \s.
func TestIsSpaceIsRegexp2Space(t *testing.T) {
	for r := rune(0); r < 128; r++ {
		assert.Equal(t, slices.Contains(spaces(), r), isSpace(r), "%q", r)
	}
	assert.True(t, isSpace('\u00a0'))
	assert.True(t, isSpace('\u2028'))
	assert.False(t, isSpace('x'))
}

// A space run at the anchor is skipped only where the rest of the
// pattern cannot start with a space, and never across a top-level |.
func TestPrefilterSkipsSpaceRuns(t *testing.T) {
	for _, tc := range []struct {
		src    string
		rtl    bool
		ws     int8
		reject []string
		pass   []string
	}{
		{`^\s*(?:anniversary|birthday)\b`, false, 0, []string{" people", "", "   "}, []string{"  birthday", "anniversary", "\u00a0birthday"}},
		{`^\s+(?:is|was)\b`, false, 1, []string{"is", " people"}, []string{" is", "\n was"}},
		{`(?i)\b(?:fiscal\s+year|FY)\s*$`, true, 0, []string{"in the ", "the plan"}, []string{"fiscal year ", "FY", "the fy\n"}},
		{`(?i)\b(?:the|my)\s+$`, true, 1, []string{"the", "a "}, []string{"THE ", "my\u00a0"}},
		{`\b\d{1,2}[/.-]$|\b(?:on)\s*$`, true, -1, nil, nil},
		{`(?:\s+of)?\s*$`, true, -1, nil, nil},
		{`^\s*(?:\s*x)`, false, -1, nil, nil},
	} {
		opt := regexp2.RegexOptions(0)
		if tc.rtl {
			opt = regexp2.RightToLeft
		}
		p := newPrefilter(tc.src, opt)
		ws := p.ws
		if p.at == 0 || p.at == 2 {
			ws = -1 // no prefilter at all, or one per branch
		}
		assert.Equal(t, tc.ws, ws, tc.src)
		assertRejects(t, p, regexp2.MustCompile(tc.src, opt), tc.reject, tc.pass)
	}
}

// assertRejects checks that p rejects the strings of reject and passes those
// of pass, and that regexp2 agrees (a rejected string does not match).
func assertRejects(t *testing.T, p prefilter, re *regexp2.Regexp, reject, pass []string) {
	t.Helper()
	for _, s := range reject {
		assert.True(t, p.rejects(s), "%s rejects %q", re, s)
		ok, _ := re.MatchString(s)
		assert.False(t, ok, "%s does not match %q", re, s)
	}
	for _, s := range pass {
		assert.False(t, p.rejects(s), "%s passes %q", re, s)
		ok, _ := re.MatchString(s)
		assert.True(t, ok, "%s matches %q", re, s)
	}
}

// A top-level alternation rejects what every branch rejects.
func TestPrefilterOfAnAlternation(t *testing.T) {
	src := `\b\d{1,4}[/.-]\d{1,2}[/.-]?$|\b\d{1,2}[/.-]$`
	p := newPrefilter(src, regexp2.RightToLeft)
	require.Equal(t, int8(2), p.at)
	assert.True(t, p.rejects("filed on "))
	assert.False(t, p.rejects("filed on 12/"))
	assert.False(t, p.rejects("filed on 12/03/"))
	assert.Equal(t, []string{"(?i)a", "(?i)b"}, topLevelBranches(`(?i)a|b`))
	assert.Nil(t, topLevelBranches(`a(?i)b|c`), "an option inside carries into the next branch")
	assert.Nil(t, topLevelBranches(`(?:a|b)`))
	assert.Equal(t, []string{`[|]`, `\|`, "(?i:x)"}, topLevelBranches(`[|]|\||(?i:x)`))
	q := newPrefilter(`^a|b`, regexp2.None)
	assert.Equal(t, int8(0), q.at, "an unanchored branch: no prefilter")
}

// The character after the first is tested where the first element of an
// anchored pattern is exactly one character.
func TestPrefilterSecondCharacter(t *testing.T) {
	for _, tc := range []struct {
		src          string
		second       bool
		reject, pass []string
	}{
		{`^\s*(?<label>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3})\s*$`, true, []string{"We sent", "  Xy", "A"}, []string{"MR. KIRBY", " AB"}},
		{`^(?:Q|A)\s`, false, nil, []string{"Q x"}},
		{`^(?:[ab]c|d)`, false, nil, []string{"d"}},
		{`^[ab]*c`, false, nil, []string{"c"}},
		{`^(?=x)xy`, false, nil, nil},
		{`^\dx`, true, []string{"12"}, []string{"1x"}},
		{`^(?i)ab`, true, []string{"ac"}, []string{"AB"}},
	} {
		p := newPrefilter(tc.src, regexp2.None)
		assert.Equal(t, tc.second, p.second != nil, tc.src)
		assertRejects(t, p, regexp2.MustCompile(tc.src, regexp2.None), tc.reject, tc.pass)
	}
}

func TestRequiredLiterals(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want []string
		fold bool
	}{
		{`^\s*(?<label>(?:(?:Mr|Ms)\.?\s+)?[A-Z][\w'’.-]+)\s*:\s*(?=\S)`, []string{":"}, false},
		{`\s*(?:[:;]|['’](?=\s))`, []string{":", ";", "'", "’"}, false},
		{`\b[Aa]ccording\s+to\s+(?:the\s+)?(?<who>[A-Z]\w*)`, []string{"ccording"}, false},
		{`\b(?:said|says|told\s+reporters)\s+`, []string{"said", "says", "reporters"}, false},
		{`(?i)\baccording`, []string{"according"}, true},
		{`(?i:x)yz`, []string{"yz"}, true},
		{`(?i)\b(?:in|for)\s+(?:\d{4}|(?:May|June)\s+\d{4})\b`, []string{digitRun(4)}, true},
		{`(?i)ago|(?i:été)`, nil, false},
		{`(?x)a b`, nil, false},
		{`^\d{1,4}$`, nil, false},
		{`\d{2}:\d{2}`, []string{":"}, false}, // two digits are in every sentence with a claim
		{`\d{3}:\d{2}`, []string{digitRun(3)}, false},
		{`(?i)\b(?:in|for)\s+fy\d{2}\b`, []string{"fy"}, true},
		{`a?b*`, nil, false},
		{`[A-Z]:`, []string{":"}, false},
		{`(?:x|)`, nil, false},
		{`\x41\x42`, nil, false},
		{`"[^"]+"`, []string{`"`}, false},
		{`(?<=foo)bar`, []string{"bar"}, false},
		{`(?!foo)bar|baz`, []string{"bar", "baz"}, false},
		{`ab{0,3}cd`, []string{"cd"}, false},
		{`x{2}yz`, []string{"yz"}, false},
	} {
		r := required(tc.src)
		if tc.want == nil {
			assert.Nil(t, r, tc.src)
			continue
		}
		require.NotNil(t, r, tc.src)
		assert.Equal(t, tc.want, r.alts, tc.src)
		assert.Equal(t, tc.fold, r.fold, tc.src)
	}
	r := required(`(?i)\bago\b`)
	require.NotNil(t, r)
	assert.True(t, r.found("two years AGO"))
	assert.True(t, r.found("two years \u212ago"), "undecided with a Kelvin sign")
	assert.False(t, r.found("two years later"))
	d := required(`\d{4}`)
	require.NotNil(t, d)
	assert.True(t, d.found("in 2022"))
	assert.True(t, d.found("in ٢٠٢٢"), "Arabic-Indic digits are \\d too")
	assert.False(t, d.found("in 20 22"))
}

// TestFoundFoldedAgreesWithLowerCasing holds the in-place comparison of
// foundFolded to what it replaced: s lower-cased (ASCII letters), then
// searched; undecided (true) where İ or the Kelvin sign could lower-case
// to a letter.
func TestFoundFoldedAgreesWithLowerCasing(t *testing.T) {
	byLowering := func(r *requirement, s string) bool {
		for _, a := range r.lower {
			if isDigitRun(a) && hasDigitRun(s, int(a[1]-'0')) {
				return true
			}
		}
		literals := slices.ContainsFunc(r.lower, func(a string) bool { return !isDigitRun(a) })
		if literals && (strings.Contains(s, "\u0130") || strings.Contains(s, "\u212A")) {
			return true
		}
		var b []byte
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
		for _, a := range r.lower {
			if !isDigitRun(a) && strings.Contains(string(b), a) {
				return true
			}
		}
		return false
	}
	reqs := []*requirement{required(`(?i)\bfy\d\d|\d{4}`), required(`(?i)\bago\b`), required(`(?i)(?:per cent|percent)`)}
	for _, r := range reqs {
		require.NotNil(t, r)
	}
	alphabet := []string{"f", "F", "y", "Y", "a", "G", "o", "p", "E", "r", " ", "c", "N", "t", "1", "2", "\u0130", "\u212A", "é", "’"}
	rng := rand.New(rand.NewPCG(5, 7))
	for range 20000 {
		var sb strings.Builder
		for range rng.IntN(14) {
			sb.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		s := sb.String()
		for _, r := range reqs {
			require.Equal(t, byLowering(r, s), r.found(s), "%q in %q", r.lower, s)
		}
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"revenue in FY24 rose", true},
		{"revenue in Fy24 rose", true},
		{"f", false},
		{"", false},
		{"fFfFY", true},
	} {
		assert.Equal(t, tc.want, reqs[0].found(tc.s), tc.s)
	}
}

// TestEveryBeforePatternIsEndAnchored holds the default exclusions'
// before patterns to an end anchor that makes them run right to left ($,
// \z or \Z): one that loses it is tried at every position of its window,
// for every candidate, though its answers stay the same (a \z once cost
// the run 13% more instructions with the same output).
func TestEveryBeforePatternIsEndAnchored(t *testing.T) {
	assert.Equal(t, regexp2.RegexOptions(regexp2.RightToLeft), endAnchoredOptions(`[A-Za-z]\z`))
	assert.Equal(t, regexp2.RegexOptions(regexp2.RightToLeft), endAnchoredOptions(`\s*$`))
	assert.Equal(t, regexp2.RegexOptions(regexp2.None), endAnchoredOptions(`a\\z`), "an escaped backslash and a z")
	assert.Equal(t, regexp2.RegexOptions(regexp2.None), endAnchoredOptions(`a\$`), "an escaped dollar")
	s, err := Default()
	require.NoError(t, err)
	for _, r := range s.Exclusions {
		if r.Before != nil {
			assert.True(t, r.Before.re.RightToLeft(), "%s: its before pattern has no end anchor", r.Name)
		}
	}
}
