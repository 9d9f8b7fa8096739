package rules

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dlclark/regexp2"
)

// A regexp2 pattern of the speaker pass is rewritten as a Go pattern in
// one of two ways:
//
//   - loose (asciiShape, for LineFilter): it matches every string the
//     pattern matches. Each character test becomes the class of the ASCII
//     characters and those of the probe blocks (structure_fast.go) it
//     accepts (regexp2's own first-character analysis of it) plus, unless
//     it is an ASCII character taken literally, all other non-ASCII ones;
//     {n,m} becomes {n,}; lookarounds and \b become empty,
//     but a lookahead that ends the pattern reads the text that must
//     follow.
//   - exact (exactShape, for LineMatcher): it matches the same strings
//     with the same groups, or the rewrite fails. Unicode classes are
//     spelled out as regexp2 defines them (\w, \s, \d), and so is what
//     an atom under (?i) takes (fold.go); a lookahead that
//     ends the pattern becomes a group of its own, where the match ends;
//     another lookaround of one character, or \b, becomes an empty group
//     that marks where the match passed it, for the caller to test (see
//     assertion); $ becomes \z (the caller leaves a string ending in \n
//     to regexp2).
//
// Either fails on what it does not model: back-references, conditionals,
// class subtraction, options other than i (and, exact, atomic groups,
// lookarounds of more than one character or under (?i)).

func asciiShape(src string) (string, bool) {
	sh := &shaper{src: src, fold: []bool{false}}
	return sh.run()
}

// tightShape is asciiShape, but for an ASCII literal under (?i), which
// takes no non-ASCII rune but those that lower-case to it: a pattern of
// many words under (?i) then needs far fewer states.
func tightShape(src string) (string, bool) {
	sh := &shaper{src: src, fold: []bool{false}, tight: true}
	return sh.run()
}

// exactShape is the exact rewrite and what the caller must know of it.
func exactShape(src string) (string, exactFacts, bool) {
	sh := &shaper{src: src, exact: true, fold: []bool{false}}
	shape, ok := sh.run()
	return shape, sh.facts, ok
}

// exactFacts are what the exact rewrite leaves to the caller.
type exactFacts struct {
	dollar    bool        // the pattern has $
	lookahead int         // the group that reads a final lookahead, or 0
	asserts   []assertion // the lookarounds and \b, by the groups that mark them
}

type shaper struct {
	src   string
	exact bool
	tight bool // see tightShape
	i     int
	out   strings.Builder
	fold  []bool // case-insensitive, per open group (the last is the innermost)

	groups int // exact: the groups written so far
	facts  exactFacts
}

func (sh *shaper) run() (string, bool) {
	for sh.i < len(sh.src) {
		if !sh.step() {
			return "", false
		}
	}
	return sh.out.String(), len(sh.fold) == 1
}

func (sh *shaper) step() bool {
	switch c := sh.src[sh.i]; c {
	case '\\':
		return sh.escape()
	case '[':
		end := flatClassEnd(sh.src, sh.i)
		if end < 0 {
			return false
		}
		start := sh.i
		sh.i = end
		return sh.atom(sh.src[start:end], false)
	case '(':
		return sh.open()
	case ')':
		if len(sh.fold) == 1 {
			return false
		}
		sh.fold = sh.fold[:len(sh.fold)-1]
		sh.emit(")", 1)
	case '$':
		sh.anchorEnd(1)
	case '|', '*', '+', '?', '^':
		sh.emit(string(c), 1)
	case '.':
		sh.i++
		return sh.atom(".", false)
	case '{':
		n := quantifierLen(sh.src[sh.i:])
		if n == 0 {
			sh.i++
			return sh.atom("{", true)
		}
		q := sh.src[sh.i : sh.i+n]
		if k := strings.IndexByte(q, ','); k > 0 && !sh.exact {
			// {n,m} read as {n,}: a label of up to eight words of many
			// forms needs thousands of states counted, a few hundred not.
			q = q[:k+1] + "}"
		}
		sh.emit(q, n)
	default:
		_, size := utf8.DecodeRuneInString(sh.src[sh.i:])
		sh.i += size
		return sh.atom(sh.src[sh.i-size:sh.i], true)
	}
	return true
}

