package extractor

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/factable/factable/rules"
)

// lexicon is the rule set's number vocabulary arranged for the scanner:
// a byte table and a word filter say cheaply where nothing can start, one
// map lookup per word that passes.
type lexicon struct {
	guesses  map[string]bool // the rules' guess_words (combine.go: guessBefore)
	class    [256]byteClass
	prefixes [256]uint32 // where a symbol, URL, vulgar fraction or minus may begin: bit [second] of [first], second by its low five bits
	filter   wordFilter  // the words below and the grammar's own
	starts   wordStarts  // the same and the prefixes, by their first two letters and length
	words    map[string]wordInfo
	vulgar   map[rune]float64      // the cardinals written as one non-ASCII character: ½, ⅔
	vague    map[string][][]string // first word -> phrases (as words), longest first
	articles []string              // the articles the lexicon does not list as words of its own
	suffixes map[string]float64    // bn, m, k ...
	symbols  []currencySymbol      // longest first, so US$ wins over $
	letters  []letterSymbol        // currencies a capital letter writes ("P48") in some documents
	letterOf [256]int8             // the letter's entry in letters, plus one; 0 for none
	// claimants are currencies that claim another's symbol in documents
	// that name their country ("Rs." for Pakistan's rupee); claimsOf maps
	// a symbol to its claimants' entries.
	claimants []letterSymbol
	claimsOf  map[string][]int
	symFirst  [256][]currencySymbol // the symbols by their first byte, longest first
	codes     map[string]string     // currency codes as written (USD, usd) -> ISO code
	glued     map[string]wordInfo   // subunits written glued to the digits ("5p"): scale and currency
	// The lengths of the suffixes and of the codes (bit n for n bytes):
	// most words after a number have none of them and are looked up in
	// neither map.
	suffixLens, codeLens uint64
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
	// For a vague count's first word: whether it is a whole phrase
	// ("dozens"), and the first letters of the words that go on from it
	// ("a few", "a couple"), a bit each: "a" stands before most nouns.
	vagueAlone bool
	vagueNext  uint32
}

type currencySymbol struct {
	text, code string
}

// letterSymbol is a currency that a capital letter writes before its
// digits in documents that hold one of in ("P48 a kilo" in the
// Philippines).
// maxClaimants bounds the currencies' claims on others' symbols (a
// scanner keeps what it learnt of each in a small array).
const maxClaimants = 16

type letterSymbol struct {
	letter byte
	code   string
	in     []string
	over   []string // a claimant's rival names (claimsFor)
}

