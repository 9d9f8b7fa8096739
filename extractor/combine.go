package extractor

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
)

// combine joins adjacent tokens that together make one expression: amounts
// in a currency and its subunit ("3 dollars 50 cents"), proportions ("one
// in five", "three out of four", "one over three"), ranges ("between 10 and
// 20", "10-20", "44 mg to 50 mg", "more than 10 and less than 40") and
// multiples ("10-fold"). It works in place: a joined pair takes one slot.
func (lx *lexicon) combine(src string, toks []Token) []Token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i+1 < len(toks) {
			var prev, next *Token
			if len(out) > 0 {
				prev = &out[len(out)-1]
			}
			if i+2 < len(toks) {
				next = &toks[i+2]
			}
			if r, ok := lx.joinPair(src, prev, &t, &toks[i+1], next); ok {
				out = append(out, r)
				i++
				continue
			}
		}
		if t.Kind == TokNumber || t.Kind == TokWord {
			if n := foldSuffix(src[t.End:min(len(src), t.End+6)]); n > 0 {
				t.Kind, t.End = TokMultiple, t.End+n
				t.Text = src[t.Start:t.End]
			}
		}
		if t.Kind == TokFraction {
			lx.unitAndAPart(src, &t, prevEnd(out))
		}
		out = append(out, t)
	}
	return out
}

// foldSuffix is the length of a factor's suffix at the start of rest:
// "10-fold", "a 10 fold rise", and the "3x", "2.5×" of business talk.
// prevEnd is where the last token kept ends, 0 for none.
func prevEnd(out []Token) int {
	if len(out) == 0 {
		return 0
	}
	return out[len(out)-1].End
}

// unitAndAPart makes "an hour and a half", "a mile and a quarter" one
// number of the unit it names inside (1.5 hours): t is the fraction, "a
// half", after "a" or "an", a unit of time or measure and "and". No
// token before it may reach into those words (from).
func (lx *lexicon) unitAndAPart(src string, t *Token, from int) {
	lead, _, _ := strings.Cut(t.Text, " ")
	if t.Value >= 1 || !strings.EqualFold(lead, "a") {
		return
	}
	before := src[max(from, t.Start-30):t.Start]
	if !strings.HasSuffix(before, " and ") {
		return
	}
	words := strings.Fields(before)
	if len(words) < 3 || !strings.EqualFold(words[len(words)-3], "a") && !strings.EqualFold(words[len(words)-3], "an") {
		return
	}
	if _, ok := lx.unitWithin(words[len(words)-2]); !ok {
		return
	}
	start := t.Start - len(" and ") - len(words[len(words)-2]) - 1 - len(words[len(words)-3])
	if start < from || src[start:t.Start] != words[len(words)-3]+" "+words[len(words)-2]+" and " {
		return // other spaces between: not the phrase
	}
	t.Start, t.Text = start, src[start:t.End]
	t.Kind, t.Value, t.Common, t.Compounded = TokWord, 1+t.Value, false, true
	t.Capital = isUpperASCII(src[start])
}

// unitWithin is the unit of time or measure that w names, a word of a
// number said with its unit inside ("an hour and a half").
func (lx *lexicon) unitWithin(w string) (unitForm, bool) {
	f, n := unitAt(lx.units, w)
	return f, n == len(w) && (f.kind == KindDuration || f.kind == KindMeasure)
}

func foldSuffix(rest string) int {
	for _, suf := range []string{"-fold", " fold", "fold"} {
		if hasPrefixFold(rest, suf) && (len(rest) == len(suf) || !isLetter(rest[len(suf)])) {
			return len(suf)
		}
	}
	for _, suf := range []string{"x", "×"} {
		// not "4x4" or "3xl"
		if strings.HasPrefix(rest, suf) && (len(rest) == len(suf) || !isAlnum(rest[len(suf)])) {
			return len(suf)
		}
	}
	return 0
}

// maxJoinGap bounds the text between two tokens that join: the longest
// gap any of the joins below reads (joinBounds: two hedges and a joiner).
const maxJoinGap = 60

func numeric(t *Token) bool { return t.Kind == TokNumber || t.Kind == TokWord }