func (sh *shaper) emit(s string, n int) {
	sh.out.WriteString(s)
	sh.i += n
}

// anchorEnd writes $ (or \Z): regexp2's also holds before a final \n.
func (sh *shaper) anchorEnd(n int) {
	if sh.exact {
		sh.facts.dollar = true
		sh.emit(`\z`, n)
	} else {
		sh.emit("$", n)
	}
}

// escape translates \x at sh.i.
func (sh *shaper) escape() bool {
	if sh.i+1 >= len(sh.src) {
		return false
	}
	rest := sh.src[sh.i:]
	n := 2
	switch e := rest[1]; {
	case e == 'b' || e == 'B':
		if sh.exact {
			sh.i += 2
			if e == 'b' {
				return sh.assert(wordBoundary, "")
			}
			return sh.assert(notBoundary, "")
		}
		sh.emit("(?:)", 2) // not tested: always true
		return true
	case e == 'G':
		if sh.exact {
			return false
		}
		sh.emit("(?:)", 2)
		return true
	case e == 'A':
		sh.emit(`\A`, 2)
		return true
	case e == 'z':
		sh.emit(`\z`, 2)
		return true
	case e == 'Z':
		sh.anchorEnd(2)
		return true
	case e == 'k' || e >= '0' && e <= '9':
		return false // back-references, octal
	case e == 'p' || e == 'P':
		n = strings.IndexByte(rest, '}') + 1
	case e == 'u':
		n = 6
	case e == 'x':
		n = 4
	case e == 'c':
		n = 3
	default:
		_, size := utf8.DecodeRuneInString(rest[1:])
		n = 1 + size
	}
	if n < 2 || n > len(rest) {
		return false
	}
	sh.i += n
	return sh.atom(rest[:n], false)
}

// open translates the group opening at sh.i.
func (sh *shaper) open() bool {
	rest := sh.src[sh.i:]
	fold := sh.fold[len(sh.fold)-1]
	switch {
	case strings.HasPrefix(rest, "(?="), strings.HasPrefix(rest, "(?!"),
		strings.HasPrefix(rest, "(?<="), strings.HasPrefix(rest, "(?<!"):
		return sh.lookaround()
	case strings.HasPrefix(rest, "(?#"):
		k := strings.IndexByte(rest, ')')
		if k < 0 {
			return false
		}
		sh.i += k + 1
	case strings.HasPrefix(rest, "(?:"):
		sh.fold = append(sh.fold, fold)
		sh.emit("(?:", 3)
	case strings.HasPrefix(rest, "(?>"):
		if sh.exact {
			return false
		}
		sh.fold = append(sh.fold, fold)
		sh.emit("(?:", 3)
	case strings.HasPrefix(rest, "(?<"), strings.HasPrefix(rest, "(?'"):
		k := strings.IndexAny(rest[3:], ">'")
		if k < 0 {
			return false
		}
		sh.fold = append(sh.fold, fold)
		if !sh.exact {
			sh.emit("(?:", 3+k+1)
			return true
		}
		name := rest[3 : 3+k]
		if !groupNameRE.MatchString(name) {
			return false // a number, or a balancing group
		}
		sh.groups++
		sh.emit("(?P<"+name+">", 3+k+1)
	case strings.HasPrefix(rest, "(?("):
		return false
	case strings.HasPrefix(rest, "(?"):
		return sh.options()
	default:
		sh.fold = append(sh.fold, fold)
		sh.emit("(?:", 1) // a numbered group: not reported
	}
	return true
}

