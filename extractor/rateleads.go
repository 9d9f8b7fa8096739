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
// place in l only, and only if that place is before any , ; or . (where
// a strings.Index of " lead " up to there finds it); of the leads whose
// place is followed by a denominator, the first in the rules' order wins.
func (e *Engine) perOf(l string) string {
	rl := e.rateLeads
	l = l[:min(len(l), 80)]
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
			for _, n := range rl.byByte[l[i+1]] {
				if n >= best || seen[n] || !strings.HasPrefix(l[i:], rl.padded[n]) {
					continue
				}
				seen[n] = true
				if w, ok := e.rateUnitAfter(rl.leads[n], l[i+len(rl.padded[n]):]); ok {
					best, unit = n, w
				}
			}
		}
	}
	return unit
}

// rateUnitAfter is the denominator that follows a lead, if any: the next
// word, if it is a rate unit.
func (e *Engine) rateUnitAfter(lead, after string) (string, bool) {
	w, _, _ := strings.Cut(after, " ")
	w = strings.Trim(w, ".,;:!?")
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
