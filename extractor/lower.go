package extractor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// toLower is strings.ToLower, byte for byte, without its per-rune mapping
// through strings.Map on text that is not all ASCII (a transcript's curly
// quotes and dashes): ASCII is lowered by a table, other runes by
// unicode.ToLower, an invalid byte becomes U+FFFD as strings.Map makes it.
func toLower(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return lowerMixed(s, i)
		}
	}
	return strings.ToLower(s) // its ASCII path
}

func lowerMixed(s string, from int) string {
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < from; i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	for i := from; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, "\uFFFD"...)
			i++
			continue
		}
		if lr := unicode.ToLower(r); lr != r {
			b = utf8.AppendRune(b, lr)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(b)
}
