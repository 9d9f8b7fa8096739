package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDefaultsLoad(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	assert.Equal(t, 3.0, s.Cardinals["three"])
	assert.Equal(t, 1e9, s.Scales["billion"])
	assert.NotEmpty(t, s.Exclusions)
	assert.NotEmpty(t, s.Topics)
	assert.Len(t, s.Digest, 16)
}

// Each speaker pattern carries its own examples; they must hold.
func TestSpeakerRulesPassTheirOwnTests(t *testing.T) {
	s, err := Default()
	require.NoError(t, err)
	for _, r := range append(append([]*SpeakerRule{}, s.Speakers...), s.Roster...) {
		for _, ex := range r.Tests.Match {
			ok, err := r.Re.MatchString(ex)
			require.NoError(t, err)
			assert.True(t, ok, "%s (%s) should match %q", r.Name, r.Origin, ex)
		}
		for _, ex := range r.Tests.NoMatch {
			ok, err := r.Re.MatchString(ex)
			require.NoError(t, err)
			assert.False(t, ok, "%s (%s) should not match %q", r.Name, r.Origin, ex)
		}
	}
}

func writeRules(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "user.yaml")
	require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
	return p
}

func TestUserFileMergesAndReplacesByName(t *testing.T) {
	p := writeRules(t, `
units:
  - {kind: measure, unit: furlong, words: [furlong, furlongs]}
exclusions:
  - name: calendar-year
    reason: year
    number: '^19\d\d$'
disable: [idiom-one]
`)
	s, err := Load(p)
	require.NoError(t, err)
	var found bool
	for _, u := range s.Units {
		found = found || u.Unit == "furlong"
	}
	assert.True(t, found, "user unit merged")
	var n int
	for _, e := range s.Exclusions {
		if e.Name == "calendar-year" {
			n++
			assert.Equal(t, `^19\d\d$`, e.Number.String())
		}
		assert.NotEqual(t, "idiom-one", e.Name)
	}
	assert.Equal(t, 1, n, "same-name rule replaced, not duplicated")
	d, _ := Default()
	assert.NotEqual(t, d.Digest, s.Digest)
}

func TestBadUserRuleNamesFileLineAndRule(t *testing.T) {
	p := writeRules(t, "exclusions:\n  - name: ok\n    reason: year\n  - name: broken\n    reason: year\n    before: '(unclosed'\n")
	_, err := Load(p)
	require.Error(t, err)
	assert.Contains(t, err.Error(), p+":4")
	assert.Contains(t, err.Error(), `rule "broken"`)
}

func TestUnknownReasonTokenAndSectionAreErrors(t *testing.T) {
	_, err := Load(writeRules(t, "exclusions:\n  - name: x\n    reason: maybe\n"))
	assert.ErrorContains(t, err, "reason")
	// A kind no token has would make the rule silently never apply.
	_, err = Load(writeRules(t, "exclusions:\n  - name: x\n    reason: idiom\n    token: [money]\n"))
	assert.ErrorContains(t, err, `token "money" is not one of number, word`)
	_, err = Load(writeRules(t, "colours: [red]\n"))
	assert.ErrorContains(t, err, `unknown section "colours"`)
}

// followed_by reads the lines under an own-line label: an inline label
// has none, and a bad pattern names its rule.
func TestFollowedByIsForOwnLineLabelsAndIsCompiled(t *testing.T) {
	_, err := Load(writeRules(t, "speakers:\n  - name: x\n    layout: inline\n    followed_by: 'ago'\n    pattern: '^(?<label>[A-Z]+):'\n"))
	assert.ErrorContains(t, err, "followed_by is for own-line labels")
	_, err = Load(writeRules(t, "speakers:\n  - name: x\n    layout: own-line\n    followed_by: '(unclosed'\n    pattern: '^(?<label>[A-Z]+)$'\n"))
	assert.ErrorContains(t, err, `rule "x": bad followed_by pattern`)
	rs, err := Load(writeRules(t, "speakers:\n  - name: x\n    layout: own-line\n    followed_by: '^\\n· \\d+ ago'\n    pattern: '^(?<label>[a-z_]+)$'\n"))
	require.NoError(t, err)
	for _, r := range rs.Speakers {
		if r.Name == "x" {
			ok, err := r.FollowedBy.MatchString("\n· 3 ago")
			require.NoError(t, err)
			assert.True(t, ok)
		}
	}
}

func TestCatastrophicPatternTimesOut(t *testing.T) {
	re := MustCompile(`(a+)+$`)
	start := time.Now()
	_, err := re.MatchString(strings.Repeat("a", 40) + "!")
	assert.ErrorIs(t, err, ErrTimeout)
	assert.Less(t, time.Since(start), 5*time.Second)
}

func TestFindReturnsByteOffsets(t *testing.T) {
	m, err := MustCompile(`(?<n>\d+)`).Find("— 42 visits")
	require.NoError(t, err)
	require.NotNil(t, m)
	assert.Equal(t, "— 42 visits"[m.Start:m.End], "42")
	assert.Equal(t, "42", m.Groups["n"])
}
