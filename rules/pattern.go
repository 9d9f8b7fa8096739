package rules

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dlclark/regexp2"
	"github.com/dlclark/regexp2/syntax"
)

// A pattern's structure, as far as the sequence analysis (sequence.go)
// needs it: single characters, concatenation, alternation, repetition and
// anchors. Character classes are not modelled here: each single-character
// atom (a literal, [..], \d, \p{..}, .) is handed to regexp2 itself, which
// gives its exact set. What the parser does not understand it reports as
// failure, and the pattern gets no such analysis.

type nodeKind uint8

const (
	nChar   nodeKind = iota // one character of cls
	nConcat                 // subs in order
	nAlt                    // one of subs
	nRepeat                 // subs[0], min to max times (max < 0: unbounded)
	nAnchor                 // a position: anchor
	nLoose                  // zero width and not modelled (\G, ^ and $ of a line): treated as empty
	nLook                   // a lookaround of subs[0]: treated as empty, but for at the anchor (lookAtAnchor)
	nAny                    // consumes what the analysis does not model (a back-reference)
)

type anchorKind uint8

const (
	atBegin       anchorKind = iota // ^ \A
	atEndZ                          // $ \Z: the end, or before a final newline
	atEnd                           // \z
	atBoundary                      // \b
	atNonBoundary                   // \B
)

type node struct {
	kind     nodeKind
	cls      *charClass
	anchor   anchorKind
	min, max int
	subs     []*node

	neg, behind bool // nLook: (?! or (?<!; (?<= or (?<!
	loose       bool // nLook: its pattern has something dropped or cut
}

// flags are the options in force at a point of the pattern.
type flags struct{ ci, multiline, singleline bool }

type patParser struct {
	src   string
	i     int
	loose bool // some construct was dropped or cut: the tree matches more than the pattern
}

// parsePattern parses a pattern compiled with opt; ok is false when it
// uses something the parser does not model.
func parsePattern(src string, opt regexp2.RegexOptions) (n *node, loose, ok bool) {
	if opt&(regexp2.IgnorePatternWhitespace|regexp2.ECMAScript|regexp2.RE2) != 0 {
		return nil, false, false
	}
	p := &patParser{src: src}
	f := flags{ci: opt&regexp2.IgnoreCase != 0, multiline: opt&regexp2.Multiline != 0, singleline: opt&regexp2.Singleline != 0}
	n, ok = p.alternation(&f)
	if !ok || p.i != len(src) {
		return nil, false, false
	}
	return n, p.loose, true
}

// alternation parses branches up to a ) or the end. An inline option
// such as (?i) holds to the end of its group, across a |.
func (p *patParser) alternation(f *flags) (*node, bool) {
	alt := &node{kind: nAlt}
	for {
		c, ok := p.concatenation(f)
		if !ok {
			return nil, false
		}
		alt.subs = append(alt.subs, c)
		if p.i < len(p.src) && p.src[p.i] == '|' {
			p.i++
			continue
		}
		break
	}
	if len(alt.subs) == 1 {
		return alt.subs[0], true
	}
	return alt, true
}

func (p *patParser) concatenation(f *flags) (*node, bool) {
	cat := &node{kind: nConcat}
	for p.i < len(p.src) && p.src[p.i] != '|' && p.src[p.i] != ')' {
		a, ok := p.atom(f)
		if !ok {
			return nil, false
		}
		if a == nil {
			continue // an option group or a comment
		}
		if a, ok = p.quantified(a); !ok {
			return nil, false
		}
		cat.subs = append(cat.subs, a)
	}
	return cat, true
}