// rangeable: the tokens a range can join (ranks range too: "between the
// tenth and the fifteenth").
func rangeable(t *Token) bool { return numeric(t) || t.Kind == TokFraction || t.Kind == TokOrdinal }

func (lx *lexicon) joinPair(src string, prev, a, b, next *Token) (Token, bool) {
	if b.Start-a.End > maxJoinGap { // most tokens of a text stand apart
		return Token{}, false
	}
	if r, ok := lx.joinMoney(src, a, b); ok {
		return r, true
	}
	if r, ok := joinFractionTail(src, a, b); ok {
		return r, true
	}
	if r, ok := joinRatio(src, a, b); ok {
		return r, true
	}
	if r, ok := lx.joinBounds(src, a, b); ok {
		return r, true
	}
	return lx.joinRange(src, prev, a, b, next)
}

// joinFractionTail reads a whole number in digits and the fraction said
// after it, as "two and a half" is read in words: "23 and a half million"
// (23.5 million), "3 and a quarter percent", "$4 and a half billion". The
// fraction is "a" or "an" one ("and three quarters" may be a count of its
// own), and carries the scale.
func joinFractionTail(src string, a, b *Token) (Token, bool) {
	if a.Kind != TokNumber || a.Scaled || a.Percent || a.Decimal || a.Value < 0 || a.Value != math.Trunc(a.Value) ||
		b.Kind != TokWord && b.Kind != TokFraction || b.Percent || a.Currency != "" && b.Currency != "" && a.Currency != b.Currency {
		return Token{}, false
	}
	if gap := src[a.End:b.Start]; gap != " and " && gap != " AND " {
		return Token{}, false
	}
	lead, _, _ := strings.Cut(b.Text, " ")
	if !strings.EqualFold(lead, "a") && !strings.EqualFold(lead, "an") {
		return Token{}, false
	}
	frac, scale := b.Value, 1.0
	if b.Scaled {
		scale = b.Scale
		frac = b.Value / scale
	}
	if frac <= 0 || frac >= 1 {
		return Token{}, false
	}
	return Token{Kind: TokNumber, Start: a.Start, End: b.End, Text: src[a.Start:b.End], Value: (a.Value + frac) * scale,
		Scale: b.Scale, Scaled: b.Scaled, Currency: cmp.Or(a.Currency, b.Currency), Decimal: true, Compounded: true}, true
}

// joinMoney reads an amount in a currency and its subunit: "3 dollars 50
// cents", "thirteen dollars and forty-five cents", "15 dollars 50", "17 USD
// 25", "C$ 100 and fifty", "10 $ 30 cent".
func (lx *lexicon) joinMoney(src string, a, b *Token) (Token, bool) {
	if !numeric(a) || !numeric(b) || a.Percent || b.Percent || a.Value < 0 || a.Scaled && a.Scale < 1 {
		return Token{}, false
	}
	// b is the cents: a subunit ("50 cents") or a whole number below 100.
	subunit := b.Scaled && b.Scale < 1
	cents := b.Currency == "" && !b.Scaled && !b.Decimal && b.Value >= 1 && b.Value < 100 && b.Value == float64(int(b.Value))
	gap := src[a.End:b.Start]
	if !subunit && !cents || len(gap) > 30 || len(gap) < 1 || gap[0] != ' ' {
		return Token{}, false
	}
	code := a.Currency
	rest := gap
	if code == "" {
		if f, n := unitAt(lx.currencies, gap); n > 0 {
			code, rest = f.unit, gap[n:]
		} else if strings.TrimSpace(gap) == "" && subunit && b.Currency != "" && !isDigit(b.Text[0]) {
			code, rest = b.Currency, " " // "10 $ 30 cent": the symbol went to the cents
		} else {
			return Token{}, false
		}
	}
	if rest == "" || rest[0] != ' ' {
		return Token{}, false
	}
	if c := strings.TrimSpace(rest); c != "" && !strings.EqualFold(c, "and") {
		return Token{}, false
	}
	var v float64
	switch {
	case subunit && b.Currency == code:
		v = a.Value + b.Value
	case cents && moneyTail(src[b.End:]):
		v = a.Value + b.Value/100
	default:
		return Token{}, false
	}
	return Token{Kind: a.Kind, Start: a.Start, End: b.End, Text: src[a.Start:b.End], Value: v, Currency: code,
		Decimal: true, Compounded: true, Capital: a.Capital}, true
}

