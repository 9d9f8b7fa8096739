package extractor

import "strings"

// rateLeads finds the rules' rate leads ("per", "in a") in the text after
// a number in one pass over its spaces, instead of one search per lead:
// a lead is looked for as " lead ", so it begins at a space, and the byte
// after that space picks the few leads to compare.
type rateLeads struct {
	leads  []string   // the rules' rate_leads, in their order (the first that fits wins)
	padded []string   // " lead "
	byByte [256][]int // for the byte after a space: the leads whose padded form has it there
}

func newRateLeads(leads []string) *rateLeads {
	rl := &rateLeads{leads: leads}
	for k, lead := range leads {
		p := " " + lead + " "
		rl.padded = append(rl.padded, p)
		rl.byByte[p[1]] = append(rl.byByte[p[1]], k)
	}
	return rl
}

// perOf finds a rate's denominator: "70 events in a week", "$5 per day"
// (the leads and the denominators are the rules' rate_leads and rate_units)
// in l, the lower-cased text after the number. A lead counts at its first
// place in l only, and only if that place is before any , ; or . and
// before the next figure written in digits, whose rate it would be ("2.3
// million units and 40 cars a day"; where a strings.Index of " lead " up
// to there finds it); of the leads whose place is followed by a
// denominator, the first in the rules' order wins.
func (e *Engine) perOf(l string) string {
	rl := e.rateLeads
	l = l[:min(len(l), 80)]
	if strings.IndexByte(l, '\n') >= 0 {
		l = strings.ReplaceAll(l, "\n", " ") // wrapped text: "27.4 searches per\n1,000 residents"
	}
	var seenBuf [64]bool
	seen := seenBuf[:]
	if len(rl.leads) > len(seen) {
		seen = make([]bool, len(rl.leads))
	}
	best, unit := len(rl.leads), ""
	// A lead needs two bytes after its space: none begins at the last one.
	for i := 0; i < len(l)-1 && best > 0; i++ {
		switch l[i] {
		case ',', ';', '.':
			return unit
		case ' ':
			if isDigit(l[i+1]) {
				return unit
			}
			for _, n := range rl.byByte[l[i+1]] {
				if n >= best || seen[n] || !strings.HasPrefix(l[i:], rl.padded[n]) {
					continue
				}
				seen[n] = true
				if w, ok := e.rateUnitAfter(l[:i], rl.leads[n], l[i+len(rl.padded[n]):]); ok {
					best, unit = n, w
				}
			}
		}
	}
	return unit
}

// rateUnitAfter is the denominator that follows a lead, if any: the next
// word, if it is a rate unit, or after "per" a number and what it counts
// ("12 deaths per 100,000 people" -> "100,000 people"; "per million
// people", "per lakh live births"). After a span's
// preposition the lead opens a period, not a rate ("$22.7 billion over a
// decade"); before is the lowered text up to the lead's space.
func (e *Engine) rateUnitAfter(before, lead, after string) (string, bool) {
	if e.spanWords[before[strings.LastIndexByte(before, ' ')+1:]] {
		return "", false
	}
	w, _, _ := strings.Cut(after, " ")
	w = strings.Trim(w, ".,;:!?")
	num := strings.TrimLeft(w, "$£€¥") // "$38 per $100,000 of assessed value"
	if lead == "per" && num != "" && (isDigit(num[0]) || e.rules.Scales[strings.ToLower(w)] > 1) {
		if obj, _ := e.nounPhrase(after[len(w):]); obj != "" {
			return w + " " + obj, true
		}
		if roundBase(num) {
			return w, true // "128.3 per 100,000": a rate's base needs no noun
		}
		return "", false
	}
	if !e.rateUnits[w] {
		return "", false
	}
	// "a year" right after the noun phrase, not in "a year ago"; "a share"
	// of a price, not "as a share of GDP".
	if (lead == "a" || lead == "an") && (strings.Contains(after, " ago") || strings.HasPrefix(after[len(w):], " of ")) {
		return "", false
	}
	return w, true
}

// roundBase: w is a power of ten from a hundred up, written in digits
// ("100,000", "1000"), the base a rate is given per.
func roundBase(w string) bool {
	digits := strings.ReplaceAll(w, ",", "")
	return len(digits) >= 3 && digits[0] == '1' && strings.Trim(digits[1:], "0") == ""
}

// denominatorsAsRates drops a claim that is the denominator of the rate
// before it in its clause: in "12 deaths per 100,000 people" the 100,000
// people are the first claim's per, not a figure of their own.
func (sc *sentenceCtx) denominatorsAsRates() {
	text := sc.x.d.Text
	sc.dropClaims("denominator", "rate-denominator", func(kept []Claim, _, c *Claim) bool {
		return len(kept) > 0 && denominatorOf(text, &kept[len(kept)-1], c)
	})
}

// denominatorOf: c stands after "per" right after rate's phrase, and is
// what rate's per names.
func denominatorOf(src string, rate, c *Claim) bool {
	if rate.Per == "" || !sameClause(src, rate.End, c.Start) {
		return false
	}
	gap := strings.TrimRight(src[rate.End:c.Start], " \n")
	return len(gap) >= len(" per") && strings.EqualFold(gap[len(gap)-len(" per"):], " per") &&
		strings.HasPrefix(rate.Per, strings.ToLower(c.Number))
}
