package rules

import (
	gosyntax "regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A label pattern may spell out a name of up to eight words of many forms
// ((?:\s+(?:Word|of|the|...)){0,8}): Go compiles each of the eight copies,
// its program outgrows the backtracker (maxBacktrackInsts) and the
// pattern has no LineMatcher. Read as (...){0,}, it fits; and on a string
// too short for the group to repeat more than eight times it matches as
// the pattern does: the paths of the widened pattern are the pattern's, in
// the same order, and those that repeat more, of which such a string has
// none.

// ShortMatcher is the LineMatcher of such a widened pattern, for the
// strings it answers for.
type ShortMatcher struct {
	*LineMatcher
	under int // in runes: a longer string might repeat a group past its bound
}

// NewShortMatcher widens the longest counted repeats of a group of a
// pattern that has no LineMatcher, as few as it takes to get one; nil
// where widening does not give one.
func NewShortMatcher(r *Regex) *ShortMatcher {
	if r == nil || r.re.RightToLeft() || NewLineMatcher(r) != nil {
		return nil
	}
	reps := groupRepeats(r.src)
	slices.SortStableFunc(reps, func(a, b groupRepeat) int { return b.weight() - a.weight() })
	for k := 1; k <= len(reps); k++ {
		src := widenRepeats(r.src, reps[:k])
		wide, err := compile(src)
		if err != nil {
			return nil
		}
		if m := NewLineMatcher(wide); m != nil {
			under, ok := widenedBound(r.src, src)
			if !ok {
				return nil
			}
			return &ShortMatcher{LineMatcher: m, under: under}
		}
	}
	return nil
}

// Answers reports whether s is short enough for the matcher (nil answers
// for nothing).
func (m *ShortMatcher) Answers(s string) bool {
	return m != nil && (len(s) < m.under || utf8.RuneCountInString(s) < m.under)
}

// groupRepeat is a group repeated {min,max} times: its text is
// src[open:close], its quantifier src[close:end].
type groupRepeat struct {
	open, close, end int
	min              string
	max              int
}

// weight is what widening saves: Go compiles max copies of the group.
func (g groupRepeat) weight() int { return (g.close - g.open) * g.max }

// groupRepeats lists the groups of src under a counted repeat {n,m} with
// m > 1.
func groupRepeats(src string) []groupRepeat {
	var out []groupRepeat
	var opens []int
	walkStructure(src, 0, func(i int, c byte, depth int) bool {
		switch c {
		case '(':
			opens = append(opens, i)
		case ')':
			if len(opens) == 0 {
				return false
			}
			open := opens[len(opens)-1]
			opens = opens[:len(opens)-1]
			q := quantifierLen(src[i+1:])
			if q == 0 {
				return true
			}
			lo, hi, _ := strings.Cut(src[i+2:i+q], ",")
			if n, err := strconv.Atoi(hi); err == nil && n > 1 {
				out = append(out, groupRepeat{open: open, close: i + 1, end: i + 1 + q, min: lo, max: n})
			}
		}
		return true
	})
	return out
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

// widenedBound is the length (in runes) below which the widened pattern
// matches as the pattern: each widened group consumes at least its least
// length a repeat, so a string shorter than (max+1) times that cannot
// repeat it past max. The two exact shapes are walked side by side; false
// where they differ otherwise, or a widened group may match nothing.
func widenedBound(src, wide string) (int, bool) {
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
		return 0, false
	}
	return boundOf(a, b)
}

func boundOf(a, b *gosyntax.Regexp) (int, bool) {
	if a.Op != b.Op || len(a.Sub) != len(b.Sub) {
		return 0, false
	}
	under := int(^uint(0) >> 1)
	if a.Op == gosyntax.OpRepeat && a.Max != b.Max {
		n := minLen(a.Sub[0])
		if n == 0 || b.Max >= 0 {
			return 0, false
		}
		under = (a.Max + 1) * n
	}
	for i := range a.Sub {
		u, ok := boundOf(a.Sub[i], b.Sub[i])
		if !ok {
			return 0, false
		}
		under = min(under, u)
	}
	return under, true
}
