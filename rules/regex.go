package rules

import (
	"errors"
	"strings"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dlclark/regexp2"
	"github.com/dlclark/regexp2/syntax"
)

// MatchTimeout bounds one match of any rule pattern. regexp2 backtracks, so a
// user's catastrophic pattern such as (a+)+$ would otherwise hang a run; the
// engine only ever matches against a short window around a candidate, where
// an honest pattern needs microseconds.
const MatchTimeout = 100 * time.Millisecond

// Regex is a compiled rule pattern.
type Regex struct {
	src string
	re  *regexp2.Regexp
	pre prefilter
}

// ErrTimeout reports a pattern that ran out of time.
var ErrTimeout = errors.New("pattern match timed out")

func compile(src string) (*Regex, error) {
	return compileWith(src, regexp2.None)
}

// compileEndAnchored compiles a pattern that looks at the text before a
// candidate. Such patterns end in $: matched right to left, regexp2 tries
// them once at the end instead of at every position of the window.
func compileEndAnchored(src string) (*Regex, error) {
	if strings.HasSuffix(src, "$") && !strings.HasSuffix(src, `\$`) {
		return compileWith(src, regexp2.RightToLeft)
	}
	return compileWith(src, regexp2.None)
}

func compileWith(src string, opt regexp2.RegexOptions) (*Regex, error) {
	re, err := regexp2.Compile(src, opt)
	if err != nil {
		return nil, err
	}
	re.MatchTimeout = MatchTimeout
	return &Regex{src: src, re: re, pre: newPrefilter(src, opt)}, nil
}

// prefilter is a test, derived from a pattern when it is compiled, that
// rejects most strings the pattern cannot match without running regexp2
// (which converts the string to runes and sets up a backtracking runner
// for every call). It applies to patterns anchored at the start of the
// string (^...) or, for right-to-left patterns, at its end (...$): the
// match must then begin (end) with one of the characters regexp2's own
// first-character analysis finds. Any other pattern has no prefilter.
type prefilter struct {
	at    int8 // 0: none; 1: the first rune must be in set; -1: the last rune
	ci    bool // compare the lower-cased rune, as regexp2 does
	ascii [2]uint64
	set   syntax.CharSet
}

func newPrefilter(src string, opt regexp2.RegexOptions) prefilter {
	tree, err := syntax.Parse(src, syntax.RegexOptions(opt))
	if err != nil {
		return prefilter{}
	}
	code, err := syntax.Write(tree)
	if err != nil || code.FcPrefix == nil {
		return prefilter{}
	}
	var p prefilter
	switch {
	case !code.RightToLeft && code.Anchors&syntax.AnchorBeginning != 0:
		p.at = 1
	case code.RightToLeft && code.Anchors&syntax.AnchorEnd != 0, code.RightToLeft && code.Anchors&syntax.AnchorEndZ != 0:
		p.at = -1
	default:
		return prefilter{}
	}
	p.ci = code.FcPrefix.CaseInsensitive
	p.set = code.FcPrefix.PrefixSet
	for c := rune(0); c < 128; c++ {
		if p.set.CharIn(c) {
			p.ascii[c>>6] |= 1 << (c & 63)
		}
	}
	return p
}

// rejects reports whether the pattern certainly does not match s.
func (p *prefilter) rejects(s string) bool {
	var r rune
	switch p.at {
	case 0:
		return false
	case 1:
		if s == "" {
			return true
		}
		if r = rune(s[0]); r >= utf8.RuneSelf {
			r, _ = utf8.DecodeRuneInString(s)
		}
	default:
		// $ also matches before a final newline: leave that to regexp2.
		if s == "" {
			return true
		}
		if s[len(s)-1] == '\n' {
			return false
		}
		if r = rune(s[len(s)-1]); r >= utf8.RuneSelf {
			r, _ = utf8.DecodeLastRuneInString(s)
		}
	}
	if p.ci {
		r = unicode.ToLower(r)
	}
	if r < 128 {
		return p.ascii[r>>6]&(1<<(r&63)) == 0
	}
	// regexp2's analysis is only exact inside the Basic Multilingual Plane.
	return r <= 0xFFFF && !p.set.CharIn(r)
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
	if r.pre.rejects(s) {
		return false, nil
	}
	evaluations.Add(1)
	ok, err := r.re.MatchString(s)
	if err != nil {
		return false, ErrTimeout
	}
	return ok, nil
}

// MayMatch reports whether the pattern's prefilter lets s through: false
// means the pattern certainly does not match s.
func (r *Regex) MayMatch(s string) bool { return !r.pre.rejects(s) }

// MatchRunes is MatchString for a string whose runes the caller already
// has (rs is []rune(s)): a caller that tries many patterns on one string
// converts it once.
func (r *Regex) MatchRunes(s string, rs []rune) (bool, error) {
	if r.pre.rejects(s) {
		return false, nil
	}
	evaluations.Add(1)
	ok, err := r.re.MatchRunes(rs)
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
	evaluations.Add(1)
	m, err := r.re.FindStringMatch(s)
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
	if r.pre.rejects(s) {
		return nil, nil
	}
	evaluations.Add(1)
	m, err := r.re.FindStringMatch(s)
	for ; m != nil && err == nil; m, err = r.re.FindNextMatch(m) {
		out = append(out, toMatch(s, m))
	}
	if err != nil {
		return out, ErrTimeout
	}
	return out, nil
}

// toMatch converts regexp2's rune indexes to byte offsets.
func toMatch(s string, m *regexp2.Match) *Match {
	runeToByte := func(ri int) int {
		n := 0
		for bi := range s {
			if n == ri {
				return bi
			}
			n++
		}
		return len(s)
	}
	out := &Match{Start: runeToByte(m.Index), End: runeToByte(m.Index + m.Length), Groups: map[string]string{}}
	for _, g := range m.Groups() {
		if g.Name != "" && g.Name != "0" && len(g.Captures) > 0 {
			out.Groups[g.Name] = g.String()
		}
	}
	return out
}
