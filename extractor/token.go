package extractor

// TokenKind says what sort of numeric expression a token is.
type TokenKind int

const (
	TokNumber   TokenKind = iota // digits: 42, 5,200, 2.2 billion, $1.9 trillion, 70%
	TokWord                      // number words: nine, a hundred, two hundred and fifty
	TokOrdinal                   // 18th, second, twenty-first
	TokFraction                  // half, two thirds, one in five
	TokMultiple                  // twice, doubled, 10-fold
	TokVague                     // dozens, tens of millions
	TokTime                      // 10:04
	TokRange                     // between 10 and 20, 10-20 (made from two tokens)
)

var tokenKindNames = [...]string{"number", "word", "ordinal", "fraction", "multiple", "vague", "time", "range"}

func (k TokenKind) String() string { return tokenKindNames[k] }

// Token is one numeric expression found by the scanner. Offsets are bytes
// into the document's text; Text is the document's text between them.
//
// The floats and strings come before the flags, so that the flags share
// one word: a token is 104 bytes, and a paragraph's tokens are copied out
// of the scanner in one allocation.
type Token struct {
	Kind       TokenKind
	Start, End int
	Text       string
	Value      float64
	High       float64 // upper end of a range
	Scale      float64 // the largest scale that multiplied the value (see Scaled)
	Currency   string  // ISO code of a currency written with it ($, €, cents, MUSD)
	RangeWord  string  // for ranges: the word that opened it (between, from), if any
	Scaled     bool    // a scale word or suffix multiplied the value (million, bn, cents)
	Decimal    bool    // written with a decimal point
	Percent    bool    // a % sign written with it
	Sign       bool    // written with a leading + or -, or minus/negative
	Capital    bool    // a number word written with a capital letter
	Compounded bool    // made of several words or a digit-word mix
	Common     bool    // a common fraction named by its word (two thirds, a quarter), or a range of two
}
