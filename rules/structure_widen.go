package rules

import (
	gosyntax "regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dlclark/regexp2"
)

// A label pattern may spell out a name of up to eight words of many forms
// ((?:\s+(?:Word|of|the|...)){0,8}): Go compiles each of the eight copies,
// its program outgrows the backtracker (maxBacktrackInsts) and the
// pattern has no LineMatcher. Read as (...){0,}, it fits; and on a string
// where the group cannot repeat more than eight times it matches as the
// pattern does: the paths of the widened pattern are the pattern's, in
// the same order, and those that repeat more, of which such a string has
// none. A string cannot when it is short (each repeat takes the group's
// least length), or when it has at most eight runs of white space
// followed by something else (each repeat opens with one: \s+ then a
// word). A field of free text capped in length ([^:]{2,150}, a role of up
// to 150 characters) is widened alike: Go compiles a copy of its class
// for each character of the cap.

// ShortMatcher is the LineMatcher of such a widened pattern, for the
// strings it answers for.
type ShortMatcher struct {
	*LineMatcher
	bounds []repeatBound // of each widened group
}

// repeatBound tells the strings on which a widened group cannot repeat
// more than max times.
type repeatBound struct {
	max   int
	under int // strings of fewer runes: each repeat takes under/(max+1)
	// Or, where each repeat opens with a run of this class ended by a
	// character outside it, the strings with at most max such runs.
	run *runeClass
}

// NewShortMatcher widens the longest counted repeats of a group of a
// pattern that has no LineMatcher, as few as it takes to get one; nil
// where widening does not give one.
func NewShortMatcher(r *Regex) *ShortMatcher {
	if r == nil || r.re.RightToLeft() || r.LineMatcher() != nil {
		return nil
	}
	reps := groupRepeats(r.src)
	slices.SortStableFunc(reps, func(a, b groupRepeat) int { return b.weight() - a.weight() })
	for k := 1; k <= len(reps); k++ {
		src := widenRepeats(r.src, reps[:k])
		wide, err := parseRegex(src, regexp2.None)
		if err != nil {
			return nil
		}
		// Only the translation is wanted of the widened pattern, not the
		// prefilter and sequences that compile would derive.
		if m := NewLineMatcher(wide); m != nil {
			bounds, ok := widenedBounds(r.src, src)
			if !ok {
				return nil
			}
			return &ShortMatcher{LineMatcher: m, bounds: bounds}
		}
	}
	return nil
}

// Guided is the matcher with its LineMatcher guided (LineMatcher.Guided).
func (m *ShortMatcher) Guided() *ShortMatcher {
	if m == nil {
		return nil
	}
	return &ShortMatcher{LineMatcher: m.LineMatcher.Guided(), bounds: m.bounds}
}

// Answers reports whether no widened group of the matcher can repeat past
// its bound on s (nil answers for nothing).
func (m *ShortMatcher) Answers(s string) bool {
	if m == nil {
		return false
	}
	for _, b := range m.bounds {
		if !b.holds(s) {
			return false
		}
	}
	return true
}

func (b repeatBound) holds(s string) bool {
	if len(s) < b.under || utf8.RuneCountInString(s) < b.under {
		return true
	}
	if b.run == nil {
		return false
	}
	runs, in := 0, false
	for _, r := range s { // an invalid byte is U+FFFD, as Go's matcher reads it
		c := b.run.has(r)
		if in && !c {
			runs++
		}
		in = c
	}
	return runs <= b.max
}

// groupRepeat is a group, or a class, repeated {min,max} times: its
// text is src[open:close], its quantifier src[close:end].
type groupRepeat struct {
	open, close, end int
	min              string
	max              int
}

// weight is what widening saves: Go compiles max copies of the group.
func (g groupRepeat) weight() int { return (g.close - g.open) * g.max }

// groupRepeats lists the groups and classes of src under a counted
// repeat {n,m} with m > 1.
func groupRepeats(src string) []groupRepeat {
	var out []groupRepeat
	add := func(open, close int) {
		if g, ok := countedRepeat(src, open, close); ok {
			out = append(out, g)
		}
	}
	var opens []int
	walkStructure(src, 0, func(i int, c byte, depth int) bool {
		switch c {
		case '(':
			opens = append(opens, i)
		case ')':
			if len(opens) == 0 {
				return false
			}
			add(opens[len(opens)-1], i+1)
			opens = opens[:len(opens)-1]
		}
		return true
	})
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++
		case '[':
			end := flatClassEnd(src, i)
			if end < 0 {
				return out
			}
			add(i, end)
			i = end - 1
		}
	}
	return out
}

// countedRepeat is src[open:close] as a groupRepeat, if a counted repeat
// {n,m} with m > 1 follows it.
func countedRepeat(src string, open, close int) (groupRepeat, bool) {
	if close == len(src) || src[close] != '{' {
		return groupRepeat{}, false
	}
	q := quantifierLen(src[close:])
	if q == 0 {
		return groupRepeat{}, false
	}
	lo, hi, _ := strings.Cut(src[close+1:close+q-1], ",")
	n, err := strconv.Atoi(hi)
	return groupRepeat{open: open, close: close, end: close + q, min: lo, max: n}, err == nil && n > 1
}

