package output

import (
	"strings"
	"testing"
)

// plain8 must agree with the byte-by-byte test for any byte at any of the
// eight places, among plain bytes.
func TestPlain8AgreesWithTheByteTest(t *testing.T) {
	plain := func(c byte) bool { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\' }
	for _, fill := range []byte{'a', ' ', '~', '!'} {
		for p := range 8 {
			for c := range 256 {
				b := []byte(strings.Repeat(string(fill), 8))
				b[p] = byte(c)
				if got := plain8(string(b)); got != plain(byte(c)) {
					t.Errorf("plain8(%q) = %v", b, got)
				}
			}
		}
	}
}
