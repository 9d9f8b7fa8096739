package extractor

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// scanner finds every numeric expression in a span of text. It is a plain
// hand-written lexer: it looks at each byte once, reads digit runs and words,
// and consults the lexicon only for whole words. No pattern runs here; the
// rule patterns run later, only around what it finds.
type scanner struct {
	lx    *lexicon
	src   string // the whole document
	pos   int
	end   int
	toks  []Token
	atomz []atom  // reused by each number phrase, cleared after it
	slab  []Token // the results handed out so far, in a block made for many calls
	// single: the scanner reads one span (scan), whose tokens get a slab
	// of their size, not the first of a document's
	single bool
	// lettersNamed: whether the document names the country of a currency
	// written with a letter ("P48"), by letterOf's entry; 0 where not
	// asked yet, looked up at the first letter before digits
	lettersNamed [4]int8
	// claimsNamed: the same for the currencies that claim another's
	// symbol (lexicon.claimants), at the first such symbol
	claimsNamed [maxClaimants]int8
}

// scanners keeps scanners with their buffers between calls: a paragraph's
// tokens are collected and joined in the buffer, and only the result is
// copied out, to the free end of the slab.
var scanners = sync.Pool{New: func() any { return new(scanner) }}

// scan returns the tokens of src[start:end], offsets into src.
func (lx *lexicon) scan(src string, start, end int) []Token {
	s := lx.scanner(src, start, end)
	defer s.release()
	s.single = true
	return s.read()
}

// scanSpan returns the tokens of src[start:end] of the scanner's src: the
// paragraphs of a document share one scanner, taken from the pool once.
func (s *scanner) scanSpan(start, end int) []Token {
	clear(s.toks)
	s.pos, s.end, s.toks = start, end, s.toks[:0]
	return s.read()
}

// read reads the tokens of the scanner's span and hands them out.
func (s *scanner) read() []Token {
	for s.pos = s.skipPlain(s.pos); s.pos < s.end; s.pos = s.skipPlain(s.pos) {
		s.step()
	}
	return s.result()
}

// scanner returns a scanner of src[start:end] from the pool.
func (lx *lexicon) scanner(src string, start, end int) *scanner {
	s := scanners.Get().(*scanner)
	*s = scanner{lx: lx, src: src, pos: start, end: end, toks: s.toks[:0], atomz: s.atomz[:0]}
	return s
}

// step reads what begins at s.pos, or steps over one character.
func (s *scanner) step() {
	lx := s.lx
	cl := lx.class[s.src[s.pos]]
	switch cl &^ cPrefix {
	case cDigit:
		if p := s.pos - 1; p >= 0 && lx.letterOf[s.src[p]] != 0 && s.letterAt(p) {
			// "P48": the letter the words before passed over writes a currency
			s.number(p, s.pos, prefix{currency: lx.letters[lx.letterOf[s.src[p]]-1].code})
			return
		}
		s.number(s.pos, s.pos, prefix{})
	case cLetter:
		if cl&cPrefix != 0 && lx.mayPrefix(s.src[s.pos:s.end]) && (s.skipURL() || s.symbolNumber()) {
			return
		}
		s.word()
	case cSign:
		if !s.signedNumber() {
			s.pos++
		}
	case cHigh:
		s.nonASCII()
	default:
		if cl&cPrefix == 0 || !s.symbolNumber() {
			s.pos++
		}
	}
}

// nonASCII reads what a multi-byte character at s.pos begins: a currency
// symbol's amount, a number after a minus sign, a vulgar fraction; or
// steps over the character.
func (s *scanner) nonASCII() {
	if s.symbolNumber() {
		return
	}
	if strings.HasPrefix(s.src[s.pos:], minusSign) && s.pos+3 < s.end && isDigit(s.src[s.pos+3]) && !s.alnumBefore(s.pos) {
		s.number(s.pos, s.pos, prefix{})
		return
	}
	if !s.alnumBefore(s.pos) {
		if v, n := s.vulgarAt(s.pos); n > 0 {
			if e := s.pos + n; e < s.end && s.src[e] == '%' {
				// "almost ¾% of potential output": a percentage.
				s.emit(Token{Kind: TokNumber, Start: s.pos, End: e + 1, Text: s.src[s.pos : e+1], Value: v, Percent: true})
				return
			}
			s.emit(Token{Kind: TokFraction, Start: s.pos, End: s.pos + n, Text: s.src[s.pos : s.pos+n], Value: v})
			return
		}
	}
	_, size := utf8.DecodeRuneInString(s.src[s.pos:])
	s.pos += size
}

// result joins the tokens read and hands them out.
func (s *scanner) result() []Token {
	if toks := finiteOnly(s.lx.combine(s.src, s.toks)); len(toks) > 0 {
		return s.handOut(toks)
	}
	return nil
}

// slabTokens is how many tokens a first slab holds: the results of some
// twenty paragraphs, or of a transcript. One allocation each cost the
// stage more than the copies.
const slabTokens = 256

// handOut copies toks to the free end of the slab and returns the copy,
// capped so that an append to it cannot reach the next call's tokens. A
// full slab is followed by one twice as large, so that a document's tokens
// soon fit in one, which the next document is given (scanParagraphs), and
// a document's tokens take no more than twice their room.
func (s *scanner) handOut(toks []Token) []Token {
	if len(toks) > cap(s.slab)-len(s.slab) {
		first := slabTokens
		if s.single {
			first = 0
		}
		s.slab = make([]Token, 0, max(first, 2*cap(s.slab), len(toks)))
	}
	n := len(s.slab)
	s.slab = append(s.slab, toks...)
	return s.slab[n:len(s.slab):len(s.slab)]
}

