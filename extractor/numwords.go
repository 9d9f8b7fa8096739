package extractor

import (
	"math"
	"strconv"
	"strings"
)

// The grammar of number words. A phrase is read in two steps: its words
// (atoms) are collected while they are number words or the grammar's
// function words, then parsed as an English number: cardinals composed by
// scales ("two hundred and fifty thousand"), fractions ("two thirds", "one
// hundred thirty-fifths"), mixed numbers ("three and a half", "one million
// and a half"), fractions of a scale ("half a million"), decimals in words
// ("five point five").

type atomKind uint8

const (
	aOther   atomKind = iota
	aCard             // a cardinal word (nine, nought)
	aDigits           // a digit integer inside a phrase ("4 thousand 3 hundred")
	aScale            // a scale word or suffix (hundred, dozen, million, bn, cents)
	aOrd              // an ordinal or denominator (fifth, fifths, half, quarters)
	aAnd              // and, &
	aPoint            // point, before decimals in words
	aArticle          // a, an
	aOf               // of
)

type atom struct {
	kind       atomKind
	v          float64 // cardinal, digits or scale value
	ord        float64 // ordinal or denominator value
	plural     bool    // fifths, quarters
	common     bool    // one of the lexicon's denominators (thirds, quarter)
	ordinal    bool    // ordinal-based (fifth, fifths), not half or quarter
	sep        byte    // separator before: ' ', '-', or 0 for the first atom
	start, end int
	currency   string
	word       string
}

// maxAtoms bounds a phrase; no English number needs more words.
const maxAtoms = 32

// atoms collects the words of a number phrase starting at i, in the
// scanner's buffer.
func (s *scanner) atoms(i int) []atom {
	as := s.atomz[:0]
	j := i
	for len(as) < maxAtoms {
		k, sep := j, byte(0)
		if len(as) > 0 {
			if k, sep = s.separator(j); sep == 0 {
				break
			}
		}
		a, ok := s.atomAt(k)
		if !ok {
			break
		}
		a.sep = sep
		as = append(as, a)
		j = a.end
	}
	return as
}

// separator reads what may stand between two words of a number: spaces, or
// a hyphen with or without spaces around it ("fifty - two"), but not a
// minus sign (" -5").
func (s *scanner) separator(j int) (int, byte) {
	k := j
	for k < s.end && s.src[k] == ' ' {
		k++
	}
	if k < s.end && s.src[k] == '-' {
		h := k + 1
		for h < s.end && s.src[h] == ' ' {
			h++
		}
		if k > j && h == k+1 {
			return j, 0
		}
		return h, '-'
	}
	if k > j {
		return k, ' '
	}
	return j, 0
}

