package rules

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// A timeout is run again only when the wall clock says the match did not
// take MatchTimeout.
func TestSpuriousTimeout(t *testing.T) {
	err := errors.New("match timeout")
	assert.True(t, spurious(time.Now(), err))
	assert.False(t, spurious(time.Now().Add(-2*MatchTimeout), err))
	assert.False(t, spurious(time.Now(), nil))
}
