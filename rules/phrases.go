package rules

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Phrases are what every match of a pattern holds: one of a few literal
// phrases of two or more words, the words parted by any run of white space
// ("the past", "last\n year"). They are derived from the pattern's source,
// conservatively: a text holding none of them is certainly not matched.
// Unlike the prefilter's requirement (one literal string, see required), a
// phrase spans the pattern's white space, so it tells "the last year" from
// a sentence that merely holds "the" and "last". The analysis understands
// literals, \s, groups, alternation and quantifiers; classes, other
// escapes and lookarounds are text it knows nothing of; code escapes,
// numbered back-references, conditionals and the x option make it give up.
type Phrases struct {
	// Fold: the pattern ignores case (somewhere), and the phrases are to be
	// looked for in the text lower-cased as strings.ToLower does it (rune
	// by rune with unicode.ToLower, as regexp2 compares).
	Fold   bool
	groups []phraseGroup
}

// phraseGroup is the phrases that begin with one word.
type phraseGroup struct {
	first string
	rests [][]string // each phrase's other words, each after white space
}

// gap stands for a run of white space in a phrase while it is derived.
const gap = "\x01"

// maxPhrases bounds the phrases derived for one piece of a pattern.
const maxPhrases = 64

// PhrasesOf derives the phrases of a pattern compiled by this package, or
// nil when it finds none that every match holds (or re is nil).
func PhrasesOf(re *Regex) *Phrases {
	if re == nil {
		return nil
	}
	p := &phraseParser{reqParser{src: re.src}}
	pc, ok := p.alternation()
	if !ok || p.bail || p.i != len(p.src) {
		return nil
	}
	alts := pc.requirement()
	for _, a := range alts {
		if !strings.Contains(a, gap) {
			return nil // a single word: the prefilter's requirement does as well
		}
	}
	if alts == nil {
		return nil
	}
	ph := &Phrases{Fold: p.fold}
	for _, a := range minimalPhrases(alts) {
		if ph.Fold {
			a = strings.ToLower(a)
		}
		// Two runs of white space in a row are one run (of at least one).
		words := strings.FieldsFunc(a, func(r rune) bool { return r == rune(gap[0]) })
		k := slices.IndexFunc(ph.groups, func(g phraseGroup) bool { return g.first == words[0] })
		if k < 0 {
			k = len(ph.groups)
			ph.groups = append(ph.groups, phraseGroup{first: words[0]})
		}
		ph.groups[k].rests = append(ph.groups[k].rests, words[1:])
	}
	return ph
}

// In reports whether s holds one of the phrases (s lower-cased under Fold).
func (ph *Phrases) In(s string) bool {
	for _, g := range ph.groups {
		for i := 0; ; {
			k := strings.Index(s[i:], g.first)
			if k < 0 {
				break
			}
			i += k + 1
			if end := i - 1 + len(g.first); skipSpace(s, end) > end {
				for _, rest := range g.rests {
					if wordsAt(s, end, rest) {
						return true
					}
				}
			}
		}
	}
	return false
}

// wordsAt reports whether words follow in s from offset i, each after a
// run of white space. (No word begins with white space, so the whole run
// stands before it.)
func wordsAt(s string, i int, words []string) bool {
	for _, w := range words {
		j := skipSpace(s, i)
		if j == i || !strings.HasPrefix(s[j:], w) {
			return false
		}
		i = j + len(w)
	}
	return true
}