// quantified parses the quantifier after atom a, if any.
func (p *patParser) quantified(a *node) (*node, bool) {
	if p.i >= len(p.src) {
		return a, true
	}
	lo, hi := 0, -1
	switch p.src[p.i] {
	case '*':
		p.i++
	case '+':
		lo = 1
		p.i++
	case '?':
		hi = 1
		p.i++
	case '{':
		var ok bool
		if lo, hi, ok = p.braces(); !ok {
			return a, true // a literal {
		}
	default:
		return a, true
	}
	if p.i < len(p.src) && p.src[p.i] == '?' {
		p.i++ // lazy: the same strings match
	}
	if p.i < len(p.src) && strings.IndexByte("*+{", p.src[p.i]) >= 0 && (p.src[p.i] != '{' || p.isBraces()) {
		return nil, false
	}
	if a.kind == nAnchor || a.kind == nLoose || a.kind == nLook {
		if lo == 0 {
			return &node{kind: nConcat}, true // an optional position holds anywhere
		}
		return a, true // a repeated position is the position
	}
	return &node{kind: nRepeat, min: lo, max: hi, subs: []*node{a}}, true
}

func (p *patParser) isBraces() bool {
	save := p.i
	_, _, ok := p.braces()
	p.i = save
	return ok
}

// braces parses {n}, {n,} or {n,m}.
func (p *patParser) braces() (lo, hi int, ok bool) {
	s := p.src[p.i:]
	k := strings.IndexByte(s, '}')
	if k < 2 {
		return 0, 0, false
	}
	body := s[1:k]
	num := func(t string) (int, bool) {
		if t == "" || len(t) > 6 {
			return 0, false
		}
		n := 0
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return 0, false
			}
			n = n*10 + int(t[i]-'0')
		}
		return n, true
	}
	a, b, comma := strings.Cut(body, ",")
	if lo, ok = num(a); !ok {
		return 0, 0, false
	}
	hi = lo
	if comma {
		hi = -1
		if b != "" {
			if hi, ok = num(b); !ok {
				return 0, 0, false
			}
		}
	}
	p.i += k + 1
	return lo, hi, true
}

// atom parses one atom; nil (and ok) for something that is no atom (an
// option group, a comment).
func (p *patParser) atom(f *flags) (*node, bool) {
	s := p.src
	switch c := s[p.i]; c {
	case '\\':
		return p.escape(f)
	case '[':
		end, ok := classEnd(s, p.i)
		if !ok {
			return nil, false
		}
		return p.char(s[p.i:end], end, f)
	case '(':
		return p.group(f)
	case '.':
		return p.char(".", p.i+1, f)
	case '^':
		p.i++
		if f.multiline {
			p.loose = true
			return &node{kind: nLoose}, true
		}
		return &node{kind: nAnchor, anchor: atBegin}, true
	case '$':
		p.i++
		if f.multiline {
			p.loose = true
			return &node{kind: nLoose}, true
		}
		return &node{kind: nAnchor, anchor: atEndZ}, true
	case '*', '+', '?':
		return nil, false
	case '{':
		if p.isBraces() {
			return nil, false
		}
	}
	_, size := utf8.DecodeRuneInString(s[p.i:])
	return p.char(s[p.i:p.i+size], p.i+size, f)
}

// char is the atom src (one character), ending at end.
func (p *patParser) char(src string, end int, f *flags) (*node, bool) {
	cls := classOf(src, *f)
	if cls == nil {
		return nil, false
	}
	p.i = end
	return &node{kind: nChar, cls: cls}, true
}

