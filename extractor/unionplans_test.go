package extractor

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/factable/factable/rules"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var updateUnionPlans = flag.Bool("update-union-plans", false, "write rules/unionplans.txt from the default rules")

// The plans of the default speaker patterns' unions are the ones the
// search finds now: a rule edit that changes a layout's patterns changes
// its key, and a run without a plan searches (slower to start, the same
// filters). -update-union-plans writes the file anew.
func TestUnionPlansAreCurrent(t *testing.T) {
	rs, err := rules.Default()
	require.NoError(t, err)
	inline, ownLine := layoutPatterns(rs)
	var b strings.Builder
	b.WriteString("# Groups of the speaker label patterns whose union filters the engine builds\n")
	b.WriteString("# (rules.NewUnionFilters): key, then the sizes of the groups, in order.\n")
	b.WriteString("# Written by: go test ./extractor -run UnionPlans -update-union-plans\n")
	for _, l := range []struct {
		name string
		rs   []*rules.Regex
	}{{"inline", inline}, {"own-line", ownLine}} {
		key, sizes := rules.UnionPlan(l.rs)
		fmt.Fprintf(&b, "%s %s %s\n", key, strings.Trim(strings.Join(strings.Fields(fmt.Sprint(sizes)), ","), "[]"), l.name)
	}
	const path = "../rules/unionplans.txt"
	if *updateUnionPlans {
		require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	}
	have, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, b.String(), string(have), "the union plans are stale: go test ./extractor -run UnionPlans -update-union-plans")
}