// groupNameRE is a group name that Go spells as regexp2 does.
var groupNameRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// lookaround translates (?=...), (?!...), (?<=...) or (?<!...) at sh.i.
func (sh *shaper) lookaround() bool {
	end := groupEnd(sh.src, sh.i)
	if end < 0 {
		return false
	}
	if end == len(sh.src) && len(sh.fold) == 1 && sh.src[sh.i+2] == '=' {
		// A lookahead that ends the pattern: some text must follow the
		// match, as if the pattern went on to read it ("Name: (?=\S)").
		inner := sh.src[sh.i+3 : end-1]
		sh.fold = append(sh.fold, sh.fold[0])
		if !sh.exact {
			sh.emit("(?:", 3)
			return true
		}
		if strings.Contains(inner, "(?<") || strings.Contains(inner, "(?'") {
			return false // its groups would be reported
		}
		sh.groups++
		sh.facts.lookahead = sh.groups
		sh.emit("(", 3) // where the match ends
		return true
	}
	if !sh.exact {
		sh.out.WriteString("(?:)") // not tested: always true
		sh.i = end
		return true
	}
	var kind assertKind
	open := 3
	switch {
	case strings.HasPrefix(sh.src[sh.i:], "(?="):
		kind = aheadIs
	case strings.HasPrefix(sh.src[sh.i:], "(?!"):
		kind = aheadNot
	case strings.HasPrefix(sh.src[sh.i:], "(?<="):
		kind, open = behindIs, 4
	default:
		kind, open = behindNot, 4
	}
	inner := sh.src[sh.i+open : end-1]
	sh.i = end
	return sh.assert(kind, inner)
}

// assert writes the empty group that marks where a match passes a
// lookaround of one character (inner) or a word boundary.
func (sh *shaper) assert(kind assertKind, inner string) bool {
	a := assertion{kind: kind}
	if inner != "" && sh.fold[len(sh.fold)-1] {
		return false // its character would compare without case
	}
	if inner != "" {
		g, ok := singleAtom(inner)
		if !ok {
			return false
		}
		if a.char, ok = compileAtom(g); !ok {
			return false
		}
	}
	sh.groups++
	a.group = sh.groups
	sh.facts.asserts = append(sh.facts.asserts, a)
	sh.out.WriteString("()")
	return true
}

// options reads (?i) or (?i:...): i changes how characters compare, n
// nothing that matters here; m, s and x change the pattern's meaning and
// are not modelled.
func (sh *shaper) options() bool {
	fold, on := sh.fold[len(sh.fold)-1], true
	for k := sh.i + 2; k < len(sh.src); k++ {
		switch c := sh.src[k]; c {
		case '-':
			on = false
		case 'i':
			fold = on
		case 'n':
		case 'm', 's', 'x':
			if on {
				return false
			}
		case ':':
			sh.fold = append(sh.fold, fold)
			sh.out.WriteString("(?:")
			sh.i = k + 1
			return true
		case ')':
			sh.fold[len(sh.fold)-1] = fold
			sh.i = k + 1
			return true
		default:
			return false
		}
	}
	return false
}

// atom writes one character test: a literal character, or a class, escape
// or dot.
func (sh *shaper) atom(a string, literal bool) bool {
	fold := sh.fold[len(sh.fold)-1]
	switch {
	case sh.exact && literal && fold:
		sh.out.WriteString(foldedLiteral(a))
	case sh.exact && literal:
		sh.out.WriteString(regexp.QuoteMeta(a))
	case sh.exact:
		g, ok := exactAtom(a)
		if ok && fold {
			g, ok = foldedClass(a, g)
		}
		if !ok {
			return false
		}
		sh.out.WriteString(g)
	default:
		sh.out.WriteString(asciiAtom(a, literal, fold, sh.tight))
	}
	return true
}

// asciiAtom is the loose class of an atom: the ASCII characters and those
// of the probe blocks it accepts, and all other non-ASCII ones unless it
// is an ASCII literal (tight: under (?i) too). The same few atoms (\s,
// [A-Z], \w) recur in every label pattern and each pattern is shaped for
// several filters, so the classes are kept by atom (looseAtoms).
func asciiAtom(a string, literal, fold, tight bool) string {
	key := atomKey{a, literal, fold, tight}
	if class, ok := looseAtoms.Load(key); ok {
		return class.(string)
	}
	class := looseAtom(a, literal, fold, tight)
	looseAtoms.Store(key, class)
	return class
}

