package rules

import (
	"errors"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/dlclark/regexp2"
	"github.com/dlclark/regexp2/syntax"
)

// MatchTimeout bounds one match of any rule pattern. regexp2 backtracks, so a
// user's catastrophic pattern such as (a+)+$ would otherwise hang a run; the
// engine only ever matches against a short window around a candidate, where
// an honest pattern needs microseconds.
const MatchTimeout = 100 * time.Millisecond

// Regex is a compiled rule pattern. It is matched by regexp2 (the rule
// language is .NET's), or, where the pattern translates exactly to Go's
// regexp, by Go's (see LineMatcher), which takes a fraction of the time:
// regexp2 converts the string to runes, interprets a backtracking
// program and looks Unicode categories up by name at every \b.
type Regex struct {
	src string
	re  *regexp2.Regexp
	pre prefilter
	// The translation, wild loop or not (see LineMatcher), made when
	// first asked for: the prefilters of most patterns decide every
	// string a run gives them (19 of the default rules' 160 patterns
	// reach it on the bundled texts).
	line     *LineMatcher
	lineOnce sync.Once
	evals    atomic.Int64 // times regexp2 ran it
}

// ErrTimeout reports a pattern that ran out of time.
var ErrTimeout = errors.New("pattern match timed out")

func compile(src string) (*Regex, error) {
	return compileWith(src, regexp2.None)
}

// endAnchoredOptions are the options of a pattern that looks at the text
// before a candidate. Such patterns end in $ (or \z, the end and not
// before a final newline): matched right to left, regexp2 tries them once
// at the end instead of at every position of the window, and the
// prefilters read the end first.
func endAnchoredOptions(src string) regexp2.RegexOptions {
	for _, a := range []string{"$", `\z`, `\Z`} {
		if strings.HasSuffix(src, a) && !escaped(src, len(src)-len(a)) {
			return regexp2.RightToLeft
		}
	}
	return regexp2.None
}

func compileEndAnchored(src string) (*Regex, error) {
	return compileWith(src, endAnchoredOptions(src))
}

func compileWith(src string, opt regexp2.RegexOptions) (*Regex, error) {
	r, err := parseRegex(src, opt)
	if err != nil {
		return nil, err
	}
	r.derive(opt)
	return r, nil
}

// parseRegex compiles the pattern for regexp2: what can fail, and what a
// bad rule is reported for.
func parseRegex(src string, opt regexp2.RegexOptions) (*Regex, error) {
	re, err := regexp2.Compile(src, opt)
	if err != nil {
		return nil, err
	}
	re.MatchTimeout = MatchTimeout
	return &Regex{src: src, re: re}, nil
}

// derive works out what makes the pattern fast: its prefilter (its
// translation to Go's regexp is made when first needed).
func (r *Regex) derive(opt regexp2.RegexOptions) {
	r.pre = newPrefilter(r.src, opt)
}

// A compiler compiles the patterns of a rule set as Load reads them. A
// pattern's derivation takes most of the time of loading the rules, which
// every run waits for before its first file, so the compiler hands each
// to a goroutine, one pattern a core, and wait returns when all are done.
type compiler struct {
	wg    sync.WaitGroup
	slots chan struct{}
}

func newCompiler() *compiler {
	return &compiler{slots: make(chan struct{}, runtime.GOMAXPROCS(0))}
}

func (c *compiler) compile(src string) (*Regex, error) {
	return c.compileWith(src, regexp2.None)
}

func (c *compiler) compileEndAnchored(src string) (*Regex, error) {
	return c.compileWith(src, endAnchoredOptions(src))
}

func (c *compiler) compileWith(src string, opt regexp2.RegexOptions) (*Regex, error) {
	r, err := parseRegex(src, opt)
	if err != nil {
		return nil, err
	}
	c.wg.Go(func() {
		c.slots <- struct{}{}
		r.derive(opt)
		<-c.slots
	})
	return r, nil
}

func (c *compiler) wait() { c.wg.Wait() }

// LineMatcher is the pattern's exact translation to Go's regexp, nil where
// it has none. Unlike the pattern's own matching, which leaves a pattern
// with a wild loop to regexp2 and its timeout, the speaker pass takes it
// for a wild pattern too: on a line, Go's matcher is linear.
func (r *Regex) LineMatcher() *LineMatcher {
	r.lineOnce.Do(func() { r.line = NewLineMatcher(r) })
	return r.line
}