// widenRepeats rewrites the quantifiers of reps as {n,}.
func widenRepeats(src string, reps []groupRepeat) string {
	reps = slices.Clone(reps)
	slices.SortFunc(reps, func(a, b groupRepeat) int { return b.close - a.close })
	for _, g := range reps { // from the end: the offsets before stay true
		src = src[:g.close] + "{" + g.min + ",}" + src[g.end:]
	}
	return src
}

// widenedBounds are the bounds of the widened groups (see repeatBound):
// the two exact shapes are walked side by side; false where they differ
// otherwise, or a widened group may match nothing.
func widenedBounds(src, wide string) ([]repeatBound, bool) {
	parse := func(src string) *gosyntax.Regexp {
		shape, _, ok := exactShape(src)
		if !ok {
			return nil
		}
		re, err := gosyntax.Parse(shape, gosyntax.Perl)
		if err != nil {
			return nil
		}
		return re
	}
	a, b := parse(src), parse(wide)
	if a == nil || b == nil {
		return nil, false
	}
	var bounds []repeatBound
	return bounds, boundsOf(a, b, &bounds)
}

func boundsOf(a, b *gosyntax.Regexp, bounds *[]repeatBound) bool {
	if a.Op != b.Op || len(a.Sub) != len(b.Sub) {
		return false
	}
	if a.Op == gosyntax.OpRepeat && a.Max != b.Max {
		n := minLen(a.Sub[0])
		if n == 0 || b.Max >= 0 {
			return false
		}
		*bounds = append(*bounds, repeatBound{max: a.Max, under: (a.Max + 1) * n, run: openingRun(a.Sub[0])})
	}
	for i := range a.Sub {
		if !boundsOf(a.Sub[i], b.Sub[i], bounds) {
			return false
		}
	}
	return true
}

// openingRun is the class C of a group that opens with C+ and goes on
// with something that starts outside C: each repeat of it ends a run of
// C. Nil for any other group.
func openingRun(g *gosyntax.Regexp) *runeClass {
	if g.Op != gosyntax.OpConcat || len(g.Sub) < 2 {
		return nil
	}
	if first := g.Sub[0]; first.Op != gosyntax.OpPlus || first.Sub[0].Op != gosyntax.OpCharClass {
		return nil
	}
	c := newRuneClass(g.Sub[0].Sub[0].Rune)
	rest := &gosyntax.Regexp{Op: gosyntax.OpConcat, Flags: g.Flags, Sub: g.Sub[1:]}
	if minLen(rest) == 0 || !startsOutside(rest, c) {
		return nil
	}
	return c
}

// maxRunClass bounds the classes openingRun checks rune by rune.
const maxRunClass = 1 << 12

// startsOutside reports whether no character of c can start a match of re.
func startsOutside(re *gosyntax.Regexp, c *runeClass) bool {
	prog, err := gosyntax.Compile(re.Simplify())
	if err != nil || c.size() > maxRunClass {
		return false
	}
	var first []*gosyntax.Inst // the instructions that read the first character
	seen := make([]bool, len(prog.Inst))
	stack := []uint32{uint32(prog.Start)}
	for len(stack) > 0 {
		pc := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[pc] {
			continue
		}
		seen[pc] = true
		switch in := &prog.Inst[pc]; in.Op {
		case gosyntax.InstAlt, gosyntax.InstAltMatch:
			stack = append(stack, in.Out, in.Arg)
		case gosyntax.InstCapture, gosyntax.InstNop, gosyntax.InstEmptyWidth:
			stack = append(stack, in.Out)
		case gosyntax.InstMatch:
			return false
		case gosyntax.InstFail:
		default:
			first = append(first, in)
		}
	}
	for k := 0; k+1 < len(c.ranges); k += 2 {
		for r := c.ranges[k]; r <= c.ranges[k+1]; r++ {
			for _, in := range first {
				if in.MatchRune(r) {
					return false
				}
			}
		}
	}
	return true
}

// runeClass is a Go character class: its ranges, and its ASCII members
// as a bitmap.
type runeClass struct {
	ascii  [2]uint64
	ranges []rune // lo, hi pairs, sorted
}

func newRuneClass(ranges []rune) *runeClass {
	c := &runeClass{ranges: ranges}
	for r := rune(0); r < utf8.RuneSelf; r++ {
		if c.inRanges(r) {
			c.ascii[r>>6] |= 1 << (r & 63)
		}
	}
	return c
}

func (c *runeClass) has(r rune) bool {
	if r < utf8.RuneSelf {
		return c.ascii[r>>6]&(1<<(r&63)) != 0
	}
	return c.inRanges(r)
}

func (c *runeClass) inRanges(r rune) bool {
	for k := 0; k+1 < len(c.ranges); k += 2 {
		if r < c.ranges[k] {
			return false
		}
		if r <= c.ranges[k+1] {
			return true
		}
	}
	return false
}

func (c *runeClass) size() int {
	n := 0
	for k := 0; k+1 < len(c.ranges); k += 2 {
		n += int(c.ranges[k+1]-c.ranges[k]) + 1
	}
	return n
}
