package extractor

import (
	"strings"
	"unicode/utf8"
)

// span is a half-open byte range of the document.
type span struct{ Start, End int }

// sentences splits src[start:end] into sentences. A sentence ends at . ! ?
// or … (and any closing quotes or brackets after it) when white space and an
// opening capital, digit, quote or bracket follow — unless the word before
// the dot is an abbreviation (Mr., Sept., U.S., No.) or an initial.
func (e *Engine) sentences(src string, start, end int) []span {
	return e.appendSentences(make([]span, 0, (end-start)/128+1), src, start, end, end) // a sentence of speech runs to some 100 bytes
}

// appendSentences appends the sentences of src[start:end] to out, up to
// the one that holds offset last-1: a caller that wants the sentences of
// its tokens (last is where the last one ends) does not have the rest of
// the paragraph split.
func (e *Engine) appendSentences(out []span, src string, start, end, last int) []span {
	s := start
	marks := newMarkFinder(src, end)
	items := newItemFinder(src, end)
	for i := start; i < end; i++ {
		mark := marks.from(i)
		if item := items.from(i); item < mark {
			// A list's item opens before the next mark: the text before it
			// ends there, whether or not a full stop closed it ("... report:
			// \n   * K-12 enrollment is now 14,382\n   * That's a drop of 229").
			if e := trimSpaceLeft(src, s, item); e > s {
				out = append(out, span{s, e})
				if last <= e {
					return out
				}
			}
			s, i = item, item
			continue
		}
		if i = mark; i == end {
			break
		}
		c := src[i]
		j := i + 1
		if c == 0xE2 {
			j = i + len("…") // the only mark that opens with 0xE2
		}
		for j < end && (src[j] == '.' || src[j] == '!' || src[j] == '?') {
			j++
		}
		run := j - i // the marks in a row
		for j < end {
			if c := src[j]; c == '"' || c == '\'' || c == ')' || c == ']' {
				j++
				continue
			}
			if q := closingQuote(src[j:end]); q > 0 {
				j += q
				continue
			}
			break
		}
		if j >= end || !isSpace(src[j]) && !strings.HasPrefix(src[j:end], "\u00a0") {
			continue
		}
		k := skipSpace(src, j, end)
		if k >= end || !opensSentence(src[k:end]) && !listDash(src, j, k, end) {
			continue
		}
		if c == '.' && e.abbreviationBefore(src, s, i, isDigit(src[k])) {
			continue
		}
		if c == '.' && run >= 4 && isDigit(src[k]) {
			i = j - 1
			continue // a dot leader before a page ("Questions from counsel ....... 1")
		}
		out = append(out, span{s, j})
		if last <= j {
			return out
		}
		s = k
		i = k - 1
	}
	if s < end {
		out = append(out, span{s, end})
	}
	return out
}

