package extractor

import (
	"slices"
	"strings"

	"github.com/factable/factable/rules"
)

// What a document's written currencies say of its bare ones. A text that
// writes its amounts in "$" and never in "£" weighs its "pounds" (home).
//
// A document may write dollars of two countries: "US$300 million, or about
// A$470 million". One that marks its US amounts so ("US$", "US dollars")
// and names another dollar ("A$", "Australian dollars") at least twice,
// and at least as often, writes its own country's with a plain "$":
// "$227 million" in an Australian Senate hearing is Australian. A
// document that marks no US amount, or names another dollar only in
// passing (a news digest's one Canadian story), keeps "$" for the US
// dollar. One that marks none at all but tells its plain "$" amounts about
// another dollar's country ("rent in Toronto is $3,150", "Canadians pay
// $710 more"), twice as often as about America, writes that dollar.

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

// places maps each currency's place names to its code.
func places(cs []rules.Currency) map[string]string {
	m := map[string]string{}
	for _, c := range cs {
		for _, p := range c.Places {
			m[p] = c.Code
		}
	}
	return m
}

// sharedWords maps each word a currency shares (lower-case) to the
// currencies that share it, in the rules' order.
func sharedWords(cs []rules.Currency) map[string][]string {
	m := map[string][]string{}
	for _, c := range cs {
		for _, w := range c.Shares {
			w = strings.ToLower(w)
			m[w] = append(m[w], c.Code)
		}
	}
	return m
}

// sharer is the currency that a word its own currency (code) shares with
// others means in this document: the one of them it writes most amounts
// in by symbol or code, where that is at least twice as many as any
// other's ("52.7 cent" in an Irish report of "€" amounts and a "$" fuel
// price is a euro cent); else code.
func (dt *currencyTally) sharer(e *Engine, text, code, word string) string {
	codes := e.shared[strings.ToLower(word)]
	if len(codes) == 0 {
		return code
	}
	best, most, second := code, dt.amountsIn(code), 0
	for _, c := range codes {
		n := dt.amountsIn(c)
		if n == 0 && dt.writesCode(e, text, c) {
			n = 1
		}
		switch {
		case n > most:
			best, most, second = c, n, most
		case n > second:
			second = n
		}
	}
	if most == 0 || most < 2*second {
		return code
	}
	return best
}

// amountsIn is how many amounts the document writes in a currency by
// symbol or code, as scanned.
func (dt *currencyTally) amountsIn(code string) int {
	if i := slices.Index(dt.written, code); i >= 0 {
		return dt.writtenN[i]
	}
	return 0
}

// writesCode reports whether text writes an amount with the currency's
// code before it ("PHP 1.34 billion"): the scanner marks symbols, not
// codes, and a word the currency shares is rare enough to look once a
// document.
func (dt *currencyTally) writesCode(e *Engine, text, currency string) bool {
	if v, ok := dt.codes[currency]; ok {
		return v
	}
	found := false
	for _, c := range e.rules.Currencies {
		if c.Code != currency {
			continue
		}
		for _, code := range c.Codes {
			for i := 0; !found; {
				k := strings.Index(text[i:], code+" ")
				if k < 0 {
					break
				}
				at := i + k
				next := at + len(code) + 1
				found = (at == 0 || !isAlnum(text[at-1])) && next < len(text) && isDigit(text[next])
				i = next
			}
		}
	}
	if dt.codes == nil {
		dt.codes = map[string]bool{}
	}
	dt.codes[currency] = found
	return found
}

// subunitWord is the last word of an amount whose currency a subunit
// names ("14.5 cent", "50 centavos"), or "": the scanner gives such an
// amount the currency the rules list the word under.
func subunitWord(lx *lexicon, text string) string {
	w := text[strings.LastIndexByte(text, ' ')+1:]
	if wi, ok := lx.words[strings.ToLower(w)]; ok && wi.currency != "" {
		return w
	}
	return ""
}

// explicitUS reports whether the form that wrote a US-dollar amount names
// the country: "US$300 million", "300 million US dollars", "USD 5".
func explicitUS(form string) bool {
	return strings.Contains(form, "US") || strings.Contains(form, "U.S.")
}

// currencyTally counts, as the document is scanned, its amounts marked as
// US dollars, those in each other dollar (localDollar), and the
// currencies written by symbol or code at all (home).
type currencyTally struct {
	usMarked int
	others   map[string]int  // by code; nil until one is seen
	written  []string        // the currencies of the amounts with a symbol or code, each once
	writtenN []int           // how many amounts each of written has
	plain    int             // plain "$" amounts whose surroundings were read (readPlaces)
	places   map[string]int  // by code: the places named around them; nil until one is
	codes    map[string]bool // by currency: whether a number is written after its code (writesCode)
}

