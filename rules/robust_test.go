package rules

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every way a rule file can be wrong is reported as file:line, with the
// rule's name when the rule has one.
func TestAnInvalidRuleFileNamesFileLineAndRule(t *testing.T) {
	for _, tc := range []struct {
		name, yaml string
		line       int // 0: any line
		rule       string
	}{
		{"yaml syntax", "exclusions:\n  - name: x\n    reason: [year\n", 0, ""},
		{"tab indentation", "exclusions:\n  - name: x\n\treason: year\n", 0, ""},
		{"wrong type", "exclusions:\n  - name: fine\n    reason: year\n  - name: typed\n    reason: year\n    token: {a: 1}\n", 6, "typed"},
		{"bad number pattern", "exclusions:\n  - name: num\n    reason: year\n    number: '[z-a]'\n", 2, "num"},
		{"bad after pattern", "exclusions:\n  - name: aft\n    reason: year\n    after: '(?<'\n", 2, "aft"},
		{"bad period pattern", "periods:\n  - name: per\n    pattern: '*x'\n", 2, "per"},
		{"no name", "exclusions:\n  - reason: year\n", 2, ""},
		{"unknown reason", "exclusions:\n  - name: why\n    reason: because\n", 2, "why"},
		{"not a list", "exclusions: {a: 1}\n", 1, ""},
		{"not a mapping", "- a\n- b\n", 1, ""},
		{"a smaller unit without its factor", "units:\n  - {kind: measure, unit: yard, words: [yd], smaller: foot}\n", 2, ""},
		{"one name for two exclusions in a file", "exclusions:\n  - name: twice\n    reason: year\n  - name: twice\n    reason: date\n", 4, "twice"},
		{"one name for two periods in a file", "periods:\n  - name: twice\n    pattern: 'a'\n  - name: twice\n    pattern: 'b'\n", 4, "twice"},
		{"nouns that undo an of cue without the cue", "units:\n  - {kind: measure, unit: stone, words: [stone], of_not: [funding]}\n", 2, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := writeRules(t, tc.yaml)
			_, err := Load(p)
			require.Error(t, err)
			msg := err.Error()
			if tc.line > 0 {
				assert.True(t, strings.HasPrefix(msg, p+":"+strconv.Itoa(tc.line)+":"), msg)
			} else {
				assert.Regexp(t, "^"+regexp.QuoteMeta(p)+`:\d+: `, msg)
			}
			if tc.rule != "" {
				assert.Contains(t, msg, `rule "`+tc.rule+`"`)
			}
		})
	}
}

// Every way of matching gives up after MatchTimeout.
func TestEveryMatchHasATimeout(t *testing.T) {
	for name, tc := range map[string]struct {
		re   *Regex
		text string
	}{
		"plain":         {MustCompile(`(a+)+$`), strings.Repeat("a", 40) + "!"},
		"right to left": {must(compileEndAnchored(`^(a+)+$`)), "!" + strings.Repeat("a", 40)},
	} {
		re, evil := tc.re, tc.text
		start := time.Now()
		_, err := re.MatchString(evil)
		assert.ErrorIs(t, err, ErrTimeout, name)
		_, err = re.Find(evil)
		assert.ErrorIs(t, err, ErrTimeout, name)
		_, err = re.FindAll(evil)
		assert.ErrorIs(t, err, ErrTimeout, name)
		assert.Less(t, time.Since(start), 10*time.Second, name)
	}
}

func must(r *Regex, err error) *Regex {
	if err != nil {
		panic(err)
	}
	return r
}
