package extractor

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/factable/factable/rules"
)

// The rules check an exclusion's `token` against their own list of
// kinds: it must be the scanner's, or a rule could name a kind that no
// token has and never apply.
func TestTokenKindsAreTheOnesRulesAccept(t *testing.T) {
	assert.Equal(t, rules.TokenKinds, tokenKindNames[:])
}