// atomKey is an atom of a pattern and how the shaper reads it.
type atomKey struct {
	atom                 string
	literal, fold, tight bool
}

// looseAtoms holds asciiAtom's classes; like foldedClasses, it grows only
// with the distinct atoms of the rule files loaded.
var looseAtoms sync.Map // atomKey -> string

// looseAtom works out asciiAtom.
func looseAtom(a string, literal, fold, tight bool) string {
	var ascii [2]uint64
	if literal && a[0] < utf8.RuneSelf && (!fold || tight) {
		// Under (?i) an ASCII letter takes its capital, and a non-ASCII
		// rune only if one lowers to it (K, the Kelvin sign).
		set, other := []rune{rune(a[0])}, []rune(nil)
		if fold {
			set = foldedRunes(a)
		}
		for _, r := range set {
			if r < utf8.RuneSelf {
				ascii[r>>6] |= 1 << (r & 63)
			} else {
				other = append(other, r)
			}
		}
		return goClass(ascii, other, false)
	}
	opt := regexp2.None
	if fold {
		opt = regexp2.IgnoreCase
	}
	p, ok := firstChars("^(?:"+a+")", opt)
	for c := rune(0); c < utf8.RuneSelf; c++ {
		if !ok || p.in(c) {
			ascii[c>>6] |= 1 << (c & 63)
		}
	}
	var probed []rune
	for _, b := range probeBlocks {
		for r := b.lo; r <= b.hi; r++ {
			if !ok || p.in(r) {
				probed = append(probed, r)
			}
		}
	}
	return goClass(ascii, probed, true)
}

// goClass writes a set of ASCII characters, the characters probed of the
// probe blocks, and all other non-ASCII ones if others, as a Go character
// class.
func goClass(ascii [2]uint64, probed []rune, others bool) string {
	var b strings.Builder
	b.WriteByte('[')
	for c := 0; c < utf8.RuneSelf; c++ {
		if ascii[c>>6]&(1<<(c&63)) != 0 {
			fmt.Fprintf(&b, `\x{%x}`, c)
		}
	}
	for _, r := range probed {
		fmt.Fprintf(&b, `\x{%x}`, r)
	}
	if others {
		lo := rune(utf8.RuneSelf)
		for _, p := range probeBlocks {
			fmt.Fprintf(&b, `\x{%x}-\x{%x}`, lo, p.lo-1)
			lo = p.hi + 1
		}
		fmt.Fprintf(&b, `\x{%x}-\x{10ffff}`, lo)
	}
	if b.Len() == 1 {
		return `[^\x00-\x{10ffff}]` // nothing
	}
	b.WriteByte(']')
	return b.String()
}

// flatClassEnd returns where the class opening at i ends, or -1 for a
// class that holds another unescaped '[' (.NET's subtraction, or what
// might be one):
// the rewrites do not model them.
func flatClassEnd(src string, i int) int {
	end, ok := classEnd(src, i)
	if !ok {
		return -1
	}
	for j := i + 1; j < end-1; j++ {
		switch src[j] {
		case '\\':
			j++
		case '[':
			return -1
		}
	}
	return end
}

// groupEnd returns where the group opening at i ends, or -1.
func groupEnd(src string, i int) int {
	end := -1
	walkStructure(src, i, func(k int, c byte, depth int) bool {
		if c == ')' && depth == 1 {
			end = k + 1
			return false
		}
		return true
	})
	return end
}

// quantifierLen is the length of a {n}, {n,} or {n,m} at the start of s, or
// 0 when the brace is a literal one.
func quantifierLen(s string) int {
	k := 1
	digits := func() int {
		n := 0
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
			n++
		}
		return n
	}
	if digits() == 0 {
		return 0
	}
	if k < len(s) && s[k] == ',' {
		k++
		digits()
	}
	if k < len(s) && s[k] == '}' {
		return k + 1
	}
	return 0
}
