package extractor

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// unitForm is one written form of a unit ("per cent", "km", "dollars").
type unitForm struct {
	text string // as in the rules; compared case-insensitively unless short
	kind string
	unit string
}

// qualForm is one written hedge and its bound.
type qualForm struct {
	text  string
	bound string
}

func (e *Engine) indexUnits() {
	for _, u := range e.rules.Units {
		for _, w := range u.Words {
			e.units = append(e.units, unitForm{w, u.Kind, u.Unit})
		}
	}
	for _, c := range e.rules.Currencies {
		for _, w := range append(append([]string{}, c.Words...), c.Codes...) {
			e.currencies = append(e.currencies, unitForm{w, KindMoney, c.Code})
		}
		// Codes are short forms, matched by case; lower-cased text writes them so too ("half million usd").
		for _, code := range c.Codes {
			if l := strings.ToLower(code); l != code {
				e.currencies = append(e.currencies, unitForm{l, KindMoney, c.Code})
			}
		}
	}
	longestFirst := func(l []unitForm) {
		sort.SliceStable(l, func(i, j int) bool { return len(l[i].text) > len(l[j].text) })
	}
	longestFirst(e.units)
	longestFirst(e.currencies)
	e.lx.units, e.lx.currencies = e.units, e.currencies
}

func (e *Engine) indexQualifiers() {
	for _, q := range e.rules.Qualifiers {
		for _, w := range q.Before {
			e.qualBefore = append(e.qualBefore, qualForm{strings.ToLower(w), q.Bound})
		}
		for _, w := range q.After {
			e.qualAfter = append(e.qualAfter, qualForm{strings.ToLower(w), q.Bound})
		}
	}
	sort.SliceStable(e.qualBefore, func(i, j int) bool { return len(e.qualBefore[i].text) > len(e.qualBefore[j].text) })
	sort.SliceStable(e.qualAfter, func(i, j int) bool { return len(e.qualAfter[i].text) > len(e.qualAfter[j].text) })
	e.lx.qualBefore, e.lx.qualAfter = e.qualBefore, e.qualAfter
}

// hedgeEnding finds the hedge that ends s, before a number: it returns the
// offset in s where the hedge begins and its bound, or -1. Runs of spaces
// count as one; with article, a "the", "a" or "an" may stand between
// ("higher than the tenth"). A hedge ending in a letter needs a space
// before the number; a symbol needs none (">10").
func hedgeEnding(forms []qualForm, s string, article bool) (int, string) {
	norm := make([]byte, 0, len(s))
	idx := make([]int, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isSpace(c) {
			if len(norm) > 0 && norm[len(norm)-1] == ' ' {
				continue
			}
			c = ' '
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		norm = append(norm, c)
		idx = append(idx, i)
	}
	t := strings.TrimRight(string(norm), " ")
	spaced := len(t) < len(norm)
	if article && spaced {
		for _, a := range []string{" the", " a", " an"} {
			if strings.HasSuffix(t, a) {
				t = t[:len(t)-len(a)]
				break
			}
		}
	}
	for _, q := range forms {
		if !strings.HasSuffix(t, q.text) || q.text == "" {
			continue
		}
		k := len(t) - len(q.text)
		if k > 0 && isAlnum(t[k-1]) && isAlnum(q.text[0]) {
			continue
		}
		if !spaced && isAlnum(q.text[len(q.text)-1]) {
			continue
		}
		return idx[k], q.bound
	}
	return -1, ""
}

// unitAt finds a unit written at the start of s (after optional spaces or
// one hyphen): "percent", "-year", " km". Short forms (three letters or
// fewer) must match case exactly, so "m" (metre) is not "M" and "t" not "T".
// It returns the form and the bytes consumed.
func unitAt(forms []unitForm, s string) (unitForm, int) {
	// A unit may follow after spaces or a line break ("10.5\nper cent" in
	// wrapped text), or a no-break space.
	i := 0
	for i < len(s) {
		if s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' {
			i++
		} else if strings.HasPrefix(s[i:], "\u00a0") {
			i += len("\u00a0")
		} else {
			break
		}
	}
	if i == 0 && len(s) > 0 && s[0] == '-' {
		i = 1
	}
	rest := s[i:]
	for _, f := range forms {
		n := len(f.text)
		if len(rest) < n {
			continue
		}
		cand := rest[:n]
		ok := cand == f.text || n > 3 && equalFoldHyphen(cand, f.text)
		if !ok {
			continue
		}
		if n < len(rest) && isAlnum(rest[n]) && isAlnum(f.text[n-1]) {
			continue // "percentage" is not "percent", "mins" not "min"
		}
		if f.text == "%" && i > 1 {
			continue
		}
		return f, i + n
	}
	return unitForm{}, 0
}