// skipPlain returns where, from i on, something may begin: it steps over
// white space, most punctuation, full stops and hyphens before no digit,
// the other characters and the words that begin nothing, the bulk of a
// text, in a tight loop.
func (s *scanner) skipPlain(i int) int {
	src, lx := s.src[:s.end], s.lx
	for i < len(src) {
		cl := lx.class[src[i]]
		if cl&cLetter != 0 && i+16 <= len(s.src) {
			// A word is measured and keyed from a load of its first eight
			// bytes, and of the next eight if it is longer. The loads may
			// reach past the span into the rest of the document, so that
			// the words at a paragraph's end take this path too.
			w := load64(s.src[i : i+8])
			j := i + letterRun(w)
			if j == i+8 {
				j += letterRun(load64(s.src[i+8 : i+16]))
			}
			if j = min(j, len(src)); j == i+16 {
				j = lettersEnd(src, j)
			}
			if n := j - i; lx.starts.may(w, n) && (lx.mayPrefixPair(byte(w), byte(w>>8)) || n <= maxNumberWord && lx.filter.mayKey(foldedKey(w, n), n) && !s.idleArticle(i, j)) {
				return i
			}
			i = j
			if i < len(src) && src[i] == ' ' {
				i++ // most words end at a space
			}
			continue
		}
		switch cl {
		case 0:
			i++
		case cSign:
			if i+1 < len(src) && isDigit(src[i+1]) {
				return i
			}
			i++
		case cLetter, cLetter | cPrefix: // in the document's last sixteen bytes
			j := lettersEnd(src, i)
			if lx.mayPrefix(src[i:]) || j-i <= maxNumberWord && lx.filter.may(src[i:j]) {
				return i
			}
			i = j
		case cHigh, cHigh | cPrefix: // curly quotes, dashes, accented letters
			if cl&cPrefix != 0 && lx.mayPrefix(src[i:]) {
				return i
			}
			_, size := utf8.DecodeRuneInString(src[i:])
			i += size
		default:
			return i
		}
	}
	return i
}

// release returns s to the pool: the tokens, joined in place, are cleared
// of their strings into the document. The slab's tokens are the results
// handed out, which the callers hold: the pool does not keep it.
func (s *scanner) release() {
	clear(s.toks)
	*s = scanner{toks: s.toks[:0], atomz: s.atomz}
	scanners.Put(s)
}

