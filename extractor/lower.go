package extractor

import (
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// toLower is strings.ToLower, byte for byte, without its per-rune mapping
// through strings.Map on text that is not all ASCII (a transcript's curly
// quotes and dashes): ASCII is lowered by a table, other runes by
// unicode.ToLower, an invalid byte becomes U+FFFD as strings.Map makes it.
// Like strings.ToLower, it returns s itself when nothing changes.
func toLower(s string) string {
	lower, _ := lowerAligned(s)
	return lower
}

// lowerAligned is toLower(s), and whether the lowering kept the length of
// each rune (so offsets into one are offsets into the other), found in the
// same pass.
func lowerAligned(s string) (string, bool) {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && !isUpperASCII(s[i]) {
		i++
	}
	if i == len(s) {
		return s, true
	}
	b := make([]byte, len(s), len(s)+8)
	copy(b, s[:i])
	for ; i < len(s) && s[i] < utf8.RuneSelf; i++ {
		b[i] = smallLetter[s[i]]
	}
	aligned := true
	if i < len(s) {
		b, aligned = appendLowerMixed(b[:i], s[i:])
	}
	// b is never written again: the string may share its bytes.
	return unsafe.String(unsafe.SliceData(b), len(b)), aligned
}

// appendLowerMixed appends s lowered to b, and whether that kept the length
// of each rune.
func appendLowerMixed(b []byte, s string) ([]byte, bool) {
	aligned := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, smallLetter[c])
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, "\uFFFD"...)
			aligned = false
			i++
			continue
		}
		if lr := unicode.ToLower(r); lr != r {
			b = utf8.AppendRune(b, lr)
			aligned = aligned && utf8.RuneLen(lr) == size
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return b, aligned
}

// smallLetter maps an ASCII byte to its small letter.
var smallLetter = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(c)
		if isUpperASCII(byte(c)) {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()
