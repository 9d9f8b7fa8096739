package extractor

import (
	"sort"
	"strings"

	"github.com/factable/factable/rules"
)

// lexicon is the rule set's number vocabulary arranged for the scanner:
// one map lookup per word.
type lexicon struct {
	words    map[string]wordInfo
	vague    map[string][][]string // first word -> phrases (as words), longest first
	suffixes map[string]float64    // bn, m, k ...
	symbols  []currencySymbol      // longest first, so US$ wins over $
	symFirst [256][]currencySymbol // the symbols by their first byte, longest first
	codes    map[string]string     // currency codes as written (USD, usd) -> ISO code
	// Words that cannot be the counted noun after a number (the rules'
	// phrase stops and post-modifiers): "48m tall" measures, "5m people" counts.
	notNoun map[string]bool

	// Set by the engine once units and qualifiers are indexed: ranges and
	// compound amounts are read across them ("44 mg to 50 mg", "3 dollars 50").
	units      []unitForm
	currencies []unitForm
	qualBefore []qualForm
	qualAfter  []qualForm
}

type wordInfo struct {
	cardinal, scale, ordinal, denom, multiple float64
	isCardinal                                bool   // listed as a cardinal, so zero and nought count
	vague                                     bool   // the first word of a vague count ("dozens", "tens of")
	currency                                  string // a currency's name or subunit (cents -> USD)
}

type currencySymbol struct {
	text, code string
}

func newLexicon(rs *rules.Set) *lexicon {
	lx := &lexicon{words: map[string]wordInfo{}, vague: map[string][][]string{}, suffixes: rs.ScaleSuffixes, codes: map[string]string{},
		notNoun: map[string]bool{}}
	for _, w := range append(append([]string{}, rs.PhraseStops...), rs.PostModifiers...) {
		lx.notNoun[strings.ToLower(w)] = true
	}
	set := func(m map[string]float64, f func(*wordInfo, float64)) {
		for w, v := range m {
			w = strings.ToLower(w)
			wi := lx.words[w]
			f(&wi, v)
			lx.words[w] = wi
		}
	}
	set(rs.Cardinals, func(wi *wordInfo, v float64) { wi.cardinal, wi.isCardinal = v, true })
	set(rs.Scales, func(wi *wordInfo, v float64) { wi.scale = v })
	set(rs.Ordinals, func(wi *wordInfo, v float64) { wi.ordinal = v })
	set(rs.Denominators, func(wi *wordInfo, v float64) { wi.denom = v })
	set(rs.Multiples, func(wi *wordInfo, v float64) { wi.multiple = v })
	for _, p := range rs.Vague {
		ws := strings.Fields(strings.ToLower(p))
		if len(ws) > 0 {
			lx.vague[ws[0]] = append(lx.vague[ws[0]], ws)
			wi := lx.words[ws[0]]
			wi.vague = true
			lx.words[ws[0]] = wi
		}
	}
	for k := range lx.vague {
		sort.SliceStable(lx.vague[k], func(i, j int) bool { return len(lx.vague[k][i]) > len(lx.vague[k][j]) })
	}
	for _, c := range rs.Currencies {
		for _, s := range c.Symbols {
			lx.symbols = append(lx.symbols, currencySymbol{s, c.Code})
		}
		for _, code := range c.Codes {
			lx.codes[code] = c.Code
			lx.codes[strings.ToLower(code)] = c.Code
		}
		// A subunit is a scale word that also names the currency: "50 cents".
		for _, w := range c.Words {
			lw := strings.ToLower(w)
			if wi, ok := lx.words[lw]; ok && wi.scale > 0 && wi.scale < 1 {
				wi.currency = c.Code
				lx.words[lw] = wi
			}
		}
	}
	sort.SliceStable(lx.symbols, func(i, j int) bool { return len(lx.symbols[i].text) > len(lx.symbols[j].text) })
	for _, sym := range lx.symbols {
		if sym.text != "" {
			lx.symFirst[sym.text[0]] = append(lx.symFirst[sym.text[0]], sym)
		}
	}
	return lx
}

// lookup returns the lexicon entry of a word in any case, without
// allocating for the lower-cased key.
func (lx *lexicon) lookup(w string) (wordInfo, bool) {
	var buf [32]byte
	if len(w) > len(buf) {
		wi, ok := lx.words[strings.ToLower(w)]
		return wi, ok
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	wi, ok := lx.words[string(buf[:len(w)])]
	return wi, ok
}
