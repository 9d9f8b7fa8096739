package extractor

import (
	"bytes"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factable/factable/rules"
)

// unitForm is one written form of a unit ("per cent", "km", "dollars").
type unitForm struct {
	text string // as in the rules; compared case-insensitively unless short
	kind string
	unit string
	key  int // formKey(text), which orders the forms (sortForms)
}

// qualForm is one written hedge and its bound.
type qualForm struct {
	text  string
	bound string
}

// smallerUnit is the unit a figure may go on in ("9 minutes 40 seconds"),
// and how many of it make one of the larger (rules.Unit).
type smallerUnit struct {
	unit   string
	factor float64
	kind   string // of both units
}

func (e *Engine) indexUnits() {
	e.smaller = map[string]smallerUnit{}
	for _, u := range e.rules.Units {
		if u.Smaller != "" {
			e.smaller[u.Unit] = smallerUnit{u.Smaller, u.Factor, u.Kind}
		}
		if len(u.Cues) > 0 || len(u.PlainCues) > 0 || u.OfCue || len(u.HomeCurrencies) > 0 {
			for _, w := range u.Words {
				e.cued = append(e.cued, unitForm{text: w, kind: u.Kind, unit: u.Unit})
			}
			if e.cues == nil {
				e.cues = map[string]*unitCues{}
			}
			e.cues[u.Unit] = &unitCues{words: set(u.Cues), plain: set(u.PlainCues), of: u.OfCue, ofNot: set(u.OfNot),
				homes: u.HomeCurrencies, twin: twinCurrency(e.rules.Currencies, u.Words)}
			continue
		}
		for _, w := range u.Words {
			e.units = append(e.units, unitForm{text: w, kind: u.Kind, unit: u.Unit})
		}
	}
	sortForms(e.cued)
	for _, c := range e.rules.Currencies {
		for _, w := range append(append([]string{}, c.Words...), c.Codes...) {
			e.currencies = append(e.currencies, unitForm{text: w, kind: KindMoney, unit: c.Code})
		}
		// Codes are short forms, matched by case; lower-cased text writes them so too ("half million usd").
		for _, code := range c.Codes {
			if l := strings.ToLower(code); l != code {
				e.currencies = append(e.currencies, unitForm{text: l, kind: KindMoney, unit: c.Code})
			}
		}
	}
	sortForms(e.units)
	sortForms(e.currencies)
	for _, c := range e.rules.Currencies {
		for _, code := range c.Codes {
			e.markCodeEnd(code)
		}
	}
	e.lx.units, e.lx.currencies = e.units, e.currencies
}

// unitCues are the words that make a figure one of a unit a currency
// also writes (rules.Unit).
type unitCues struct {
	words, plain map[string]bool // in the clause before; plain: only for a figure with no scale word
	of           bool            // "of" and a noun after the unit
	ofNot        map[string]bool // ... unless the noun is one of these
	homes        []string        // currencies whose documents read the words as this unit
	twin         string          // the currency the words also name ("pounds": GBP)
}

// cuedUnitAt is the unit with cues (rules.Unit) that rest starts with,
// when one of its cues is a word of the clause before the number, lower
// (or of plain's, for a figure said without a scale word), or its "of"
// cue follows it.
func (e *Engine) cuedUnitAt(rest, lower string, plain bool, seen *currencyTally) (unitForm, int) {
	f, n := unitAt(e.cued, rest)
	if n == 0 || n < len(rest) && isAlnum(rest[n]) {
		return unitForm{}, 0
	}
	if e.convertedAfter(rest[n:]) {
		return unitForm{}, 0 // "a 500-pound ($665) credit": money, converted
	}
	cues := e.cues[f.unit]
	if cues.of && cues.ofNoun(rest[n:]) || seen.home(cues) {
		return f, n
	}
	if k := strings.LastIndexAny(lower, ";:!?"); k >= 0 {
		lower = lower[k+1:]
	}
	for w := range strings.FieldsFuncSeq(lower, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if cues.words[w] || plain && cues.plain[w] {
			return f, n
		}
	}
	return unitForm{}, 0
}

