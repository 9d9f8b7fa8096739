package extractor

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// scanner finds every numeric expression in a span of text. It is a plain
// hand-written lexer: it looks at each byte once, reads digit runs and words,
// and consults the lexicon only for whole words. No pattern runs here; the
// rule patterns run later, only around what it finds.
type scanner struct {
	lx   *lexicon
	src  string // the whole document
	pos  int
	end  int
	toks []Token
}

// scan returns the tokens of src[start:end], offsets into src.
func (lx *lexicon) scan(src string, start, end int) []Token {
	s := &scanner{lx: lx, src: src, pos: start, end: end}
	for s.pos < s.end {
		c := s.src[s.pos]
		switch {
		case isDigit(c):
			s.number(s.pos)
		case isLetter(c):
			if s.skipURL() {
				continue
			}
			if sym, ok := s.currencyAt(s.pos); ok && s.digitAfterSymbol(sym) {
				s.number(s.pos)
				continue
			}
			s.word()
		case c == '+' || c == '-' || c == '.':
			if s.signedNumber() {
				continue
			}
			s.pos++
		case c < utf8.RuneSelf:
			if sym, ok := s.currencyAt(s.pos); ok && s.digitAfterSymbol(sym) {
				s.number(s.pos)
				continue
			}
			s.pos++
		default:
			if sym, ok := s.currencyAt(s.pos); ok && s.digitAfterSymbol(sym) {
				s.number(s.pos)
				continue
			}
			if strings.HasPrefix(s.src[s.pos:], "−") && s.pos+3 < s.end && isDigit(s.src[s.pos+3]) && !s.alnumBefore(s.pos) {
				s.number(s.pos)
				continue
			}
			_, size := utf8.DecodeRuneInString(s.src[s.pos:])
			s.pos += size
		}
	}
	return combine(s.src, s.toks)
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isAlnum(c byte) bool  { return isDigit(c) || isLetter(c) }

func (s *scanner) alnumBefore(i int) bool { return i > 0 && isAlnum(s.src[i-1]) }

// skipURL steps over a URL or e-mail address: their digits are not numbers.
func (s *scanner) skipURL() bool {
	rest := s.src[s.pos:min(s.end, s.pos+8)]
	if !(strings.HasPrefix(rest, "http://") || strings.HasPrefix(rest, "https://") || strings.HasPrefix(rest, "www.")) || s.alnumBefore(s.pos) {
		return false
	}
	for s.pos < s.end && s.src[s.pos] > ' ' {
		s.pos++
	}
	return true
}

func (s *scanner) currencyAt(i int) (currencySymbol, bool) {
	if s.alnumBefore(i) {
		return currencySymbol{}, false
	}
	for _, sym := range s.lx.symbols {
		if strings.HasPrefix(s.src[i:s.end], sym.text) {
			return sym, true
		}
	}
	return currencySymbol{}, false
}

func (s *scanner) digitAfterSymbol(sym currencySymbol) bool {
	j := s.pos + len(sym.text)
	if j < s.end && s.src[j] == ' ' && isLetter(sym.text[len(sym.text)-1]) {
		j++ // "Rs 500"
	}
	return j < s.end && isDigit(s.src[j])
}

// signedNumber reads "+2.5", "-3" or ".5" where the sign starts a word, not
// where a hyphen joins ("COVID-19", "10-20").
func (s *scanner) signedNumber() bool {
	c := s.src[s.pos]
	if s.pos+1 >= s.end || !isDigit(s.src[s.pos+1]) || s.alnumBefore(s.pos) {
		return false
	}
	if s.pos > 0 && (s.src[s.pos-1] == '-' || s.src[s.pos-1] == '.' || s.src[s.pos-1] == ',') {
		return false
	}
	if c == '.' && s.pos > 0 && s.src[s.pos-1] != ' ' && s.src[s.pos-1] != '(' {
		return false
	}
	s.number(s.pos)
	return true
}

// number reads a digit expression starting at i: currency symbol, sign,
// digits with separators and decimals, then %, an ordinal suffix, a scale
// word or suffix.
func (s *scanner) number(i int) {
	t := Token{Kind: TokNumber, Start: i}
	j := i
	if sym, ok := s.currencyAt(j); ok && !isDigit(s.src[j]) {
		t.Currency = sym.code
		j += len(sym.text)
		if j < s.end && s.src[j] == ' ' {
			j++
		}
	}
	if s.src[j] == '+' || s.src[j] == '-' {
		t.Sign = true
		j++
	} else if strings.HasPrefix(s.src[j:], "−") {
		t.Sign = true
		j += len("−")
	}
	numStart := j
	for j < s.end && isDigit(s.src[j]) {
		j++
	}
	// Thousands separators: exactly three digits after each comma.
	if j-numStart <= 3 {
		for j+4 <= s.end && s.src[j] == ',' && allDigits(s.src[j+1:j+4]) && (j+4 == s.end || !isDigit(s.src[j+4])) {
			j += 4
		}
	}
	if j+1 < s.end && s.src[j] == '.' && isDigit(s.src[j+1]) {
		t.Decimal = true
		j++
		for j < s.end && isDigit(s.src[j]) {
			j++
		}
	}
	digits := strings.ReplaceAll(s.src[numStart:j], ",", "")
	if digits == "" || digits == "." {
		s.pos = j + 1
		return
	}
	// Clock times and timestamps: 10:04, 00:01:23.
	if j+2 < s.end && s.src[j] == ':' && isDigit(s.src[j+1]) && isDigit(s.src[j+2]) && !t.Decimal {
		k := j
		for k+2 < s.end && s.src[k] == ':' && isDigit(s.src[k+1]) && isDigit(s.src[k+2]) {
			k += 3
		}
		t.Kind, t.End, t.Text = TokTime, k, s.src[i:k]
		t.Value, _ = strconv.ParseFloat(digits, 64)
		s.emit(t)
		return
	}
	mantissa := digits
	if t.Sign && s.src[numStart-1] == '-' || strings.HasPrefix(s.src[i:], "−") {
		mantissa = "-" + digits
	}
	t.Value, _ = strconv.ParseFloat(mantissa, 64)
	t.End = j

	// Ordinal suffix (18th, 1st) or a decade (1990s).
	if suf := s.letters(j); suf != "" {
		switch strings.ToLower(suf) {
		case "st", "nd", "rd", "th":
			t.Kind, t.End = TokOrdinal, j+len(suf)
			t.Text = s.src[i:t.End]
			s.emit(t)
			return
		case "s":
			if len(digits) == 4 && strings.HasSuffix(digits, "0") {
				t.End = j + 1
				t.Text = s.src[i:t.End]
				s.emit(t)
				return
			}
		}
		if scale, ok := s.lx.suffixes[suf]; ok {
			t.Value, t.Scaled, t.Scale, t.End = scaleValue(mantissa, scale), true, scale, j+len(suf)
		}
	}
	if !t.Scaled {
		if j < s.end && s.src[j] == '%' {
			t.Percent, t.End = true, j+1
		} else if j+1 < s.end && s.src[j] == ' ' && s.src[j+1] == '%' {
			t.Percent, t.End = true, j+2
		} else if j+1 < s.end && s.src[j] == ' ' {
			w := s.letters(j + 1)
			lw := strings.ToLower(w)
			if sc := s.lx.words[lw].scale; sc > 0 {
				t.Value, t.Scaled, t.Scale, t.End = scaleValue(mantissa, sc), true, sc, j+1+len(w)
			} else if sc, ok := s.lx.suffixes[w]; ok && len(w) > 1 && w != "M" && w != "B" {
				t.Value, t.Scaled, t.Scale, t.End = scaleValue(mantissa, sc), true, sc, j+1+len(w)
			}
		}
	}
	t.Text = s.src[i:t.End]
	s.emit(t)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// scaleValue multiplies a decimal mantissa by a power-of-ten scale without
// float error: 2.2 billion is exactly 2200000000.
func scaleValue(mantissa string, scale float64) float64 {
	exp := 0
	for sc := scale; sc >= 10; sc /= 10 {
		exp++
	}
	if pow := 1.0; func() bool {
		for k := 0; k < exp; k++ {
			pow *= 10
		}
		return pow == scale
	}() {
		v, err := strconv.ParseFloat(mantissa+"e"+strconv.Itoa(exp), 64)
		if err == nil {
			return v
		}
	}
	v, _ := strconv.ParseFloat(mantissa, 64)
	return v * scale
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

// wordAt returns the word at i (letters, with an inner apostrophe) and its end.
func (s *scanner) wordAt(i int) (string, int) {
	j := i
	for j < s.end && isLetter(s.src[j]) {
		j++
	}
	return s.src[i:j], j
}

// nextWord returns the word after the separator at i (one space or one
// hyphen), its start, and the separator.
func (s *scanner) nextWord(i int) (w string, start int, sep byte) {
	if i+1 >= s.end || (s.src[i] != ' ' && s.src[i] != '-') || !isLetter(s.src[i+1]) {
		return "", 0, 0
	}
	w, _ = s.wordAt(i + 1)
	return w, i + 1, s.src[i]
}

// word reads a word and, where it starts a number phrase, the whole phrase.
func (s *scanner) word() {
	i := s.pos
	if s.alnumBefore(i) {
		_, j := s.wordAt(i)
		s.pos = j
		return
	}
	w, j := s.wordAt(i)
	lw := strings.ToLower(w)
	if j < s.end && isDigit(s.src[j]) { // letters glued to digits: a name (G20); let number() see the digits
		s.pos = j
		return
	}
	if s.vague(i, lw) {
		return
	}
	info, known := s.lx.words[lw]
	switch {
	case lw == "a" || lw == "an":
		if next, ns, sep := s.nextWord(j); sep == ' ' {
			ni := s.lx.words[strings.ToLower(next)]
			if ni.scale > 0 || strings.EqualFold(next, "dozen") {
				s.cardinal(i, ns)
				return
			}
			if ni.denom > 0 && !strings.EqualFold(next, "second") {
				_, ne := s.wordAt(ns)
				s.emit(Token{Kind: TokFraction, Start: i, End: ne, Text: s.src[i:ne], Value: 1 / ni.denom})
				return
			}
		}
	case !known:
	case info.cardinal > 0 || lw == "zero" || info.scale > 0:
		s.cardinal(i, i)
		return
	case info.multiple > 0:
		s.emit(Token{Kind: TokMultiple, Start: i, End: j, Text: w, Value: info.multiple, Capital: isUpper(w[0])})
		return
	case lw == "half":
		s.emit(Token{Kind: TokFraction, Start: i, End: j, Text: w, Value: 0.5, Capital: isUpper(w[0])})
		return
	case info.ordinal > 0:
		s.emit(Token{Kind: TokOrdinal, Start: i, End: j, Text: w, Value: info.ordinal, Capital: isUpper(w[0])})
		return
	}
	s.pos = j
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// vague reads a vague count ("dozens", "tens of millions") at i.
func (s *scanner) vague(i int, first string) bool {
	for _, phrase := range s.lx.vague[first] {
		j := i
		ok := true
		for k, pw := range phrase {
			if k > 0 {
				if j >= s.end || s.src[j] != ' ' {
					ok = false
					break
				}
				j++
			}
			w, e := s.wordAt(j)
			if !strings.EqualFold(w, pw) {
				ok = false
				break
			}
			j = e
		}
		if ok && (j >= s.end || !isLetter(s.src[j])) {
			s.emit(Token{Kind: TokVague, Start: i, End: j, Text: s.src[i:j], Capital: isUpper(s.src[i])})
			return true
		}
	}
	return false
}

// cardinal reads a number-word phrase: "nine", "thirty-five", "a hundred",
// "two hundred and fifty thousand", "one and a half", "two thirds",
// "twenty-first". start is where the token starts (at "a" for "a hundred"),
// i where the first number word is.
func (s *scanner) cardinal(start, i int) {
	var total, current float64
	var words int
	last := wordInfo{}
	end := i
	j := i
	for {
		w, e := s.wordAt(j)
		lw := strings.ToLower(w)
		info := s.lx.words[lw]
		if words > 0 && info.ordinal > 0 && info.cardinal == 0 && last.cardinal >= 20 && last.cardinal < 100 && s.src[j-1] == '-' {
			// twenty-first
			s.emit(Token{Kind: TokOrdinal, Start: start, End: e, Text: s.src[start:e], Value: total + current + info.ordinal, Compounded: true})
			return
		}
		switch {
		case lw == "dozen":
			current = max(current, 1) * 12
		case info.cardinal > 0 || lw == "zero":
			if words > 0 && last.cardinal > 0 && !(last.cardinal >= 20 && last.cardinal < 100 && info.cardinal < 10) {
				goto done // "five six" is two numbers
			}
			current += info.cardinal
		case info.scale > 0:
			if info.scale == 100 {
				current = max(current, 1) * 100
			} else {
				total += max(current, 1) * info.scale
				current = 0
			}
		default:
			goto done
		}
		words++
		last = info
		end = e
		// "and a half" / "and a quarter" after a number.
		if rest := s.src[e:s.end]; hasPrefixFold(rest, " and a half") && !s.letterAt(e+len(" and a half")) {
			current += 0.5
			end = e + len(" and a half")
			e = end
		} else if hasPrefixFold(rest, " and a quarter") && !s.letterAt(e+len(" and a quarter")) {
			current += 0.25
			end = e + len(" and a quarter")
			e = end
		}
		// Continue over "-", " ", or " and " before a cardinal after a scale.
		next, ns, sep := s.nextWord(e)
		if sep == 0 {
			break
		}
		nl := strings.ToLower(next)
		if nl == "and" && last.scale > 0 {
			if w2, ns2, sep2 := s.nextWord(ns + 3); sep2 == ' ' && s.lx.words[strings.ToLower(w2)].cardinal > 0 {
				j = ns2
				continue
			}
			break
		}
		ni, ok := s.lx.words[nl]
		if !ok || (ni.cardinal == 0 && ni.scale == 0 && nl != "dozen" && !(sep == '-' && ni.ordinal > 0)) {
			// A fraction: "two thirds", "three-quarters".
			if ni.denom > 0 && words == 1 && last.cardinal > 0 && last.cardinal < 100 && nl != "second" && nl != "seconds" {
				_, de := s.wordAt(ns)
				s.emit(Token{Kind: TokFraction, Start: start, End: de, Text: s.src[start:de], Value: last.cardinal / ni.denom, Compounded: true})
				return
			}
			break
		}
		j = ns
	}
done:
	v := total + current
	t := Token{Kind: TokWord, Start: start, End: end, Text: s.src[start:end], Value: v, Capital: isUpper(s.src[start]), Compounded: words > 1 || start != i}
	t.Scaled = total > 0 || current >= 100 && words > 1
	s.emit(t)
}

func (s *scanner) letterAt(i int) bool { return i < s.end && isLetter(s.src[i]) }

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