// moneyTail: nothing after "15 dollars 50" makes the 50 a count of its own
// ("15 dollars and 50 people"): the text ends, punctuation follows, or a
// function word.
func moneyTail(after string) bool {
	t := strings.TrimLeft(after, " ")
	if t == "" || !isAlnum(t[0]) {
		return true
	}
	w, _, _ := strings.Cut(t, " ")
	w = strings.ToLower(strings.TrimRight(w, ".,;:!?"))
	switch w {
	case "and", "or", "but", "more", "less":
		return true
	}
	return false
}

// ratioNamed reports whether a ratio, a margin or odds is named in the
// words before a (its clause, back to a sentence's end) or right after b.
func ratioNamed(src string, a, b *Token) bool {
	from := max(0, a.Start-ratioReach)
	before := src[from:a.Start]
	if k := strings.LastIndexAny(before, ".;!?\n"); k >= 0 {
		before = before[k+1:]
	}
	var buf [ratioReach + len(" majority")]byte
	after := src[b.End:min(len(src), b.End+len(" majority"))]
	low := string(lowerASCII(buf[:0], before))
	if strings.Contains(low, "ratio") || strings.Contains(low, "margin") || strings.Contains(low, "odds") || strings.Contains(low, "outnumber") {
		return !strings.HasSuffix(strings.TrimRight(low, " "), " from") // "the ratio fell from 3 to 1"
	}
	l := string(lowerASCII(buf[:0], after))
	return strings.HasPrefix(l, " ratio") || strings.HasPrefix(l, " margin") || strings.HasPrefix(l, " majority")
}

// ratioReach is how far before a ratio said with "to" its name is looked
// for.
const ratioReach = 80

// joinRatio reads a proportion: "one in five", "three out of four", "two
// out of five hundred", "1 out of every 5", "one over three", "2000 over 3";
// and a ratio, "20:1", "1:1,000", "a 2-to-1 margin": a fraction below one,
// a multiple from one up. (A colon before two digits made a clock time
// already, where a clock could show it: "10:45", not "60:40".)
func joinRatio(src string, a, b *Token) (Token, bool) {
	if !numeric(a) || !numeric(b) || a.Percent || b.Percent || a.Currency != "" || b.Currency != "" || b.Value == 0 {
		return Token{}, false
	}
	gap := src[a.End:b.Start]
	if r, ok := joinNounRatio(src, a, b, gap); ok {
		return r, true
	}
	if len(gap) > len(" out of every ") {
		return Token{}, false
	}
	var buf [len(" out of every ")]byte
	switch string(lowerASCII(buf[:0], gap)) {
	case " in ", " out of ", " in every ", " out of every ":
		if a.Value <= 0 || a.Value >= b.Value || a.Scaled || gap == " in " && yearLike(src, b) {
			return Token{}, false
		}
	case " over ":
		// "one over three" ends its phrase; "1 over 3 years" is a period.
		t := strings.TrimLeft(src[b.End:min(len(src), b.End+20)], " ")
		if t != "" && isAlnum(t[0]) || a.Scaled || b.Scaled {
			return Token{}, false
		}
	case " to ":
		// "the ratio of chief executive pay to median pay is 31 to 1": a
		// ratio said with "to" is told from a span ("from 31 to 1") by its
		// one and by the ratio, margin or odds named around it.
		if b.Value != 1 || a.Value <= 1 || a.Scaled || b.Scaled || !isDigit(src[a.Start]) != !isDigit(src[b.Start]) || !ratioNamed(src, a, b) {
			return Token{}, false
		}
		return Token{Kind: TokMultiple, Start: a.Start, End: b.End, Text: src[a.Start:b.End], Value: a.Value, Compounded: true}, true
	case ":", "-to-":
		if a.Value <= 0 || a.Scaled || b.Scaled || !isDigit(src[a.Start]) != !isDigit(src[b.Start]) {
			return Token{}, false
		}
		r := Token{Kind: TokFraction, Start: a.Start, End: b.End, Text: src[a.Start:b.End], Value: a.Value / b.Value, Compounded: true}
		if r.Value >= 1 {
			r.Kind = TokMultiple
		}
		return r, true
	default:
		return Token{}, false
	}
	r := Token{Kind: TokFraction, Start: a.Start, End: b.End, Text: src[a.Start:b.End], Value: a.Value / b.Value, Compounded: true}
	if r.Value <= -1 || r.Value >= 1 {
		r.Kind = TokWord
	}
	return r, true
}