// exact is the translation that the pattern's own matching uses: nil when
// the pattern does not translate, or has a wild loop.
func (r *Regex) exact() *LineMatcher {
	if m := r.LineMatcher(); m != nil && !m.wild {
		return m
	}
	return nil
}

// prefilter is a test, derived from a pattern when it is compiled, that
// rejects most strings the pattern cannot match without running regexp2
// (which converts the string to runes and sets up a backtracking runner
// for every call). It applies to patterns anchored at the start of the
// string (^...) or, for right-to-left patterns, at its end (...$): the
// match must then begin (end) with one of the characters regexp2's own
// first-character analysis finds. Where the anchor is followed (preceded)
// by a run of white space, ^\s* or ^\s+ (\s*$ or \s+$), and the rest of
// the pattern cannot begin (end) with white space, the test skips the
// string's white space and looks at the first (last) other character.
// Such a pattern also gets, where its constructs allow, the sequences
// read from its anchor (sequence.go), which go on past that character
// and decide simple patterns outright. Literals that every match must
// contain (required.go) apply to any pattern.
type prefilter struct {
	at int8 // 0: none; 1: the first rune must be in the class; -1: the last rune
	ws int8 // -1: no white-space run; else the least white space before (after) that rune
	charClass
	req *requirement // what must occur in the string (see required)
	seq *sequences   // the anchored pattern's sequences (see sequences)

	branches []prefilter // at == 2: the branches of a top-level alternation
	second   *prefilter  // at == 1: the character after the first (secondChars)
}

func newPrefilter(src string, opt regexp2.RegexOptions) prefilter {
	p := anchorPrefilter(src, opt)
	if p.at == 0 {
		p.ws = -1
	}
	if opt&regexp2.IgnoreCase == 0 {
		p.req = required(src)
	}
	p.seq = newSequences(src, opt)
	return p
}

// anchorPrefilter is the part of the prefilter that looks at the anchor.
func anchorPrefilter(src string, opt regexp2.RegexOptions) prefilter {
	if branches := topLevelBranches(src); len(branches) > 1 {
		// a|b: each branch is anchored on its own; the string is rejected
		// when every branch rejects it.
		var p prefilter
		for _, b := range branches {
			q := anchorPrefilter(b, opt)
			if q.at == 0 {
				return prefilter{}
			}
			p.branches = append(p.branches, q)
		}
		p.at = 2
		return p
	}
	p, ok := firstChars(src, opt)
	if !ok {
		return prefilter{}
	}
	p.ws = -1
	// A white-space run at the anchor: the characters that count are those
	// of the rest of the pattern, if it cannot begin (end) with a space.
	var rest string
	var least int8
	if p.at == 1 {
		if m := leadingSpaceRE.FindStringSubmatch(src); m != nil {
			rest, least = m[1]+"^"+src[len(m[0]):], b2i8(m[2] == "+")
		}
	} else if m := trailingSpaceRE.FindStringSubmatch(src); m != nil && !escaped(src, len(m[1])) {
		rest, least = m[1]+"$", b2i8(m[2] == "+")
	}
	if rest != "" && !topLevelAlternation(src) {
		if q, ok := firstChars(rest, opt); ok && q.at == p.at && !q.anySpace() {
			q.ws = least
			if q.at == 1 {
				q.second = secondChars(rest, opt)
			}
			return q
		}
	}
	if p.at == 1 {
		p.second = secondChars(src, opt)
	}
	return p
}

// secondChars is the prefilter of the character after the first, for a
// pattern ^X... whose first element X is one character (a literal, a class,
// \d, \s, \w, \p{..}) taken exactly once, possibly inside groups that
// open there and have no alternation: the characters the pattern without
// X can begin with. Nil when there is no such X.
func secondChars(r string, opt regexp2.RegexOptions) *prefilter {
	i := len(leadingOptionsRE.FindString(r))
	if i >= len(r) || r[i] != '^' {
		return nil
	}
	i++
	var opens []int
	for {
		rest := r[i:]
		switch {
		case strings.HasPrefix(rest, "(?:"):
			opens = append(opens, i)
			i += 3
			continue
		case strings.HasPrefix(rest, "(?<") && !strings.HasPrefix(rest, "(?<=") && !strings.HasPrefix(rest, "(?<!"):
			k := strings.IndexByte(rest, '>')
			if k < 0 {
				return nil
			}
			opens = append(opens, i)
			i += k + 1
			continue
		case strings.HasPrefix(rest, "(") && !strings.HasPrefix(rest, "(?"):
			opens = append(opens, i)
			i++
			continue
		case leadingOptionsRE.MatchString(rest):
			i += len(leadingOptionsRE.FindString(rest)) // (?i): zero-width
			continue
		}
		break
	}
	j := oneCharAtomEnd(r, i)
	if j < 0 || j < len(r) && strings.IndexByte("*+?{", r[j]) >= 0 {
		return nil
	}
	for _, o := range opens {
		if groupVaries(r, o) {
			return nil
		}
	}
	q, ok := firstChars(r[:i]+r[j:], opt)
	if !ok || q.at != 1 {
		return nil
	}
	q.ws = -1
	return &q
}

