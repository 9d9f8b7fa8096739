package extractor

import "strings"

// A document may write dollars of two countries: "US$300 million, or about
// A$470 million". One that marks its US amounts so ("US$", "US dollars")
// and names another dollar ("A$", "Australian dollars") at least twice,
// and at least as often, writes its own country's with a plain "$":
// "$227 million" in an Australian Senate hearing is Australian. A
// document that marks no US amount, or names another dollar only in
// passing (a news digest's one Canadian story), keeps "$" for the US
// dollar.

// localDollars are the currencies, other than the US dollar, that write a
// symbol with a dollar sign (A$, C$, NZ$): the dollars a plain "$" may
// mean.
func localDollars(lx *lexicon) map[string]bool {
	local := map[string]bool{}
	for _, sym := range lx.symbols {
		if sym.code != "USD" && strings.HasSuffix(strings.TrimSpace(sym.text), "$") {
			local[sym.code] = true
		}
	}
	return local
}

// explicitUS reports whether the form that wrote a US-dollar amount names
// the country: "US$300 million", "300 million US dollars", "USD 5".
func explicitUS(form string) bool {
	return strings.Contains(form, "US") || strings.Contains(form, "U.S.")
}

// findLocalDollar is the dollar a plain "$" means in the document: the
// other dollar it names most often, where it marks its US amounts too and
// names that dollar twice or more, and as often; else "" (the US dollar). It reads the scanned tokens, with the currency
// word after each ("Australian dollars").
func (x *docState) findLocalDollar() string {
	e, text := x.e, x.d.Text
	usMarked := 0
	var codes []string // the other dollars' amounts, one entry each
	for _, sp := range x.pass.scanned {
		for _, t := range sp.toks {
			code, form := t.Currency, t.Text
			if code == "" {
				// The words that mark a dollar name a country, in capitals
				// ("US dollars", "Australian dollars", "CAD"): a number
				// followed by anything else is passed over unread.
				rest := text[t.End:min(len(text), t.End+maxCurrencyWord)]
				if k := len(rest) - len(strings.TrimLeft(rest, " ")); k == len(rest) || !isUpperASCII(rest[k]) {
					continue
				}
				f, n := unitAt(e.currencies, rest)
				if n == 0 {
					continue
				}
				code, form = f.unit, f.text
			}
			switch {
			case code == "USD" && explicitUS(form):
				usMarked++
			case e.localDollars[code]:
				codes = append(codes, code)
			}
		}
	}
	if usMarked == 0 {
		return ""
	}
	best, most := "", 0
	for _, c := range codes {
		if n := countOf(codes, c); n > most {
			best, most = c, n
		}
	}
	if most < 2 || most < usMarked {
		return ""
	}
	return best
}

// maxCurrencyWord bounds the currency words looked for after a number,
// spaces before them included ("  Australian dollars").
const maxCurrencyWord = 32

func countOf(l []string, s string) int {
	n := 0
	for _, v := range l {
		if v == s {
			n++
		}
	}
	return n
}