// joinNounRatio reads a proportion that names its unit between "one" and
// "in" or "in every": "one gallon in five", "one child in four", "one
// pound in every 17". Not where a period follows, which makes a rate ("one
// goal in 90 minutes"), nor before a year ("one day in 2024").
func joinNounRatio(src string, a, b *Token, gap string) (Token, bool) {
	in := " in "
	if strings.HasSuffix(gap, " in every ") {
		in = " in every "
	}
	if a.Value != 1 || a.Scaled || b.Value <= 1 || b.Scaled || b.Value != math.Trunc(b.Value) || yearLike(src, b) ||
		len(gap) < len(" x")+len(in) || len(gap) > len(" ")+maxRatioNoun+len(in) || gap[0] != ' ' || !strings.HasSuffix(gap, in) {
		return Token{}, false
	}
	noun := gap[1 : len(gap)-len(in)]
	for i := 0; i < len(noun); i++ {
		if !isLowerASCII(noun[i]) {
			return Token{}, false
		}
	}
	if strings.HasSuffix(noun, "s") || !isAlnum(src[a.Start]) {
		return Token{}, false // "one of them in five", a plural: no proportion
	}
	next := strings.TrimLeft(src[b.End:min(len(src), b.End+12)], " ")
	k := 0
	for k < len(next) && isLowerASCII(next[k]) {
		k++
	}
	if k > 0 && periodNouns[strings.TrimSuffix(next[:k], "s")] {
		return Token{}, false
	}
	return Token{Kind: TokFraction, Start: a.Start, End: b.End, Text: src[a.Start:b.End], Value: 1 / b.Value, Compounded: true}, true
}

// ratioNoun is the noun a proportion names between "one" and "in" ("one
// child in three": child), or "".
func ratioNoun(text string) string {
	if !hasPrefixFold(text, "one ") {
		return ""
	}
	noun, _, ok := strings.Cut(text[len("one "):], " ")
	if !ok || noun == "" || noun == "in" || noun == "out" {
		return ""
	}
	for i := 0; i < len(noun); i++ {
		if !isLowerASCII(noun[i]) {
			return ""
		}
	}
	return noun
}

// pluralOf is the plural of a singular noun of the kind a proportion
// names: "child" gives "children", "family" "families", "bus" "buses".
func pluralOf(noun string) string {
	switch noun {
	case "child":
		return "children"
	case "person":
		return "people"
	case "man":
		return "men"
	case "woman":
		return "women"
	}
	n := len(noun)
	switch {
	case n > 1 && noun[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(noun[n-2])):
		return noun[:n-1] + "ies"
	case strings.HasSuffix(noun, "s"), strings.HasSuffix(noun, "sh"), strings.HasSuffix(noun, "ch"), strings.HasSuffix(noun, "x"):
		return noun + "es"
	}
	return noun + "s"
}

// maxRatioNoun bounds the noun of "one gallon in five".
const maxRatioNoun = 12

// periodNouns are the periods that make "one goal in 90 minutes" a rate.
var periodNouns = map[string]bool{"second": true, "minute": true, "hour": true, "day": true, "week": true, "month": true, "year": true, "game": true, "match": true, "season": true, "attempt": true, "tries": true, "try": true, "inning": true, "over": true, "ball": true}

