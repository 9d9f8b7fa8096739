package extractor

import "strings"

// combine joins adjacent tokens that together make one expression: ranges
// ("between 10 and 20", "10-20", "from 5% to 7%"), proportions ("one in
// five", "three out of four") and multiples ("10-fold").
func combine(src string, toks []Token) []Token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i+1 < len(toks) {
			if r, ok := joinPair(src, t, toks[i+1]); ok {
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
		out = append(out, t)
	}
	return out
}

func foldSuffix(rest string) int {
	for _, suf := range []string{"-fold", " fold", "fold"} {
		if hasPrefixFold(rest, suf) && (len(rest) == len(suf) || !isLetter(rest[len(suf)])) {
			return len(suf)
		}
	}
	return 0
}

func numeric(t Token) bool { return t.Kind == TokNumber || t.Kind == TokWord }

// joinPair tries to read a and b, with the text between them, as one expression.
func joinPair(src string, a, b Token) (Token, bool) {
	if !numeric(a) || !numeric(b) {
		return Token{}, false
	}
	gap := src[a.End:b.Start]
	before := strings.ToLower(src[max(0, a.Start-9):a.Start])
	lgap := strings.ToLower(gap)
	switch {
	case lgap == " in " || lgap == " out of ":
		if a.Value > 0 && a.Value < b.Value && !a.Scaled && !b.Scaled && !a.Percent && a.Currency == "" {
			return Token{Kind: TokFraction, Start: a.Start, End: b.End, Text: src[a.Start:b.End], Value: a.Value / b.Value, Compounded: true}, true
		}
		return Token{}, false
	case lgap == "-" || lgap == "–" || lgap == "—" || lgap == " - " || lgap == " – " || lgap == " to ":
		if a.Kind != b.Kind && lgap != " to " {
			return Token{}, false
		}
	case lgap == " and " && strings.HasSuffix(before, "between "):
	case lgap == ", " && rangeFollows(src[b.End:min(len(src), b.End+20)]):
		// "the 1.8, 2 percent range"
	default:
		return Token{}, false
	}
	// "rose from 5% to 7%" is a change between two figures, not a range.
	if strings.HasSuffix(before, "from ") {
		return Token{}, false
	}
	lo, hi := a, b
	// "$5-7 billion", "10 to 20 million", "5-7%": the second number's scale,
	// currency and percent sign reach back to the first.
	if hi.Scaled && !lo.Scaled && lo.Value*hi.Scale <= hi.Value {
		lo.Value *= hi.Scale
		lo.Scaled, lo.Scale = true, hi.Scale
	}
	if lo.Value >= hi.Value || lo.Kind == TokTime {
		return Token{}, false
	}
	if lo.Currency == "" {
		lo.Currency = hi.Currency
	}
	r := Token{Kind: TokRange, Start: lo.Start, End: hi.End, Text: src[lo.Start:hi.End], Value: lo.Value, High: hi.Value,
		Scaled: hi.Scaled, Scale: hi.Scale, Decimal: lo.Decimal || hi.Decimal, Currency: lo.Currency,
		Percent: lo.Percent || hi.Percent, Compounded: true}
	if strings.HasSuffix(before, "between ") {
		r.RangeWord = "between"
	}
	return r, true
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