// note counts the dollars of a paragraph's tokens, read as they are
// scanned (the tokens are still in the caches), with the currency word
// after each ("Australian dollars").
func (dt *currencyTally) note(e *Engine, text string, toks []Token) {
	for i := range toks {
		t := &toks[i]
		code, form := t.Currency, t.Text
		if code != "" && subunitWord(e.lx, form) == "" {
			if k := slices.Index(dt.written, code); k >= 0 {
				dt.writtenN[k]++
			} else {
				dt.written, dt.writtenN = append(dt.written, code), append(dt.writtenN, 1)
			}
		}
		if code == "USD" && dt.plain < maxPlainAmounts && strings.Contains(form, "$") && !explicitUS(form) {
			dt.plain++
			dt.readPlaces(e, text[max(0, t.Start-placeReach):min(len(text), t.End+placeReach)])
		}
		if code == "" {
			// The words that mark a dollar name a country, in capitals
			// ("US dollars", "Australian dollars", "CAD"): a number
			// followed by anything else is passed over unread.
			k := t.End
			for k < len(text) && text[k] == ' ' {
				k++
			}
			if k == len(text) || !isUpperASCII(text[k]) {
				continue
			}
			f, n := unitAt(e.currencies, text[t.End:min(len(text), t.End+maxCurrencyWord)])
			if n == 0 {
				continue
			}
			code, form = f.unit, f.text
		}
		switch {
		case code == "USD" && explicitUS(form):
			dt.usMarked++
		case e.localDollars[code]:
			if dt.others == nil {
				dt.others = map[string]int{}
			}
			dt.others[code]++
		}
	}
}

// A plain "$" amount is read with the words around it, placeReach bytes
// each side, for the first maxPlainAmounts of a document: enough to tell
// a Canadian debate from an American one, at a cost that no document's
// length changes.
const (
	placeReach      = 160
	maxPlainAmounts = 24
)

// readPlaces counts the place names of around, the text about a plain "$"
// amount: capitalized words the rules' currencies list as their places.
func (dt *currencyTally) readPlaces(e *Engine, around string) {
	dt.countPlaces(e, around, false)
}

// countPlaces is readPlaces, or with capitals, the same for the words in
// capitals alone, each read as the name it spells ("COMMONWEALTH OF
// AUSTRALIA", "CANBERRA"): readPlaces never counts those, so a heading
// that an amount's surroundings reach is not counted twice.
func (dt *currencyTally) countPlaces(e *Engine, around string, capitals bool) {
	for i := 0; i < len(around); i++ {
		if !isUpperASCII(around[i]) || i > 0 && isLetter(around[i-1]) {
			continue
		}
		j := i + 1
		for j < len(around) && (isLetter(around[j]) || around[j] == '.' && j+1 < len(around) && isUpperASCII(around[j+1])) {
			j++
		}
		if j < len(around) && around[j] == '.' && j > i+1 && around[j-2] == '.' {
			j++ // "U.S."
		}
		word := around[i:j]
		if j < len(around) && around[j] == '$' {
			i = j
			continue // "US$95", "NZ$": a currency's mark, no place named
		}
		if capitals {
			if j-i <= 2 || !isUpperASCII(around[i+1]) {
				i = j
				continue
			}
			word = around[i:i+1] + strings.ToLower(around[i+1:j])
		}
		if code, ok := e.places[word]; ok {
			if dt.places == nil {
				dt.places = map[string]int{}
			}
			dt.places[code]++
			if !capitals && addressed(around, i) {
				dt.places[code]++ // "Port Halloran, Ontario": where the document is
			}
		}
		i = j
	}
}

// addressed reports whether the place at around[i:] closes an address or a
// dateline, after a capitalized name and a comma ("Council Chambers, 44
// Water Street North, Port Halloran, Ontario"): it says where the document
// is, and counts as two mentions.
func addressed(around string, i int) bool {
	if i < 3 || around[i-1] != ' ' || around[i-2] != ',' || !isLetter(around[i-3]) {
		return false
	}
	k := i - 3
	for k > 0 && isLetter(around[k-1]) {
		k--
	}
	return isUpperASCII(around[k])
}