// oneCharAtomEnd returns where the atom at i ends if it matches exactly one
// character, else -1.
func oneCharAtomEnd(r string, i int) int {
	if i >= len(r) {
		return -1
	}
	switch c := r[i]; {
	case c == '[':
		j := i + 1
		if j < len(r) && r[j] == '^' {
			j++
		}
		if j < len(r) && r[j] == ']' {
			j++
		}
		for ; j < len(r); j++ {
			switch r[j] {
			case '\\':
				j++
			case '[':
				return -1 // subtraction or a nested class
			case ']':
				return j + 1
			}
		}
		return -1
	case c == '\\':
		if i+1 >= len(r) {
			return -1
		}
		switch e := r[i+1]; {
		case strings.IndexByte("dDsSwW", e) >= 0:
			return i + 2
		case e == 'p' || e == 'P':
			if k := strings.IndexByte(r[i:], '}'); k > 0 && i+2 < len(r) && r[i+2] == '{' {
				return i + k + 1
			}
			return -1
		case e >= 'a' && e <= 'z' || e >= 'A' && e <= 'Z' || e >= '0' && e <= '9' || e >= utf8.RuneSelf:
			return -1 // anchors, back-references, code escapes
		default:
			return i + 2 // escaped punctuation
		}
	case strings.IndexByte("()|*+?{}^$", c) >= 0:
		return -1
	default:
		_, size := utf8.DecodeRuneInString(r[i:])
		return i + size
	}
}

// groupVaries reports whether the group opening at r[o] has a | of its own
// (outside its inner groups and classes) or a quantifier: then its first
// character is not always the pattern's.
func groupVaries(r string, o int) bool {
	varies := true // unbalanced: say yes, so no prefilter
	walkStructure(r, o, func(i int, c byte, depth int) bool {
		switch {
		case c == ')' && depth == 1:
			varies = i+1 < len(r) && strings.IndexByte("*+?{", r[i+1]) >= 0
			return false
		case c == '|' && depth == 1:
			varies = true
			return false
		}
		return true
	})
	return varies
}

// firstChars is the plain prefilter of a pattern: its anchor and the
// characters regexp2 finds its match can start (or, right to left, end) with.
func firstChars(src string, opt regexp2.RegexOptions) (prefilter, bool) {
	if !mayAnchor(src, opt) {
		return prefilter{}, false // saves regexp2's parse of an unanchored pattern
	}
	tree, err := syntax.Parse(src, syntax.RegexOptions(opt))
	if err != nil {
		return prefilter{}, false
	}
	code, err := syntax.Write(tree)
	if err != nil || code.FcPrefix == nil {
		return prefilter{}, false
	}
	p := prefilter{charClass: *newCharClass(code.FcPrefix)}
	switch {
	case !code.RightToLeft && code.Anchors&syntax.AnchorBeginning != 0:
		p.at = 1
	case code.RightToLeft && code.Anchors&syntax.AnchorEnd != 0, code.RightToLeft && code.Anchors&syntax.AnchorEndZ != 0:
		p.at = -1
	default:
		return prefilter{}, false
	}
	return p, true
}

// mayAnchor reports whether the pattern may hold the anchor that firstChars
// needs: ^ or \A, or right to left $, \Z or \z (a ^ in a class, [^...],
// says maybe too).
func mayAnchor(src string, opt regexp2.RegexOptions) bool {
	if opt&regexp2.RightToLeft != 0 {
		return strings.Contains(src, "$") || strings.Contains(src, `\Z`) || strings.Contains(src, `\z`)
	}
	return strings.Contains(src, "^") || strings.Contains(src, `\A`)
}

