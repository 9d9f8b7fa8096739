package extractor

import (
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/factable/factable/rules"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sharedEngine is one engine of the default rules for the whole test
// binary. Building one takes a second under the race detector, and most
// tests only extract with it: built for each, they made ./extractor's
// run under -race take ten minutes.
var sharedEngine = sync.OnceValues(func() (*Engine, error) {
	rs, err := rules.Default()
	if err != nil {
		return nil, err
	}
	return New(rs), nil
})

// defaultEngine is the engine of the default rules the tests share. A test
// that changes an engine, its rule set or what it recycles takes its own
// (newDefaultEngine).
func defaultEngine(t testing.TB) *Engine {
	t.Helper()
	e, err := sharedEngine()
	require.NoError(t, err)
	return e
}

// newDefaultEngine is an engine of the default rules of the test's own.
func newDefaultEngine(t testing.TB) *Engine {
	t.Helper()
	rs, err := rules.Default()
	require.NoError(t, err)
	return New(rs)
}

// decide runs one example sentence with its candidate in [brackets] (in
// ⟦white brackets⟧ where the sentence holds brackets of its own before it,
// "[2025] UKSC ⟦14⟧") and returns the rule that decided the candidate: an
// exclusion's name, or "claim-..." when it stayed a claim.
func decide(t *testing.T, e *Engine, example string) (decided string, found bool) {
	t.Helper()
	mark, unmark := "[", "]"
	if strings.Contains(example, "⟦") {
		mark, unmark = "⟦", "⟧"
	}
	open := strings.Index(example, mark)
	close := open + strings.Index(example[max(open, 0):], unmark)
	require.True(t, open >= 0 && close > open, "example %q needs a [candidate]", example)
	text := example[:open] + example[open+len(mark):close] + example[close+len(unmark):]
	start, end := open, close-len(mark)
	res, err := e.Extract("rule-test", []byte(text), Options{Mentions: true})
	require.NoError(t, err)
	for _, m := range res.Mentions {
		if m.Start < end && m.End > start {
			return m.Rule, true
		}
	}
	for _, c := range res.Claims {
		if c.Start < end && c.End > start {
			return c.Rule, true
		}
	}
	return "", false
}

// Every exclusion rule carries its own examples, as Vale's rules do: the
// `match` sentences must be excluded by that very rule, the `nomatch` ones
// must not be.
func TestExclusionRulesPassTheirOwnTests(t *testing.T) {
	e := defaultEngine(t)
	for _, r := range e.rules.Exclusions {
		t.Run(r.Name, func(t *testing.T) {
			for _, ex := range r.Tests.Match {
				got, found := decide(t, e, ex)
				assert.True(t, found, "%s: no number found in %q", r.Origin, ex)
				assert.Equal(t, r.Name, got, "%s: %q", r.Origin, ex)
			}
			for _, ex := range r.Tests.NoMatch {
				got, _ := decide(t, e, ex)
				assert.NotEqual(t, r.Name, got, "%s: %q", r.Origin, ex)
			}
		})
	}
}

// An engine built on a set that rules.Start returned, its prefilters
// still deriving, extracts what one built on a loaded set does; under
// -race this checks that New reads no prefilter before it waits.
func TestEngineOnAStartedSetIsTheEngineOnALoadedOne(t *testing.T) {
	started, err := rules.Start()
	require.NoError(t, err)
	onStarted := New(started) // at once, while the set derives
	loaded, err := rules.Load()
	require.NoError(t, err)
	onLoaded := New(loaded)
	for _, f := range []string{"../testdata/diplomacy-press-conference-2022-09-29.txt", "../testdata/budget-press-call-2024-03-11.txt"} {
		raw, err := os.ReadFile(f)
		require.NoError(t, err)
		a, err := onStarted.Extract(f, raw, Options{Mentions: true})
		require.NoError(t, err)
		b, err := onLoaded.Extract(f, raw, Options{Mentions: true})
		require.NoError(t, err)
		require.Equal(t, b.Claims, a.Claims, f)
		require.Equal(t, b.Mentions, a.Mentions, f)
	}
}
