package rules

import (
	"errors"
	"strings"
	"time"

	"github.com/dlclark/regexp2"
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
	return &Regex{src: src, re: re}, nil
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
	ok, err := r.re.MatchString(s)
	if err != nil {
		return false, ErrTimeout
	}
	return ok, nil
}

// Match is one match: its span (byte offsets into the string matched) and
// the named groups that took part.
type Match struct {
	Start, End int
	Groups     map[string]string
}

// Find returns the first match in s, or nil.
func (r *Regex) Find(s string) (*Match, error) {
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