func (s *scanner) atomAt(k int) (atom, bool) {
	if k >= s.end {
		return atom{}, false
	}
	c := s.src[k]
	if isDigit(c) {
		e, digits := s.integerPart(k)
		if e < s.end && (isLetter(s.src[e]) || s.src[e] == '/' || s.src[e] == '%' || s.src[e] == ':' ||
			(s.src[e] == '.' || s.src[e] == ',') && e+1 < s.end && isDigit(s.src[e+1]) ||
			s.src[e] == '-' && e+1 < s.end && isLetter(s.src[e+1])) {
			// Nor digits that open a compound ("61 million 90-kg bags"):
			// they describe the noun after them.
			return atom{}, false
		}
		v, _ := strconv.ParseFloat(digits, 64)
		return atom{kind: aDigits, v: v, start: k, end: e}, true
	}
	if c == '&' && k+1 < s.end && s.src[k+1] == ' ' {
		return atom{kind: aAnd, start: k, end: k + 1, word: "&"}, true
	}
	if !isLetter(c) {
		return atom{}, false
	}
	w, e := s.wordAt(k)
	if e < s.end && isDigit(s.src[e]) {
		return atom{}, false
	}
	wi, ok := s.lx.lookup(w)
	lw := w
	if ok || len(w) <= 5 {
		lw = strings.ToLower(w)
	}
	a := atom{start: k, end: e, word: lw}
	switch lw {
	case "and":
		a.kind = aAnd
		return a, true
	case "point":
		a.kind = aPoint
		return a, true
	case "a", "an":
		a.kind = aArticle
		return a, true
	case "of":
		a.kind = aOf
		return a, true
	}
	suffix, _ := s.lx.suffix(w)
	switch {
	case ok && wi.isCardinal:
		a.kind, a.v = aCard, wi.cardinal
	case ok && wi.scale > 0:
		a.kind, a.v, a.currency = aScale, wi.scale, wi.currency
	case ok && wi.denom > 0:
		a.kind, a.ord, a.common = aOrd, wi.denom, true
		a.plural = strings.HasSuffix(lw, "s")
		a.ordinal = wi.ordinal > 0 || a.plural && s.ordinalOf(lw[:len(lw)-1]) > 0
	case ok && wi.ordinal > 0:
		a.kind, a.ord, a.ordinal = aOrd, wi.ordinal, true
	case len(w) > 1 && suffix > 1:
		a.kind, a.v = aScale, suffix // "five dozs", "two bn"
	case len(w) > 3 && w[len(w)-1]|0x20 == 's' && s.ordinalOf(w[:len(w)-1]) > 0:
		// the plural of any ordinal is a denominator: "three twenty-firsts"
		a.kind, a.ord, a.ordinal, a.plural = aOrd, s.ordinalOf(w[:len(w)-1]), true, true
	default:
		return atom{}, false
	}
	return a, true
}

func (s *scanner) ordinalOf(w string) float64 {
	wi, _ := s.lx.lookup(w)
	return wi.ordinal
}

func isTens(v float64) bool { return v >= 20 && v < 100 && math.Mod(v, 10) == 0 }

// lowestPlace is the place of v's last non-zero digit (20 -> 10, 100 -> 100).
func lowestPlace(v float64) float64 {
	p := 1.0
	for v > 0 && math.Mod(v, p*10) == 0 && p < 1e15 {
		p *= 10
	}
	return p
}

type phraseParser struct {
	as       []atom
	digitLed bool // the phrase began with digits ("3 hundred and 21")
}

type intResult struct {
	v        float64
	count    int     // number atoms consumed
	last     int     // index of the last atom consumed
	big      float64 // largest scale of a thousand or more
	endBig   float64 // the scale the number ends with ("one million"), if any
	currency string  // it ends with a currency's subunit ("fifty cents")
	sub      float64 // that subunit's scale
}

// composes: may a follow prev within one cardinal? "twenty one", "hundred
// five", "million two"; not "five six".
func composes(prev, a *atom) bool {
	switch prev.kind {
	case aScale:
		return prev.v >= 100 && a.v < prev.v
	case aCard:
		return isTens(prev.v) && a.kind == aCard && a.v >= 1 && a.v <= 9
	}
	return false
}

// integer reads a cardinal at k: "nine", "a hundred", "ninety - five
// hundred", "two thousand and two hundred", "three lakh crore", "4 thousand
// 3 hundred and 21".
func (p *phraseParser) integer(k int) intResult {
	as := p.as
	r := intResult{last: k - 1}
	var total, current float64
	var prev *atom
	big := math.Inf(1)
loop:
	for i := k; i < len(as); i++ {
		a := &as[i]
		switch a.kind {
		case aArticle:
			// "a hundred", "a million": the article is the one before a scale.
			if prev != nil || i+1 >= len(as) || as[i+1].kind != aScale || as[i+1].v < 1 {
				break loop
			}
			continue
		case aCard, aDigits:
			if prev != nil && (!composes(prev, a) || a.v == 0 || p.newGroup(i, current, big) || p.loneAfterBig(i, prev)) {
				break loop
			}
			current += a.v
		case aScale:
			switch {
			case a.v < 1:
				// A currency's subunit ends the amount: "forty-five cents".
				if prev == nil {
					break loop
				}
				total, current = (total+current)/math.Round(1/a.v), 0
				r.currency, r.sub = a.currency, a.v
			case a.v < 1000:
				// hundred, dozen: they multiply what is below a hundred
				// ("three hundred and two dozen" is 324).
				if prev != nil && prev.kind == aScale && prev.v < 1000 {
					break loop
				}
				if lo := math.Mod(current, 100); lo > 0 && current >= 100 {
					current += lo * (a.v - 1)
				} else {
					current = max(current, 1) * a.v
				}
			default:
				switch {
				case prev != nil && prev.kind == aScale && prev.v >= 1000 && current == 0 && a.v > prev.v:
					total *= a.v // "lakh crore", "thousand million"
				case a.v >= big:
					break loop // "two million three million" are two numbers
				default:
					total += max(current, 1) * a.v
					current = 0
				}
				big = a.v
				r.big = max(r.big, a.v)
			}
		case aAnd:
			if prev == nil || !p.andJoins(i, prev, current, big) {
				break loop
			}
			continue
		default:
			break loop
		}
		prev = a
		r.count++
		r.last = i
		if a.kind == aScale && a.v < 1 {
			break
		}
	}
	r.v = total + current
	if prev != nil && prev.kind == aScale && prev.v >= 1000 {
		r.endBig = prev.v
	}
	return r
}

