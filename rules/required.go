package rules

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// required finds, in a pattern's source, literal strings of which every
// match of the pattern must contain one ("Mr:" requires ":"; an
// alternation of words requires one of the words), so a string holding
// none of them is rejected without running regexp2. The analysis is
// conservative: it understands plain literals, escaped punctuation, small
// classes of literal characters, groups, alternation and quantifiers, and
// gives up (no requirement) on anything else — conditionals, comments,
// the x option, code escapes (\x41) — or treats it as requiring nothing:
// character escapes (\s, \w, \p{..}), dots, anchors, back-references and
// lookarounds. Under (?i) the literals are compared lower-cased.
// TestPrefilterNeverRejectsAMatch holds the result to regexp2.
func required(src string) *requirement {
	p := &reqParser{src: src}
	alts, ok := p.alternation()
	if !ok || p.bail || p.i != len(src) || !usefulRequirement(alts) {
		return nil
	}
	r := &requirement{alts: dedupe(alts), fold: p.fold}
	if r.fold {
		for _, a := range r.alts {
			if !isDigitRun(a) && !isASCII(a) {
				return nil // a case-insensitive non-ASCII literal: not modelled
			}
			r.lower = append(r.lower, strings.ToLower(a))
		}
	}
	return r
}

// requirement is what required finds: one of alts must occur in the
// string; under fold, compared as regexp2 compares case-insensitively.
type requirement struct {
	alts  []string
	fold  bool
	lower []string // alts lower-cased, under fold
}

// A digit run is an alternative of its own kind: "\x00" then the length,
// for \d{n}: n digits (\d is any Unicode decimal digit) in a row.
func digitRun(n int) string { return "\x00" + string(rune('0'+min(n, 9))) }

func isDigitRun(a string) bool { return len(a) == 2 && a[0] == 0 }