// yearLike: t is four digits that read as a calendar year, so "130 in
// 2014" is a figure and its year, not one in 2,014.
func yearLike(src string, t *Token) bool {
	return t.End-t.Start == 4 && t.Value >= 1000 && t.Value < 2200 && !t.Decimal && isDigit(src[t.Start])
}

// boundJoiners join the two hedged bounds of an interval.
var boundJoiners = []string{"and", "but", ",", ", and", ", but", "and yet"}

// joinBounds reads an interval stated by two hedges: "more than 10 and less
// than 40", "at most 100 and at least 20", "higher than the tenth but lower
// than the fifteenth".
func (lx *lexicon) joinBounds(src string, a, b *Token) (Token, bool) {
	if !rangeable(a) || !rangeable(b) || a.Kind == TokOrdinal != (b.Kind == TokOrdinal) {
		return Token{}, false
	}
	gap := src[a.End:b.Start]
	if len(gap) > maxJoinGap || !(strings.Contains(gap, "and") || strings.Contains(gap, "but") || strings.Contains(gap, ",")) {
		return Token{}, false
	}
	// The gap opens with a joiner, a cheap test before the hedges are read.
	lead := strings.TrimLeftFunc(gap, unicode.IsSpace)
	if !slices.ContainsFunc(boundJoiners, func(j string) bool { return hasPrefixFold(lead, j) }) {
		return Token{}, false
	}
	k, b2 := hedgeEnding(lx.qualBefore, gap, true)
	if k < 0 || !slices.Contains(boundJoiners, strings.ToLower(strings.TrimSpace(gap[:k]))) {
		return Token{}, false
	}
	_, b1 := hedgeEnding(lx.qualBefore, src[max(0, a.Start-60):a.Start], true)
	lo, hi := a, b
	switch {
	case b1 == BoundLower && b2 == BoundUpper && a.Value < b.Value:
	case b1 == BoundUpper && b2 == BoundLower && b.Value < a.Value:
		lo, hi = b, a
	default:
		return Token{}, false
	}
	return Token{Kind: TokRange, Start: a.Start, End: b.End, Text: src[a.Start:b.End], Value: lo.Value, High: hi.Value,
		Decimal: a.Decimal || b.Decimal, Currency: a.Currency, Percent: a.Percent || b.Percent, Compounded: true}, true
}

// rangeGap returns how the gap between two numbers joins them into a range,
// if it does: a dash, "to", "through", or "and" after an opener.
func rangeGap(gap string) (dash, ok bool) {
	if strings.Contains(gap, "  ") {
		gap = entityGap(gap)
	}
	if len(gap) > 10 {
		return false, false
	}
	var buf [10]byte
	return lowerRangeGap(string(lowerASCII(buf[:0], gap)))
}

// entityGap is a gap as a reader sees it where HTML entities were padded
// with spaces to keep offsets true ("10&ndash;20" is "10–    20",
// "1,000&nbsp;and" is "1,000      and"): its runs of spaces as one, and none
// after a hyphen or an en dash that follows the number.
func entityGap(gap string) string {
	b := make([]byte, 0, len(gap))
	for i := 0; i < len(gap); i++ {
		if gap[i] == ' ' && len(b) > 0 && b[len(b)-1] == ' ' {
			continue
		}
		b = append(b, gap[i])
	}
	g := string(b)
	for _, d := range []string{"-", "–"} {
		if g == d+" " {
			return d
		}
	}
	return g
}

