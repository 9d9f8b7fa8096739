package extractor

import "strings"

// span is a half-open byte range of the document.
type span struct{ Start, End int }

// sentences splits src[start:end] into sentences. A sentence ends at . ! ?
// or … (and any closing quotes or brackets after it) when white space and an
// opening capital, digit, quote or bracket follow — unless the word before
// the dot is an abbreviation (Mr., Sept., U.S., No.) or an initial.
func (e *Engine) sentences(src string, start, end int) []span {
	var out []span
	s := start
	for i := start; i < end; i++ {
		c := src[i]
		if c != '.' && c != '!' && c != '?' && !strings.HasPrefix(src[i:end], "…") {
			continue
		}
		j := i + 1
		if c == 0xE2 {
			j = i + len("…")
		}
		for j < end && strings.ContainsRune(".!?", rune(src[j])) {
			j++
		}
		for j < end {
			if strings.ContainsRune(`"')]`, rune(src[j])) {
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
	w := strings.ToLower(strings.TrimSuffix(src[k:i], "."))
	if w == "" {
		return false
	}
	if len(w) == 1 && isUpper(src[k]) {
		return true // an initial: "J. Smith", but also "Plan B." rarely
	}
	return e.abbrev[w] || digitNext && e.numAbbrev[w]
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