var (
	// An inline option group, then ^\s* or ^\s+.
	leadingSpaceRE = regexp.MustCompile(`^((?:\(\?[imsx]+\))?)\^\\s([*+])`)
	// The pattern up to a final \s*$ or \s+$.
	trailingSpaceRE = regexp.MustCompile(`^(.*)\\s([*+])\$$`)
)

// escaped reports whether the character at i of a pattern follows an odd
// number of backslashes (so `\\s*$` is a backslash, then s*).
func escaped(src string, i int) bool {
	n := 0
	for i > 0 && src[i-1] == '\\' {
		n++
		i--
	}
	return n%2 == 1
}

// topLevelBranches splits a pattern at the | outside every group and
// class; an inline option group at its start goes with every branch. Nil
// when the pattern has another inline option group at the top level (it
// would carry into the branches after it) or no top-level |.
func topLevelBranches(src string) []string {
	lead := ""
	if m := leadingOptionsRE.FindString(src); m != "" {
		lead, src = m, src[len(m):]
	}
	var out []string
	start, optionGroup := 0, false
	walkStructure(src, 0, func(i int, c byte, depth int) bool {
		switch {
		case c == '(' && depth == 1 && leadingOptionsRE.MatchString(src[i:]):
			optionGroup = true
			return false
		case c == '|' && depth == 0:
			out = append(out, lead+src[start:i])
			start = i + 1
		}
		return true
	})
	if optionGroup {
		return nil
	}
	if out == nil {
		return nil
	}
	return append(out, lead+src[start:])
}

// leadingOptionsRE is an inline option group such as (?i) at the start.
var leadingOptionsRE = regexp.MustCompile(`^\(\?[imnsx-]+\)`)

// topLevelAlternation reports whether the pattern has a | outside every
// group and class: then an anchor or a space run belongs to one branch.
func topLevelAlternation(src string) bool {
	found := false
	walkStructure(src, 0, func(_ int, c byte, depth int) bool {
		found = c == '|' && depth == 0
		return !found
	})
	return found
}

// walkStructure walks a pattern's groups and alternations, stepping over
// escapes and character classes: visit sees each (, ) and | with the group
// depth inside the parenthesis (for ( and )) or where the | stands, and
// returns false to stop the walk.
func walkStructure(src string, from int, visit func(i int, c byte, depth int) bool) {
	depth, class := 0, false
	for i := from; i < len(src); i++ {
		switch c := src[i]; {
		case c == '\\':
			i++
		case class:
			class = c != ']'
		case c == '[':
			class = true
			if i+1 < len(src) && src[i+1] == ']' {
				i++ // a ] first in a class is literal
			}
		case c == '(':
			depth++
			if !visit(i, c, depth) {
				return
			}
		case c == ')':
			if !visit(i, c, depth) {
				return
			}
			depth--
		case c == '|':
			if !visit(i, c, depth) {
				return
			}
		}
	}
}

func b2i8(b bool) int8 {
	if b {
		return 1
	}
	return 0
}

// spaces are the characters regexp2's \s matches, found once.
var spaces = sync.OnceValue(func() []rune {
	set := regexp2.MustCompile(`^\s`, regexp2.None)
	var out []rune
	for r := rune(0); r <= 0xFFFF; r++ {
		if ok, _ := set.MatchRunes([]rune{r}); ok {
			out = append(out, r)
		}
	}
	return out
})

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r >= '\t' && r <= '\r'
	}
	_, found := slices.BinarySearch(spaces(), r)
	return found
}

// anySpace reports whether the set holds a white-space character.
func (p *prefilter) anySpace() bool {
	for _, r := range spaces() {
		if p.in(r) {
			return true
		}
	}
	return false
}

// rejects reports whether the pattern certainly does not match s.
func (p *prefilter) rejects(s string) bool {
	return p.verdict(s, false) == noMatch
}

// verdict is what the prefilter says of s: noMatch, mayMatch, or, where
// the sequences decide (with decide), isMatch. The anchor test comes
// first: where the sequences stop early (an open alternative) it can
// still reject.
func (p *prefilter) verdict(s string, decide bool) verdict {
	if p.at != 0 && p.rejectsAtAnchor(s) {
		return noMatch
	}
	if p.seq != nil {
		if v := p.seq.test(s, decide); v != mayMatch {
			return v
		}
	}
	if p.req != nil && !p.req.found(s) {
		return noMatch
	}
	return mayMatch
}

