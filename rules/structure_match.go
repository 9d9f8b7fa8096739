package rules

import (
	"fmt"
	"regexp"
	gosyntax "regexp/syntax"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dlclark/regexp2"
)

// LineMatcher answers for a pattern with Go's regexp, where the pattern
// translates to it exactly (exactShape): regexp2 converts the string to
// runes, interprets its backtracking program, looks Unicode categories up
// by name at every \b and builds its groups, in several times the time
// Go's matcher takes for the same match (both take the match a
// backtracking matcher finds first). TestLineMatcherAgreesWithRegexp2
// holds the two to the same answers. Every Regex that translates has one
// (see Regex); the speaker pass also holds them itself.
type LineMatcher struct {
	re *regexp.Regexp
	exactFacts

	// A pattern that is not anchored at the start is tried, anchored
	// (from), only where its first character (starts: regexp2's analysis)
	// stands and the filter of the pattern anchored there (near) lets it:
	// Go's own search would run its program at every position. A guided
	// matcher (Guided) runs an anchored program by its guide, on the
	// string cut a character past the last place near lets a match end.
	// The filter and the guide are built when first needed (a rule set
	// has many patterns that a run may never try).
	from   *regexp.Regexp
	starts *charClass
	near   func() *LineFilter
	guide  func() *guide // of from, or of re where it is anchored
	guided bool

	named int // the named groups

	// A loop over what may itself match in several ways, (a+)+ or (a|aa)*:
	// regexp2 may backtrack on it until it times out, and Go not. Such a
	// pattern is left to regexp2 by Regex, so that it times out the same.
	wild bool
}

// maxBacktrackInsts: Go's regexp runs a longer program on its NFA, which
// is slower than regexp2 on a label (a label of up to eight words of many
// forms compiles to some 700 instructions).
const maxBacktrackInsts = 500

// NewLineMatcher translates a pattern; nil when it does not translate
// exactly.
func NewLineMatcher(r *Regex) *LineMatcher {
	if r == nil || r.re.RightToLeft() {
		return nil
	}
	shape, facts, ok := exactShape(r.src)
	if !ok {
		return nil
	}
	parsed, err := gosyntax.Parse(shape, gosyntax.Perl)
	if err != nil || loopsOnEmpty(parsed) {
		return nil
	}
	for _, a := range facts.asserts {
		if repeated(parsed, a.group, false) {
			return nil // its group would mark the last pass only
		}
	}
	if prog, err := gosyntax.Compile(parsed.Simplify()); err != nil || len(prog.Inst) > maxBacktrackInsts {
		return nil
	}
	re, err := regexp.Compile(shape)
	if err != nil {
		return nil
	}
	m := &LineMatcher{re: re, exactFacts: facts, wild: wildLoop(r.src)}
	for _, name := range re.SubexpNames() {
		if name != "" {
			m.named++
		}
	}
	m.near = sync.OnceValue(func() *LineFilter {
		if loose, ok := tightShape(`^(?:` + r.src + `)`); ok {
			return compileFilter(loose, maxFilterStates)
		}
		return nil
	})
	anchored := shape
	if !startAnchored(parsed) {
		anchored = `\A(?:` + shape + `)`
		m.from, m.starts = regexp.MustCompile(anchored), startChars(r.src)
	}
	m.guide = sync.OnceValue(func() *guide {
		if m.near() == nil {
			// The pattern's automaton outgrew its bound: the guide's,
			// over sets of its instructions, would too, after a tenth
			// of a second spent building it (a roster line's role
			// words).
			return nil
		}
		parsed, err := gosyntax.Parse(anchored, gosyntax.Perl)
		if err != nil {
			return nil
		}
		prog, err := gosyntax.Compile(parsed.Simplify())
		if err != nil {
			return nil
		}
		return newGuide(prog, 2*(re.NumSubexp()+1))
	})
	return m
}

// wildLoop reports a loop without bound over a repetition or an
// alternation, read from the pattern as regexp2 parses it (Go's parser
// factors a|aa into aa?): unknown constructs count as wild.
func wildLoop(src string) bool {
	tree, _, ok := parsePattern(src, regexp2.None)
	return !ok || wildNode(tree, false)
}

