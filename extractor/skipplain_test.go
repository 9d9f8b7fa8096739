package extractor

import (
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/factable/factable/rules"
	"github.com/stretchr/testify/require"
)

// plainScan is scan without skipPlain: the scanner looks at every
// character. The fast paths derived from the lexicon must give its tokens.
func (lx *lexicon) plainScan(src string, start, end int) []Token {
	s := lx.scanner(src, start, end)
	defer s.release()
	for s.pos < s.end {
		s.step()
	}
	return s.result()
}

// requireSkipIsPlain holds scan to plainScan on every span of text that
// starts at a line and ends at the end of the text, at the end of the line
// or in its middle (spans the text goes on after, as a paragraph's).
func requireSkipIsPlain(t *testing.T, lx *lexicon, text string) {
	t.Helper()
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n') + start + 1
		if end == start {
			end = len(text)
		}
		for _, to := range []int{len(text), end - 1, start + (end-start)/2} {
			require.Equal(t, lx.plainScan(text, start, to), lx.scan(text, start, to), "%q", text[start:to])
		}
		start = end
	}
}

func TestSkipPlainGivesThePlainScanOnTheBundledTexts(t *testing.T) {
	lx := scanEngine(t).lx
	for _, name := range []string{"diplomacy-press-conference-2022-09-29.txt", "budget-press-call-2024-03-11.txt"} {
		raw, err := os.ReadFile(filepath.Join("..", "testdata", name))
		require.NoError(t, err)
		text := string(raw)
		require.Equal(t, lx.plainScan(text, 0, len(text)), lx.scan(text, 0, len(text)), name)
	}
}

func TestSkipPlainGivesThePlainScanOnRandomText(t *testing.T) {
	lx := scanEngine(t).lx
	r := rand.New(rand.NewSource(1))
	for range 3000 {
		requireSkipIsPlain(t, lx, randomScanText(r, lx))
	}
}

// User rules bring other words and symbols, some of them beginning with a
// letter, a sign or a punctuation mark.
func TestSkipPlainGivesThePlainScanUnderUserRules(t *testing.T) {
	file := filepath.Join(t.TempDir(), "user.yaml")
	require.NoError(t, os.WriteFile(file, []byte(`cardinals:
  gazillion: 1000000000000
  dos: 2
  x: 10
currencies:
  - {code: CHF, symbols: ["Fr.", "SFr", "#", "-$", ".B", "kr", "Z", "zł", "€€"], words: [rappen], codes: [CHF]}
`), 0o644))
	rs, err := rules.Load(file)
	require.NoError(t, err)
	lx := New(rs).lx
	r := rand.New(rand.NewSource(2))
	for range 3000 {
		requireSkipIsPlain(t, lx, randomScanText(r, lx))
	}
}

// randomScanText strings together words of the lexicon in mixed case,
// symbols and prefixes, other words, digits, signs, punctuation, white
// space and non-ASCII characters (some invalid), glued or apart.
func randomScanText(r *rand.Rand, lx *lexicon) string {
	var vocab []string
	for w := range lx.words {
		vocab = append(vocab, w)
	}
	for _, sym := range lx.symbols {
		vocab = append(vocab, sym.text)
	}
	for code := range lx.codes {
		vocab = append(vocab, code, "M"+code)
	}
	vocab = append(vocab, urlPrefixes...)
	vocab = append(vocab, grammarStarts...)
	vocab = append(vocab, "the", "and", "administration", "internationalisation", "of", "to", "between", "percent", "fold",
		"abcdefghijklmnopq", "thousandsandthousands")
	sort.Strings(vocab) // the same text for a seed
	others := []string{" ", " ", " ", "  ", ", ", ". ", "-", "+", ".", "\n", "/", ":", "%", "$", "&", "(", ")", "'", "\"",
		"’", "“", "—", "–", "\u00a0", "\u202f", "½", "⅔", "−", "é", "\xe2\x80", "\xff", "\xc2", "1", "42", "2.5", "1,000", "3/4", "10:04"}
	var b strings.Builder
	for n := r.Intn(40); n > 0; n-- {
		switch r.Intn(3) {
		case 0:
			w := []byte(vocab[r.Intn(len(vocab))])
			for i := range w {
				if isLetter(w[i]) && r.Intn(4) == 0 {
					w[i] ^= 0x20
				}
			}
			b.Write(w)
		case 1:
			b.WriteString(others[r.Intn(len(others))])
		default:
			for k := r.Intn(12); k >= 0; k-- {
				b.WriteByte(byte('a' + r.Intn(26)))
			}
		}
	}
	return b.String()
}

func TestLetterRunCountsTheLettersOfEightBytes(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	classes := []string{"azAZ", "@[`{ 09-.", "\x80\xa0\xc2\xdf\xe0\xe1\xe2\xfa\xfb\xff"}
	for range 200000 {
		var b [8]byte
		for k := range b {
			c := classes[r.Intn(len(classes))]
			b[k] = c[r.Intn(len(c))]
			if r.Intn(3) == 0 {
				b[k] = byte(r.Intn(256))
			}
		}
		want := 0
		for want < 8 && isLetter(b[want]) {
			want++
		}
		require.Equal(t, want, letterRun(load64(string(b[:]))), "%q", b)
	}
}