// rejectsAtAnchor looks at the character next to the anchor.
func (p *prefilter) rejectsAtAnchor(s string) bool {
	if p.at == 2 {
		for i := range p.branches {
			if !p.branches[i].rejectsAtAnchor(s) {
				return false
			}
		}
		return true
	}
	if p.ws >= 0 {
		return p.rejectsAfterSpace(s)
	}
	if s == "" {
		return true
	}
	if p.at == 1 {
		r, size := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s)
		}
		return !p.in(r) || p.rejectsSecond(s[size:])
	}
	// $ also matches before a final newline: leave that to regexp2.
	if s[len(s)-1] == '\n' {
		return false
	}
	r := rune(s[len(s)-1])
	if r >= utf8.RuneSelf {
		r, _ = utf8.DecodeLastRuneInString(s)
	}
	return !p.in(r)
}

// rejectsAfterSpace is rejects for a pattern with a white-space run at its
// anchor: past the string's white space there must be enough of it and
// then a character of the set. (A final newline, which $ may stand
// before, is white space too.)
func (p *prefilter) rejectsAfterSpace(s string) bool {
	n := 0
	if p.at == 1 {
		for s != "" {
			r, size := rune(s[0]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s)
			}
			if !isSpace(r) {
				return n < int(p.ws) || !p.in(r) || p.rejectsSecond(s[size:])
			}
			s = s[size:]
			n++
		}
		return true
	}
	for s != "" {
		r, size := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(s)
		}
		if !isSpace(r) {
			return n < int(p.ws) || !p.in(r)
		}
		s = s[:len(s)-size]
		n++
	}
	return true
}

// rejectsSecond tests the rest of the string, after the first character,
// against the second-character prefilter, if there is one.
func (p *prefilter) rejectsSecond(rest string) bool {
	if p.second == nil {
		return false
	}
	if rest == "" {
		return true
	}
	r := rune(rest[0])
	if r >= utf8.RuneSelf {
		r, _ = utf8.DecodeRuneInString(rest)
	}
	return !p.second.in(r)
}

// MustCompile compiles a pattern for tests and panics on error.
func MustCompile(src string) *Regex {
	r, err := compile(src)
	if err != nil {
		panic(err)
	}
	return r
}

// String returns the pattern's source.
func (r *Regex) String() string { return r.src }

// MatchString reports whether the pattern matches s; a timeout is ErrTimeout.
func (r *Regex) MatchString(s string) (bool, error) {
	if v := r.pre.verdict(s, true); v != mayMatch {
		return v == isMatch, nil
	}
	if ok, answered := r.matchExact(s); answered {
		return ok, nil
	}
	return r.run(func() (bool, error) { return r.re.MatchString(s) })
}

// spurious reports a timeout that the wall clock does not confirm.
// regexp2 measures its deadline on a coarse clock, updated by a goroutine;
// on a loaded machine that clock can lag and then jump past a deadline the
// match never came near (seen on long parallel runs: rules that take
// microseconds "timed out" and were switched off for the rest of the run).
// Such a match is run once more.
func spurious(start time.Time, err error) bool {
	return err != nil && time.Since(start) < MatchTimeout
}

// MayMatch reports whether the pattern's prefilter lets s through: false
// means the pattern certainly does not match s.
func (r *Regex) MayMatch(s string) bool { return !r.pre.rejects(s) }

// MatchRunes is MatchString for a string whose runes the caller already
// has (rs is []rune(s)): a caller that tries many patterns on one string
// converts it once.
func (r *Regex) MatchRunes(s string, rs []rune) (bool, error) {
	if v := r.pre.verdict(s, true); v != mayMatch {
		return v == isMatch, nil
	}
	if ok, answered := r.matchExact(s); answered {
		return ok, nil
	}
	return r.run(func() (bool, error) { return r.re.MatchRunes(rs) })
}

// Text is a string that several patterns look at: its runes are made
// once, when the first pattern that its prefilter lets through needs
// them, into a scratch buffer that several Texts may share.
type Text struct {
	s       string
	scratch *[]rune
	runes   []rune
	done    bool
}

// NewText prepares s for MatchText; scratch may be nil.
func NewText(s string, scratch *[]rune) Text { return Text{s: s, scratch: scratch} }

// String returns the text.
func (t *Text) String() string { return t.s }