func wildNode(n *node, inLoop bool) bool {
	switch n.kind {
	case nRepeat:
		if inLoop {
			return true
		}
		inLoop = n.max < 0
	case nAlt:
		if inLoop {
			return true
		}
	}
	for _, sub := range n.subs {
		if wildNode(sub, inLoop) {
			return true
		}
	}
	return false
}

// startAnchored reports a pattern that uses ^ or \A: tried from a position
// of the string, it would take that position for the start.
func startAnchored(re *gosyntax.Regexp) bool {
	if re.Op == gosyntax.OpBeginText || re.Op == gosyntax.OpBeginLine {
		return true
	}
	for _, sub := range re.Sub {
		if startAnchored(sub) {
			return true
		}
	}
	return false
}

// startChars is regexp2's set of the characters a match of the pattern
// can begin with; nil when it has none (a match may be empty).
func startChars(src string) *charClass {
	code := compileCode(src, 0)
	if code == nil || code.FcPrefix == nil {
		return nil
	}
	return newCharClass(code.FcPrefix)
}

// answers reports whether the matcher answers for s: a pattern with $ does
// not for a string that ends in a line break.
func (m *LineMatcher) answers(s string) bool {
	return m != nil && !(m.dollar && strings.HasSuffix(s, "\n"))
}

// MatchString is Regex.MatchString; ok is false when the matcher does not
// answer for s.
func (m *LineMatcher) MatchString(s string) (matched, ok bool) {
	if !m.answers(s) {
		return false, false
	}
	if len(m.asserts) == 0 && m.starts == nil {
		return m.re.MatchString(s), true
	}
	var buf [maxGroups]int
	loc := m.locate(s, buf[:0])
	if loc == nil {
		return false, true
	}
	if !m.holds(s, loc) {
		return false, false
	}
	return true, true
}

// Find is Regex.Find, its Groups the named groups; ok is false when the
// matcher does not answer for s.
func (m *LineMatcher) Find(s string) (match *Match, ok bool) {
	var buf [maxGroups]int
	loc, ok := m.find(s, buf[:0])
	if loc == nil {
		return nil, ok
	}
	out := &Match{Groups: make(map[string]string, m.named)}
	m.fill(out, s, loc)
	return out, true
}

// FindInto is Find written into out, whose map of groups is cleared and
// reused: for a caller that reads each match before it looks for the
// next (the speaker pass finds a label on many paragraphs).
func (m *LineMatcher) FindInto(s string, out *Match) (found, ok bool) {
	var buf [maxGroups]int
	loc, ok := m.find(s, buf[:0])
	if loc == nil {
		return false, ok
	}
	if out.Groups == nil {
		out.Groups = make(map[string]string, m.named)
	}
	clear(out.Groups)
	m.fill(out, s, loc)
	return true, true
}

// find is the offsets of the match in s (in buf if it has room), nil for
// none; ok is false when the matcher does not answer for s.
func (m *LineMatcher) find(s string, buf []int) (loc []int, ok bool) {
	if !m.answers(s) {
		return nil, false
	}
	if loc = m.locate(s, buf); loc == nil {
		return nil, true
	}
	if !m.holds(s, loc) {
		return nil, false
	}
	return loc, true
}

// fill writes the match at loc in s into out.
func (m *LineMatcher) fill(out *Match, s string, loc []int) {
	out.Start, out.End = loc[0], loc[1]
	if m.lookahead > 0 {
		out.End = loc[2*m.lookahead]
	}
	for i, name := range m.re.SubexpNames() {
		if name != "" && loc[2*i] >= 0 {
			out.Groups[name] = asRegexp2Reads(s[loc[2*i]:loc[2*i+1]])
		}
	}
}

// maxGroups is room for the offsets of a match of a few groups, on the
// stack.
const maxGroups = 16

