package rules

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// The palette form of a batch's table answers every entry as the sets
// themselves, with few distinct sets and with more than a byte numbers.
func TestAliveTableIsItsSets(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	for _, distinct := range []int{1, 2, 200, 256, 257, 5000} {
		kinds := make([]Alive, distinct)
		for i := range kinds {
			kinds[i] = Alive(rnd.Uint64())
		}
		sets := make([]Alive, 20000)
		for i := range sets {
			sets[i] = kinds[rnd.IntN(distinct)]
		}
		table := newAliveTable(sets)
		require.Equal(t, distinct > 256, table.wide != nil, "distinct %d", distinct)
		for i, a := range sets {
			require.Equal(t, a, table.at(i), "distinct %d, entry %d", distinct, i)
		}
	}
}