// equalFoldHyphen compares ignoring case, with a hyphen equal to a space
// ("30-basis-point" has the unit "basis point").
func equalFoldHyphen(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i]|0x20, b[i]|0x20
		if x == '-'|0x20 {
			x = ' '
		}
		if y == '-'|0x20 {
			y = ' '
		}
		if x != y {
			return false
		}
	}
	return true
}

// falseStart matches a word the speaker broke off, and the dash after it,
// at the end of the text before a number: "well below t- — 2 percent".
var falseStart = regexp.MustCompile(`\s*\S*\w-\s*[—–]\s*$`)

// qualifierBefore finds the hedge that ends right before a number. An
// article or "in"/"by" may stand between ("about a $3 trillion", "nearly in
// half"), and a false start is passed over.
func (e *Engine) qualifierBefore(before string) (string, string) {
	// falseStart needs a dash in its 40 bytes: most texts have none.
	if tail := before[max(0, len(before)-40):]; strings.ContainsAny(tail, "—–") {
		if loc := falseStart.FindStringIndex(tail); loc != nil {
			before = before[:max(0, len(before)-40)+loc[0]] + " "
		}
	}
	if q, b := e.qualifierEndingAt(before); q != "" {
		return q, b
	}
	// Only the end is compared: its last runes, lower-cased, end as the
	// whole would lower-cased (strings.ToLower maps rune by rune).
	lb := strings.ToLower(lastRunes(before, 8))
	for _, w := range []string{" a ", " an ", " in ", " by "} {
		if strings.HasSuffix(lb, w) {
			if q, b := e.qualifierEndingAt(before[:len(before)-len(w)+1]); q != "" {
				return q, b
			}
		}
	}
	return "", ""
}

// lastRunes is the end of s holding its last n runes (or bytes that are
// not UTF-8).
func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

func (e *Engine) qualifierEndingAt(before string) (string, string) {
	// Line breaks and runs of spaces inside a hedge ("north\n\nof") count as one space.
	before = strings.Join(strings.Fields(before[max(0, len(before)-60):]), " ") + suffixSpace(before)
	lb := asciiLower(before) // byte for byte: an offset into lb is one into before
	trimmed := strings.TrimRight(lb, " \u00a0")
	spaced := len(trimmed) < len(lb) || strings.HasSuffix(lb, "-")
	for _, q := range e.qualBefore {
		// A range opener ("between") says nothing of one number alone.
		if q.bound == BoundRange || !strings.HasSuffix(trimmed, q.text) {
			continue
		}
		k := len(trimmed) - len(q.text)
		// A symbol hedge needs no space around it: "x>10", "<-30".
		if (k == 0 || !isAlnum(trimmed[k-1]) || !isAlnum(q.text[0])) && (spaced || !isAlnum(q.text[len(q.text)-1])) {
			return strings.TrimSpace(before[k : k+len(q.text)]), q.bound
		}
	}
	return "", ""
}

// asciiLower lowers ASCII letters only, keeping every other byte (invalid
// UTF-8 included), so the result is exactly as long as s; strings.ToLower
// writes a bad byte as three.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// qualifierAfter finds a hedge right after a number or its unit ("-plus",
// "or more", "or so").
func (e *Engine) qualifierAfter(after string) (string, string, int) {
	la := strings.ToLower(after)
	for _, q := range e.qualAfter {
		for _, lead := range []string{"", " "} {
			p := lead + q.text
			if strings.HasPrefix(la, p) && (len(la) == len(p) || !isAlnum(la[len(p)])) && !thanFollows(la[len(p):]) && !e.numberFollows(la[len(p):]) {
				return q.text, q.bound, len(p)
			}
		}
	}
	return "", "", 0
}

func suffixSpace(s string) string {
	if s != "" && isSpace(s[len(s)-1]) {
		return " "
	}
	return ""
}

// thanFollows: "5000 or less than 6000" — the hedge is the next number's.
func thanFollows(rest string) bool {
	t := strings.TrimLeft(rest, " ")
	if !strings.HasPrefix(t, "than") {
		return false
	}
	t = strings.TrimLeft(t[len("than"):], " ")
	return t != "" && (isAlnum(t[0]) || t[0] == '$' || t[0] == '-')
}

// numberFollows: "0.03 plus 0.08" adds two numbers; "plus" hedges none.
func (e *Engine) numberFollows(rest string) bool {
	t := strings.TrimLeft(rest, " ")
	if t == "" {
		return false
	}
	if isDigit(t[0]) || t[0] == '$' {
		return true
	}
	w := t
	for k := 0; k < len(t); k++ {
		if !isLetter(t[k]) {
			w = t[:k]
			break
		}
	}
	wi := e.lx.words[w]
	return wi.isCardinal || wi.scale >= 1
}