// loneAfterBig: in a phrase led by digits, the number at i follows a
// scale of a thousand or more and no scale follows it: "500 million
// seven-year note", "5 million five years ago" are two numbers, where "3
// million two hundred thousand" is one. A number spelled out in words
// goes on to its last group ("two hundred ninety-three thousand three").
func (p *phraseParser) loneAfterBig(i int, prev *atom) bool {
	if !p.digitLed || prev.kind != aScale || prev.v < 1000 {
		return false
	}
	return i+1 >= len(p.as) || p.as[i+1].kind != aScale && p.as[i+1].kind != aCard
}

// newGroup: the number word at i starts a number of its own, because the
// scale after it cannot follow what came before: "3 hundred and 2 hundred",
// "one million two million".
func (p *phraseParser) newGroup(i int, current, big float64) bool {
	if i+1 >= len(p.as) || p.as[i+1].kind != aScale {
		return false
	}
	sc := p.as[i+1].v
	return sc >= 100 && sc < 1000 && current >= 100 || sc >= 1000 && sc >= big
}

// andJoins: after a scale (or a tens word), "and" goes on with the lower
// part of the same number ("two hundred and fifty", "twenty and three"),
// unless what follows is the fraction of a mixed number ("one hundred and
// three quarters").
func (p *phraseParser) andJoins(i int, prev *atom, current, big float64) bool {
	as := p.as
	if i+1 >= len(as) {
		return false
	}
	n := &as[i+1]
	if n.kind != aCard && n.kind != aDigits || n.v == 0 {
		return false
	}
	if f, ok := p.fraction(i+1, true); ok && f.value < 1 {
		return false
	}
	if p.newGroup(i+1, current, big) {
		return false // "3 hundred and 2 hundred": two numbers
	}
	switch {
	case prev.kind == aScale && prev.v >= 100:
		// Digits after "million and" are a new number: "5 billion and 20 percent".
		if p.digitLed && n.kind == aDigits && prev.v >= 1000 {
			return false
		}
		return n.v < prev.v
	case prev.kind == aCard && isTens(prev.v):
		return n.kind == aCard && n.v <= 9
	}
	return false
}

// denominator: may a stand as the denominator of a simple fraction? Not
// "first" or "second" ("two seconds" is a duration).
func denominator(a *atom) bool {
	return a.kind == aOrd && (a.ord >= 3 || !a.ordinal)
}

type fracResult struct {
	value  float64
	next   int
	common bool
}

