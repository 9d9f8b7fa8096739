package rules

import (
	"strings"
	"unicode/utf8"
)

// required finds, in a pattern's source, literal strings of which every
// match of the pattern must contain one ("Mr:" requires ":"; an
// alternation of words requires one of the words), so a string holding
// none of them is rejected without running regexp2. The analysis is
// conservative: it understands plain literals, escaped punctuation, small
// classes of literal characters, groups, alternation and quantifiers, and
// gives up (no requirement) on anything else — case-insensitive options,
// conditionals, comments — or treats it as requiring nothing: character
// escapes (\s, \d, \w, \p{..}, \x41), dots, anchors, back-references and
// lookarounds. TestPrefilterNeverRejectsAMatch holds the result to regexp2.
func required(src string) []string {
	p := &reqParser{src: src}
	alts, ok := p.alternation()
	if !ok || p.bail || p.i != len(src) || !usefulRequirement(alts) {
		return nil
	}
	return alts
}

type reqParser struct {
	src  string
	i    int
	bail bool // the pattern uses something the analysis does not model
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
	if len(alts) == 0 || len(alts) > 16 {
		return false
	}
	for _, s := range alts {
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
		case e == 'k': // \k<name>
			if k := strings.IndexAny(s[p.i:], ">'"); k >= 0 {
				p.i += k + 1
				return reqNone, "", true
			}
			return nil, "", false
		case e == 'x' || e == 'u' || e == 'c':
			p.bail = true // code escapes: not modelled
			return nil, "", false
		case e >= 'a' && e <= 'z' || e >= 'A' && e <= 'Z' || e >= '0' && e <= '9':
			return reqNone, "", true // \s \d \w \b \A \z \1 \n \t ...: no literal
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
	s := p.src
	p.i++ // (
	look := false
	if p.i < len(s) && s[p.i] == '?' {
		rest := s[p.i+1:]
		switch {
		case strings.HasPrefix(rest, ":"), strings.HasPrefix(rest, ">"):
			p.i += 2
		case strings.HasPrefix(rest, "="), strings.HasPrefix(rest, "!"):
			p.i += 2
			look = true
		case strings.HasPrefix(rest, "<="), strings.HasPrefix(rest, "<!"):
			p.i += 3
			look = true
		case strings.HasPrefix(rest, "<"), strings.HasPrefix(rest, "P<"), strings.HasPrefix(rest, "'"):
			end := strings.IndexAny(rest, ">'")
			if strings.HasPrefix(rest, "'") {
				end = strings.IndexByte(rest[1:], '\'') + 1
			}
			if end <= 0 {
				return nil, "", false
			}
			p.i += 1 + end + 1
		default: // options, comments, conditionals
			p.bail = true
			return nil, "", false
		}
	}
	alts, ok := p.alternation()
	if !ok || p.i >= len(s) || s[p.i] != ')' {
		return nil, "", false
	}
	p.i++
	if look {
		return reqNone, "", true
	}
	return alts, "", true
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
	if p.i >= len(p.src) {
		return 1, false
	}
	min := 1
	switch p.src[p.i] {
	case '*', '?':
		min = 0
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
		min = n
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
	if min > 1 {
		min = 1
	}
	return min, true
}

// containsOne reports whether s contains one of the strings.
func containsOne(s string, alts []string) bool {
	for _, a := range alts {
		if strings.Contains(s, a) {
			return true
		}
	}
	return false
}