// finiteOnly drops a number too large for a float64 (a run of 400 digits,
// "1e999", "hundred" said 200 times): it is no quantity anyone states, and
// no output format can carry it.
func finiteOnly(toks []Token) []Token {
	out := toks[:0]
	for _, t := range toks {
		if !math.IsInf(t.Value, 0) && !math.IsNaN(t.Value) && !math.IsInf(t.High, 0) && !math.IsNaN(t.High) {
			out = append(out, t)
		}
	}
	return out
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isAlnum(c byte) bool  { return isDigit(c) || isLetter(c) }

// allBytes reports whether every byte of s is one that is says.
func allBytes(s string, is func(byte) bool) bool {
	for i := 0; i < len(s); i++ {
		if !is(s[i]) {
			return false
		}
	}
	return true
}

func (s *scanner) alnumBefore(i int) bool { return i > 0 && isAlnum(s.src[i-1]) }

// minusSign is U+2212, written before a number as a hyphen is.
const minusSign = "−"

// urlPrefixes open a URL; the lexicon marks where they may begin.
var urlPrefixes = []string{"http://", "https://", "www."}

// skipURL steps over a URL or e-mail address: their digits are not numbers.
func (s *scanner) skipURL() bool {
	if s.alnumBefore(s.pos) {
		return false
	}
	for _, p := range urlPrefixes {
		if s.startsWith(s.pos, p) {
			for s.pos < s.end && s.src[s.pos] > ' ' {
				s.pos++
			}
			return true
		}
	}
	return false
}

// startsWith reports whether the text at i begins with p. It compares the
// second byte first: most words that share a first letter with a symbol or
// a URL prefix differ there.
func (s *scanner) startsWith(i int, p string) bool {
	return len(p) <= s.end-i && (len(p) < 2 || s.src[i+1] == p[1]) && s.src[i:i+len(p)] == p
}

// symbolNumber reads an amount written after a currency symbol at pos.
func (s *scanner) symbolNumber() bool {
	if sym, ok := s.currencyAt(s.pos); !ok || !s.digitAfterSymbol(sym) {
		return false
	}
	s.number(s.pos, s.pos, prefix{})
	return true
}

func (s *scanner) currencyAt(i int) (currencySymbol, bool) {
	if s.lx.class[s.src[i]]&cPrefix == 0 || s.alnumBefore(i) { // most bytes begin no symbol
		return currencySymbol{}, false
	}
	for _, sym := range s.lx.symFirst[s.src[i]] {
		if s.startsWith(i, sym.text) {
			return s.claimed(sym), true
		}
	}
	return currencySymbol{}, false
}

// letterAt: a currency's letter stands at i, alone before digits ("P48",
// not "MP3"), in a document that names the currency's country. Whether
// it does is asked once, at the first such letter: most documents have
// none, and pay nothing for it.
func (s *scanner) letterAt(i int) bool {
	k := s.lx.letterOf[s.src[i]]
	if k == 0 || i+1 >= s.end || !isDigit(s.src[i+1]) || s.alnumBefore(i) {
		return false
	}
	if int(k) > len(s.lettersNamed) {
		return false
	}
	if s.lettersNamed[k-1] == 0 {
		s.lettersNamed[k-1] = -1
		if s.lx.letters[k-1].writtenIn(s.src) {
			s.lettersNamed[k-1] = 1
		}
	}
	return s.lettersNamed[k-1] == 1
}

// claimed is the symbol as the document writes it: another currency's
// where that one claims it and the document is about its country ("Rs."
// in a text about Pakistan), else its own. Asked once per claimant.
func (s *scanner) claimed(sym currencySymbol) currencySymbol {
	for _, k := range s.lx.claimsOf[sym.text] {
		if s.claimsNamed[k] == 0 {
			s.claimsNamed[k] = -1
			if s.lx.claimants[k].claimsFor(s.src) {
				s.claimsNamed[k] = 1
			}
		}
		if s.claimsNamed[k] == 1 {
			return currencySymbol{sym.text, s.lx.claimants[k].code}
		}
	}
	return sym
}

// digitAfterSymbol: a digit follows the symbol, glued or after one space
// ("$5", "Rs 500", and tokenised newswire's "$ 14 million").
func (s *scanner) digitAfterSymbol(sym currencySymbol) bool {
	j := s.pos + len(sym.text)
	if j < s.end && s.src[j] == ' ' {
		j++
	}
	return j < s.end && isDigit(s.src[j])
}

// vulgarAt reads a vulgar-fraction character (½, ⅔): the lexicon lists
// them as cardinals below one.
func (s *scanner) vulgarAt(i int) (float64, int) {
	if i >= s.end || s.src[i] < utf8.RuneSelf {
		return 0, 0
	}
	r, n := utf8.DecodeRuneInString(s.src[i:s.end])
	if v, ok := s.lx.vulgar[r]; ok && n > 1 {
		return v, n
	}
	return 0, 0
}

// signedNumber reads "+2.5", "-3" or ".5" where the sign starts a word, not
// where a hyphen joins ("COVID-19", "10-20").
func (s *scanner) signedNumber() bool {
	c := s.src[s.pos]
	if s.pos+1 >= s.end || !isDigit(s.src[s.pos+1]) || s.alnumBefore(s.pos) {
		return false
	}
	if s.pos > 0 && (s.src[s.pos-1] == '-' || s.src[s.pos-1] == '.' || s.src[s.pos-1] == ',' || s.src[s.pos-1] == '%' && c == '-') {
		return false // "5.5%-7.5%": a hyphen after a percent joins a range
	}
	if c == '.' && s.pos > 0 && s.src[s.pos-1] != ' ' && s.src[s.pos-1] != '(' {
		return false
	}
	s.number(s.pos, s.pos, prefix{})
	return true
}

// prefix is what a word before the digits already said about them.
type prefix struct {
	neg      bool    // "minus 5", "negative 2 percent"
	currency string  // "MAUD 60": a scaled currency code before the amount
	scale    float64 // its scale
}

func (s *scanner) digitsAt(j int) int {
	for j < s.end && isDigit(s.src[j]) {
		j++
	}
	return j
}

// groupSep returns the length of a thousands separator written as a space
// at j: ASCII, no-break, narrow no-break or thin space.
func (s *scanner) groupSep(j int) int {
	if j < s.end && s.src[j] == ' ' {
		return 1
	}
	for _, sp := range []string{"\u00a0", "\u202f", "\u2009"} {
		if strings.HasPrefix(s.src[j:s.end], sp) {
			return len(sp)
		}
	}
	return 0
}

// groupAt: a group of exactly n digits at j that no digit follows.
func (s *scanner) groupAt(j, n int) bool {
	return j+n <= s.end && allDigits(s.src[j:j+n]) && (j+n == s.end || !isDigit(s.src[j+n]))
}

// integerPart reads the digits of an integer with its thousands separators:
// 1,234,567 (comma), 12,34,567 (Indian lakh grouping), 1 234 567 (spaces).
// It returns the end and the digits alone.
func (s *scanner) integerPart(j int) (int, string) {
	k := s.digitsAt(j)
	if k-j > 3 {
		return k, s.src[j:k]
	}
	strip := func(e int) (int, string) {
		var b strings.Builder
		for x := j; x < e; x++ {
			if isDigit(s.src[x]) {
				b.WriteByte(s.src[x])
			}
		}
		return e, b.String()
	}
	if e := k; e < s.end && s.src[e] == ',' && s.groupAt(e+1, 3) {
		for e < s.end && s.src[e] == ',' && s.groupAt(e+1, 3) {
			e += 4
		}
		return strip(e)
	}
	if e := k; k-j <= 2 && e < s.end && s.src[e] == ',' && s.groupAt(e+1, 2) {
		// Lakh grouping: pairs of digits, then a final group of three.
		for e+3 < s.end && s.src[e] == ',' && allDigits(s.src[e+1:e+3]) && s.src[e+3] == ',' {
			e += 3
		}
		if s.src[e] == ',' && s.groupAt(e+1, 3) {
			return strip(e + 4)
		}
	}
	if n := s.groupSep(k); n > 0 && s.groupAt(k+n, 3) {
		e := k
		for {
			n := s.groupSep(e)
			if n == 0 || !s.groupAt(e+n, 3) {
				break
			}
			e += n + 3
		}
		return strip(e)
	}
	return k, s.src[j:k]
}

// number reads a digit expression starting at i (the token starts at
// start, which may hold a sign word or a scaled code): currency symbol,
// sign, digits with separators and decimals, an exponent, a fraction, then
// %, an ordinal suffix, a scale word or suffix.
func (s *scanner) number(start, i int, pre prefix) {
	t := Token{Kind: TokNumber, Start: start, Currency: pre.currency, Sign: pre.neg}
	j := i
	if sym, ok := s.currencyAt(j); ok && !isDigit(s.src[j]) {
		t.Currency = sym.code
		j += len(sym.text)
		if j < s.end && s.src[j] == ' ' {
			j++
		}
	}
	neg := pre.neg
	if s.src[j] == '+' || s.src[j] == '-' {
		t.Sign = true
		neg = neg != (s.src[j] == '-')
		j++
	} else if strings.HasPrefix(s.src[j:], minusSign) {
		t.Sign = true
		neg = !neg
		j += len(minusSign)
	}
	numStart := j
	j, digits := s.integerPart(j)
	grouped := j-numStart != len(digits)
	if digits == "" && !(j+1 < s.end && s.src[j] == '.' && isDigit(s.src[j+1])) {
		s.pos = j + 1
		return
	}
	// Clock times and timestamps: 10:04, 00:01:23.
	if !grouped && j+2 < s.end && s.src[j] == ':' && isDigit(s.src[j+1]) && isDigit(s.src[j+2]) && s.clockAt(start, numStart, j) {
		k := j
		for k+2 < s.end && s.src[k] == ':' && isDigit(s.src[k+1]) && isDigit(s.src[k+2]) {
			k += 3
		}
		t.Kind, t.End, t.Text = TokTime, k, s.src[start:k]
		t.Value, _ = strconv.ParseFloat(digits, 64)
		s.emit(t)
		return
	}
	mantissa := digits
	switch {
	case !grouped && len(digits) <= 3 && s.europeanAt(j):
		// 1.234.567,89 / 1.111,11: dots group thousands, the comma is the point.
		k := j
		for k < s.end && s.src[k] == '.' && s.groupAt(k+1, 3) {
			mantissa += s.src[k+1 : k+4]
			k += 4
		}
		if k+1 < s.end && s.src[k] == ',' && isDigit(s.src[k+1]) {
			e := s.digitsAt(k + 1)
			mantissa += "." + s.src[k+1:e]
			k = e
			t.Decimal = true
		}
		j = k
	case j+1 < s.end && s.src[j] == '.' && isDigit(s.src[j+1]):
		t.Decimal = true
		e := s.digitsAt(j + 1)
		if grouped {
			mantissa += "." + s.src[j+1:e]
		} else {
			mantissa = s.src[numStart:e] // as written
		}
		j = e
	case !grouped && len(digits) <= 3 && s.spokenPoint(j) > 0:
		// A decimal said as captions write it: "11 point 5 percent".
		e := s.spokenPoint(j)
		t.Decimal = true
		mantissa += "." + s.src[j+len(" point "):e]
		j = e
	case !grouped && len(digits) <= 3 && j+1 < s.end && s.src[j] == ',' && isDigit(s.src[j+1]):
		// A decimal comma: "1,3", "2,75" (one or two digits, not a list 1,2,3).
		e := s.digitsAt(j + 1)
		if e-j-1 <= 2 && !(e+1 < s.end && (s.src[e] == ',' || s.src[e] == '.') && isDigit(s.src[e+1])) {
			t.Decimal = true
			mantissa += "." + s.src[j+1:e]
			j = e
		}
	}
	if neg {
		mantissa = "-" + mantissa
	}
	t.Value = parseDecimal(mantissa)
	t.End = j
	plain := !grouped && !t.Decimal

	if e, v, ok := s.exponent(j, mantissa); ok {
		t.Value, t.End, j, plain = v, e, e, false
	} else if plain && t.Currency == "" {
		// 3/4, -4/5; a proper fraction only, so 24/7, 9/11 and dates stay apart.
		if e, v, ok := s.fractionAt(numStart, j); ok {
			t.Kind, t.Value, t.End = TokFraction, v, e
			if neg {
				t.Value = -v
			}
			t.Text = s.src[start:e]
			s.emit(t)
			return
		} else if e > 0 {
			s.pos = e // 1/0 is no number at all
			return
		}
		// 10 1/2, 2½: a whole number and a fraction.
		if e, v, ok := s.mixedAt(j); ok {
			if neg {
				v = -v
			}
			t.Value, t.End, j, plain = t.Value+v, e, e, false
		}
	}

	// Ordinal suffix (18th, 1st) or a decade (1990s).
	if suf := s.letters(j); suf != "" {
		switch strings.ToLower(suf) {
		case "st", "nd", "rd", "th":
			// A grouped whole number takes the suffix too: "its 1,742nd
			// plenary meeting".
			if plain || grouped && !t.Decimal && t.End == j && t.Currency == "" {
				t.Kind, t.End = TokOrdinal, j+len(suf)
				t.Text = s.src[start:t.End]
				s.emit(t)
				return
			}
		case "s":
			if len(digits) == 4 && strings.HasSuffix(digits, "0") && plain {
				t.End = j + 1
				t.Text = s.src[start:t.End]
				s.emit(t)
				return
			}
		}
		if scale, ok := s.lx.suffix(suf); ok && (s.suffixScales(suf, t.Currency, j+len(suf)) || s.afterMoneyDash(start)) {
			t.Value, t.Scaled, t.Scale, t.End = scaleValue(mantissa, scale), true, scale, j+len(suf)
			j = t.End
		} else if g, ok := s.lx.glued[suf]; ok && t.Currency == "" && t.End == j && s.gluedEnds(j+len(suf)) {
			// "137p a litre", "5p."; not "5p.m."
			t.Value, t.Scaled, t.Scale, t.Currency, t.End = scaleValue(mantissa, g.scale), true, g.scale, g.currency, j+len(suf)
			j = t.End
		}
	}
	if pre.scale > 0 {
		t.Value, t.Scaled, t.Scale = scaleValue(mantissa, pre.scale), true, pre.scale
	}
	if !t.Scaled && t.End == j {
		switch {
		case j < s.end && s.src[j] == '%':
			t.Percent, t.End = true, j+1
		case j+1 < s.end && s.src[j] == ' ' && s.src[j+1] == '%':
			t.Percent, t.End = true, j+2
		case j < s.end && s.src[j] >= utf8.RuneSelf && t.Currency == "" && s.subunitSign(&t, j, mantissa):
			// "14¢"
		case j+1 < s.end && s.src[j] == ' ' && s.src[j+1] >= utf8.RuneSelf && t.Currency == "" && s.subunitSign(&t, j+1, mantissa):
			// "6 ¢"
		case j+1 < s.end && (s.src[j] == ' ' || s.src[j] == '-' || s.src[j] == '\n' || s.src[j] == '\t'):
			if s.scaleAfter(&t, start, numStart, j, mantissa, plain) {
				return
			}
		}
	}
	t.Text = s.src[start:t.End]
	s.emit(t)
}

// spokenPoint is where the decimals end of a number whose integer part
// ends at j and goes on " point " and one or two digits ("11 point 5", as
// automatic captions write a decimal said aloud), or 0.
func (s *scanner) spokenPoint(j int) int {
	k := j + len(" point ")
	if k >= s.end || !strings.EqualFold(s.src[j:k], " point ") || !isDigit(s.src[k]) {
		return 0
	}
	e := s.digitsAt(k)
	if e-k > 2 || e < s.end && (isLetter(s.src[e]) || (s.src[e] == ',' || s.src[e] == '.') && e+1 < s.end && isDigit(s.src[e+1])) {
		return 0
	}
	return e
}

// gluedEnds: a glued subunit ends at i, where no letter or digit goes on
// and no ".m" makes it a clock's "p.m.".
func (s *scanner) gluedEnds(i int) bool {
	if i >= s.end {
		return true
	}
	if isAlnum(s.src[i]) {
		return false
	}
	return !(s.src[i] == '.' && i+1 < s.end && (s.src[i+1] == 'm' || s.src[i+1] == 'M'))
}

// subunitSign reads a currency's subunit written as a sign after the digits
// ("14¢"): a word of the lexicon, one character long, that scales by less
// than one and names its currency.
func (s *scanner) subunitSign(t *Token, at int, mantissa string) bool {
	_, size := utf8.DecodeRuneInString(s.src[at:s.end])
	wi := s.lx.words[s.src[at:at+size]] // no letters: lookup's filters know words of letters
	if wi.scale <= 0 || wi.scale >= 1 || wi.currency == "" {
		return false
	}
	t.Value, t.Scaled, t.Scale, t.Currency, t.End = scaleValue(mantissa, wi.scale), true, wi.scale, wi.currency, at+size
	return true
}

// scaleAfter reads what may follow a digit amount after a space or a
// hyphen: a scale word ("2.2 billion", "12-cent", "3 dozens"), a spaced
// suffix ("10 bn", "2.33 k"), a currency code before a scale ("75 USD
// million") or a scaled code ("30 MUSD"). It emits the token itself when the
// amount goes on as a word phrase ("3 hundred and 21") and reports so.
func (s *scanner) scaleAfter(t *Token, start, numStart, j int, mantissa string, plain bool) bool {
	spaced := s.src[j] != '-'
	ws := j + 1 // where the word after the amount begins
	if spaced {
		ws = s.wordAfterSpace(j)
	}
	w := s.letters(ws)
	if w == "" {
		return false
	}
	we := ws + len(w)
	wi, _ := s.lx.lookup(w)
	suffix, _ := s.lx.suffix(w)
	switch {
	case wi.scale > 0:
		if plain && t.Currency == "" && spaced {
			// The amount may go on in words: "3 hundred and 21", "6 crore and two hundred".
			if r, ok := s.parsePhrase(numStart); ok && r.end > we {
				tok := r.token(s.src, start)
				tok.Kind = TokNumber
				tok.Sign = t.Sign
				if t.Sign && mantissa[0] == '-' {
					tok.Value = -tok.Value
				}
				s.emit(tok)
				return true
			}
		}
		scale := wi.scale
		// "2.5 lakh crore", "50 thousand crore": a larger scale after the
		// first multiplies it.
		if we+1 < s.end && s.src[we] == ' ' {
			w2 := s.letters(we + 1)
			if next, _ := s.lx.lookup(w2); next.scale > scale {
				scale, we = scale*next.scale, we+1+len(w2)
				wi.currency = cmp.Or(next.currency, wi.currency)
			}
		}
		t.Value, t.Scaled, t.Scale, t.End = scaleValue(mantissa, scale), true, scale, we
		if wi.currency != "" {
			t.Currency = wi.currency
		}
	case !spaced:
	case len(w) > 1 && w != "M" && w != "B" && suffix > 0:
		t.Value, t.Scaled, t.Scale, t.End = scaleValue(mantissa, suffix), true, suffix, we
	case strings.EqualFold(w, "k"):
		t.Value, t.Scaled, t.Scale, t.End = scaleValue(mantissa, 1000), true, 1000, we
	case s.lx.code(w) != "":
		// "75 USD million"
		if we+1 < s.end && s.src[we] == ' ' {
			w2 := s.letters(we + 1)
			if next, _ := s.lx.lookup(w2); next.scale >= 1000 {
				t.Currency = s.lx.code(w)
				t.Value, t.Scaled, t.Scale, t.End = scaleValue(mantissa, next.scale), true, next.scale, we+1+len(w2)
			}
		}
	default:
		if sc, code, ok := s.scaledCode(w); ok {
			t.Currency = code
			t.Value, t.Scaled, t.Scale, t.End = scaleValue(mantissa, sc), true, sc, we
		}
	}
	return false
}

// maxAmountGap bounds the white space between an amount and its scale: a
// caption file's cue number and timing, blanked, fill some forty bytes
// between "212" and "million" (captions.go).
const maxAmountGap = 64

// wordAfterSpace returns where the word after the white space at j
// begins: one space nearly always, but text wrapped between "15" and
// "million", spaced out by a PDF's layout or by markup stripping (a
// no-break space entity, a closed tag) is one amount too. More than one
// line break, or a longer gap, is no amount: it returns j+1, where no
// word begins.
func (s *scanner) wordAfterSpace(j int) int {
	breaks := 0
	for k := j; k < s.end && k-j <= maxAmountGap; k++ {
		switch s.src[k] {
		case ' ', '\t', '\r':
		case '\n':
			if breaks++; breaks > 1 {
				return j + 1
			}
		default:
			return k
		}
	}
	return j + 1
}

// scaledCodeLen is the length of a scaled currency code: a scale letter
// and a three-letter code.
const scaledCodeLen = 4

// scaledCode reads a currency code written with a scale letter before it,
// as finance writes millions: MUSD, MEUR, KGBP.
func (s *scanner) scaledCode(w string) (float64, string, bool) {
	if len(w) != scaledCodeLen {
		return 0, "", false
	}
	sc, ok := s.lx.suffix(w[:1])
	code := s.lx.code(w[1:])
	if !ok || code == "" || w[1:] != strings.ToUpper(w[1:]) || sc < 1000 {
		return 0, "", false
	}
	return sc, code, true
}

// scaledCodeAfter extends a word amount over a scaled code: "twenty MUSD".
func (s *scanner) scaledCodeAfter(t *Token) {
	if t.Kind != TokWord || t.Currency != "" || t.End+1 >= s.end || s.src[t.End] != ' ' {
		return
	}
	w := s.letters(t.End + 1)
	if sc, code, ok := s.scaledCode(w); ok {
		t.Value = scaleFloat(t.Value, sc)
		t.Scaled, t.Scale, t.Currency, t.End = true, sc, code, t.End+1+len(w)
		t.Text = s.src[t.Start:t.End]
	}
}

// suffixScales decides whether a scale suffix glued to digits is one. A
// suffix that is also a unit ("m" for metre) scales an amount of money
// ("€5m") or a count whose noun follows ("5m people"); before anything else
// ("48m tall", "48m.", "1m is") it is the unit.
func (s *scanner) suffixScales(suf, currency string, after int) bool {
	if currency != "" {
		return true
	}
	for _, u := range s.lx.units {
		if u.text != suf {
			continue
		}
		if after+1 >= s.end || s.src[after] != ' ' || !isLetter(s.src[after+1]) {
			return false
		}
		w, _ := s.wordAt(after + 1)
		lw := strings.ToLower(w)
		if _, n := unitAt(s.lx.units, s.src[after:min(s.end, after+30)]); n > 0 {
			return false // "1m 20cm"
		}
		return !s.lx.notNoun[lw] && s.lx.words[lw] == (wordInfo{})
	}
	return true
}

// afterMoneyDash: the figure at i closes a range of money by a dash
// ("£50-60m", "$5–6m"): its suffix scales the amount both ends are of,
// though no currency is written beside it.
func (s *scanner) afterMoneyDash(i int) bool {
	k := i
	if k > 0 && s.src[k-1] == '-' {
		k--
	} else if k >= len("–") && s.src[k-len("–"):k] == "–" {
		k -= len("–")
	} else {
		return false
	}
	d := k
	for d > 0 && (isDigit(s.src[d-1]) || s.src[d-1] == ',' || s.src[d-1] == '.') {
		d--
	}
	if d == k || d == 0 {
		return false
	}
	for _, sym := range s.lx.symbols {
		if strings.HasSuffix(s.src[:d], sym.text) {
			return true
		}
	}
	return false
}

// europeanAt: after up to three digits, dots group thousands and a comma is
// the decimal point ("1.111,11", "1.234.567").
func (s *scanner) europeanAt(j int) bool {
	groups := 0
	for j < s.end && s.src[j] == '.' && s.groupAt(j+1, 3) {
		groups++
		j += 4
	}
	if groups == 0 {
		return false
	}
	if j+1 < s.end && s.src[j] == ',' && isDigit(s.src[j+1]) {
		e := s.digitsAt(j + 1)
		return e-j-1 <= 2
	}
	return groups >= 2 && (j >= s.end || s.src[j] != '.')
}

// exponent reads scientific notation after a mantissa: 1e10, 12.32e+14,
// 1.3x10^6, 2.48×10−5, and powers 1.1^23, 2.5^-1.
func (s *scanner) exponent(j int, mantissa string) (end int, v float64, ok bool) {
	if j+1 < s.end && (s.src[j] == 'e' || s.src[j] == 'E') {
		k := j + 1
		if s.src[k] == '+' || s.src[k] == '-' {
			k++
		}
		if k < s.end && isDigit(s.src[k]) {
			e := s.digitsAt(k)
			if e == s.end || !isAlnum(s.src[e]) {
				v, err := strconv.ParseFloat(mantissa+"e"+s.src[j+1:e], 64)
				return e, v, err == nil
			}
		}
		return 0, 0, false
	}
	k := j
	if k < s.end && s.src[k] == ' ' {
		k++
	}
	times := 0
	switch {
	case k < s.end && (s.src[k] == 'x' || s.src[k] == '*'):
		times = 1
	case strings.HasPrefix(s.src[k:s.end], "×"):
		times = len("×")
	}
	if times > 0 {
		b := k + times
		if b < s.end && s.src[b] == ' ' {
			b++
		}
		be := s.digitsAt(b)
		if be == b {
			return 0, 0, false
		}
		base := s.src[b:be]
		if be < s.end && s.src[be] == '^' {
			if e, exp, ok := s.power(be + 1); ok {
				m, _ := strconv.ParseFloat(mantissa, 64)
				if base == "10" {
					v, err := strconv.ParseFloat(mantissa+"e"+strconv.Itoa(exp), 64)
					return e, v, err == nil
				}
				bv, _ := strconv.ParseFloat(base, 64)
				return e, m * math.Pow(bv, float64(exp)), true
			}
		}
		if base == "10" && strings.HasPrefix(s.src[be:s.end], minusSign) && be+3 < s.end && isDigit(s.src[be+3]) {
			e := s.digitsAt(be + 3)
			v, err := strconv.ParseFloat(mantissa+"e-"+s.src[be+3:e], 64)
			return e, v, err == nil
		}
		return 0, 0, false
	}
	if j < s.end && s.src[j] == '^' {
		if e, exp, ok := s.power(j + 1); ok {
			m, _ := strconv.ParseFloat(mantissa, 64)
			// The sign of the mantissa stands outside the power: -2.5^-1 = -(2.5^-1).
			return e, math.Copysign(math.Pow(math.Abs(m), float64(exp)), m), true
		}
	}
	return 0, 0, false
}

// power reads an exponent after ^: signs (each minus flips it) and digits.
func (s *scanner) power(k int) (int, int, bool) {
	neg := false
	for k < s.end && (s.src[k] == '+' || s.src[k] == '-') {
		neg = neg != (s.src[k] == '-')
		k++
	}
	e := s.digitsAt(k)
	if e == k || e-k > 3 || (e < s.end && isAlnum(s.src[e])) {
		return 0, 0, false
	}
	n, _ := strconv.Atoi(s.src[k:e])
	if neg {
		n = -n
	}
	return e, n, true
}

// fractionAt reads a proper fraction n/d whose numerator runs from i to j.
// Dates (5/17/2018) and ratios with a larger numerator (24/7) are left
// alone. A zero denominator returns ok false with its end: no number.
func (s *scanner) fractionAt(i, j int) (end int, v float64, ok bool) {
	if j+1 >= s.end || s.src[j] != '/' || !isDigit(s.src[j+1]) || j-i > 3 {
		return 0, 0, false
	}
	if i > 0 && (s.src[i-1] == '/' || s.src[i-1] == '-' && i > 1 && isDigit(s.src[i-2])) {
		return 0, 0, false
	}
	return s.fractionBody(i, j)
}

// fractionBody is fractionAt without its look at what stands before the
// numerator.
func (s *scanner) fractionBody(i, j int) (end int, v float64, ok bool) {
	if j+1 >= s.end || s.src[j] != '/' || !isDigit(s.src[j+1]) || j-i > 3 {
		return 0, 0, false
	}
	e := s.digitsAt(j + 1)
	if e-j-1 > 4 || (e < s.end && (s.src[e] == '/' || isAlnum(s.src[e]) || (s.src[e] == '-' || s.src[e] == '.' || s.src[e] == ',') && e+1 < s.end && isDigit(s.src[e+1]))) {
		return 0, 0, false
	}
	n, _ := strconv.ParseFloat(s.src[i:j], 64)
	d, _ := strconv.ParseFloat(s.src[j+1:e], 64)
	if d == 0 {
		return e, 0, false
	}
	if n >= d {
		return 0, 0, false
	}
	return e, n / d, true
}

// mixedAt reads the fraction of a mixed number after its whole part ends at
// j: " 1/2", "½", " ½", and "-1/4" as rates and prices are written
// ("5-1/4 to 5-1/2 percent").
func (s *scanner) mixedAt(j int) (int, float64, bool) {
	if j+1 < s.end && s.src[j] == '-' && isDigit(s.src[j+1]) {
		if j > 3 && isDigit(s.src[j-4]) {
			return 0, 0, false // a year's, not a rate's whole part: "2021-1/2"
		}
		if e, v, ok := s.fractionBody(j+1, s.digitsAt(j+1)); ok && v > 0 {
			return e, v, true
		}
		return 0, 0, false
	}
	k := j
	for k < s.end && k-j < 2 && s.src[k] == ' ' {
		k++
	}
	if v, n := s.vulgarAt(k); n > 0 {
		return k + n, v, true
	}
	if k == j || k >= s.end || !isDigit(s.src[k]) {
		return 0, 0, false
	}
	ne := s.digitsAt(k)
	if e, v, ok := s.fractionAt(k, ne); ok {
		return e, v, true
	}
	return 0, 0, false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// parseDecimal is strconv.ParseFloat of a decimal mantissa ("1234",
// "-2.5"); a run of up to 15 digits, most numbers, it converts itself,
// exactly as ParseFloat would.
func parseDecimal(m string) float64 {
	if len(m) > 15 || !allDigits(m) {
		v, _ := strconv.ParseFloat(m, 64)
		return v
	}
	var n int64
	for i := 0; i < len(m); i++ {
		n = n*10 + int64(m[i]-'0')
	}
	return float64(n)
}

// scaleValue multiplies a decimal mantissa by a power-of-ten scale without
// float error: 2.2 billion is exactly 2200000000, 14.27 cents 0.1427.
func scaleValue(mantissa string, scale float64) float64 {
	if exp, ok := powerOfTen(scale); ok {
		if v, err := strconv.ParseFloat(mantissa+"e"+strconv.Itoa(exp), 64); err == nil {
			return v
		}
	}
	v, _ := strconv.ParseFloat(mantissa, 64)
	return v * scale
}

// scaleFloat is v times scale, without the float error of the product
// where scale is a power of ten: v is read as its shortest decimal (4.1)
// and scaled as scaleValue scales it, so 4.1 billion is 4100000000, not
// 4099999999.9999995.
func scaleFloat(v, scale float64) float64 {
	return scaleValue(strconv.FormatFloat(v, 'g', -1, 64), scale)
}

// powerOfTen returns n when scale is 10^n (n may be negative).
func powerOfTen(scale float64) (int, bool) {
	if scale <= 0 {
		return 0, false
	}
	n := int(math.Round(math.Log10(scale)))
	p, _ := strconv.ParseFloat("1e"+strconv.Itoa(n), 64)
	return n, p == scale
}

// letters returns the run of ASCII letters at i that ends at a word boundary.
func (s *scanner) letters(i int) string {
	j := i
	for j < s.end && isLetter(s.src[j]) {
		j++
	}
	if j < s.end && isDigit(s.src[j]) {
		return ""
	}
	return s.src[i:j]
}

func (s *scanner) emit(t Token) {
	s.toks = append(s.toks, t)
	s.pos = t.End
}

// wordAt returns the word at i (letters) and its end.
func (s *scanner) wordAt(i int) (string, int) {
	j := lettersEnd(s.src[:s.end], i)
	return s.src[i:j], j
}

// lettersEnd returns the end of the run of ASCII letters at i. It tests
// eight bytes at a time, so that most words end in the first eight without
// a branch a byte.
func lettersEnd(src string, i int) int {
	for ; i+8 <= len(src); i += 8 {
		if n := letterRun(load64(src[i : i+8])); n < 8 {
			return i + n
		}
	}
	for i < len(src) && isLetter(src[i]) {
		i++
	}
	return i
}

// clockAt reports whether the digits from numStart to the colon at j,
// and the two after it, read as a clock time or a timestamp. Two fields
// that no clock shows ("a 60:40 split", "50:50", "20:80") are a ratio,
// unless they are a recording's timestamp: held in brackets ("(61:20)"),
// after "at" ("at 75:10"), or with a third field ("75:20:05").
func (s *scanner) clockAt(start, numStart, j int) bool {
	if j+3 < s.end && s.src[j+3] == ':' || j+3 < s.end && isDigit(s.src[j+3]) {
		return true // a third field, or more digits: not for the ratio to read
	}
	if j+6 < s.end && s.src[j+3] == ',' && isDigit(s.src[j+4]) && isDigit(s.src[j+5]) && isDigit(s.src[j+6]) && (j+7 >= s.end || !isDigit(s.src[j+7])) {
		return false // "1:10,000": a ratio with a thousands group, no clock
	}
	hours, _ := strconv.Atoi(s.src[numStart:j])
	minutes := int(s.src[j+1]-'0')*10 + int(s.src[j+2]-'0')
	if hours <= 24 && minutes <= 59 {
		return true
	}
	bracketed := start > 0 && (s.src[start-1] == '(' || s.src[start-1] == '[') ||
		j+3 < len(s.src) && (s.src[j+3] == ')' || s.src[j+3] == ']')
	before := strings.TrimRight(s.src[max(0, start-4):start], " ")
	at := len(before) >= 2 && strings.EqualFold(before[len(before)-2:], "at") && (len(before) == 2 || !isLetter(before[len(before)-3]))
	return bracketed || at
}

// letterRun returns how many of the eight bytes of w, from the lowest,
// are ASCII letters before the first that is not (8 if all are).
func letterRun(w uint64) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	t := w | 0x20*ones // lower case
	// Per byte, the high bit of the sum says t > 0x60 ('a'-1), of the
	// difference t < 0x7b ('z'+1); not both for a byte of 0x80 or more. A
	// carry or borrow leaves only such a byte, for the byte above it: the
	// first byte that is no letter and those below it are told right.
	letters := (t + (0x7f-0x60)*ones) & ((0x7f+0x7b)*ones - t) & highs
	return bits.TrailingZeros64(letters^highs) / 8
}

// load64 reads eight bytes, little-endian.
func load64(b string) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// maxNumberWord bounds the length of a number word the scanner looks up.
const maxNumberWord = 24

// word reads a word and, where it starts a number phrase, the whole phrase.
func (s *scanner) word() {
	i := s.pos
	w, j := s.wordAt(i)
	s.pos = j
	switch {
	case s.alnumBefore(i) || j < s.end && isDigit(s.src[j]):
		// Letters glued to digits are a name (G20): number() reads the digits.
	case j+1 < s.end && s.src[j] == ' ' && isDigit(s.src[j+1]) && s.codeAmount(i, j+1, w):
	case len(w) <= maxNumberWord && s.lx.filter.may(w):
		// Most words are no number word: the filter turns them away
		// unhashed.
		s.numberWord(i, j, w)
	}
}

// codeAmount reads an amount after a scaled currency code: "revenues of
// MAUD 60".
func (s *scanner) codeAmount(i, digits int, w string) bool {
	sc, code, ok := s.scaledCode(w)
	if ok {
		s.number(i, digits, prefix{currency: code, scale: sc})
	}
	return ok
}

// numberWord reads what the word w at i..j starts, if it is a number word
// or one of the grammar's starts.
func (s *scanner) numberWord(i, j int, w string) {
	var lb [maxNumberWord]byte
	for k := 0; k < len(w); k++ {
		lb[k] = w[k] | 0x20
	}
	lw := string(lb[:len(w)])
	info, known := s.lx.words[lw]
	if !known && !slices.Contains(grammarStarts, lw) {
		return
	}
	article := slices.Contains(articles, lw)
	if isSignWord(lw) && s.signedWord(i, j) {
		return
	}
	if info.vague && s.mayGoOnVague(info, j) && s.vague(i, lw) {
		return
	}
	if article && !s.numberWordAfter(j) {
		return
	}
	if lw == "one" && s.atOnePoint(i, j) {
		// "At one point four of the nine ambulances": the idiom's "one"
		// alone (an exclusion names it), then a count, no decimal.
		s.emit(Token{Kind: TokWord, Start: i, End: j, Text: w, Value: 1, Capital: isUpper(w[0])})
		return
	}
	switch {
	case info.isCardinal || info.scale >= 1 || article || lw == "half" || info.denom > 0 && info.ordinal == 0:
		if r, ok := s.parsePhrase(i); ok {
			t := r.token(s.src, i)
			s.scaledCodeAfter(&t)
			s.emit(t)
			return
		}
	case info.multiple > 0:
		s.emit(Token{Kind: TokMultiple, Start: i, End: j, Text: w, Value: info.multiple, Capital: isUpper(w[0])})
		return
	}
	if info.ordinal > 0 {
		s.emit(Token{Kind: TokOrdinal, Start: i, End: j, Text: w, Value: info.ordinal, Capital: isUpper(w[0])})
	}
}

// atOnePoint: the "one" at i..j stands in the idiom "at one point", which
// no decimal in words ("one point four") continues.
func (s *scanner) atOnePoint(i, j int) bool {
	if j+6 > s.end || !strings.EqualFold(s.src[j:j+6], " point") || i < 3 {
		return false
	}
	k := i
	for k > 0 && s.src[k-1] == ' ' {
		k--
	}
	return k >= 2 && strings.EqualFold(s.src[k-2:k], "at") && (k == 2 || !isLetter(s.src[k-3]))
}

// mayGoOnVague: a vague count may begin with the word that ends at j,
// info's: it is one alone ("dozens"), or the next word's first letter is
// one its phrases go on with ("a few", not "a year").
func (s *scanner) mayGoOnVague(info wordInfo, j int) bool {
	if info.vagueAlone {
		return true
	}
	if j+1 >= s.end || s.src[j] != ' ' {
		return false
	}
	c := s.src[j+1] | 0x20
	return c < 'a' || c > 'z' || info.vagueNext&(1<<(c-'a')) != 0
}

// numberWordAfter: the word after j is one the lexicon knows ("a hundred",
// "a third", "a quarter million"); most articles are followed by none.
func (s *scanner) numberWordAfter(j int) bool {
	if j+1 >= s.end || s.src[j] != ' ' || !isLetter(s.src[j+1]) {
		return false
	}
	w, _ := s.wordAt(j + 1)
	_, ok := s.lx.lookup(w)
	return ok
}

// idleArticle: the word at i..j is an article that is no word of the
// lexicon and no number word follows it ("a year"), where word would read
// nothing; most articles are.
func (s *scanner) idleArticle(i, j int) bool {
	return slices.ContainsFunc(s.lx.articles, func(a string) bool { return strings.EqualFold(s.src[i:j], a) }) && !s.numberWordAfter(j)
}

// Sign words of the number grammar.
func isSignWord(lw string) bool { return lw == "minus" || lw == "negative" }

// signedWord reads "minus 5", "negative one over 20", "minus five point five";
// "plus or minus 3" is a tolerance, not a negative number.
func (s *scanner) signedWord(i, j int) bool {
	if j+1 >= s.end || s.src[j] != ' ' {
		return false
	}
	if b := strings.ToLower(s.src[max(0, i-8):i]); strings.HasSuffix(b, "plus or ") || strings.HasSuffix(b, "+/") {
		return false
	}
	k := j + 1
	if isDigit(s.src[k]) {
		s.number(i, k, prefix{neg: true})
		return true
	}
	if !isLetter(s.src[k]) {
		return false
	}
	w, _ := s.wordAt(k)
	wi, _ := s.lx.lookup(w)
	if !wi.isCardinal && wi.scale < 1 {
		return false
	}
	r, ok := s.parsePhrase(k)
	if !ok {
		return false
	}
	t := r.token(s.src, i)
	t.Value, t.Sign = -t.Value, true
	s.emit(t)
	return true
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// vague reads a vague count ("dozens", "tens of millions") at i, first
// being its first word, lowered. The phrases that begin with it are tried
// longest first, and the words after it are read once for all of them:
// "a" begins five ("a few dozen", "a few hundred" ...), and most of the
// text's "a"s stop at the second word.
func (s *scanner) vague(i int, first string) bool {
	var buf [8]int
	ends := append(buf[:0], i+len(first)) // ends[k]: the end of word k at i, once read
	for _, phrase := range s.lx.vague[first] {
		k := 1
		for ; k < len(phrase); k++ {
			if k == len(ends) {
				j := ends[k-1]
				if j >= s.end || s.src[j] != ' ' {
					break
				}
				_, e := s.wordAt(j + 1)
				ends = append(ends, e)
			}
			// Lengths first: after "a", most words are no "few" or "couple".
			if w := s.src[ends[k-1]+1 : ends[k]]; len(w) != len(phrase[k]) || !strings.EqualFold(w, phrase[k]) {
				break
			}
		}
		if j := ends[k-1]; k == len(phrase) && (j >= s.end || !isLetter(s.src[j])) {
			s.emit(Token{Kind: TokVague, Start: i, End: j, Text: s.src[i:j], Capital: isUpper(s.src[i])})
			return true
		}
	}
	return false
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// hasSuffixBytes is strings.HasSuffix of b, not copied to a string.
func hasSuffixBytes(b []byte, suffix string) bool {
	return len(b) >= len(suffix) && string(b[len(b)-len(suffix):]) == suffix
}

// hasWordPrefixFold is hasPrefixFold(s, w+" "), without building w+" "
// (ofPhrase tries every determiner at every number).
func hasWordPrefixFold(s, w string) bool {
	return len(s) > len(w) && s[len(w)] == ' ' && strings.EqualFold(s[:len(w)], w)
}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}