// localDollar is the dollar a plain "$" means in the document: the other
// dollar it names most often, where it marks its US amounts too and names
// that dollar twice or more, and as often; else the dollar of the country
// its plain amounts are told about, where the names of its places come
// twice or more and at least twice as often as America's ("$3,150 a month
// in Toronto", "Canadians pay $710 more"); else "" (the US dollar).
//
// Where the places about its amounts do not decide, those its heading
// names count too (the first headingReach bytes of text): a Hansard's
// "COMMONWEALTH OF AUSTRALIA ... CANBERRA", a dateline's "OTTAWA"; and
// then those its opening names (openingReach). A document that marks its
// US amounts ("US$2.1 million") is told by its places as any other: the
// mark says its plain "$" may be another.
func (dt *currencyTally) localDollar(e *Engine, text string) string {
	if best, most := mostCounted(dt.others, e.localDollars); dt.usMarked > 0 && most >= 2 && most >= dt.usMarked {
		return best
	}
	if dt.plain == 0 {
		return ""
	}
	if best, ok := dt.placesDecide(e); ok {
		return dt.unlessMarked(best)
	}
	dt.countPlaces(e, text[:min(len(text), headingReach)], true)
	if best, ok := dt.placesDecide(e); ok {
		return dt.unlessMarked(best)
	}
	// Counted apart: the opening holds the places the amounts' reach
	// counted, which must not count twice ("The Toronto office cost $4
	// million" names Toronto once).
	var opening currencyTally
	opening.countPlaces(e, text[:min(len(text), openingReach)], false)
	if best, ok := opening.placesDecide(e); ok {
		return dt.unlessMarked(best)
	}
	if dt.usMarked > 0 {
		// The text marks its US amounts ("oil at US$60 a barrel") and
		// writes others with a plain "$": the places it names anywhere
		// (up to markedReach) tell whose dollar those are, as an
		// Australian interview names Australia and never America.
		var whole currencyTally
		whole.countPlaces(e, text[:min(len(text), markedReach)], false)
		if best, ok := whole.placesDecide(e); ok && dt.others[best] == 0 {
			return best // not where the text marks that dollar's own amounts ("A$36 million")
		}
	}
	return ""
}

// markedReach is how much of a document that marks its US amounts is
// read for the places that tell its plain "$" apart.
const markedReach = 1 << 15

// unlessMarked is the dollar the places decided, or "" (the US dollar)
// where the document marks that dollar's own amounts ("C$40 billion")
// and no other: a text that writes "Ottawa and Quebec committed over
// C$40 billion" beside plain "$210 billion" marks the dollar its plain
// "$" is not. One that marks another dollar too marks both to compare
// them ("A$780 a week in Sydney, roughly NZ$850" in a NZ Hansard).
func (dt *currencyTally) unlessMarked(best string) string {
	if dt.usMarked == 0 && dt.others[best] > 0 && len(dt.others) == 1 {
		return ""
	}
	return best
}

// placesDecide is the dollar whose places the tally counted twice or
// more, and at least twice as often as America's.
func (dt *currencyTally) placesDecide(e *Engine) (string, bool) {
	best, most := mostCounted(dt.places, e.localDollars)
	return best, most >= 2 && most >= 2*dt.places["USD"]
}

// headingReach is the start of a document read for the places its
// heading names: a transcript's title block or a dateline.
const headingReach = 600

// openingReach is the start of a document read last for the places it
// names in any case, where neither its amounts' surroundings nor its
// heading decide: a debate in "Marlow Falls, Ontario" whose candidates
// speak of the province, a labour force release that names Ontario and
// Quebec before its one "$" figure.
const openingReach = 4096

// mostCounted is the code of counts, among those of codes, counted most,
// and its count; ties go to the first code in order, so that every run
// gives the same answer.
func mostCounted(counts map[string]int, codes map[string]bool) (best string, most int) {
	for code, n := range counts {
		if codes[code] && (n > most || n == most && code < best) {
			best, most = code, n
		}
	}
	return best, most
}

// maxCurrencyWord bounds the currency words looked for after a number,
// spaces before them included ("  Australian dollars").
const maxCurrencyWord = 32

// home reports whether a unit that a currency's words also write is the
// words' reading in this document: it writes amounts in one of the unit's
// home currencies and none in the currency ("$" and never "£": pounds are
// weights).
func (dt *currencyTally) home(c *unitCues) bool {
	if len(c.homes) == 0 || c.twin == "" || slices.Contains(dt.written, c.twin) {
		return false
	}
	for _, h := range c.homes {
		if slices.Contains(dt.written, h) {
			return true
		}
	}
	return false
}