func dedupe(alts []string) []string {
	var out []string
	for _, a := range alts {
		if !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

type reqParser struct {
	src  string
	i    int
	bail bool // the pattern uses something the analysis does not model
	fold bool // the pattern turns case-insensitivity on somewhere
}

// reqNone is "requires nothing known" (distinct from an empty result).
var reqNone []string

// alternation parses branches separated by | up to a ) or the end; the
// requirement is the union of the branches' (none if any branch has none).
func (p *reqParser) alternation() ([]string, bool) {
	var union []string
	all := true
	for {
		alts, ok := p.concatenation()
		if !ok {
			return nil, false
		}
		if alts == nil {
			all = false
		}
		union = append(union, alts...)
		if p.i < len(p.src) && p.src[p.i] == '|' {
			p.i++
			continue
		}
		break
	}
	if !all {
		return reqNone, true
	}
	return union, true
}

// concatenation parses a sequence of quantified atoms; the requirement is
// that of its most selective element (runs of plain literal characters
// count as one string).
func (p *reqParser) concatenation() ([]string, bool) {
	var best []string
	var run strings.Builder // consecutive plain literals
	flush := func() {
		if run.Len() > 0 {
			best = better(best, []string{run.String()})
			run.Reset()
		}
	}
	for p.i < len(p.src) && p.src[p.i] != '|' && p.src[p.i] != ')' {
		atom, lit, ok := p.atom()
		if !ok || p.bail {
			return nil, false
		}
		min, quantified := p.quantifier()
		if p.bail {
			return nil, false
		}
		if lit != "" && !quantified {
			run.WriteString(lit)
			continue
		}
		flush()
		if len(atom) == 1 && isDigitRun(atom[0]) {
			atom = []string{digitRun(min)} // \d{n}: n digits in a row
		}
		if min > 0 {
			if lit != "" {
				atom = []string{lit}
			}
			best = better(best, atom)
		}
	}
	flush()
	return best, true
}

// better picks the more selective of two requirements.
func better(a, b []string) []string {
	if b == nil {
		return a
	}
	if a == nil || selectivity(b) > selectivity(a) {
		return b
	}
	return a
}

// selectivity ranks a requirement: long strings and rare characters win.
func selectivity(alts []string) int {
	worst := 1 << 30
	for _, s := range alts {
		v := 0
		if isDigitRun(s) {
			v = 3 * int(s[1]-'0') // a run of n digits: rarer the longer
			if v < 9 {
				v = 0 // a digit or two: in every sentence with a number
			}
			worst = min(worst, v)
			continue
		}
		for _, c := range s {
			switch {
			case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == ' ', c == ',', c == '.':
				v += 2
			default:
				v += 5
			}
		}
		worst = min(worst, v)
	}
	return worst*4 - len(alts)
}

// usefulRequirement keeps requirements worth a check: a few strings, none
// a single letter, digit or common character.
func usefulRequirement(alts []string) bool {
	if len(alts) == 0 || len(alts) > 8 {
		return false
	}
	for _, s := range alts {
		if isDigitRun(s) {
			if s[1] < '3' {
				return false // two digits stand in nearly every sentence with a claim
			}
			continue
		}
		if utf8.RuneCountInString(s) < 2 && selectivity([]string{s}) < 16 {
			return false
		}
	}
	return true
}

// atom parses one atom. It returns the requirement of a group or class,
// or, for a plain literal character, the character as lit.
func (p *reqParser) atom() (alts []string, lit string, ok bool) {
	s := p.src
	c := s[p.i]
	switch c {
	case '\\':
		if p.i+1 >= len(s) {
			return nil, "", false
		}
		e := s[p.i+1]
		p.i += 2
		switch {
		case e == 'p' || e == 'P': // \p{Name}
			if p.i < len(s) && s[p.i] == '{' {
				if k := strings.IndexByte(s[p.i:], '}'); k >= 0 {
					p.i += k + 1
					return reqNone, "", true
				}
			}
			return nil, "", false
		case e == 'k': // \k<name>, \k'name'
			if p.i = nameEnd(s, p.i); p.i < 0 {
				return nil, "", false
			}
			return reqNone, "", true
		case e == 'x' || e == 'u' || e == 'c':
			p.bail = true // code escapes: not modelled
			return nil, "", false
		case e == 'd':
			return []string{digitRun(1)}, "", true
		case e >= 'a' && e <= 'z' || e >= 'A' && e <= 'Z' || e >= '0' && e <= '9':
			return reqNone, "", true // \s \w \b \A \z \1 \n \t ...: no literal
		case e >= utf8.RuneSelf:
			p.bail = true
			return nil, "", false
		default:
			return nil, string(e), true // escaped punctuation
		}
	case '[':
		return p.class()
	case '(':
		return p.group()
	case '.', '^', '$':
		p.i++
		return reqNone, "", true
	case '*', '+', '?', '{':
		if c == '{' && !p.isQuantifier() {
			p.i++
			return nil, "{", true
		}
		p.bail = true // a quantifier with nothing before it
		return nil, "", false
	}
	r, size := utf8.DecodeRuneInString(s[p.i:])
	p.i += size
	return nil, string(r), true
}

// class parses [...]: a small class of literal characters requires one of
// them; anything else in it (\s, \p, a negation, a long range) none.
func (p *reqParser) class() ([]string, string, bool) {
	s := p.src
	p.i++ // [
	var chars []string
	known := true
	if p.i < len(s) && s[p.i] == '^' {
		known = false
		p.i++
	}
	first := true
	for p.i < len(s) && (s[p.i] != ']' || first) {
		first = false
		c := s[p.i]
		var r rune
		switch {
		case c == '\\':
			if p.i+1 >= len(s) {
				return nil, "", false
			}
			e := s[p.i+1]
			p.i += 2
			if e >= 'a' && e <= 'z' || e >= 'A' && e <= 'Z' || e >= '0' && e <= '9' || e >= utf8.RuneSelf {
				known = false
				if (e == 'p' || e == 'P') && p.i < len(s) && s[p.i] == '{' {
					if k := strings.IndexByte(s[p.i:], '}'); k >= 0 {
						p.i += k + 1
					}
				}
				continue
			}
			r = rune(e)
		case c == '[': // subtraction or a nested class: not modelled
			p.bail = true
			return nil, "", false
		default:
			var size int
			r, size = utf8.DecodeRuneInString(s[p.i:])
			p.i += size
		}
		// A range a-z.
		if p.i+1 < len(s) && s[p.i] == '-' && s[p.i+1] != ']' {
			hi, size := utf8.DecodeRuneInString(s[p.i+1:])
			if hi == '\\' || hi == '[' {
				p.bail = true
				return nil, "", false
			}
			p.i += 1 + size
			if hi-r > 8 || hi < r {
				known = false
				continue
			}
			for x := r; x <= hi; x++ {
				chars = append(chars, string(x))
			}
			continue
		}
		chars = append(chars, string(r))
	}
	if p.i >= len(s) {
		return nil, "", false
	}
	p.i++ // ]
	if !known || len(chars) == 0 {
		return reqNone, "", true
	}
	return chars, "", true
}

// group parses (...), (?:...), named groups, atomic groups and
// lookarounds (which require nothing of the match).
func (p *reqParser) group() ([]string, string, bool) {
	kind, ok := p.groupOpen()
	if !ok {
		p.bail = true
		return nil, "", false
	}
	if kind == optionsOnly {
		return reqNone, "", true // (?i): no atom
	}
	alts, ok := p.alternation()
	if !ok || p.i >= len(p.src) || p.src[p.i] != ')' {
		return nil, "", false
	}
	p.i++
	if kind == lookaround {
		return reqNone, "", true
	}
	return alts, "", true
}

// groupKind is what a group's opening says of it.
type groupKind uint8

const (
	plainGroup  groupKind = iota // (...), (?:...), a named or an atomic group
	lookaround                   // zero-width: it holds nothing of the match
	optionsOnly                  // (?i): no group at all
)

// groupOpen reads the opening of the group at p.i, up to its content (or,
// for optionsOnly, past its ")"). Inline options, (?i) or (?i:...),
// fold what the analyses derive; ok is false for what they do not model:
// conditionals, comments, the x option (which changes the syntax).
func (p *reqParser) groupOpen() (groupKind, bool) {
	s := p.src
	p.i++ // (
	if p.i >= len(s) || s[p.i] != '?' {
		return plainGroup, true
	}
	rest := s[p.i+1:]
	switch {
	case strings.HasPrefix(rest, ":"), strings.HasPrefix(rest, ">"):
		p.i += 2
		return plainGroup, true
	case strings.HasPrefix(rest, "="), strings.HasPrefix(rest, "!"):
		p.i += 2
		return lookaround, true
	case strings.HasPrefix(rest, "<="), strings.HasPrefix(rest, "<!"):
		p.i += 3
		return lookaround, true
	case strings.HasPrefix(rest, "<"), strings.HasPrefix(rest, "P<"), strings.HasPrefix(rest, "'"):
		end := strings.IndexAny(rest, ">'")
		if strings.HasPrefix(rest, "'") {
			end = strings.IndexByte(rest[1:], '\'') + 1
		}
		if end <= 0 {
			return plainGroup, false
		}
		p.i += 1 + end + 1
		return plainGroup, true
	}
	k := strings.IndexAny(rest, ":)")
	opts := rest[:max(k, 0)]
	if k <= 0 || strings.Trim(opts, "imnsx-") != "" || strings.Contains(opts, "x") {
		return plainGroup, false
	}
	p.fold = p.fold || strings.Contains(opts, "i")
	p.i += 1 + k + 1
	if rest[k] == ')' {
		return optionsOnly, true
	}
	return plainGroup, true
}

// isQuantifier reports whether a { at p.i opens {n}, {n,} or {n,m}.
func (p *reqParser) isQuantifier() bool {
	s := p.src[p.i:]
	k := strings.IndexByte(s, '}')
	if k < 2 {
		return false
	}
	body := s[1:k]
	digits := 0
	for i := 0; i < len(body); i++ {
		switch c := body[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == ',' && i > 0:
		default:
			return false
		}
	}
	return digits > 0 && body[0] != ','
}

// quantifier parses an optional quantifier and returns its minimum.
func (p *reqParser) quantifier() (int, bool) {
	n, q := p.quantifier1()
	return n, q
}

// quantifier1 parses an optional quantifier; its minimum is capped at 9.
func (p *reqParser) quantifier1() (int, bool) {
	if p.i >= len(p.src) {
		return 1, false
	}
	minimum := 1
	switch p.src[p.i] {
	case '*', '?':
		minimum = 0
		p.i++
	case '+':
		p.i++
	case '{':
		if !p.isQuantifier() {
			return 1, false
		}
		k := strings.IndexByte(p.src[p.i:], '}')
		body := p.src[p.i+1 : p.i+k]
		n := 0
		for i := 0; i < len(body) && body[i] != ','; i++ {
			n = n*10 + int(body[i]-'0')
			if n > 1000 {
				n = 1000
			}
		}
		minimum = n
		p.i += k + 1
	default:
		return 1, false
	}
	if p.i < len(p.src) && (p.src[p.i] == '?' || p.src[p.i] == '+') {
		if p.src[p.i] == '+' {
			p.bail = true // possessive: not .NET
		}
		p.i++
	}
	return min(minimum, 9), true
}

// found reports whether s holds one of the alternatives.
func (r *requirement) found(s string) bool {
	if r.fold {
		return r.foundFolded(s)
	}
	for _, a := range r.alts {
		if isDigitRun(a) {
			if hasDigitRun(s, int(a[1]-'0')) {
				return true
			}
		} else if strings.Contains(s, a) {
			return true
		}
	}
	return false
}

// foundFolded is found under case-insensitivity: the literals (ASCII,
// lower case) are compared with s's ASCII letters lower-cased, in place.
// A copy of s lower-cased, as before, cost a byte-by-byte loop over every
// sentence that a common literal ("fy" of a fiscal year) is looked for in.
func (r *requirement) foundFolded(s string) bool {
	literals := false
	for _, a := range r.lower {
		if isDigitRun(a) {
			if hasDigitRun(s, int(a[1]-'0')) {
				return true
			}
			continue
		}
		literals = true
		if containsFoldASCII(s, a) {
			return true
		}
	}
	// İ and the Kelvin sign lower-case to ASCII letters: undecided.
	return literals && (strings.Contains(s, "\u0130") || strings.Contains(s, "\u212A"))
}

// containsFoldASCII reports whether s, its ASCII letters lower-cased, holds
// a, which is lower case. The places where a's first letter stands, in
// either case, are found with IndexByte, each case's next one kept.
func containsFoldASCII(s, a string) bool {
	if a == "" {
		return true
	}
	lo, up := a[0], a[0]
	if lo >= 'a' && lo <= 'z' {
		up = lo - ('a' - 'A')
	}
	last := len(s) - len(a) // the last place a can begin
	nextLo, nextUp := -1, -1
	if last >= 0 {
		nextLo = strings.IndexByte(s[:last+1], lo)
		if up != lo {
			nextUp = strings.IndexByte(s[:last+1], up)
		}
	}
	for nextLo >= 0 || nextUp >= 0 {
		var i int
		if nextUp < 0 || nextLo >= 0 && nextLo < nextUp {
			i = nextLo
			if nextLo = strings.IndexByte(s[i+1:last+1], lo); nextLo >= 0 {
				nextLo += i + 1
			}
		} else {
			i = nextUp
			if nextUp = strings.IndexByte(s[i+1:last+1], up); nextUp >= 0 {
				nextUp += i + 1
			}
		}
		if equalLowerASCII(s[i+1:i+len(a)], a[1:]) {
			return true
		}
	}
	return false
}

// equalLowerASCII reports whether s, its ASCII letters lower-cased, is a.
func equalLowerASCII(s, a string) bool {
	for k := 0; k < len(a); k++ {
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != a[k] {
			return false
		}
	}
	return true
}

// hasDigitRun reports whether s has n decimal digits (Unicode Nd, as \d)
// in a row. It looks at every n-th byte: a run of n digits is n bytes long
// or more, so it holds one of them, which is then no ASCII non-digit; the
// runes are read only around such bytes.
func hasDigitRun(s string, n int) bool {
	from := 0 // where the runes not read yet begin
	for j := n - 1; j < len(s); j += n {
		if c := s[j]; c < utf8.RuneSelf && (c < '0' || c > '9') {
			continue
		}
		i := max(from, j-n+1)
		for i > from && !utf8.RuneStart(s[i]) {
			i--
		}
		run := 0
		for {
			if i == len(s) {
				return false
			}
			r, size := rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			i += size
			if r >= '0' && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r) {
				if run++; run >= n {
					return true
				}
			} else if i > j {
				break // past byte j: the next run begins at i
			} else {
				run = 0
			}
		}
		from, j = i, i-1
	}
	return false
}