func (p *patParser) escape(f *flags) (*node, bool) {
	s := p.src
	if p.i+1 >= len(s) {
		return nil, false
	}
	e := s[p.i+1]
	switch {
	case strings.IndexByte("dDwWsSntrfvea", e) >= 0:
		return p.char(s[p.i:p.i+2], p.i+2, f)
	case e == 'p' || e == 'P':
		k := strings.IndexByte(s[p.i:], '}')
		if k < 0 {
			return nil, false
		}
		return p.char(s[p.i:p.i+k+1], p.i+k+1, f)
	case e == 'x' || e == 'u' || e == 'c':
		n := 4 // \xHH
		if e == 'u' {
			n = 6 // \uHHHH
		} else if e == 'c' {
			n = 3 // \cX
		}
		if p.i+n > len(s) {
			return nil, false
		}
		return p.char(s[p.i:p.i+n], p.i+n, f)
	case e == 'b':
		p.i += 2
		return &node{kind: nAnchor, anchor: atBoundary}, true
	case e == 'B':
		p.i += 2
		return &node{kind: nAnchor, anchor: atNonBoundary}, true
	case e == 'G':
		p.i += 2
		p.loose = true
		return &node{kind: nLoose}, true
	case e == 'A':
		p.i += 2
		return &node{kind: nAnchor, anchor: atBegin}, true
	case e == 'Z':
		p.i += 2
		return &node{kind: nAnchor, anchor: atEndZ}, true
	case e == 'z':
		p.i += 2
		return &node{kind: nAnchor, anchor: atEnd}, true
	case e == 'k' || e >= '1' && e <= '9':
		// A back-reference: its extent is found, what it matches is not modelled.
		p.i += 2
		if e == 'k' {
			if p.i = nameEnd(s, p.i); p.i < 0 {
				return nil, false
			}
		} else {
			for p.i < len(s) && s[p.i] >= '0' && s[p.i] <= '9' {
				p.i++
			}
		}
		p.loose = true
		return &node{kind: nAny}, true
	case e >= 'a' && e <= 'z' || e >= 'A' && e <= 'Z' || e == '0' || e >= utf8.RuneSelf:
		return nil, false // octal and the rest: not modelled
	}
	return p.char(s[p.i:p.i+2], p.i+2, f) // escaped punctuation
}

// nameEnd returns the end of the group name <name> or 'name' at i (after
// \k), or -1.
func nameEnd(s string, i int) int {
	if i >= len(s) || s[i] != '<' && s[i] != '\'' {
		return -1
	}
	delim := byte('>')
	if s[i] == '\'' {
		delim = '\''
	}
	k := strings.IndexByte(s[i+1:], delim)
	if k < 0 {
		return -1
	}
	return i + 1 + k + 1
}

// classEnd returns the end of the class [..] opening at i, subtractions
// -[..] included.
func classEnd(s string, i int) (int, bool) {
	depth := 0
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case '[':
			if j == i || s[j-1] == '-' {
				depth++
				if j+1 < len(s) && s[j+1] == '^' {
					j++
				}
				if j+1 < len(s) && s[j+1] == ']' {
					j++ // a ] first in a class is literal
				}
			}
		case ']':
			if depth--; depth == 0 {
				return j + 1, true
			}
		}
	}
	return 0, false
}

// group parses (...) in its forms; inline options change f for the rest
// of the enclosing group.
func (p *patParser) group(f *flags) (*node, bool) {
	s := p.src
	p.i++ // (
	inner := *f
	var look *node
	if p.i < len(s) && s[p.i] == '?' {
		rest := s[p.i+1:]
		switch {
		case strings.HasPrefix(rest, ":"):
			p.i += 2
		case strings.HasPrefix(rest, ">"):
			p.i += 2
			p.loose = true // atomic: the tree may match where backtracking is cut
		case strings.HasPrefix(rest, "="), strings.HasPrefix(rest, "!"):
			p.i += 2
			look = &node{kind: nLook, neg: rest[0] == '!'}
		case strings.HasPrefix(rest, "<="), strings.HasPrefix(rest, "<!"):
			p.i += 3
			look = &node{kind: nLook, neg: rest[1] == '!', behind: true}
		case strings.HasPrefix(rest, "#"):
			k := strings.IndexByte(rest, ')')
			if k < 0 {
				return nil, false
			}
			p.i += k + 2
			return nil, true
		case strings.HasPrefix(rest, "<"), strings.HasPrefix(rest, "P<"), strings.HasPrefix(rest, "'"):
			k := strings.IndexAny(rest[1:], ">'")
			if k < 0 {
				return nil, false
			}
			if strings.Contains(rest[1:1+k], "-") {
				p.loose = true // a balancing group can fail where the tree matches
			}
			p.i += k + 3
		default:
			return p.options(f)
		}
	}
	outer := p.loose
	p.loose = false
	n, ok := p.alternation(&inner)
	if !ok || p.i >= len(s) || s[p.i] != ')' {
		return nil, false
	}
	p.i++
	if look != nil {
		look.subs, look.loose = []*node{n}, p.loose
		p.loose = true
		return look, true
	}
	p.loose = p.loose || outer
	return n, true
}

