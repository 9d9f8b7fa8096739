package output

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
)

// plainWord must agree with the byte-by-byte test for any byte at any of the
// eight places, among plain bytes.
func TestPlain8AgreesWithTheByteTest(t *testing.T) {
	plain := func(c byte) bool { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\' }
	for _, fill := range []byte{'a', ' ', '~', '!'} {
		for p := range 8 {
			for c := range 256 {
				b := []byte(strings.Repeat(string(fill), 8))
				b[p] = byte(c)
				if got := plainWord(load8(string(b))); got != plain(byte(c)) {
					t.Errorf("plainWord(%q) = %v", b, got)
				}
			}
		}
	}
}

// appendJSONString is encoding/json's quoting on long random text: runs of
// plain ASCII around the bytes it escapes or checks.
func TestAppendJSONStringRandom(t *testing.T) {
	pieces := []string{"plain words here", "a", " ", `"`, `\\`, "\x00", "\x1f", "\x7f", "é", "😀", "\u2028", "\xff", "\xc3", "<&>"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(30) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		if got := string(appendJSONString(nil, s)); got != strings.TrimSuffix(want.String(), "\n") {
			t.Fatalf("appendJSONString(%q) = %s, want %s", s, got, want.String())
		}
	}
}