// fraction reads a fraction at k: "a third", "two thirds", "one fourth",
// "fifty-four hundredths", "one hundred thirty-fifths" (100/35), "three
// twenty-firsts", "one one hundred fifth" (1/105). After "and" (mixed) any
// ordinal reads as a denominator after "a" ("and a thirtieth"); elsewhere
// only the lexicon's denominators do, so "a twentieth-century" stays one.
func (p *phraseParser) fraction(k int, mixed bool) (fracResult, bool) {
	as := p.as
	if k >= len(as) {
		return fracResult{}, false
	}
	if as[k].kind == aArticle && k+1 < len(as) && as[k+1].kind == aOrd {
		if denominator(&as[k+1]) && !as[k+1].plural && (as[k+1].common || mixed) {
			return fracResult{1 / as[k+1].ord, k + 2, as[k+1].common}, true
		}
		return fracResult{}, false
	}
	ir := p.integer(k)
	if ir.count == 0 || ir.currency != "" {
		return fracResult{}, false
	}
	j := ir.last + 1
	if j >= len(as) {
		return fracResult{}, false
	}
	one := ir.v == 1 && as[k].kind == aCard
	if d := &as[j]; d.kind == aOrd {
		if !denominator(d) || !d.plural && !one {
			return fracResult{}, false
		}
		// A tens word right before a unit ordinal belongs to it unless "and"
		// ties it to the number: "one hundred thirty fifths" is 100/35,
		// "one hundred and thirty fifths" 130/5.
		if l := ir.last; l > k && as[l].kind == aCard && isTens(as[l].v) && as[l-1].kind != aAnd && d.ordinal && d.ord < 10 {
			return fracResult{(ir.v - as[l].v) / (as[l].v + d.ord), j + 1, false}, true
		}
		return fracResult{ir.v / d.ord, j + 1, d.common}, true
	}
	// An ordinal phrase as the denominator: "twenty twenty fifths" (20/25).
	dr := p.integer(j)
	m := dr.last + 1
	if dr.count == 0 || dr.currency != "" || m >= len(as) {
		return fracResult{}, false
	}
	if as[m].kind == aAnd && m+1 < len(as) {
		m++ // "one one hundred and fifth"
	}
	if d := &as[m]; d.kind == aOrd && d.ordinal && (d.plural || one) && d.ord < lowestPlace(dr.v) {
		return fracResult{ir.v / (dr.v + d.ord), m + 1, false}, true
	}
	return fracResult{}, false
}

// decimals reads the digits after "point": single digits ("point zero
// three") or a number below a hundred ("point seventy-one").
func (p *phraseParser) decimals(k int) (float64, int, bool) {
	as := p.as
	var b strings.Builder
	m := k
	for m < len(as) && as[m].kind == aCard && as[m].v <= 9 && as[m].v == math.Trunc(as[m].v) {
		b.WriteByte(byte('0' + int(as[m].v)))
		m++
	}
	if m == k {
		ir := p.integer(k)
		if ir.count == 0 || ir.v >= 100 || ir.v != math.Trunc(ir.v) || as[k].kind != aCard {
			return 0, 0, false
		}
		b.WriteString(strconv.Itoa(int(ir.v)))
		m = ir.last + 1
	}
	d, err := strconv.ParseFloat("0."+b.String(), 64)
	return d, m, err == nil
}

type phraseResult struct {
	value    float64
	next     int // atoms used
	kind     TokenKind
	scale    float64
	decimal  bool
	common   bool
	currency string
	sub      float64
	end      int
}

// parsePhrase reads the number phrase at i.
func (s *scanner) parsePhrase(i int) (phraseResult, bool) {
	as := s.atoms(i)
	defer func() {
		clear(as) // of the strings into the document, as the buffer outlives it
		s.atomz = as[:0]
	}()
	if len(as) == 0 {
		return phraseResult{}, false
	}
	p := &phraseParser{as: as, digitLed: as[0].kind == aDigits}
	r, ok := p.parse()
	if !ok || r.next == 0 {
		return phraseResult{}, false
	}
	r.end = as[r.next-1].end
	return r, true
}