// locate is the first match Go finds in s (its groups' offsets, in buf if
// it has room), or nil.
func (m *LineMatcher) locate(s string, buf []int) []int {
	if m.starts == nil {
		if m.guided && m.from == nil && m.guide() != nil {
			return m.anchoredAt(s, m.re, buf)
		}
		// Unguided, ^ in a branch only (not anchored), or a match that
		// may be empty, and so start anywhere.
		return m.re.FindStringSubmatchIndex(s)
	}
	// The first position where a match starts: each position where the
	// first character may stand is tried in turn.
	near := m.near()
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if !m.starts.in(r) {
			i += size
			continue
		}
		var loc []int
		if m.guided {
			loc = m.anchoredAt(s[i:], m.from, buf)
		} else if near.MayMatch(s[i:]) {
			loc = m.from.FindStringSubmatchIndex(s[i:])
		}
		if loc != nil {
			for k := range loc {
				if loc[k] >= 0 {
					loc[k] += i
				}
			}
			return loc
		}
		i += size
	}
	return nil
}

// Guided is the matcher that runs its anchored program by its guide
// (structure_guide.go): for the speaker pass, which tries its few
// patterns on every paragraph and finds a label on many. Other callers
// keep Go's matcher, whose programs need no automaton built.
func (m *LineMatcher) Guided() *LineMatcher {
	if m == nil {
		return nil
	}
	g := *m
	g.guided = true
	return &g
}

// anchoredAt is the match of re, anchored at the start, in s, or nil: no
// match ends past the last place near lets one end, and the program
// reads no further than a character past its match (it tests the end
// of the string only where the guide is not cut), so the guide runs on
// the string cut there, as far as the guide answers; a program with a
// final lookahead reads on past the match, and runs on the whole string.
func (m *LineMatcher) anchoredAt(s string, re *regexp.Regexp, buf []int) []int {
	end := m.near().LastEnd(s)
	if end < 0 {
		return nil
	}
	if g := m.guide(); g != nil {
		t := s
		// A final lookahead reads past the match, which near does not
		// count, as far as it goes ("(?=[A-Z][a-z])"): the string is not cut.
		if !g.endAnchored && m.lookahead == 0 && end < len(s) {
			_, size := utf8.DecodeRuneInString(s[end:])
			t = s[:end+size]
		}
		if loc, ok := g.find(t, len(t) == len(s), buf); ok {
			return loc
		}
	}
	return re.FindStringSubmatchIndex(s)
}

// holds reports whether the match Go found is regexp2's: it is if it
// passes the lookarounds Go could not test (regexp2's matches are those
// of Go's pattern that pass them, tried in the same order). If it does
// not, regexp2 must look further.
func (m *LineMatcher) holds(s string, loc []int) bool {
	for _, a := range m.asserts {
		if at := loc[2*a.group]; at >= 0 && !a.holds(s, at) {
			return false
		}
	}
	return true
}

// asRegexp2Reads is a group's text as regexp2 gives it: from runes, so an
// invalid byte is U+FFFD.
func asRegexp2Reads(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return string([]rune(s))
}

// assertion is a lookaround of one character, or a word boundary, that the
// exact rewrite leaves to Find: the empty group that marks where the match
// passed it.
type assertion struct {
	kind  assertKind
	group int
	char  *regexp.Regexp // the character looked at (lookarounds)
}

type assertKind int

const (
	aheadIs assertKind = iota
	aheadNot
	behindIs
	behindNot
	wordBoundary
	notBoundary
)

// holds tests the assertion at byte offset at of s, as regexp2 would
// (reading an invalid byte as U+FFFD, as Go's regexp does).
func (a assertion) holds(s string, at int) bool {
	switch a.kind {
	case aheadIs, aheadNot:
		_, size := utf8.DecodeRuneInString(s[at:])
		return (size > 0 && a.char.MatchString(s[at:at+size])) == (a.kind == aheadIs)
	case behindIs, behindNot:
		_, size := utf8.DecodeLastRuneInString(s[:at])
		return (size > 0 && a.char.MatchString(s[at-size:at])) == (a.kind == behindIs)
	}
	before, _ := utf8.DecodeLastRuneInString(s[:at])
	after, _ := utf8.DecodeRuneInString(s[at:])
	edge := (at > 0 && isWordChar(before)) != (at < len(s) && isWordChar(after))
	return edge == (a.kind == wordBoundary)
}

