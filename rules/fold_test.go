package rules

import (
	"regexp"
	"testing"
	"unicode"

	"github.com/dlclark/regexp2"
	"github.com/stretchr/testify/require"
)

// TestFoldedAtomsAgreeWithRegexp2: an atom under (?i), spelled out for
// Go, takes the runes regexp2 takes: every rune of the BMP, every rune
// that lower-cases to another and its lower case.
func TestFoldedAtomsAgreeWithRegexp2(t *testing.T) {
	runes := append([]rune{}, foldSuspects()...)
	for r := rune(0); r <= 0xFFFF; r++ {
		if !unicode.Is(unicode.Cs, r) {
			runes = append(runes, r)
		}
	}
	for _, atom := range []string{"a", "i", "k", "s", "K", "İ", "ſ", "ǅ", "Σ", "ς", "1", "\\.", "\\t", ".",
		"[A-Z]", "[a-z]", "[a-f]", "[A-Za-z]", "[^A-Z]", "[\\w ]", "[\\w.'’&-]", "[Ⅰ-Ⅻ]", "[Ⓐ-Ⓩ]", "[Ａ-Ｚ]",
		"\\w", "\\W", "\\s", "\\S", "\\d", "\\D", "\\p{Lu}", "\\p{Ll}", "\\P{Lu}", "[\\p{Lu}x]", "\U00010400", "[\U00010400-\U00010410]"} {
		src := `(?i)^` + atom + `$`
		shape, _, ok := exactShape(src)
		require.True(t, ok, atom)
		goRE := regexp.MustCompile(shape)
		re := regexp2.MustCompile(src, regexp2.None)
		for _, r := range runes {
			want, err := re.MatchRunes([]rune{r})
			require.NoError(t, err)
			require.Equal(t, want, goRE.MatchString(string(r)), "%s on %U", atom, r)
		}
	}
}