func (p *phraseParser) parse() (phraseResult, bool) {
	as := p.as
	r := phraseResult{kind: TokWord}
	ir := p.integer(0)
	frac, bare := false, false
	switch {
	case ir.count > 0:
		r.value, r.next, r.scale, r.currency, r.sub = ir.v, ir.last+1, ir.big, ir.currency, ir.sub
		if f, ok := p.fraction(0, false); ok && f.next > r.next {
			r.value, r.next, r.common, frac = f.value, f.next, f.common, true
		}
	default:
		if f, ok := p.fraction(0, false); ok {
			r.value, r.next, r.common, frac = f.value, f.next, f.common, true
		} else if as[0].kind == aOrd && !as[0].ordinal && !as[0].plural {
			// half, quarter
			r.value, r.next, r.common, frac, bare = 1/as[0].ord, 1, true, true, true
		} else {
			return r, false
		}
	}
	n := r.next
	whole := !frac && r.currency == ""
	if whole && n > 0 && as[n-1].kind == aScale && as[n-1].v >= 100 {
		// "one hundred eighteenth", "two hundred and first": an ordinal
		// under the scale before it ends the number.
		m := n
		if m < len(as) && as[m].kind == aAnd {
			m++
		}
		if m < len(as) && as[m].kind == aOrd && as[m].ordinal && !as[m].plural && as[m].ord < as[n-1].v {
			r.value += as[m].ord
			r.next, r.kind, r.scale = m+1, TokOrdinal, 0
			return r, true
		}
	}
	switch {
	case whole && n+1 < len(as) && as[n].kind == aPoint:
		// "five point five", "two hundred point zero three"
		if d, m, ok := p.decimals(n + 1); ok {
			r.value += d
			r.next, r.decimal = m, true
			if m < len(as) && as[m].kind == aScale && as[m].v >= 1000 && ir.big == 0 {
				r.value = scaleFloat(r.value, as[m].v)
				r.scale = as[m].v
				r.next++
			}
		}
	case whole && n+1 < len(as) && as[n].kind == aAnd:
		// A mixed number: "three and a half", "one million and a half",
		// "one billion and three quarters million", "two and a half million".
		if f, ok := p.fraction(n+1, true); ok && f.value < 1 {
			m := f.next
			switch {
			case m < len(as) && as[m].kind == aScale && as[m].v >= 1000 && ir.endBig > as[m].v:
				r.value += f.value * as[m].v
				m++
			case m < len(as) && as[m].kind == aScale && as[m].v >= 100 && ir.big == 0:
				r.value = (r.value + f.value) * as[m].v
				r.scale = max(r.scale, as[m].v)
				m++
			case ir.endBig > 0:
				r.value += f.value * ir.endBig
			default:
				r.value += f.value
			}
			r.next = m
		}
	case whole && n < len(as) && as[n].kind == aOrd && as[n].ordinal && !as[n].plural && as[n].sep == '-' &&
		as[n-1].kind == aCard && isTens(as[n-1].v):
		// twenty-first
		r.value += as[n].ord
		r.next, r.kind = n+1, TokOrdinal
		return r, true
	}
	if frac {
		// A fraction of a scale: "half a million", "two thirds of a million",
		// "three quarters billion", "half a dozen".
		m := n
		if m+1 < len(as) && as[m].kind == aOf && as[m+1].kind == aArticle {
			m++
		}
		if m < len(as) && as[m].kind == aArticle {
			m++
		}
		if m < len(as) && as[m].kind == aScale && as[m].v >= 12 {
			r.value = scaleFloat(r.value, as[m].v)
			r.next, r.common, frac, bare = m+1, false, false, false
			if as[m].v >= 1000 {
				r.scale = as[m].v
			}
		}
	}
	if bare && as[0].word != "half" {
		return r, false // "quarter" alone is a period of the year
	}
	if frac && math.Abs(r.value) < 1 {
		r.kind = TokFraction
	} else {
		r.common = false
	}
	return r, true
}

func (r phraseResult) token(src string, start int) Token {
	t := Token{Kind: r.kind, Start: start, End: r.end, Text: src[start:r.end], Value: r.value,
		Decimal: r.decimal, Currency: r.currency, Common: r.common, Capital: isUpper(src[start])}
	t.Compounded = strings.ContainsAny(t.Text, " -")
	if r.scale >= 1000 {
		t.Scaled, t.Scale = true, r.scale
	}
	if r.sub > 0 {
		t.Scaled, t.Scale = true, r.sub
	}
	return t
}