// singleAtom is the Go spelling of a lookaround's content when it is one
// character test.
func singleAtom(inner string) (string, bool) {
	switch {
	case inner == "":
		return "", false
	case inner[0] == '[':
		if flatClassEnd(inner, 0) != len(inner) {
			return "", false
		}
	case inner[0] == '\\' || inner == ".":
	default:
		if _, size := utf8.DecodeRuneInString(inner); size != len(inner) || strings.ContainsAny(inner, `()|*+?{^$`) {
			return "", false
		}
		return regexp.QuoteMeta(inner), true
	}
	return exactAtom(inner)
}

// compileAtom compiles a one-character test to match a whole string of one
// character.
func compileAtom(g string) (*regexp.Regexp, bool) {
	re, err := regexp.Compile(`\A(?:` + g + `)\z`)
	return re, err == nil
}

// repeated reports whether group g sits under a repetition (one that may
// run more than once).
func repeated(re *gosyntax.Regexp, g int, under bool) bool {
	if re.Op == gosyntax.OpCapture && re.Cap == g {
		return under
	}
	switch re.Op {
	case gosyntax.OpStar, gosyntax.OpPlus:
		under = true
	case gosyntax.OpRepeat:
		under = under || re.Max < 0 || re.Max > 1
	}
	for _, sub := range re.Sub {
		if repeated(sub, g, under) {
			return true
		}
	}
	return false
}

// loopsOnEmpty reports a repetition of what can match the empty string:
// where Go and .NET stop such a loop differs.
func loopsOnEmpty(re *gosyntax.Regexp) bool {
	switch re.Op {
	case gosyntax.OpStar, gosyntax.OpPlus:
		if minLen(re.Sub[0]) == 0 {
			return true
		}
	case gosyntax.OpRepeat:
		if (re.Max < 0 || re.Max > 1) && minLen(re.Sub[0]) == 0 {
			return true
		}
	}
	for _, sub := range re.Sub {
		if loopsOnEmpty(sub) {
			return true
		}
	}
	return false
}

// minLen is the fewest characters re can match.
func minLen(re *gosyntax.Regexp) int {
	switch re.Op {
	case gosyntax.OpLiteral:
		return len(re.Rune)
	case gosyntax.OpCharClass, gosyntax.OpAnyChar, gosyntax.OpAnyCharNotNL:
		return 1
	case gosyntax.OpCapture, gosyntax.OpPlus:
		return minLen(re.Sub[0])
	case gosyntax.OpRepeat:
		return re.Min * minLen(re.Sub[0])
	case gosyntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			n += minLen(sub)
		}
		return n
	case gosyntax.OpAlternate:
		n := -1
		for _, sub := range re.Sub {
			if k := minLen(sub); n < 0 || k < n {
				n = k
			}
		}
		return max(n, 0)
	}
	return 0 // empty, anchors, star, quest
}

// exactAtom is the Go spelling of a class, an escape or a dot.
func exactAtom(a string) (string, bool) {
	switch {
	case a == ".":
		return ".", true // [^\n] in both
	case a[0] == '[':
		return exactClass(a)
	}
	if set, negated, n := setEscape(a); n == len(a) {
		if negated {
			return "[^" + set + "]", true
		}
		return "[" + set + "]", true
	}
	r, n := escapedRune(a, false)
	if n != len(a) {
		return "", false
	}
	return fmt.Sprintf(`\x{%x}`, r), true
}

// exactClass is the Go spelling of a class [...]: .NET's and Go's agree
// but for the escapes, spelled out; a negated escape (\S) inside is not
// modelled.
func exactClass(a string) (string, bool) {
	body := a[1 : len(a)-1]
	var b strings.Builder
	b.WriteByte('[')
	if strings.HasPrefix(body, "^") {
		b.WriteByte('^')
		body = body[1:]
	}
	for i := 0; i < len(body); {
		if set, negated, n := setEscape(body[i:]); n > 0 {
			if negated {
				return "", false
			}
			b.WriteString(set)
			i += n
			continue
		}
		lo, n := classRune(body[i:])
		if n == 0 {
			return "", false
		}
		i += n
		hi := lo
		if i+1 < len(body) && body[i] == '-' { // a range, unless the - ends the class
			if hi, n = classRune(body[i+1:]); n == 0 {
				return "", false
			}
			i += 1 + n
		}
		fmt.Fprintf(&b, `\x{%x}-\x{%x}`, lo, hi)
	}
	b.WriteByte(']')
	return b.String(), true
}