// skipSpace returns the offset in s past the white space at i.
func skipSpace(s string, i int) int {
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// piece is what the analysis knows of a piece of a pattern: every string
// it matches, white-space runs as gap (exact, when there are few), or
// phrases one of which each of its matches holds (need); nil when unknown.
type piece struct {
	exact []string
	need  []string
}

var zeroWidth = piece{exact: []string{""}}

// requirement is what every match of the piece holds, nil for nothing.
func (pc piece) requirement() []string {
	if pc.exact == nil {
		return pc.need
	}
	var out []string
	for _, s := range pc.exact {
		s = strings.TrimSuffix(strings.TrimPrefix(s, gap), gap)
		if s == "" {
			return nil // a match may be empty, or white space only
		}
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// phraseParser reads a pattern for its phrases; it shares the prefilter
// parser's reading of classes and quantifiers.
type phraseParser struct {
	reqParser
}

// alternation parses branches separated by | up to a ) or the end.
func (p *phraseParser) alternation() (piece, bool) {
	var exact, need []string
	allExact, allNeed := true, true
	for {
		pc, ok := p.concatenation()
		if !ok {
			return piece{}, false
		}
		if pc.exact == nil {
			allExact = false
		}
		exact = append(exact, pc.exact...)
		req := pc.requirement()
		if req == nil {
			allNeed = false
		}
		need = append(need, req...)
		if p.i < len(p.src) && p.src[p.i] == '|' {
			p.i++
			continue
		}
		break
	}
	var pc piece
	if allExact && len(exact) <= maxPhrases {
		pc.exact = exact
	}
	if allNeed && len(need) <= maxPhrases {
		pc.need = need
	}
	return pc, true
}

// concatenation parses a sequence of quantified atoms. Runs of pieces whose
// strings are known multiply out into phrases ("the" \s+ (past|last) gives
// "the past", "the last"); the requirement is the best of those runs and
// of the other pieces' own.
func (p *phraseParser) concatenation() (piece, bool) {
	run := []string{""} // the strings of the known pieces since the last unknown one
	whole := true       // all pieces so far are known: run is the concatenation's
	var need []string
	flush := func() {
		need = betterPhrases(need, piece{exact: run}.requirement())
		run = []string{""}
	}
	for p.i < len(p.src) && p.src[p.i] != '|' && p.src[p.i] != ')' {
		pc, ok := p.quantified()
		if !ok {
			return piece{}, false
		}
		if pc.exact == nil {
			whole = false
			flush()
			need = betterPhrases(need, pc.need)
			continue
		}
		next := product(run, pc.exact)
		if len(next) > maxPhrases {
			whole = false
			flush()
			next = pc.exact
		}
		run = next
	}
	if whole {
		return piece{exact: run}, true
	}
	flush()
	return piece{need: need}, true
}

// quantified parses an atom and its quantifier, if any.
func (p *phraseParser) quantified() (piece, bool) {
	pc, ok := p.atom()
	if !ok || p.bail {
		return piece{}, false
	}
	optional := p.i < len(p.src) && p.src[p.i] == '?'
	minimum, quantified := p.quantifier1()
	switch {
	case p.bail:
		return piece{}, false
	case !quantified:
		return pc, true
	case optional: // x? matches what x does, or nothing
		if pc.exact != nil {
			pc.exact = append(pc.exact, "")
		}
		return piece{exact: pc.exact}, true
	case minimum == 0:
		return piece{}, true
	case slices.Equal(pc.exact, []string{gap}): // \s+ is a run of white space
		return pc, true
	}
	return piece{need: pc.requirement()}, true // x+ holds what x does
}

// atom parses one atom.
func (p *phraseParser) atom() (piece, bool) {
	s := p.src
	switch c := s[p.i]; c {
	case '\\':
		return p.escape()
	case '[':
		_, _, ok := p.class()
		return piece{}, ok
	case '(':
		return p.group()
	case '.':
		p.i++
		return piece{}, true
	case '^', '$':
		p.i++
		return zeroWidth, true
	case '*', '+', '?':
		return piece{}, false // a quantifier with nothing before it
	case '{':
		if p.isQuantifier() {
			return piece{}, false
		}
	}
	r, size := utf8.DecodeRuneInString(s[p.i:])
	p.i += size
	return literal(r), true
}

// literal is the piece of one literal character: white space stands for
// a run of it (a superset, as every derived phrase is).
func literal(r rune) piece {
	switch {
	case unicode.IsSpace(r):
		return piece{exact: []string{gap}}
	case r < ' ' || r == utf8.RuneError:
		return piece{}
	}
	return piece{exact: []string{string(r)}}
}

// escape parses a backslash escape.
func (p *phraseParser) escape() (piece, bool) {
	s := p.src
	if p.i+1 >= len(s) {
		return piece{}, false
	}
	e := s[p.i+1]
	p.i += 2
	switch {
	case e == 's':
		return piece{exact: []string{gap}}, true
	case strings.IndexByte("bBAzZG", e) >= 0:
		return zeroWidth, true
	case e == 'p' || e == 'P': // \p{Name}
		if k := strings.IndexByte(s[p.i:], '}'); p.i < len(s) && s[p.i] == '{' && k >= 0 {
			p.i += k + 1
			return piece{}, true
		}
		return piece{}, false
	case e == 'k': // \k<name>
		if k := strings.IndexAny(s[p.i:], ">'"); k >= 0 {
			p.i += k + 1
			return piece{}, true
		}
		return piece{}, false
	case e >= '0' && e <= '9', e == 'x', e == 'u', e == 'c', e >= utf8.RuneSelf:
		return piece{}, false // back-references and code escapes: their length is not modelled
	case e >= 'a' && e <= 'z' || e >= 'A' && e <= 'Z':
		return piece{}, true // \d \w \S \t ...: one character of a class
	}
	return literal(rune(e)), true // escaped punctuation
}

// group parses (...), (?:...), a named group, an atomic group, a
// lookaround (zero-width: it holds nothing of the match) or an inline
// option; (?i) makes the phrases compare without case (for the
// case-sensitive parts too: they hold lower-cased what they hold).
func (p *phraseParser) group() (piece, bool) {
	kind, ok := p.groupOpen()
	if !ok {
		return piece{}, false
	}
	if kind == optionsOnly {
		return zeroWidth, true
	}
	pc, ok := p.alternation()
	if !ok || p.i >= len(p.src) || p.src[p.i] != ')' {
		return piece{}, false
	}
	p.i++
	if kind == lookaround {
		return zeroWidth, true
	}
	return pc, true
}

// product is every string of a followed by one of b; adjacent runs of
// white space make one.
func product(a, b []string) []string {
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			if strings.HasSuffix(x, gap) && strings.HasPrefix(y, gap) {
				y = y[len(gap):]
			}
			if s := x + y; !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	return out
}

// betterPhrases picks the more selective of two requirements: the one
// whose shortest phrase is longer, then the one with fewer phrases.
func betterPhrases(a, b []string) []string {
	if b == nil {
		return a
	}
	if a == nil {
		return b
	}
	la, lb := shortest(a), shortest(b)
	if lb > la || lb == la && len(b) < len(a) {
		return b
	}
	return a
}

func shortest(alts []string) int {
	n := len(alts[0])
	for _, s := range alts {
		n = min(n, len(s))
	}
	return n
}

// minimalPhrases drops a phrase that holds another: a text holding it
// holds the other too.
func minimalPhrases(alts []string) []string {
	var out []string
	for i, a := range alts {
		redundant := false
		for j, b := range alts {
			if j != i && strings.Contains(a, b) && (len(b) < len(a) || j < i) {
				redundant = true
				break
			}
		}
		if !redundant {
			out = append(out, a)
		}
	}
	return out
}
