package rules

import (
	"fmt"
	gosyntax "regexp/syntax"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dlclark/regexp2/syntax"
)

// Case-insensitive atoms for the exact rewrite (exactShape). regexp2 and
// Go's regexp both have (?i), but they fold differently: regexp2 lowers
// the pattern's character (a class: adds its members' lower cases) and
// compares the text's rune lowered by unicode.ToLower, so (?i)i takes İ
// (U+0130, lowered to i) and (?i)s not ſ (U+017F, lowered to itself);
// Go folds by Unicode's orbits and does the opposite. The rewrite spells
// out the set regexp2 takes as a plain Go class.

// lowered lists the runes that unicode.ToLower changes, in order.
var lowered = sync.OnceValue(func() []rune {
	var out []rune
	for _, cr := range unicode.CaseRanges {
		for r := rune(cr.Lo); r <= rune(cr.Hi); r++ {
			if unicode.ToLower(r) != r {
				out = append(out, r)
			}
		}
	}
	return out
})

// foldedLiteral is the Go class of a literal character under (?i).
func foldedLiteral(a string) string { return goRuneClass(foldedRunes(a)) }

// foldedRunes are the runes a literal character takes under (?i): those
// whose lower case is the character's.
func foldedRunes(a string) []rune {
	r, _ := utf8.DecodeRuneInString(a)
	l := unicode.ToLower(r)
	var set []rune
	if unicode.ToLower(l) == l {
		set = append(set, l)
	}
	return append(set, upperOf()[l]...)
}

// upperOf maps a rune to the others that lower-case to it.
var upperOf = sync.OnceValue(func() map[rune][]rune {
	m := map[rune][]rune{}
	for _, u := range lowered() {
		l := unicode.ToLower(u)
		m[l] = append(m[l], u)
	}
	return m
})

// foldedClasses caches foldedClass by atom: the same few (\s, \d, [A-Z])
// recur in every rule file.
var foldedClasses sync.Map // atom -> string ("" when it does not translate)

// foldedClass is the Go class of a class or escape atom under (?i), whose
// Go spelling without (?i) is plain. regexp2 takes rune c when its class
// (the lower cases of its members added) holds unicode.ToLower(c): that
// differs from the plain class only at runes ToLower changes, at their
// lower cases, at what regexp2's own lower-case table maps to (lower
// case letters, numerals and symbols of the BMP), and at cased letters
// (\p{Ll}, \p{Lu} and \p{Lt} each take all three). Those runes are asked
// of regexp2's compiled class, and set right in the plain one.
func foldedClass(atom, plain string) (string, bool) {
	if c, ok := foldedClasses.Load(atom); ok {
		return c.(string), c.(string) != ""
	}
	out := foldClass(atom, plain)
	foldedClasses.Store(atom, out)
	return out, out != ""
}

func foldClass(atom, plain string) string {
	re, err := gosyntax.Parse(plain, gosyntax.Perl)
	if err != nil {
		return ""
	}
	switch {
	case re.Op == gosyntax.OpAnyCharNotNL:
		return plain // no rune lowers to a line break
	case re.Op == gosyntax.OpLiteral && len(re.Rune) == 1:
		return foldedLiteral(string(re.Rune[0]))
	case re.Op != gosyntax.OpCharClass:
		return ""
	}
	code := compileCode(atom, syntax.IgnoreCase)
	if code == nil || len(code.Sets) != 1 {
		return ""
	}
	set := rangeSet(re.Rune)
	for _, r := range foldSuspects() {
		set.put(r, code.Sets[0].CharIn(unicode.ToLower(r)))
	}
	return set.class()
}

// foldSuspects are the runes where a class under (?i) may differ from
// the plain class (see foldedClass).
var foldSuspects = sync.OnceValue(func() []rune {
	seen := map[rune]bool{}
	for _, u := range lowered() {
		seen[u], seen[unicode.ToLower(u)] = true, true
	}
	for _, t := range []*unicode.RangeTable{unicode.Lu, unicode.Ll, unicode.Lt, unicode.Nl, unicode.So} {
		for _, r16 := range t.R16 {
			for r := rune(r16.Lo); r <= rune(r16.Hi); r += rune(r16.Stride) {
				seen[r] = true
			}
		}
		for _, r32 := range t.R32 {
			for r := rune(r32.Lo); r <= rune(r32.Hi); r += rune(r32.Stride) {
				seen[r] = true
			}
		}
	}
	var out []rune
	for r := range seen {
		out = append(out, r)
	}
	slices.Sort(out)
	return out
})

// runeSet is a set of runes kept as sorted ranges and exceptions.
type runeSet struct {
	ranges []rune // lo, hi pairs, as regexp/syntax gives them
	add    map[rune]bool
}

func rangeSet(ranges []rune) *runeSet { return &runeSet{ranges: ranges, add: map[rune]bool{}} }

func (s *runeSet) inRanges(r rune) bool {
	// The first pair whose hi is at least r.
	i := sort.Search(len(s.ranges)/2, func(k int) bool { return s.ranges[2*k+1] >= r })
	return i < len(s.ranges)/2 && s.ranges[2*i] <= r
}

func (s *runeSet) put(r rune, in bool) {
	if in == s.inRanges(r) {
		delete(s.add, r)
	} else {
		s.add[r] = in
	}
}

// class spells the set as a Go class.
func (s *runeSet) class() string {
	var removed, out []rune
	for r, in := range s.add {
		if in {
			out = append(out, r, r)
		} else {
			removed = append(removed, r)
		}
	}
	slices.Sort(removed)
	for i := 0; i < len(s.ranges); i += 2 {
		lo, hi := s.ranges[i], s.ranges[i+1]
		k, _ := slices.BinarySearch(removed, lo)
		for ; k < len(removed) && removed[k] <= hi; k++ {
			out = appendRange(out, lo, removed[k]-1)
			lo = removed[k] + 1
		}
		out = appendRange(out, lo, hi)
	}
	return rangesClass(out)
}

func appendRange(out []rune, lo, hi rune) []rune {
	if lo > hi {
		return out
	}
	return append(out, lo, hi)
}

// goRuneClass is the Go class of the runes.
func goRuneClass(set []rune) string {
	var ranges []rune
	for _, r := range set {
		ranges = append(ranges, r, r)
	}
	return rangesClass(ranges)
}

// rangesClass is a Go class of lo, hi pairs.
func rangesClass(ranges []rune) string {
	if len(ranges) == 0 {
		return `[^\x00-\x{10ffff}]` // nothing
	}
	var b strings.Builder
	b.WriteByte('[')
	for i := 0; i < len(ranges); i += 2 {
		if ranges[i] == ranges[i+1] {
			fmt.Fprintf(&b, `\x{%x}`, ranges[i])
		} else {
			fmt.Fprintf(&b, `\x{%x}-\x{%x}`, ranges[i], ranges[i+1])
		}
	}
	b.WriteByte(']')
	return b.String()
}
