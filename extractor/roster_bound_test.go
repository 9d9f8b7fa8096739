package extractor

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factable/factable/rules"
)

// A text without blank lines is one paragraph: its roster-like lines must
// not make the roster, which every label lookup reads, grow with the text.
func TestRosterIsBounded(t *testing.T) {
	rs, err := rules.Default()
	require.NoError(t, err)
	e := New(rs)
	var b strings.Builder
	for i := range 3 * maxRosterEntries {
		fmt.Fprintf(&b, "Alice Smith%c, minister of health\n", 'a'+rune(i%26))
	}
	d, err := NewDocument("r.txt", []byte(b.String()))
	require.NoError(t, err)
	ros := e.readRoster(d)
	assert.Len(t, ros.entries, maxRosterEntries)
	assert.NotNil(t, ros.lookup("Alice Smitha"))
}
