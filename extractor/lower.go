package extractor

import (
	"encoding/binary"
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
func lowerAligned(s string) (string, bool) { return lowerAlignedIn(s, nil) }

// lowerAlignedIn is lowerAligned writing the lowered bytes to memory cut
// from slab (one allocation for many sentences), or to their own with nil.
func lowerAlignedIn(s string, slab *byteSlab) (string, bool) {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && !isUpperASCII(s[i]) {
		i++
	}
	if i == len(s) {
		return s, true
	}
	var b []byte
	if slab != nil {
		b = slab.take(len(s))
	} else {
		b = make([]byte, len(s), len(s)+8)
	}
	copy(b, s[:i])
	aligned := true
	for {
		if i = lowerASCIIRun(b, s, i); i == len(s) {
			break
		}
		// A rune that keeps its length lowered is written in place, and the
		// ASCII after it goes on eight bytes at a time; from one that does
		// not (or an invalid byte), the rest is appended.
		r, size := utf8.DecodeRuneInString(s[i:])
		lr := unicode.ToLower(r)
		if r == utf8.RuneError && size == 1 || utf8.RuneLen(lr) != size {
			b, aligned = appendLowerMixed(b[:i], s[i:])
			break
		}
		utf8.EncodeRune(b[i:], lr)
		i += size
	}
	// b is never written again: the string may share its bytes.
	return unsafe.String(unsafe.SliceData(b), len(b)), aligned
}

// lowerASCIIRun writes s's bytes from i on, lowered, to b at the same
// offsets, up to s's end or its first non-ASCII byte, and returns where it
// stopped. Eight ASCII bytes are lowered at once: a byte from 'A' to 'Z' gets
// the 0x20 bit, found by adding to each byte what carries it past 0x7f
// from 'A' on and from '[' on (no byte overflows into the next, all being
// below 0x80).
func lowerASCIIRun(b []byte, s string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(s); i += 8 {
		x := load8(s[i:])
		if x&highs != 0 {
			break
		}
		upper := (x + (0x80-'A')*ones) &^ (x + (0x80-'Z'-1)*ones) & highs
		binary.LittleEndian.PutUint64(b[i:], x|upper>>2)
	}
	for ; i < len(s) && s[i] < utf8.RuneSelf; i++ {
		b[i] = smallLetter[s[i]]
	}
	return i
}

// load8 reads the first eight bytes of s as a little-endian integer, in
// one load (one bounds check, and the byte loads merge).
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
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