// joinSplitTokens joins each sentence that ends inside a token to the one
// after it, in place: a number is read whole before the text is split, and
// a full stop inside it ends no sentence ("loses nearly Rs. 15,000 a
// year", where an unknown abbreviation's dot would). toks are the
// paragraph's, in order.
func joinSplitTokens(sents []span, toks []Token) []span {
	out := sents[:0]
	ti := 0
	for _, s := range sents {
		if k := len(out) - 1; k >= 0 {
			for ti < len(toks) && toks[ti].End <= out[k].End {
				ti++
			}
			if ti < len(toks) && toks[ti].Start < out[k].End {
				out[k].End = s.End
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// markFinder finds the marks that may end a sentence: . ! ? and "…".
// Each is looked for with IndexByte, which is vectorized, and its next
// place remembered until the scan passes it. The dot is most of them: the
// others are looked at again only when the scan passes the first of them.
type markFinder struct {
	src       string
	end       int
	dot       int                 // the next dot; -1 before the first look
	rare      [len(rareMarks)]int // the next of each of rareMarks
	firstRare int                 // the first of rare
}

var rareMarks = [...]string{"!", "?", "…"}

func newMarkFinder(src string, end int) markFinder {
	return markFinder{src: src, end: end, dot: -1, rare: [len(rareMarks)]int{-1, -1, -1}, firstRare: -1}
}

// from returns the first mark at or after i, or end.
func (m *markFinder) from(i int) int {
	if m.dot < i {
		m.dot = m.index(i, ".")
	}
	if m.firstRare < i {
		m.firstRare = m.end
		for k, mark := range rareMarks {
			if m.rare[k] < i {
				m.rare[k] = m.index(i, mark)
			}
			m.firstRare = min(m.firstRare, m.rare[k])
		}
	}
	return min(m.dot, m.firstRare)
}

// index is the first place of mark at or after i, or end.
func (m *markFinder) index(i int, mark string) int {
	if len(mark) > 1 {
		return m.indexLong(i, mark)
	}
	if j := strings.IndexByte(m.src[i:m.end], mark[0]); j >= 0 {
		return i + j
	}
	return m.end
}

// indexLong finds a mark of several bytes by its last byte: the first
// byte of "…", 0xE2, also opens every curly quote and dash; its last,
// 0xA6, is rare.
func (m *markFinder) indexLong(i int, mark string) int {
	n := len(mark) - 1
	for i+n < m.end {
		j := strings.IndexByte(m.src[i+n:m.end], mark[n])
		if j < 0 {
			break
		}
		if strings.HasPrefix(m.src[i+j:], mark) {
			return i + j
		}
		i += j + 1
	}
	return m.end
}

// itemFinder finds the lines that open with a list's bullet ("* ", "• ",
// "- ", "☐ "): each item is a sentence of its own, as notes and reports
// list their figures without full stops.
type itemFinder struct {
	src  string
	end  int
	next int // the bullet of the next item; -1 before the first look
	line int // where the look for it began
}

func newItemFinder(src string, end int) itemFinder {
	return itemFinder{src: src, end: end, next: -1, line: -1}
}

// from returns the bullet of the first item that opens on a line after
// offset i (at or after i), or end.
func (f *itemFinder) from(i int) int {
	if f.next >= i && f.line <= i {
		return f.next
	}
	f.line = i
	for j := i; j < f.end; {
		n := strings.IndexByte(f.src[j:f.end], '\n')
		if n < 0 {
			break
		}
		k := j + n + 1
		for k < f.end && (f.src[k] == ' ' || f.src[k] == '\t') {
			k++
		}
		if listBullet(f.src[k:f.end]) > 0 {
			f.next = k
			return k
		}
		j = k
	}
	f.next = f.end
	return f.end
}

// listBullet is the length of the bullet and the space after it that open
// s, or 0 when s opens with none.
func listBullet(s string) int {
	n := 0
	switch {
	case s == "":
		return 0
	case s[0] == '*' || s[0] == '-' || s[0] == '+':
		n = 1
	case s[0] >= 0x80:
		for _, b := range listBullets {
			if strings.HasPrefix(s, b) {
				n = len(b)
				break
			}
		}
	}
	if n == 0 || n >= len(s) || s[n] != ' ' && s[n] != '\t' {
		return 0
	}
	return n + 1
}

// listBullets are the bullets other than "*", "-" and "+" that open a
// list's items: dots, squares and check boxes. (An en dash that opens a
// line is as often a wrapped sentence's dash.)
var listBullets = [...]string{"•", "●", "▪", "◦", "○", "■", "□", "‣", "⁃", "☐", "☑", "☒", "✓", "✔"}

// trimSpaceLeft is end moved back over the white space before it (and
// no-break spaces), not past start.
func trimSpaceLeft(src string, start, end int) int {
	for end > start {
		switch {
		case isSpace(src[end-1]):
			end--
		case end-2 >= start && src[end-2:end] == "\u00a0":
			end -= 2
		default:
			return end
		}
	}
	return end
}

// longest is the length of the longest span.
func longest(spans []span) int {
	n := 0
	for _, sp := range spans {
		n = max(n, sp.End-sp.Start)
	}
	return n
}

func closingQuote(s string) int {
	if s[0] < utf8.RuneSelf {
		return 0 // all three are two or three bytes
	}
	for _, q := range []string{"”", "’", "»"} {
		if strings.HasPrefix(s, q) {
			return len(q)
		}
	}
	return 0
}

func opensSentence(s string) bool {
	c := s[0]
	if isUpper(c) || isDigit(c) || strings.ContainsRune(`"'([$£€`, rune(c)) {
		return true
	}
	for _, q := range []string{"“", "‘", "«", "—", "¥", "€", "£", "•", "●", "▪", "◦"} {
		if strings.HasPrefix(s, q) {
			return true // "£4m", or a bullet ("said.\n• Cash transfers")
		}
	}
	return false
}

// listDash: a line that opens with "- " or "* " after the full stop, a
// list's next item. (Mid-line, ". - " is a dash in tokenized text.)
func listDash(src string, j, k, end int) bool {
	return k+1 < end && (src[k] == '-' || src[k] == '*') && src[k+1] == ' ' && strings.IndexByte(src[j:k], '\n') >= 0
}

// abbreviationBefore reports whether the dot at i closes an abbreviation or
// an initial rather than a sentence.
func (e *Engine) abbreviationBefore(src string, from, i int, digitNext bool) bool {
	// The word is read back no further than reach: a word as long is
	// neither an initial nor an abbreviation.
	reach := max(len(e.abbrevShapes), 2)
	k, stop := i, max(from, i-reach)
	for k > stop && (isLetter(src[k-1]) || src[k-1] == '.') {
		k--
	}
	if k == stop && k > from && (isLetter(src[k-1]) || src[k-1] == '.') {
		return false
	}
	// The word is ASCII letters and dots: lower-cased in a stack buffer.
	var buf [32]byte
	w := strings.TrimSuffix(src[k:i], ".")
	if w == "" {
		return false
	}
	if len(w) == 1 && isUpper(src[k]) {
		return true // an initial: "J. Smith", but also "Plan B." rarely
	}
	if !e.abbrevShapes.may(w) {
		return false
	}
	lw := append(buf[:0], w...)
	for n, c := range lw {
		if isUpper(c) {
			lw[n] = c + 'a' - 'A'
		}
	}
	return e.abbrev[string(lw)] || digitNext && e.numAbbrev[string(lw)]
}

// wordShapes tells, from a word's length and first letter, whether it may
// be one of a set of lower-case words: most words that end a sentence are
// not an abbreviation, and are turned away without a map look-up.
type wordShapes []uint64 // per length, the first bytes (mod 64) of the words of that length

func newWordShapes(sets ...map[string]bool) wordShapes {
	var ws wordShapes
	for _, set := range sets {
		for w := range set {
			if w == "" {
				continue
			}
			for len(ws) <= len(w) {
				ws = append(ws, 0)
			}
			ws[len(w)] |= 1 << (w[0] & 63)
		}
	}
	return ws
}

// may reports whether w, read lower-cased, may be one of the words.
func (ws wordShapes) may(w string) bool {
	if len(w) >= len(ws) {
		return false
	}
	c := w[0]
	if isUpper(c) {
		c += 'a' - 'A'
	}
	return ws[len(w)]&(1<<(c&63)) != 0
}

// skipSpace steps over white space, the no-break space included.
func skipSpace(src string, i, end int) int {
	for i < end {
		switch {
		case isSpace(src[i]):
			i++
		case strings.HasPrefix(src[i:end], "\u00a0"):
			i += len("\u00a0")
		default:
			return i
		}
	}
	return i
}