// convertedAfter reports an amount converted into another currency in
// brackets after a unit ("500 pounds ($665)", "(about US$1.2 million)"),
// as wire stories convert money: what comes before is money too.
func (e *Engine) convertedAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if !strings.HasPrefix(rest, "(") {
		return false
	}
	rest = rest[1:]
	for _, w := range [...]string{"about ", "around ", "roughly ", "some ", "approximately ", "nearly ", "almost ", "over ", "more than ", "under ", "less than "} {
		if r, ok := strings.CutPrefix(rest, w); ok {
			rest = r
			break
		}
	}
	for _, sym := range e.lx.symbols {
		if r, ok := strings.CutPrefix(rest, sym.text); ok {
			r = strings.TrimLeft(r, " ")
			return r != "" && isDigit(r[0])
		}
	}
	return false
}

// twinCurrency is the currency whose words include one of words ("pounds":
// GBP), or "".
func twinCurrency(currencies []rules.Currency, words []string) string {
	for _, c := range currencies {
		for _, w := range words {
			if slices.Contains(c.Words, w) {
				return c.Code
			}
		}
	}
	return ""
}

// ofNoun reports whether rest, after a unit, goes on with "of" and a word
// that is not one of ofNot: "pounds of beef", not "pounds of funding".
func (c *unitCues) ofNoun(rest string) bool {
	t, ok := strings.CutPrefix(rest, " of ")
	if !ok {
		return false
	}
	end := 0
	for end < len(t) && (isLetter(t[end]) || t[end] == '-') {
		end++
	}
	return end > 0 && !c.ofNot[strings.ToLower(t[:end])]
}

// sortForms orders forms by their first two letters (formKey), so unitAt
// looks only at the forms that can match; longest first within them, so
// "percentage points" wins over "percent".
func sortForms(l []unitForm) {
	for i := range l {
		l[i].key = formKey(l[i].text)
	}
	sort.SliceStable(l, func(i, j int) bool {
		return l[i].key < l[j].key || l[i].key == l[j].key && len(l[i].text) > len(l[j].text)
	})
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
	// By last letter, so qualifierEndingAt looks only at the hedges that can
	// end the text; longest first within a letter ("well over" before "over").
	sort.SliceStable(e.qualBefore, func(i, j int) bool {
		qi, qj := e.qualBefore[i].text, e.qualBefore[j].text
		return lastKey(qi) < lastKey(qj) || lastKey(qi) == lastKey(qj) && len(qi) > len(qj)
	})
	sort.SliceStable(e.qualAfter, func(i, j int) bool { return len(e.qualAfter[i].text) > len(e.qualAfter[j].text) })
	e.lx.qualBefore, e.lx.qualAfter = e.qualBefore, e.qualAfter
	e.qualAfterAt = indexByFirstByte(e.qualAfter)
	e.hedgeLastWords = map[string]bool{}
	for _, q := range e.qualBefore {
		if w := lastWord(q.text); w != "" {
			e.hedgeLastWords[w] = true
		}
	}
}

// lastWord is the run of ASCII letters and digits that ends s ("" when s
// ends otherwise).
func lastWord(s string) string {
	i := len(s)
	for i > 0 && isAlnum(s[i-1]) {
		i--
	}
	return s[i:]
}

// firstByteIndex lists, for each byte, the indices (ascending) of the forms
// that can match text beginning with it: those that begin with it, and the
// empty ones, which match any text. Its last entry lists the empty ones alone.
type firstByteIndex [257][]int

func indexByFirstByte(forms []qualForm) *firstByteIndex {
	var at firstByteIndex
	for k, q := range forms {
		if q.text != "" {
			at[q.text[0]] = append(at[q.text[0]], k)
			continue
		}
		for c := range at {
			at[c] = append(at[c], k)
		}
	}
	return &at
}

// of is the list for text s: its first byte's, or the empty forms' when s
// is empty.
func (at *firstByteIndex) of(s string) []int {
	if s == "" {
		return at[256]
	}
	return at[s[0]]
}

// markCodeEnd notes the byte a currency code ends with, so that
// currencyCodeBefore looks for codes only before text that ends so; an
// empty code ends any text.
func (e *Engine) markCodeEnd(code string) {
	if code != "" {
		e.codeEnds[code[len(code)-1]] = true
		return
	}
	for c := range e.codeEnds {
		e.codeEnds[c] = true
	}
}

