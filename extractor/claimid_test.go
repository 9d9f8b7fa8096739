package extractor

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSpacesNormalizedAgreesWithFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\nb", "a\u00a0b", "a\u0085b", "a\u2003b",
		"It rose by 5%.", "“Quoted” — dash", "a \xff b", "\xffa", "a\u200bb", "a\x01b", "a\x1fb", "a\vb", "a\fb", "a\rb", "\u3000x"} {
		assert.Equal(t, s == strings.Join(strings.Fields(s), " "), spacesNormalized(s), "%q", s)
	}
}
