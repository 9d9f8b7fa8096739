package extractor

import "strings"

// span is a half-open byte range of the document.
type span struct{ Start, End int }

// sentences splits src[start:end] into sentences. A sentence ends at . ! ?
// or … (and any closing quotes or brackets after it) when white space and an
// opening capital, digit, quote or bracket follow — unless the word before
// the dot is an abbreviation (Mr., Sept., U.S., No.) or an initial.
func (e *Engine) sentences(src string, start, end int) []span {
	out := make([]span, 0, (end-start)/128+1) // a sentence of speech runs to some 100 bytes
	s := start
	marks := markFinder{src: src, end: end, next: [4]int{-1, -1, -1, -1}}
	for i := start; i < end; i++ {
		if i = marks.from(i); i == end {
			break
		}
		c := src[i]
		j := i + 1
		if c == 0xE2 {
			if !strings.HasPrefix(src[i:end], "…") {
				continue
			}
			j = i + len("…")
		}
		for j < end && (src[j] == '.' || src[j] == '!' || src[j] == '?') {
			j++
		}
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
		if k >= end || !opensSentence(src[k:end]) {
			continue
		}
		if c == '.' && e.abbreviationBefore(src, s, i, isDigit(src[k])) {
			continue
		}
		out = append(out, span{s, j})
		s = k
		i = k - 1
	}
	if s < end {
		out = append(out, span{s, end})
	}
	return out
}

// markFinder finds the bytes that may end a sentence: . ! ? and the first
// byte of "…" (and of other characters, told apart after). Each is looked
// for with IndexByte, which is vectorized, and its next place remembered
// until the scan passes it.
type markFinder struct {
	src  string
	end  int
	next [4]int // of each of markBytes; -1 before the first look
}

var markBytes = [4]byte{'.', '!', '?', 0xE2}

// from returns the first mark at or after i, or end.
func (m *markFinder) from(i int) int {
	first := m.end
	for k, b := range markBytes {
		if m.next[k] < i {
			m.next[k] = m.end
			if j := strings.IndexByte(m.src[i:m.end], b); j >= 0 {
				m.next[k] = i + j
			}
		}
		first = min(first, m.next[k])
	}
	return first
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
	for _, q := range []string{"“", "‘", "«", "—", "¥", "€", "£"} {
		if strings.HasPrefix(s, q) {
			return true
		}
	}
	return false
}

// abbreviationBefore reports whether the dot at i closes an abbreviation or
// an initial rather than a sentence.
func (e *Engine) abbreviationBefore(src string, from, i int, digitNext bool) bool {
	k := i
	for k > from && (isLetter(src[k-1]) || src[k-1] == '.') {
		k--
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
	lw := append(buf[:0], w...)
	for n, c := range lw {
		if isUpper(c) {
			lw[n] = c + 'a' - 'A'
		}
	}
	return e.abbrev[string(lw)] || digitNext && e.numAbbrev[string(lw)]
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