// writtenIn reports whether text holds one of the words that make the
// letter a currency's.
func (l letterSymbol) writtenIn(text string) bool {
	for _, w := range l.in {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// claimsFor reports whether text names the claimant's country twice or
// more, and more often than its rival's.
func (l letterSymbol) claimsFor(text string) bool {
	named, rival := 0, 0
	for _, w := range l.in {
		named += strings.Count(text, w)
	}
	for _, w := range l.over {
		rival += strings.Count(text, w)
	}
	return named >= 2 && named > rival
}

func newLexicon(rs *rules.Set) *lexicon {
	lx := &lexicon{words: map[string]wordInfo{}, vague: map[string][][]string{}, suffixes: rs.ScaleSuffixes, codes: map[string]string{},
		notNoun: map[string]bool{}, guesses: set(rs.GuessWords)}
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
			if len(ws) == 1 {
				wi.vagueAlone = true
			} else if c := ws[1][0] | 0x20; c >= 'a' && c <= 'z' {
				wi.vagueNext |= 1 << (c - 'a')
			} else {
				wi.vagueNext = ^uint32(0) // a word that begins otherwise: look at every one
			}
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
		for _, sym := range c.Claims {
			if lx.claimsOf == nil {
				lx.claimsOf = map[string][]int{}
			}
			if len(lx.claimants) < maxClaimants {
				lx.claimsOf[sym] = append(lx.claimsOf[sym], len(lx.claimants))
				lx.claimants = append(lx.claimants, letterSymbol{code: c.Code, in: c.ClaimsIn, over: c.ClaimsOver})
			}
		}
		if c.Letter != "" && lx.letterOf[c.Letter[0]] == 0 {
			lx.letters = append(lx.letters, letterSymbol{letter: c.Letter[0], code: c.Code, in: c.LetterIn})
			lx.letterOf[c.Letter[0]] = int8(len(lx.letters))
		}
		for _, code := range c.Codes {
			lx.codes[code] = c.Code
			lx.codes[strings.ToLower(code)] = c.Code
		}
		for w, sc := range c.Glued {
			if lx.glued == nil {
				lx.glued = map[string]wordInfo{}
			}
			lx.glued[w] = wordInfo{scale: sc, currency: c.Code}
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
	lx.suffixLens, lx.codeLens = lengthsOf(lx.suffixes), lengthsOf(lx.codes)
	lx.index()
	return lx
}

func lengthsOf[V any](m map[string]V) uint64 {
	var lens uint64
	for k := range m {
		lens |= lengthBit(k)
	}
	return lens
}

// suffix returns the scale of a scale suffix (bn, m, k).
func (lx *lexicon) suffix(w string) (float64, bool) {
	if lx.suffixLens&lengthBit(w) == 0 {
		return 0, false
	}
	sc, ok := lx.suffixes[w]
	return sc, ok
}

// code returns the ISO code of a currency code as written (usd -> USD).
func (lx *lexicon) code(w string) string {
	if lx.codeLens&lengthBit(w) == 0 {
		return ""
	}
	return lx.codes[w]
}

// index derives the scanner's fast paths from the words and symbols.
func (lx *lexicon) index() {
	lx.class = byteClasses()
	for _, sym := range lx.symbols {
		lx.addPrefix(sym.text)
	}
	for _, p := range urlPrefixes {
		lx.addPrefix(p)
	}
	lx.addPrefix(minusSign)
	lx.vulgar = map[rune]float64{}
	for w, wi := range lx.words {
		lx.addWord(w)
		r, n := utf8.DecodeRuneInString(w)
		if n == len(w) && n > 1 && wi.isCardinal && wi.cardinal > 0 && wi.cardinal < 1 {
			lx.vulgar[r] = wi.cardinal
			lx.addPrefix(w)
		}
	}
	for _, w := range grammarStarts {
		lx.addWord(w)
	}
	for _, a := range articles {
		if _, ok := lx.words[a]; !ok {
			lx.articles = append(lx.articles, a)
		}
	}
	// The scaled currency codes ("MUSD 60") begin an amount too.
	for suf, sc := range lx.suffixes {
		for code := range lx.codes {
			if len(suf+code) == scaledCodeLen && sc >= 1000 {
				lx.addWord(suf + code)
			}
		}
	}
}

// addWord lets a word the scanner must read pass its filters.
func (lx *lexicon) addWord(w string) {
	lx.filter.add(w)
	lx.starts.add(w, false)
}

// addPrefix marks where p, a currency symbol, URL prefix, vulgar fraction or
// the minus sign, can begin: what the scanner must stop at.
func (lx *lexicon) addPrefix(p string) {
	if p == "" {
		return
	}
	lx.class[p[0]] |= cPrefix
	lx.starts.add(p, true)
	if len(p) == 1 {
		lx.prefixes[p[0]] = ^uint32(0)
	} else {
		lx.prefixes[p[0]] |= 1 << (p[1] & 31)
	}
}

// mayPrefix: one of the prefixes added may begin the text.
func (lx *lexicon) mayPrefix(text string) bool {
	return len(text) < 2 || lx.mayPrefixPair(text[0], text[1])
}

// mayPrefixPair: one of the prefixes added may begin with these two bytes.
func (lx *lexicon) mayPrefixPair(first, second byte) bool {
	return lx.prefixes[first]&(1<<(second&31)) != 0
}

// lookup returns the lexicon entry of a word (a run of letters) in any
// case, without allocating for the lower-cased key.
func (lx *lexicon) lookup(w string) (wordInfo, bool) {
	if !lx.starts.mayRun(w) || !lx.filter.may(w) {
		return wordInfo{}, false
	}
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

// articles stand for one before a number word: "a hundred", "an eighth".
var articles = []string{"a", "an"}

// grammarStarts are the words outside the lexicon that may start a number:
// "a hundred", "minus five".
var grammarStarts = append(articles[:len(articles):len(articles)], "minus", "negative")

// byteClass says what a byte may begin, so the scanner's loop steps over
// white space and most punctuation at one table load a byte.
type byteClass uint8

const (
	cDigit  byteClass = 1 << iota
	cLetter           // ASCII letters: words
	cSign             // + - . before digits
	cHigh             // the bytes of a multi-byte character
	cPrefix           // the first byte of a prefix added: a currency symbol, a URL...
)

func byteClasses() [256]byteClass {
	var t [256]byteClass
	for c := 0; c < 256; c++ {
		switch b := byte(c); {
		case isDigit(b):
			t[c] = cDigit
		case isLetter(b):
			t[c] = cLetter
		case b == '+' || b == '-' || b == '.':
			t[c] = cSign
		case b >= utf8.RuneSelf:
			t[c] = cHigh
		}
	}
	return t
}

// wordStarts holds, for two first letters (five bits each, so folded to
// lower case), the lengths of the letter runs the scanner must look at:
// bit n for n letters, bit 31 for 31 or more. Most words of a text ("the",
// "that", "and") fail it at one load.
type wordStarts [1 << 10]uint32

func startIndex(first, second byte) int { return int(first&31)<<5 | int(second&31) }

// add marks the letter runs that text beginning with p begins with: the
// letters p begins with, when a non-letter follows them in p ("US$",
// "Rs."); when p is letters only, runs of len(p) letters, or of any greater
// length too if open (a prefix: "https" runs on into "httpsfoo").
func (t *wordStarts) add(p string, open bool) {
	k := 0
	for k < len(p) && isLetter(p[k]) {
		k++
	}
	if k == 0 {
		return
	}
	lengths := uint32(1) << min(k, 31)
	if open && k == len(p) {
		lengths = ^(lengths - 1)
	}
	if k == 1 { // the second byte is no letter: any of them
		for second := range 32 {
			t[startIndex(p[0], byte(second))] |= lengths
		}
		return
	}
	t[startIndex(p[0], p[1])] |= lengths
}

// may reports whether a run of n letters, the first two bytes of w, may be
// one added.
func (t *wordStarts) may(w uint64, n int) bool {
	return t[startIndex(byte(w), byte(w>>8))]>>min(n, 31)&1 != 0
}

// mayRun is may of a run of letters.
func (t *wordStarts) mayRun(w string) bool {
	if len(w) < 2 {
		return len(w) == 1 && t[startIndex(w[0], 0)]&(1<<1) != 0
	}
	return t[startIndex(w[0], w[1])]>>min(len(w), 31)&1 != 0
}

// wordFilter tells whether a word may be one the lexicon knows: a Bloom
// filter over the words' length and first eight bytes folded to lower case,
// two bits a word. Most words of a text ("the", "have", "that") fail it at
// the first bit and are never looked up.
type wordFilter [1 << filterBits / 64]uint64

// filterBits sizes the set: 8 KB, a few hundred words in 65536 bits.
const filterBits = 16

func (f *wordFilter) add(w string) {
	h := filterHash(wordKey(w), len(w))
	for _, k := range [2]uint64{h >> 48, h >> 32 & 0xffff} {
		f[k/64] |= 1 << (k % 64)
	}
}

// may reports whether w, in any case, may be a word added.
func (f *wordFilter) may(w string) bool { return f.mayKey(wordKey(w), len(w)) }

// mayKey is may of a word of n bytes known by its wordKey.
func (f *wordFilter) mayKey(key uint64, n int) bool {
	h := filterHash(key, n)
	return f.has(h>>48) && f.has(h>>32&0xffff)
}

func (f *wordFilter) has(k uint64) bool { return f[k/64]&(1<<(k%64)) != 0 }

// filterHash is Fibonacci hashing: the high bits of the product mix all the
// bits of the key.
func filterHash(key uint64, n int) uint64 {
	return (key + uint64(n)) * 0x9e3779b97f4a7c15
}

// wordKey packs the first eight bytes of w, each with its 0x20 bit set (the
// lower case of a letter), as foldedKey does from a load.
func wordKey(w string) uint64 {
	var key uint64
	for k := 0; k < min(len(w), 8); k++ {
		key |= uint64(w[k]|0x20) << (8 * k)
	}
	return key
}

// foldedKey is the wordKey of a word of n bytes whose first eight (or n)
// bytes are w, loaded.
func foldedKey(w uint64, n int) uint64 {
	keep := ^uint64(0) >> ((64 - 8*min(n, 8)) & 63)
	return (w | 0x2020202020202020) & keep
}