func (t *Text) runesOf() []rune {
	if !t.done {
		if t.scratch == nil {
			t.scratch = new([]rune)
		}
		n := len(*t.scratch)
		for _, c := range t.s {
			*t.scratch = append(*t.scratch, c)
		}
		t.runes, t.done = (*t.scratch)[n:len(*t.scratch):len(*t.scratch)], true
	}
	return t.runes
}

// MatchText is MatchString for a Text.
func (r *Regex) MatchText(t *Text) (bool, error) {
	if v := r.pre.verdict(t.s, true); v != mayMatch {
		return v == isMatch, nil
	}
	if ok, answered := r.matchExact(t.s); answered {
		return ok, nil
	}
	return r.run(func() (bool, error) { return r.re.MatchRunes(t.runesOf()) })
}

// matchExact runs the pattern's translation to Go's regexp on s, where
// it has one (exact): a run its prefilter did not spare, counted
// (Translations) as regexp2's are.
func (r *Regex) matchExact(s string) (ok, answered bool) {
	if ok, answered = r.exact().MatchString(s); answered {
		translations.Add(1)
	}
	return ok, answered
}

// run runs regexp2 once, and once more after a spurious timeout.
func (r *Regex) run(match func() (bool, error)) (bool, error) {
	r.evals.Add(1)
	evaluations.Add(1)
	start := time.Now()
	ok, err := match()
	if spurious(start, err) {
		ok, err = match()
	}
	if err != nil {
		return false, ErrTimeout
	}
	return ok, nil
}

// evaluations counts the times a pattern ran (was not skipped by its
// prefilter), for the benchmarks.
var evaluations atomic.Int64

// Evaluations returns how many times, in this process, regexp2 ran a rule
// pattern.
func Evaluations() int64 { return evaluations.Load() }

// translations counts the times a pattern's translation to Go's regexp
// answered for it (matchExact), for the benchmarks: a prefilter that
// stops deciding shows here, where regexp2's count does not move.
var translations atomic.Int64

// Translations returns how many times, in this process, a rule pattern's
// translation to Go's regexp ran in its place.
func Translations() int64 { return translations.Load() }

// Evaluations returns how many times regexp2 ran this pattern.
func (r *Regex) Evaluations() int64 { return r.evals.Load() }

// Match is one match: its span (byte offsets into the string matched) and
// the named groups that took part.
type Match struct {
	Start, End int
	Groups     map[string]string
}

// Find returns the first match in s, or nil.
func (r *Regex) Find(s string) (*Match, error) {
	if r.pre.rejects(s) {
		return nil, nil
	}
	if m, answered := r.exact().Find(s); answered {
		return m, nil
	}
	r.evals.Add(1)
	evaluations.Add(1)
	start := time.Now()
	m, err := r.re.FindStringMatch(s)
	if spurious(start, err) {
		m, err = r.re.FindStringMatch(s)
	}
	if err != nil {
		return nil, ErrTimeout
	}
	if m == nil {
		return nil, nil
	}
	return toMatch(s, m), nil
}

// FindAll returns every non-overlapping match in s.
func (r *Regex) FindAll(s string) ([]*Match, error) {
	var out []*Match
	var err error
	if r.pre.rejects(s) {
		return nil, nil
	}
	r.evals.Add(1)
	evaluations.Add(1)
	for try := 0; try < 2; try++ {
		out = out[:0]
		start := time.Now()
		var m *regexp2.Match
		m, err = r.re.FindStringMatch(s)
		for ; m != nil && err == nil; m, err = r.re.FindNextMatch(m) {
			out = append(out, toMatch(s, m))
		}
		if !spurious(start, err) {
			break
		}
	}
	if err != nil {
		return out, ErrTimeout
	}
	return out, nil
}

// toMatch converts regexp2's rune indexes to byte offsets.
func toMatch(s string, m *regexp2.Match) *Match {
	runeToByte := func(ri int) int { return ri } // an ASCII string's
	if !isASCII(s) {
		runeToByte = func(ri int) int {
			n := 0
			for bi := range s {
				if n == ri {
					return bi
				}
				n++
			}
			return len(s)
		}
	}
	out := &Match{Start: runeToByte(m.Index), End: runeToByte(m.Index + m.Length), Groups: map[string]string{}}
	for _, g := range m.Groups() {
		if g.Name != "" && g.Name != "0" && len(g.Captures) > 0 {
			out.Groups[g.Name] = g.String()
		}
	}
	return out
}