// classRune reads one character of a class, literal or escaped; n is 0 when
// there is none.
func classRune(s string) (rune, int) {
	switch s[0] {
	case '\\':
		return escapedRune(s, true)
	case '[':
		return 0, 0
	}
	r, n := utf8.DecodeRuneInString(s)
	return r, n
}

// escapedRune reads an escaped character (\t, \u0041, \.); n is 0 for any
// other escape.
func escapedRune(s string, inClass bool) (rune, int) {
	if len(s) < 2 || s[0] != '\\' {
		return 0, 0
	}
	switch e := s[1]; e {
	case 't':
		return '\t', 2
	case 'n':
		return '\n', 2
	case 'r':
		return '\r', 2
	case 'f':
		return '\f', 2
	case 'v':
		return '\v', 2
	case 'a':
		return 7, 2
	case 'e':
		return 0x1b, 2
	case 'b':
		if inClass {
			return 8, 2 // a backspace in a class; outside, a word boundary
		}
		return 0, 0
	case 'u', 'x':
		n := 4
		if e == 'x' {
			n = 2
		}
		if len(s) < 2+n {
			return 0, 0
		}
		v, err := strconv.ParseUint(s[2:2+n], 16, 32)
		if err != nil {
			return 0, 0
		}
		return rune(v), 2 + n
	default:
		r, size := utf8.DecodeRuneInString(s[1:])
		if r < utf8.RuneSelf && isWordByte(byte(r)) {
			return 0, 0 // \c, \k, \1 and the like
		}
		return r, 1 + size
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// setEscape reads \w, \s, \d (\W, \S, \D negated) or \p{X}, \P{X} at the
// start of s as the inside of a Go class; n is 0 for anything else.
func setEscape(s string) (set string, negated bool, n int) {
	if len(s) < 2 || s[0] != '\\' {
		return "", false, 0
	}
	switch e := s[1]; e {
	case 'w', 'W':
		return wordSet, e == 'W', 2
	case 's', 'S':
		return spaceSet, e == 'S', 2
	case 'd', 'D':
		return `\p{Nd}`, e == 'D', 2
	case 'p', 'P':
		k := strings.IndexByte(s, '}')
		if len(s) < 4 || s[2] != '{' || k < 0 || !sameCategory(s[3:k]) {
			return "", false, 0
		}
		return s[:k+1], false, k + 1
	}
	return "", false, 0
}

// wordSet is regexp2's \w (syntax.IsWordChar): letters, non-spacing marks,
// decimal digits, connector punctuation and the zero-width (non-)joiner.
const wordSet = `\p{L}\p{Mn}\p{Nd}\p{Pc}\x{200c}\x{200d}`

// spaceSet is regexp2's \s: unicode.IsSpace, the White_Space property.
var spaceSet = func() string {
	var b strings.Builder
	for _, r := range unicode.White_Space.R16 {
		for c := rune(r.Lo); c <= rune(r.Hi); c += rune(r.Stride) {
			fmt.Fprintf(&b, `\x{%x}`, c)
		}
	}
	for _, r := range unicode.White_Space.R32 {
		for c := rune(r.Lo); c <= rune(r.Hi); c += rune(r.Stride) {
			fmt.Fprintf(&b, `\x{%x}`, c)
		}
	}
	return b.String()
}()

// sameCategory reports a \p{name} that Go reads as the same table as
// regexp2: a general category or a script (regexp2 lets a property of the
// same name win; Go knows no properties).
func sameCategory(name string) bool {
	if _, prop := unicode.Properties[name]; prop {
		return false
	}
	_, cat := unicode.Categories[name]
	_, script := unicode.Scripts[name]
	return cat || script
}