// lowerASCII appends s to dst with its ASCII letters lowered. The gaps
// between tokens are compared with words, dashes and signs that no other
// character lowers to, so it compares as strings.ToLower would, without
// the copy strings.ToLower makes of a gap that holds a curly quote or a
// dash.
func lowerASCII(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// rangeGaps are the gaps, in lower case, that join two numbers into a
// range, each with whether it is a dash. A spaced em dash sets off an
// aside ("’23 — 2023"), not a range.
var rangeGaps = map[string]bool{
	"-": true, "–": true, "—": true, " - ": true, " – ": true, "~": true, " ~ ": true,
	" to ": false, "- to ": false, "-to ": false, " through ": false, " thru ": false, " and ": false, " and the ": false, " to the ": false,
}

// lowerRangeGap is rangeGap of a lower-case gap.
func lowerRangeGap(gap string) (dash, ok bool) {
	dash, ok = rangeGaps[gap]
	return dash, ok
}

// rangeTailFirst holds the first bytes of the tails endsInRangeGap looks
// for: those of the range gaps and of ", ".
var rangeTailFirst = func() (t [256]bool) {
	for g := range rangeGaps {
		t[g[0]] = true
	}
	t[','] = true
	return t
}()

// endsInRangeGap: a tail of the gap joins a range (or may, before "range"),
// as what is left of it after a unit must.
func endsInRangeGap(gap string) bool {
	var buf [10]byte
	lg := lowerASCII(buf[:0], gap[max(0, len(gap)-10):]) // once for all its tails
	for k := range lg {
		if !rangeTailFirst[lg[k]] { // most tails begin with a letter
			continue
		}
		if _, ok := lowerRangeGap(string(lg[k:])); ok || string(lg[k:]) == ", " {
			return true
		}
	}
	return false
}

// joinRange tries to read a and b, with the text between them, as a range.
func (lx *lexicon) joinRange(src string, prev, a, b, next *Token) (Token, bool) {
	if !rangeable(a) || !rangeable(b) || a.Kind == TokOrdinal != (b.Kind == TokOrdinal) {
		return Token{}, false
	}
	gap := src[a.End:b.Start]
	dash, ok := rangeGap(gap)
	// A unit said with both ends: "44 mg to 50 mg", "-18 °C to -34 °C";
	// in the same words, for "2 percentage points to 40 percent" is a
	// change and the level it reached.
	if !ok && len(gap) < 40 && endsInRangeGap(gap) {
		if f, n := unitAt(lx.units, gap); n > 0 {
			if g, m := unitAt(lx.units, src[b.End:min(len(src), b.End+40)]); m > 0 && sameUnitWord(f.text, g.text) {
				gap = gap[n:]
				dash, ok = rangeGap(gap)
			}
		}
	}
	// "six or seven rate cuts", "5 or 6 days", "seventy or eighty miles":
	// two whole numbers one step apart, joined by "or", are a guess at a
	// range.
	if !ok && (gap == " or " || gap == " OR ") && a.Kind == b.Kind && numeric(a) && !a.Scaled && oneStepApart(lowEnd(a, b), b.Value) {
		ok = true
	}
	// "maybe 20, 25 percent", "about 70, 80 miles": a guess said twice,
	// one round step apart, after a hedge, is a range.
	if !ok && gap == ", " && a.Kind == b.Kind && numeric(a) && !a.Scaled && !a.Percent && oneStepApart(lowEnd(a, b), b.Value) &&
		(guessBefore(lx, src[max(0, a.Start-30):a.Start]) || spokenPair(src, prev, a, b, next)) {
		ok = true
	}
	if !ok && !(gap == ", " && rangeFollows(src[b.End:min(len(src), b.End+20)])) {
		return Token{}, false
	}
	before := src[max(0, a.Start-60):a.Start]
	opener := ""
	if k, bound := hedgeEnding(lx.qualBefore, before, a.Kind == TokOrdinal); k >= 0 && bound == BoundRange {
		opener = strings.ToLower(strings.Fields(before[k:])[0])
	} else if b := lx.withoutCode(before); len(b) < len(before) {
		// "between USD 29 and 32 billion": the opener stands before the code
		if k, bound := hedgeEnding(lx.qualBefore, b, false); k >= 0 && bound == BoundRange {
			opener = strings.ToLower(strings.Fields(b[k:])[0])
		}
	}
	// "the 1.8, 2 percent range" needs no opener; "10 and 20" does.
	var buf [10]byte // a range gap is no longer
	if lgap := string(lowerASCII(buf[:0], gap)); (lgap == " and " || lgap == " and the ") && opener == "" {
		return Token{}, false
	}
	if a.Kind == TokOrdinal && opener == "" {
		return Token{}, false
	}
	if dash {
		if a.Kind != b.Kind {
			return Token{}, false
		}
		// A chain of three numbers is a code, a score or a date: 1-222-2222, three-nought-four.
		if prev != nil && prev.End < a.Start && isDashGap(src[prev.End:a.Start]) || next != nil && isDashGap(src[b.End:next.Start]) {
			return Token{}, false
		}
	}
	// A number glued to letters names something: "scp2-173m". One glued
	// by a dash to the number before it ends a span ("in 2014-16 to 97
	// in 2018-20"): it opens no range of its own.
	if a.Start > 0 && isLetter(src[a.Start-1]) || prev != nil && prev.End < a.Start && isDashGap(src[prev.End:a.Start]) {
		return Token{}, false
	}
	// "fell from 30,650 in 2020 to 22,180 in 2023": a year after "in"
	// dates the figure before it; with a number that is no year it opens
	// no range.
	if yearLike(src, a) && !yearLike(src, b) && hasSuffixFold(before, " in ") {
		return Token{}, false
	}
	// "rose from 5% to 7%" is a change between two figures, not a range;
	// "ranged from", "is from" open one.
	if opener == "" && hasSuffixFold(before, "from ") {
		return Token{}, false
	}
	// "Oil is up $1.12 to $59.85", "the Dow fell 212 to 46,118": after a
	// move, a figure ten times the first is the level the move reached;
	// "sales rose 5 to 7 percent" stays a range of moves.
	if opener == "" && b.Value >= 10*a.Value && a.Value > 0 && afterMoveWord(before) {
		return Token{}, false
	}
	// "pensions will be raised by Rs 500 to Rs 1,800 a month": "by" gives
	// the change, and a figure written with its currency again, three
	// times the first or more, the level it reaches ("cut fares by $5 to
	// $10" stays a range).
	if opener == "" && hasSuffixFold(strings.TrimRight(before, " \n"), " by") && a.Currency != "" && b.Currency != "" && a.Value > 0 && b.Value >= 3*a.Value {
		return Token{}, false
	}
	if a.Percent && !b.Percent || a.Currency != "" && b.Currency != "" && a.Currency != b.Currency {
		return Token{}, false
	}
	lo, hi := *a, *b
	// "$5-7 billion", "10 to 20 million", "5-7%": the second number's scale,
	// currency and percent sign reach back to the first.
	if hi.Scaled && !lo.Scaled && lo.Value*hi.Scale <= hi.Value {
		lo.Value = scaleFloat(lo.Value, hi.Scale)
		lo.Scaled, lo.Scale = true, hi.Scale
	}
	if lo.Kind == TokTime {
		return Token{}, false
	}
	if lo.Value >= hi.Value {
		// With an opener the order is the speaker's: "from -18 to -34".
		if opener == "" || lo.Value == hi.Value {
			return Token{}, false
		}
		lo, hi = hi, lo
	}
	cur := lo.Currency
	if cur == "" {
		cur = hi.Currency
	}
	r := Token{Kind: TokRange, Start: a.Start, End: b.End, Text: src[a.Start:b.End], Value: lo.Value, High: hi.Value,
		Scaled: hi.Scaled, Scale: hi.Scale, Decimal: lo.Decimal || hi.Decimal, Currency: cur,
		Percent: lo.Percent || hi.Percent, Compounded: true}
	if opener == "between" {
		r.RangeWord = opener
	}
	// "between a quarter and a third": a range of shares is a fraction,
	// its ends read as each alone would be.
	r.Common = lo.Kind == TokFraction && hi.Kind == TokFraction && lo.Common && hi.Common
	return r, true
}

// withoutCode is before without the currency code it ends in, and a
// space after the code ("between USD "), or before itself.
func (lx *lexicon) withoutCode(before string) string {
	b := strings.TrimRight(before, " ")
	if len(b) == len(before) {
		return before
	}
	k := len(b)
	for k > 0 && isLetter(b[k-1]) {
		k--
	}
	if k == len(b) || k > 0 && isAlnum(b[k-1]) || lx.code(b[k:]) == "" {
		return before
	}
	return b[:k]
}

// sameUnitWord: two units are written with one word, in the singular or
// the plural. Units that one claim's unit stands for can still differ:
// "rose 0.3 percentage point to 6.1 percent" is a change and a level, not
// a range, and "5 °C to 41 °F" no range either.
func sameUnitWord(a, b string) bool {
	return strings.EqualFold(strings.TrimSuffix(a, "s"), strings.TrimSuffix(b, "s"))
}

func isDashGap(g string) bool {
	switch g {
	case "-", "–", "—", "/":
		return true
	}
	return false
}

// rangeFollows: the text after a pair of numbers calls them a range.
func rangeFollows(after string) bool {
	l := strings.ToLower(after)
	for _, p := range []string{" range", "% range", " percent range", " per cent range"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// oneStepApart reports whether b is the whole number after a, counted in
// a's own round steps: 6 or 7, 70 or 80, 300 or 400, 10 or 15 (not 2020
// or 2030).
func oneStepApart(a, b float64) bool {
	if a != math.Trunc(a) || a < 0 || b <= a {
		return false
	}
	if b == a+1 {
		return true
	}
	// A step under a tenth of a is no round step of it: "2020 or 2030"
	// are years.
	for step := 10.0; step <= a; step *= 10 {
		if math.Mod(a, step) == 0 && b == a+step && step*100 > a {
			return true
		}
	}
	return math.Mod(a, 5) == 0 && a > 0 && a <= 50 && b == a+5
}

// lowEnd is a's value as the low end of a range up to b: with b's scale
// when only b has one ("seventy, eighty thousand" is 70,000 to 80,000).
func lowEnd(a, b *Token) float64 {
	if b.Scaled && b.Scale > 0 {
		return a.Value * b.Scale
	}
	return a.Value
}

// spokenPair reports whether two numbers one step apart, joined by a
// comma ("for six, seven years", "hired 20, 25 people"), stand alone
// before the noun they count: a guess said twice, with no hedge. A third
// number joined to them makes a list ("6, 7 and 8").
func spokenPair(src string, prev, a, b, next *Token) bool {
	listed := func(gap string) bool {
		return gap == ", " || gap == " and " || gap == ", and " || gap == " or " || gap == ", or "
	}
	if prev != nil && prev.End <= a.Start && listed(src[prev.End:a.Start]) || next != nil && next.Start >= b.End && listed(src[b.End:next.Start]) {
		return false
	}
	if a.Start > 0 && src[a.Start-1] != ' ' {
		return false // "4km^3, 4 cubic kilometers": an exponent
	}
	rest := src[b.End:min(len(src), b.End+2)]
	return len(rest) == 2 && rest[0] == ' ' && isLetter(rest[1])
}

// guessBefore reports whether the text before a number ends in a hedge of
// approximation ("about", "around") or one of the rules' guess_words
// ("maybe", "probably").
func guessBefore(lx *lexicon, before string) bool {
	if _, bound := hedgeEnding(lx.qualBefore, before, false); bound == BoundApprox {
		return true
	}
	t := strings.TrimRight(before, " ")
	return lx.guesses[strings.ToLower(t[strings.LastIndexAny(t, " ,\n")+1:])]
}

// afterMoveWord reports whether before ends with a word that says a
// figure moved ("up", "fell", "gained"), and a space.
func afterMoveWord(before string) bool {
	b := strings.TrimRight(before, " ")
	if len(b) == len(before) {
		return false
	}
	word := strings.ToLower(b[strings.LastIndexByte(b, ' ')+1:])
	if word == "by" {
		// "will rise by €1.3 billion to €53.25 billion": the move's word
		// before its "by"
		b = strings.TrimRight(b[:len(b)-len("by")], " ")
		word = strings.ToLower(b[strings.LastIndexByte(b, ' ')+1:])
		switch word {
		case "rise", "fall", "grow", "increase", "decrease", "decline", "drop", "climb", "shrink", "increased", "decreased", "declined", "grew", "shrank", "risen", "fallen", "grown":
			return true
		}
	}
	switch word {
	case "up", "down", "rose", "fell", "gained", "lost", "climbed", "dropped", "jumped", "slipped", "added", "shed", "rallied", "sank", "slid", "rises", "falls", "gains", "drops", "climbs":
		return true
	}
	return false
}