// hedgeEnding finds the hedge that ends s, before a number: it returns the
// offset in s where the hedge begins and its bound, or -1. Runs of spaces
// count as one; with article, a "the", "a" or "an" may stand between
// ("higher than the tenth"). A hedge ending in a letter needs a space
// before the number; a symbol needs none (">10").
func hedgeEnding(forms []qualForm, s string, article bool) (int, string) {
	// The text before a number, 60 bytes, is normalised on the stack.
	var normBuf [64]byte
	var idxBuf [64]int
	norm, idx := normBuf[:0], idxBuf[:0]
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
	t := norm
	for len(t) > 0 && t[len(t)-1] == ' ' {
		t = t[:len(t)-1]
	}
	spaced := len(t) < len(norm)
	if article && spaced {
		for _, a := range []string{" the", " a", " an"} {
			if hasSuffixBytes(t, a) {
				t = t[:len(t)-len(a)]
				break
			}
		}
	}
	if len(t) == 0 {
		return -1, ""
	}
	// The forms are sorted by their last byte (indexQualifiers): only those
	// that end as t does can match.
	key := int(t[len(t)-1])
	for _, q := range forms[sort.Search(len(forms), func(k int) bool { return lastKey(forms[k].text) >= key }):] {
		if lastKey(q.text) != key {
			break
		}
		if !hasSuffixBytes(t, q.text) {
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
	// Forms are sorted by formKey (indexUnits): those that can match rest
	// begin with its first two bytes, or are of one byte and begin with its
	// first, or are empty, in this order.
	var keyBuf [3]int
	keys := append(keyBuf[:0], emptyKey)
	if len(rest) > 0 {
		keys = append(keys[:0], formKey(rest[:1]), emptyKey)
	}
	if len(rest) > 1 {
		keys = append(keys[:0], formKey(rest[:2]), formKey(rest[:1]), emptyKey)
	}
	for _, key := range keys {
		if key == emptyKey && (len(forms) == 0 || forms[len(forms)-1].text != "") {
			break // no empty forms (they sort last)
		}
		from := sort.Search(len(forms), func(k int) bool { return forms[k].key >= key })
		for k := from; k < len(forms) && forms[k].key == key; k++ {
			f := &forms[k] // not copied: some are passed over
			n := len(f.text)
			if len(rest) < n || rest[:n] != f.text && !(n > 3 && equalFoldHyphen(rest[:n], f.text)) {
				continue
			}
			if n < len(rest) && isAlnum(rest[n]) && isAlnum(f.text[n-1]) {
				continue // "percentage" is not "percent", "mins" not "min"
			}
			if f.text == "%" && i > 1 {
				continue
			}
			return *f, i + n
		}
	}
	return unitForm{}, 0
}

// formKey is what unitAt's comparisons keep of a form's first two bytes
// (both an exact match and equalFoldHyphen): forms of two bytes or more
// come by their first byte, then their second; one of one byte after
// those that begin as it does; an empty one last, with emptyKey.
func formKey(text string) int {
	switch len(text) {
	case 0:
		return emptyKey
	case 1:
		return int(foldHyphen(text[0]))*257 + 256
	}
	return int(foldHyphen(text[0]))*257 + int(foldHyphen(text[1]))
}

// emptyKey sorts after every other key of formKey and lastKey.
const emptyKey = 257 * 257

// equalFoldHyphen compares ignoring case, with a hyphen equal to a space
// ("30-basis-point" has the unit "basis point").
func equalFoldHyphen(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if foldHyphen(a[i]) != foldHyphen(b[i]) {
			return false
		}
	}
	return true
}

// foldHyphen is what equalFoldHyphen compares of a byte.
func foldHyphen(c byte) byte {
	if c == '\n' {
		return ' ' // a line break inside a unit of two words ("91.6 per\ncent")
	}
	if c |= 0x20; c == '-' {
		return ' '
	}
	return c
}

// falseStartAt finds a word the speaker broke off, and the dash after it,
// at the end of the text before a number: "well below t- — 2 percent". It
// returns where that word begins, spaces before it included, or -1. (It is
// the regular expression \s*\S*\w-\s*[—–]\s*$ read from the end.)
func falseStartAt(s string) int {
	// The end is looked at first: it holds no dash before most numbers.
	j := trimReSpacesRight(s)
	if !strings.HasSuffix(s[:j], "—") && !strings.HasSuffix(s[:j], "–") {
		return -1
	}
	j = trimReSpacesRight(s[:j-len("—")])
	if j < 2 || s[j-1] != '-' || !isAlnum(s[j-2]) && s[j-2] != '_' {
		return -1
	}
	k := strings.LastIndexAny(s[:j], reSpaces) + 1
	return trimReSpacesRight(s[:k])
}

// trimReSpacesRight is len(strings.TrimRight(s, reSpaces)), without the
// set of characters TrimRight makes at each call.
func trimReSpacesRight(s string) int {
	j := len(s)
	for j > 0 && isReSpace(s[j-1]) {
		j--
	}
	return j
}

// isReSpace reports whether c is one of reSpaces, without a call to look
// it up: the text before every number is trimmed with it.
func isReSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// reSpaces are the characters of \s in a Go regular expression.
const reSpaces = "\t\n\f\r "

// qualifierBefore finds the hedge that ends right before a number. An
// article or "in"/"by" may stand between ("about a $3 trillion", "nearly in
// half"), and a false start is passed over.
func (e *Engine) qualifierBefore(before string) (string, string) {
	from := max(0, len(before)-40)
	if k := falseStartAt(before[from:]); k >= 0 {
		before = before[:from+k] + " "
	}
	if q, b := e.qualifierEndingAt(before); q != "" {
		return q, b
	}
	// Only the end is compared: its last runes, lower-cased, end as the
	// whole would lower-cased (strings.ToLower maps rune by rune).
	lb := strings.ToLower(lastRunes(before, 8))
	for _, w := range []string{" a ", " an ", " in ", " by "} {
		if strings.HasSuffix(lb, w) {
			// "cut nearly in half"; but "been around in 26 years" has
			// around as a particle of its verb, no hedge.
			if q, b := e.qualifierEndingAt(before[:len(before)-len(w)+1]); q != "" && !(w == " in " && strings.EqualFold(q, "around")) {
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

// hedgeWindow is how far before a number a hedge is looked for.
const hedgeWindow = 60

// qualifierEndingAt finds the hedge that ends before, within its last
// hedgeWindow bytes. Line breaks and runs of spaces inside a hedge
// ("north\n\nof") count as one space.
func (e *Engine) qualifierEndingAt(before string) (string, string) {
	window := before[max(0, len(before)-hedgeWindow):]
	end := strings.TrimRightFunc(window, unicode.IsSpace)
	if end == "" {
		return "", ""
	}
	if !e.mayEndHedge(end) {
		return "", ""
	}
	// The hedges that can end the text end in its last letter; they come
	// longest first, so the text's end is needed as far as the first of
	// them reaches, and one byte more for the letter before it.
	key := int(lowerByte(end[len(end)-1]))
	hedges := e.qualBefore[sort.Search(len(e.qualBefore), func(k int) bool { return lastKey(e.qualBefore[k].text) >= key }):]
	if len(hedges) == 0 || lastKey(hedges[0].text) != key {
		return "", ""
	}
	var buf [hedgeWindow]byte
	tail := spacedTail(window, buf[:min(len(buf), len(hedges[0].text)+1)])
	spaced := suffixSpace(before) != "" || tail[len(tail)-1] == '-'
	for _, q := range hedges {
		if lastKey(q.text) != key {
			break
		}
		// A range opener ("between") says nothing of one number alone.
		if q.bound == BoundRange || !hasSuffixASCIIFold(tail, q.text) {
			continue
		}
		k := len(tail) - len(q.text)
		// A symbol hedge needs no space around it: "x>10", "<-30".
		if (k == 0 || !isAlnum(tail[k-1]) || !isAlnum(q.text[0])) && (spaced || !isAlnum(q.text[len(q.text)-1])) {
			if q.bound == boundNone {
				return "", "" // "moved up to": the longer phrase is no hedge
			}
			return writtenAs(end, bytes.TrimSpace(tail[k:])), q.bound
		}
	}
	return "", ""
}

// boundNone is the bound of the rules' phrases that end in a hedge but
// are none (rules.Qualifier).
const boundNone = "none"

// mayEndHedge tells text that no hedge can end by its last word, the most
// of them: a hedge that ends in a letter or digit ends with a word it
// shares with the text, as it is bounded by a non-alphanumeric byte or
// stands alone (qualifierEndingAt), so that word, lower-cased, is one of
// hedgeLastWords. Text ending otherwise may end any hedge.
func (e *Engine) mayEndHedge(text string) bool {
	w := lastWord(text)
	if w == "" || len(w) > maxHedgeWord {
		return true
	}
	var buf [maxHedgeWord]byte
	return e.hedgeLastWords[string(lowerASCII(buf[:0], w))]
}

// maxHedgeWord bounds the words mayEndHedge looks up, lowered on the stack;
// a longer one is let through.
const maxHedgeWord = 24

// writtenAs is the hedge found, as a string: the end of the text itself
// when it is written so (single spaces, nearly always), else a copy.
func writtenAs(text string, hedge []byte) string {
	if len(text) >= len(hedge) && text[len(text)-len(hedge):] == string(hedge) {
		return text[len(text)-len(hedge):]
	}
	return string(hedge)
}

// lastKey orders hedges by their last byte; empty ones, which end no text,
// come last.
func lastKey(text string) int {
	if text == "" {
		return emptyKey
	}
	return int(text[len(text)-1])
}

// spacedTail writes into buf the end of s's words joined by one space,
// strings.Join(strings.Fields(s), " "): the whole of it, or its last
// len(buf) bytes.
func spacedTail(s string, buf []byte) []byte {
	i := len(buf)
	inSpace := true // at the end: trailing spaces are dropped
	for j := len(s); j > 0; {
		r, size := rune(s[j-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(s[:j])
		}
		j -= size
		if unicode.IsSpace(r) {
			inSpace = true
			continue
		}
		if inSpace && i < len(buf) {
			if i == 0 {
				break
			}
			i--
			buf[i] = ' '
		}
		inSpace = false
		for k := j + size - 1; k >= j; k-- {
			if i == 0 {
				return buf
			}
			i--
			buf[i] = s[k]
		}
	}
	return buf[i:]
}

// hasSuffixASCIIFold: b ends with lower, its ASCII letters compared
// case-insensitively (lower is lower-cased).
func hasSuffixASCIIFold(b []byte, lower string) bool {
	if len(b) < len(lower) {
		return false
	}
	b = b[len(b)-len(lower):]
	for i := range len(lower) {
		if lowerByte(b[i]) != lower[i] {
			return false
		}
	}
	return true
}

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// qualifierAfter finds a hedge right after a number or its unit ("-plus",
// "or more", "or so"), at the start of la, the lower-cased text after it,
// or after one space. The hedges are tried in their order (longest first),
// each at la's start and then after the space; only those that can begin
// there (qualAfterAt) are looked at.
func (e *Engine) qualifierAfter(la string) (string, string, int) {
	if la == "" {
		return "", "", 0
	}
	at0, at1 := e.qualAfterAt.of(la), []int(nil)
	if la[0] == ' ' {
		at1 = e.qualAfterAt.of(la[1:])
	}
	for len(at0) > 0 || len(at1) > 0 {
		var k, lead int
		if len(at1) == 0 || len(at0) > 0 && at0[0] <= at1[0] {
			k, at0 = at0[0], at0[1:]
		} else {
			k, lead, at1 = at1[0], 1, at1[1:]
		}
		q := e.qualAfter[k]
		n := lead + len(q.text)
		// A slash joins the hedge to what follows ("+/- 1e-5", "or/and"):
		// no hedge.
		if strings.HasPrefix(la[lead:], q.text) && (len(la) == n || !isAlnum(la[n]) && la[n] != '/') && !thanFollows(la[n:]) && !e.numberFollows(la[n:]) {
			return q.text, q.bound, n
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