// options parses (?imsn-imsn) and (?imsn-imsn:...), after the "(".
func (p *patParser) options(f *flags) (*node, bool) {
	s := p.src
	j := p.i + 1
	set := *f
	on := true
	for ; j < len(s); j++ {
		switch s[j] {
		case '-':
			on = false
			continue
		case 'i':
			set.ci = on
			continue
		case 'm':
			set.multiline = on
			continue
		case 's':
			set.singleline = on
			continue
		case 'n':
			continue
		}
		break
	}
	if j == p.i+1 || j >= len(s) {
		return nil, false
	}
	switch s[j] {
	case ')':
		p.i = j + 1
		*f = set
		return nil, true
	case ':':
		p.i = j + 1
		n, ok := p.alternation(&set)
		if !ok || p.i >= len(s) || s[p.i] != ')' {
			return nil, false
		}
		p.i++
		return n, true
	}
	return nil, false // (?x), conditionals and the rest: not modelled
}

// charClass is a set of characters as regexp2 tests them: the rune
// (lower-cased first under ci) is in set.
type charClass struct {
	ci    bool
	ascii [2]uint64
	set   syntax.CharSet
}

// classes caches the class of each atom source under each flag set: the
// same few atoms (\s, \d, [A-Z]) recur in every rule file.
var classes sync.Map // classKey -> *charClass

type classKey struct {
	src string
	f   flags
}

// classOf asks regexp2 which characters the one-character atom src
// matches: its analysis of the characters a match can start with. Nil if
// it cannot say.
func classOf(src string, f flags) *charClass {
	key := classKey{src, flags{ci: f.ci, singleline: f.singleline}}
	if c, ok := classes.Load(key); ok {
		return c.(*charClass)
	}
	opt := syntax.RegexOptions(0)
	if f.ci {
		opt |= syntax.IgnoreCase
	}
	if f.singleline {
		opt |= syntax.Singleline
	}
	code := compileCode(src, opt)
	if code == nil || code.FcPrefix == nil {
		return nil
	}
	c := newCharClass(code.FcPrefix)
	classes.Store(key, c)
	return c
}

func compileCode(src string, opt syntax.RegexOptions) *syntax.Code {
	tree, err := syntax.Parse(src, opt)
	if err != nil {
		return nil
	}
	code, err := syntax.Write(tree)
	if err != nil {
		return nil
	}
	return code
}

// newCharClass keeps a bitmap of the ASCII characters in the set (under
// ci, of those whose lower case is in it).
func newCharClass(fc *syntax.Prefix) *charClass {
	c := &charClass{ci: fc.CaseInsensitive, set: fc.PrefixSet}
	for r := rune(0); r < 128; r++ {
		l := r
		if c.ci {
			l = unicode.ToLower(r)
		}
		if c.set.CharIn(l) {
			c.ascii[r>>6] |= 1 << (r & 63)
		}
	}
	return c
}

// in reports whether r is in the class.
func (c *charClass) in(r rune) bool {
	if r < utf8.RuneSelf {
		return c.ascii[r>>6]&(1<<(r&63)) != 0
	}
	if c.ci {
		if r = unicode.ToLower(r); r < utf8.RuneSelf {
			return c.ascii[r>>6]&(1<<(r&63)) != 0
		}
	}
	// regexp2's analysis is only exact inside the Basic Multilingual Plane.
	return r > 0xFFFF || c.set.CharIn(r)
}
